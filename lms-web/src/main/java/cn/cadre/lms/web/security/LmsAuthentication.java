package cn.cadre.lms.web.security;

import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.problems.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for pages and REST. Pages sign in through the Faces form, which calls
 * SecurityContext.authenticate, and keep the session. REST clients send "Authorization: Bearer"
 * with a token from POST /api/auth/token, and never get a session. Unauthenticated page requests go to the sign-in page;
 * unauthenticated API calls get a 401 problem+json.
 */
@ApplicationScoped
public class LmsAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "lms.caller";
  /** The session's page token: a page's own scripts send it to the API as X-LMS-Page-Token. */
  public static final String PAGE_TOKEN = "lms.pageToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject IdentityStoreHandler identityStore;
  @Inject ActorCache actors;


  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<String> username = username(header.substring(7).strip());
      return username.isPresent() && login(ctx, username.get())
          ? AuthenticationStatus.SUCCESS
          : unauthorized(request, response, ctx);
    }
    if (ctx.isAuthenticationRequest() && ctx.getAuthParameters().getCredential() != null) {
      CredentialValidationResult result = identityStore.validate(ctx.getAuthParameters().getCredential());
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // no error page: the sign-in form renders its own message
        return AuthenticationStatus.SEND_FAILURE;
      }
      // a new session id on sign-in, against session fixation
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      var session = request.getSession(true);
      session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
      byte[] token = new byte[24];
      RANDOM.nextBytes(token);
      session.setAttribute(PAGE_TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
      return ctx.notifyContainerAboutLogin(result);
    }
    // the API takes bearer tokens, or the session when the page token comes along: a session cookie
    // alone would let another site's page send requests in a signed-in cadre's name (CSRF), and
    // another site cannot read the token nor set the header without a CORS preflight we never allow.
    // Faces forms carry their ViewState.
    // Media reads (a <video> or PDF frame cannot send headers) change nothing, so the cookie suffices;
    // so do reads of forum attachments (an image or a PDF link on a thread page).
    var session = isApi(request) && !pageTokenMatches(request) && !isMediaRead(request) ? null : request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller && login(ctx, caller)) {
      return AuthenticationStatus.SUCCESS;
    }
    if (ctx.isProtected()) {
      if (isApi(request)) {
        return unauthorized(request, response, ctx);
      }
      return ctx.redirect(request.getContextPath() + "/login.xhtml");
    }
    return ctx.doNothing();
  }

  /**
   * Tells the container who calls, with no groups. What a caller may do is decided by the grants, in
   * the boundaries, never by container roles: web.xml asks only for a caller (role "**"). Groups
   * would send every request through Payara's group callback, whose realm lookup is one static
   * synchronized method for the whole server (docs/benchmarks.md, runs 25-33).
   */
  private boolean login(HttpMessageContext ctx, String username) {
    var actor = actors.get(username);
    actor.ifPresent(a -> ctx.notifyContainerAboutLogin(a.username(), Set.of()));
    return actor.isPresent();
  }

  public void forgetToken(String token) {
    actors.forgetToken(token);
  }

  private Optional<String> username(String token) {
    return actors.username(token);
  }

  private static boolean pageTokenMatches(HttpServletRequest request) {
    String sent = request.getHeader("X-LMS-Page-Token");
    var session = request.getSession(false);
    if (sent == null || session == null || !(session.getAttribute(PAGE_TOKEN) instanceof String expected)) {
      return false;
    }
    return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isMediaRead(HttpServletRequest request) {
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && (request.getRequestURI().startsWith(request.getContextPath() + "/api/media/")
            || request.getRequestURI().startsWith(request.getContextPath() + "/api/forums/attachments/"));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
    try {
      var problem =
          Problems.response(401, "problem.unauthenticated", new Object[0], List.of(),
              request.getHeader("Accept-Language") == null ? Texts.CHINESE : Texts.supported(request.getLocale()),
              null);
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"lms\"");
      response.setContentType(Problems.TYPE + ";charset=UTF-8");
      response.getWriter().write((String) problem.getEntity());
    } catch (IOException e) {
      return ctx.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

}
