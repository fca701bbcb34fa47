package cn.cadre.lms.web.problems;

import cn.cadre.lms.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: a 500 whose body names an incident id and nothing else, and the full story
 * under that id in the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause != cause.getCause()) {
      if (cause instanceof cn.cadre.lms.common.LmsException) {
        break;
      }
      cause = cause.getCause();
    }
    if (cause instanceof cn.cadre.lms.common.LmsException le) {
      return new LmsExceptionMapper().withHeaders(headers).toResponse(le);
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException) {
        // two people saved the same record at once: the later one is told, not given a 500
        return Problems.response(409, "problem.staleVersion", new Object[0], List.of(),
            Texts.fromAcceptLanguage(headers.getAcceptableLanguages()), null);
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, e);
    return Problems.response(
        500, "problem.internal", new Object[] {incident}, List.of(),
        Texts.fromAcceptLanguage(headers.getAcceptableLanguages()), "urn:lms:incident:" + incident);
  }
}
