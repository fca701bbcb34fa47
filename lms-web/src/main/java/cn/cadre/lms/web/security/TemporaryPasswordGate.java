package cn.cadre.lms.web.security;

import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.problems.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Someone signed in with a temporary password (an administrator's reset) may do one thing: choose
 * a new password. Pages lead to the password page; the API answers 403 except for reading and
 * changing one's own password and signing out.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class TemporaryPasswordGate extends HttpFilter {

  private static final Set<String> OPEN = Set.of("/login.xhtml", "/password.xhtml", "/api/me", "/api/me/password", "/api/auth/token");

  @Inject ActorCache actors;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var caller = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean temporary = caller != null && actors.get(caller.getName()).map(a -> a.mustChangePassword()).orElse(false);
    if (!temporary || OPEN.contains(path) || path.startsWith("/jakarta.faces.resource/")) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      var problem = Problems.response(403, "problem.mustChangePassword", new Object[0], List.of(),
          request.getHeader("Accept-Language") == null ? Texts.CHINESE : Texts.supported(request.getLocale()), null);
      response.setStatus(403);
      response.setContentType(Problems.TYPE + ";charset=UTF-8");
      response.getWriter().write((String) problem.getEntity());
    } else {
      response.sendRedirect(request.getContextPath() + "/password.xhtml");
    }
  }
}
