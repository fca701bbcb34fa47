package cn.cadre.lms.web.rest;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller: who am I, which roles where; my password. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentActor me;
  @Inject Accounts accounts;
  @Inject cn.cadre.lms.web.security.ActorCache actors;
  @Inject Validator validator;

  /** The current password, to prove it is me, and the new one. */
  public static class PasswordChange {
    @NotBlank(message = "field.required")
    @Size(max = 64, message = "field.tooLong")
    public String currentPassword;

    @NotBlank(message = "field.required")
    @Size(max = 64, message = "field.tooLong")
    public String newPassword;
  }

  @GET
  @Operation(summary = "The signed-in caller with each role and the node it is bound to")
  public Views.MeView me() {
    return Views.MeView.of(me.get());
  }

  @PUT
  @Path("password")
  @Operation(summary = "Change my password (8-64 characters, a letter and a digit)")
  public void changePassword(PasswordChange change) {
    Bodies.valid(validator, change);
    accounts.changePassword(me.get(), change.currentPassword, change.newPassword);
    actors.forget(me.get().username());
  }
}
