package cn.cadre.lms.web.security;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in caller of the current request, for resources and page beans. One instance for the
 * application, reading the request's caller at each call (from the node's caller cache): a
 * request-scoped bean was made anew for every REST call, and the heartbeat benchmark's thread dumps
 * found a tenth of the busy request threads in the container's injection bookkeeping for it.
 */
@ApplicationScoped
public class CurrentActor {

  @Inject SecurityContext security;
  @Inject ActorCache actors;

  public Actor get() {
    Principal p = security.getCallerPrincipal();
    if (p == null) {
      throw new LmsException(401, "problem.unauthenticated", java.util.List.of());
    }
    return actors.get(p.getName()).orElseThrow(() -> new LmsException(401, "problem.unauthenticated", java.util.List.of()));
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
