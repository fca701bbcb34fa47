package cn.cadre.lms.web.security;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in caller of this request, for resources and page beans. */
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext security;
  @Inject ActorCache actors;

  private Actor actor;

  public Actor get() {
    if (actor == null) {
      Principal p = security.getCallerPrincipal();
      if (p == null) {
        throw new LmsException(401, "problem.unauthenticated", java.util.List.of());
      }
      actor = actors.get(p.getName()).orElseThrow(() -> new LmsException(401, "problem.unauthenticated", java.util.List.of()));
    }
    return actor;
  }

  public boolean signedIn() {
    return security.getCallerPrincipal() != null;
  }

  @Produces
  @Named("me")
  @RequestScoped
  Actor produce() {
    return get();
  }
}
