package cn.cadre.lms.web.rest;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.accounts.boundary.ApiTokens;
import cn.cadre.lms.accounts.control.SignIn;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.web.security.LmsAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** Tokens for REST clients: the API's sign-in and sign-out. */
@ApplicationScoped
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Accounts accounts;
  @Inject ApiTokens tokens;
  @Inject LmsAuthentication authentication;
  @Inject Validator validator;

  /** A username and password. */
  public static class Credentials {
    @NotBlank(message = "field.required")
    @Size(max = 40, message = "field.tooLong")
    public String username;

    @NotBlank(message = "field.required")
    @Size(max = 64, message = "field.tooLong")
    public String password;
  }

  public record TokenView(String token, String tokenType, Instant expiresAt) {}

  @POST
  @SecurityRequirements
  @Operation(summary = "Exchange a username and password for a bearer token (12 hours)",
      description = "401 for a wrong password; 423 once the account is locked after repeated failures.")
  public TokenView issue(Credentials credentials) {
    Bodies.valid(validator, credentials);
    SignIn result = accounts.signIn(credentials.username, credentials.password);
    if (result.outcome() == SignIn.Outcome.LOCKED) {
      throw new LmsException(423, "problem.locked", List.of(), result.lockedUntil().toString());
    }
    if (!result.ok()) {
      throw new LmsException(401, "problem.badCredentials", List.of());
    }
    var issued = tokens.issue(accounts.find(credentials.username).orElseThrow());
    return new TokenView(issued.token(), "Bearer", issued.expiresAt());
  }

  @DELETE
  @Operation(summary = "Revoke the token this request carries")
  public void revoke(@HeaderParam("Authorization") String header) {
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = header.substring(7).strip();
      tokens.revoke(token);
      authentication.forgetToken(token);
    }
  }
}
