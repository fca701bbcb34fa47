package cn.cadre.lms.web.rest;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.CadreDraft;
import cn.cadre.lms.directory.control.CadreQuery;
import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Cadres in the caller's scope: search, read, create, correct, transfer, history. */
@ApplicationScoped
@Path("cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {

  @Inject Directory directory;
  @Inject Accounts accounts;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A cadre's fields; send back the version read when correcting, to avoid lost updates. */
  public static class CadreInput {
    @NotBlank(message = "field.required")
    @Size(max = 40, message = "field.tooLong")
    public String name;

    @NotNull(message = "field.required")
    public Gender gender;

    @NotNull(message = "field.required")
    public Long unitId;

    @NotBlank(message = "field.required")
    @Size(max = 60, message = "field.tooLong")
    public String post;

    @NotNull(message = "field.required")
    public Rank rank;

    @NotNull(message = "field.required")
    public Authority authority;

    public Long version;

    CadreDraft draft() {
      return new CadreDraft(name, gender, unitId, post, rank, authority);
    }
  }

  /** A cadre's new status. */
  public static class StatusInput {
    @NotNull(message = "field.required")
    public CadreStatus status;
  }

  /** The unit a cadre moves to, the new post, and the day the move takes effect. */
  public static class TransferInput {
    @NotNull(message = "field.required")
    public Long unitId;

    @NotBlank(message = "field.required")
    @Size(max = 60, message = "field.tooLong")
    public String post;

    @NotNull(message = "field.required")
    public LocalDate date;
  }

  @GET
  @Operation(summary = "Search cadres in scope by name, unit, node, rank and status, a page at a time")
  public Views.PageView<CadreCard> search(
      @QueryParam("q") String q,
      @QueryParam("unit") String unit,
      @QueryParam("node") String node,
      @QueryParam("rank") String rank,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (q != null && q.length() > 40) {
      throw LmsException.invalid("q", "field.tooLong", 40);
    }
    int pageSize = Bodies.intParam("size", size, 20, 1, CadreQuery.MAX_SIZE);
    var query = new CadreQuery(q, Bodies.longParam("unit", unit), Bodies.longParam("node", node),
        Bodies.enumParam("rank", rank, Rank.class), Bodies.enumParam("status", status, CadreStatus.class),
        Bodies.intParam("page", page, 0, 0, CadreQuery.MAX_DEPTH / pageSize - 1), pageSize);
    var result = directory.search(me.get(), query);
    return new Views.PageView<>(result.total(), result.page(), result.size(), result.items());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One cadre; 404 when unknown or outside the caller's scope")
  public CadreCard get(@PathParam("id") long id) {
    return CadreCard.of(directory.cadre(me.get(), id));
  }

  @GET
  @Path("{id}/postings")
  @Operation(summary = "Every posting the cadre held, oldest first")
  public List<Views.PostingView> postings(@PathParam("id") long id) {
    return directory.postings(me.get(), id).stream().map(Views.PostingView::of).toList();
  }

  @GET
  @Path("{id}/accounts")
  @Operation(summary = "The sign-in accounts linked to a cadre")
  public List<Views.PersonView> accounts(@PathParam("id") long id) {
    directory.cadre(me.get(), id);
    return accounts.peopleOf(me.get(), id).stream().map(Views.PersonView::of).toList();
  }

  @POST
  @Operation(summary = "Create a cadre in a unit within the caller's scope")
  public Response create(CadreInput input) {
    Bodies.valid(validator, input);
    var cadre = directory.create(me.get(), input.draft(), cn.cadre.lms.common.ChinaTime.today());
    return Response.created(URI.create("cadres/" + cadre.id())).entity(CadreCard.of(cadre)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct a cadre's record (not a transfer); send the version read to avoid lost updates")
  public CadreCard update(@PathParam("id") long id, CadreInput input) {
    Bodies.valid(validator, input);
    return CadreCard.of(directory.update(me.get(), id, input.draft(), input.version));
  }

  @PUT
  @Path("{id}/status")
  @Operation(summary = "Set a cadre's status: SERVING, TRANSFERRED (out of the system) or RETIRED")
  public CadreCard status(@PathParam("id") long id, StatusInput input) {
    Bodies.valid(validator, input);
    return CadreCard.of(directory.changeStatus(me.get(), id, input.status));
  }

  @POST
  @Path("{id}/transfer")
  @Operation(summary = "Transfer a cadre to another unit; the old posting is kept in the history")
  public CadreCard transfer(@PathParam("id") long id, TransferInput input) {
    Bodies.valid(validator, input);
    return CadreCard.of(directory.transfer(me.get(), id, input.unitId, input.post, input.date));
  }
}
