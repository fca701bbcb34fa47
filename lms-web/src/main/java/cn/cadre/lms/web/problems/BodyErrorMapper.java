package cn.cadre.lms.web.problems;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.web.Texts;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Jersey reports a body it cannot read as a ProcessingException (here only entity reading raises it):
 * a body that is not JSON, or JSON of the wrong shape (text where a number goes, an unknown enum).
 */
@Provider
public class BodyErrorMapper implements ExceptionMapper<ProcessingException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    return Problems.response(
        400,
        "problem.malformedBody",
        new Object[0],
        List.of(new FieldProblem("body", "field.malformedJson")),
        Texts.fromAcceptLanguage(headers.getAcceptableLanguages()),
        null);
  }
}
