package cn.cadre.lms.web.rest;

import cn.cadre.lms.gardens.boundary.Gardens;
import cn.cadre.lms.gardens.control.GardenActivity;
import cn.cadre.lms.gardens.control.GardenCard;
import cn.cadre.lms.gardens.control.GardenDraft;
import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Study gardens: those the caller sees, one garden, its members' activity, and opening one. */
@ApplicationScoped
@Path("gardens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GardensResource {

  @Inject Gardens gardens;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A garden to open; only the target field of its kind is read (none for CITY). */
  public static class GardenInput {
    @NotNull(message = "field.required")
    public GardenKind kind;

    @NotBlank(message = "field.required")
    @Size(max = 80, message = "field.tooLong")
    public String name;

    @Size(max = 500, message = "field.tooLong")
    public String description;

    public Long unitId;
    public String countyCode;
    public Long courseId;
    public Long classId;

    GardenDraft draft() {
      return new GardenDraft(kind, name, description, unitId, countyCode, courseId, classId);
    }
  }

  @GET
  @Operation(summary = "The gardens the caller reads (city, county, unit, course, special class), optionally of one kind")
  public List<GardenCard> list(@QueryParam("kind") String kind) {
    return gardens.list(me.get(), Bodies.enumParam("kind", kind, GardenKind.class));
  }

  @POST
  @Operation(summary = "Open a garden: liaisons for their unit, sub-centers in their county, the center anywhere and city-wide")
  public Response open(GardenInput input) {
    Bodies.valid(validator, input);
    GardenCard card = gardens.open(me.get(), input.draft());
    return Response.created(URI.create("gardens/" + card.id())).entity(card).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A garden with the caller's place in it (member, keeper); 404 when not visible")
  public GardenCard get(@PathParam("id") long id) {
    return gardens.card(me.get(), id);
  }

  @GET
  @Path("{id}/activity")
  @Operation(summary = "The garden's latest posts, comments and likes, and each member's posts and comments")
  public GardenActivity activity(@PathParam("id") long id) {
    return gardens.activity(me.get(), id);
  }
}
