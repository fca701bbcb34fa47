package cn.cadre.lms.web.rest;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.CadreDraft;
import cn.cadre.lms.directory.control.CadreQuery;
import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
@Path("cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {

  @Inject Directory directory;
  @Inject Accounts accounts;
  @Inject CurrentActor me;

  public record CadreInput(
      @NotBlank(message = "field.required") @Size(max = 40, message = "field.tooLong") String name,
      @NotNull(message = "field.required") Gender gender,
      @NotNull(message = "field.required") Long unitId,
      @NotBlank(message = "field.required") @Size(max = 60, message = "field.tooLong") String post,
      @NotNull(message = "field.required") Rank rank,
      @NotNull(message = "field.required") Authority authority,
      Long version) {
    CadreDraft draft() {
      return new CadreDraft(name, gender, unitId, post, rank, authority);
    }
  }

  public record TransferInput(
      @NotNull(message = "field.required") Long unitId,
      @NotBlank(message = "field.required") @Size(max = 60, message = "field.tooLong") String post,
      @NotNull(message = "field.required") LocalDate date) {}

  @GET
  @Operation(summary = "Search cadres in scope by name, unit, node, rank and status, a page at a time")
  public Views.PageView<Views.CadreView> search(
      @QueryParam("q") @Size(max = 40, message = "field.tooLong") String q,
      @QueryParam("unit") Long unit,
      @QueryParam("node") Long node,
      @QueryParam("rank") Rank rank,
      @QueryParam("status") CadreStatus status,
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "field.invalid") int page,
      @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "field.invalid")
          @Max(value = CadreQuery.MAX_SIZE, message = "field.tooLarge") int size) {
    var result = directory.search(me.get(), new CadreQuery(q, unit, node, rank, status, page, size));
    return new Views.PageView<>(result.total(), result.page(), result.size(),
        result.items().stream().map(Views.CadreView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One cadre; 404 when unknown or outside the caller's scope")
  public Views.CadreView get(@PathParam("id") long id) {
    return Views.CadreView.of(directory.cadre(me.get(), id));
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
  public Response create(@NotNull(message = "field.required") @Valid CadreInput input) {
    var cadre = directory.create(me.get(), input.draft(), LocalDate.now());
    return Response.created(URI.create("api/cadres/" + cadre.id())).entity(Views.CadreView.of(cadre)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct a cadre's record (not a transfer); send the version read to avoid lost updates")
  public Views.CadreView update(@PathParam("id") long id, @NotNull(message = "field.required") @Valid CadreInput input) {
    return Views.CadreView.of(directory.update(me.get(), id, input.draft(), input.version()));
  }

  @POST
  @Path("{id}/transfer")
  @Operation(summary = "Transfer a cadre to another unit; the old posting is kept in the history")
  public Views.CadreView transfer(@PathParam("id") long id, @NotNull(message = "field.required") @Valid TransferInput input) {
    return Views.CadreView.of(directory.transfer(me.get(), id, input.unitId(), input.post(), input.date()));
  }
}
