package cn.cadre.lms.web.problems;

import cn.cadre.lms.web.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unsupported media type, unreadable body) as
 * problem+json instead of the server's HTML pages.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String key =
        switch (status) {
          case 400 -> "problem.badRequest";
          case 401 -> "problem.unauthenticated";
          case 403 -> "problem.forbidden";
          case 404 -> "problem.noSuchResource";
          case 405 -> "problem.methodNotAllowed";
          case 406 -> "problem.notAcceptable";
          case 415 -> "problem.unsupportedMediaType";
          default -> status >= 500 ? "problem.internal" : "problem.badRequest";
        };
    return Problems.response(
        status, key, new Object[0], List.of(), Texts.fromAcceptLanguage(headers.getAcceptableLanguages()), null);
  }
}
