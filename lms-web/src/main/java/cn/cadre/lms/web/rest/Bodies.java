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

  /**
   * Query parameters arrive as text and are read here: JAX-RS would answer an unreadable number or
   * enum with a bare 404, where the client needs the field and the reason.
   */
  static <E extends Enum<E>> E enumParam(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw LmsException.invalid(field, "field.badValue");
    }
  }

  static Long longParam(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw LmsException.invalid(field, "field.notANumber");
    }
  }

  static int intParam(String field, String value, int fallback, int min, int max) {
    Long parsed = longParam(field, value);
    return parsed == null ? fallback : range(field, (int) Math.max(Math.min(parsed, Integer.MAX_VALUE), Integer.MIN_VALUE), min, max);
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
