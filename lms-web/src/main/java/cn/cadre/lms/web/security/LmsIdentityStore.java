package cn.cadre.lms.web.security;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.directory.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Jakarta Security's identity store over the person table: PBKDF2 hashes, lock-out after repeated
 * failures (both in {@link Accounts}). It names no groups: rights come from the caller's grants.
 */
@ApplicationScoped
public class LmsIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject ActorCache actors;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential upc)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (!accounts.signIn(upc.getCaller(), upc.getPasswordAsString()).ok()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String username = upc.getCaller().strip().toLowerCase();
    actors.forget(username);
    Actor actor = actors.get(username).orElseThrow();
    // no groups: rights come from the caller's grants (see LmsAuthentication.login)
    return new CredentialValidationResult(actor.username());
  }
}
