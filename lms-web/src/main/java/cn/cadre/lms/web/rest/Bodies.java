package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates request bodies in code rather than with @Valid on the resource parameter: Payara
 * 6.2025.10's OpenAPI generator fails on constraint annotations on body parameters (payara/Payara
 * #7649), which would empty the API document. Bodies are classes with annotated public fields for
 * the same reason (records carry their annotations onto constructor parameters). The failures
 * reach the client exactly as @Valid's would.
 */
final class Bodies {

  private Bodies() {}

  static <T> T valid(Validator validator, T body) {
    if (body == null) {
      throw LmsException.invalid("body", "field.required");
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }

  static int range(String field, int value, int min, int max) {
    if (value < min) {
      throw LmsException.invalid(field, "field.invalid");
    }
    if (value > max) {
      throw LmsException.invalid(field, "field.tooLarge", max);
    }
    return value;
  }
}
