package cn.cadre.lms.courses.entity;

import cn.cadre.lms.common.LmsException;
import java.math.BigDecimal;

/** The field checks the catalog's entities share, each failing as a 422 naming the field. */
final class Checks {

  private Checks() {}

  static String text(String value, int max, String field) {
    return cn.cadre.lms.common.FieldChecks.text(value, max, field);
  }

  static String optionalText(String value, int max, String field) {
    return value == null || value.isBlank() ? null : text(value, max, field);
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw LmsException.invalid(field, "field.required");
    }
    return value;
  }

  static int between(Integer value, int min, int max, String field) {
    required(value, field);
    if (value < min || value > max) {
      throw LmsException.invalid(field, "field.between", min, max);
    }
    return value;
  }

  static BigDecimal between(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
    required(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw LmsException.invalid(field, "field.between", min.toPlainString(), max.toPlainString());
    }
    return value;
  }
}
