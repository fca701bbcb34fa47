package cn.cadre.lms.web.problems;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.web.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Expected failures from any boundary, as problem+json in the caller's language. */
@Provider
public class LmsExceptionMapper implements ExceptionMapper<LmsException> {

  @Context HttpHeaders headers;

  LmsExceptionMapper withHeaders(HttpHeaders h) {
    this.headers = h;
    return this;
  }

  @Override
  public Response toResponse(LmsException e) {
    return Problems.response(
        e.status(), e.key(), e.args(), e.fields(), Texts.fromAcceptLanguage(headers.getAcceptableLanguages()), null,
        e.extensions());
  }
}
