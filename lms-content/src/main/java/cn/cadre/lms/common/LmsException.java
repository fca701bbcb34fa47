package cn.cadre.lms.common;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;

/**
 * An expected failure: it carries the HTTP status, a message key in the UI bundles and, for bad
 * input, the fields at fault. One mapper in lms-web turns it into application/problem+json; pages
 * show the same keys next to their fields. Code never branches on message text, only on the key.
 */
@ApplicationException(rollback = true)
public class LmsException extends RuntimeException {

  private final int status;
  private final String key;
  private final transient Object[] args;
  private final List<FieldProblem> fields;

  public LmsException(int status, String key, List<FieldProblem> fields, Object... args) {
    super(key);
    this.status = status;
    this.key = key;
    this.args = args;
    this.fields = List.copyOf(fields);
  }

  /** Unknown id, or an id outside the caller's scope: both answer the same, so ids cannot be probed. */
  public static LmsException notFound(String what) {
    return new LmsException(404, "problem.notFound", List.of(), "what." + what);
  }

  public static LmsException invalid(String field, String key, Object... args) {
    return new LmsException(422, "problem.invalid", List.of(new FieldProblem(field, key, args)));
  }

  public static LmsException invalid(List<FieldProblem> fields) {
    return new LmsException(422, "problem.invalid", fields);
  }

  public static LmsException forbidden() {
    return new LmsException(403, "problem.forbidden", List.of());
  }

  public static LmsException conflict(String key, Object... args) {
    return new LmsException(409, key, List.of(), args);
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  /** Members the problem document carries beside the standard ones (a sync refusal's reason, say). */
  public Map<String, Object> extensions() {
    return Map.of();
  }
}
