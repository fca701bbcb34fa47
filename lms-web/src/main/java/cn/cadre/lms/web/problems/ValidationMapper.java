package cn.cadre.lms.web.problems;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.web.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures on request bodies and parameters. Constraint messages are bundle keys
 * (e.g. "field.tooLong"), so each field's message is localised with the constraint's own figures.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldProblem> fields =
        e.getConstraintViolations().stream()
            .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
            .map(ValidationMapper::field)
            .toList();
    return Problems.response(
        422, "problem.invalid", new Object[0], fields, Texts.fromAcceptLanguage(headers.getAcceptableLanguages()), null);
  }

  private static FieldProblem field(ConstraintViolation<?> v) {
    String name = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
    Object figure = attrs.containsKey("max") ? attrs.get("max") : attrs.get("value");
    String key = v.getMessage() != null && v.getMessage().startsWith("field.") ? v.getMessage() : "field.invalid";
    return new FieldProblem(name == null ? "body" : name, key, figure == null ? new Object[0] : new Object[] {figure});
  }
}
