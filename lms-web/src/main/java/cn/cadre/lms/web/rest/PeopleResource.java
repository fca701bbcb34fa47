package cn.cadre.lms.web.rest;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.accounts.control.PersonDraft;
import cn.cadre.lms.directory.entity.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts within the caller's scope: create, read, reset a password. */
@ApplicationScoped
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject Accounts accounts;
  @Inject CurrentActor me;
  @Inject Validator validator;
  @Inject cn.cadre.lms.web.security.ActorCache actors;

  /** A new account and its first role at a node (its path). */
  public static class PersonInput {
    @NotBlank(message = "field.required")
    @Size(max = 40, message = "field.tooLong")
    public String username;

    @NotBlank(message = "field.required")
    @Size(max = 40, message = "field.tooLong")
    public String displayName;

    public Long cadreId;

    @NotNull(message = "field.required")
    public Role role;

    @NotBlank(message = "field.required")
    @Size(max = 200, message = "field.tooLong")
    public String scopePath;
  }

  @POST
  @Operation(summary = "Create an account with its first role at a node in the caller's scope; no password until reset")
  public Response create(PersonInput in) {
    Bodies.valid(validator, in);
    var person = accounts.create(me.get(),
        new PersonDraft(in.username, in.displayName, in.cadreId, in.role, in.scopePath));
    return Response.created(URI.create("people/" + person.id())).entity(Views.PersonView.of(person)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account; 404 when unknown or outside the caller's scope")
  public Views.PersonView get(@PathParam("id") long id) {
    return Views.PersonView.of(accounts.person(me.get(), id));
  }

  @POST
  @Path("{id}/password-reset")
  @Operation(summary = "Set a random temporary password, returned once; the person must change it at sign-in")
  public Map<String, String> reset(@PathParam("id") long id) {
    String temporary = accounts.resetPassword(me.get(), id);
    actors.forget(accounts.person(me.get(), id).username());
    return Map.of("temporaryPassword", temporary);
  }
}
