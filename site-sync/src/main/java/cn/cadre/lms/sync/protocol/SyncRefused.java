package cn.cadre.lms.sync.protocol;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The center refused a batch, bundle or request: a problem with the refusal's reason and, where
 * known, the station's high-water mark, so the station knows where to resume.
 */
public class SyncRefused extends LmsException {

  private final Refusal reason;
  private final Long highWater;
  private final String detail;
  private Long stationId;

  public SyncRefused(Refusal reason, String detail, Long highWater, List<FieldProblem> fields) {
    super(reason.status(), "problem.sync." + reason.name(), fields, detail);
    this.reason = reason;
    this.detail = detail;
    this.highWater = highWater;
  }

  public SyncRefused(Refusal reason, String detail) {
    this(reason, detail, null, List.of());
  }

  public static SyncRefused malformed(String field, String detail) {
    return new SyncRefused(Refusal.MALFORMED, detail, null,
        List.of(new FieldProblem(field, "sync.field.malformed", detail)));
  }

  public Refusal reason() {
    return reason;
  }

  public Long highWater() {
    return highWater;
  }

  /** The station the refused request was found to come from, or null before it was found. */
  public Long stationId() {
    return stationId;
  }

  /** Names the station found before the refusal (for the refusal's record); this exception. */
  public SyncRefused atStation(Long id) {
    this.stationId = id;
    return this;
  }

  /** The detail in words (English, for the log and the refusal table). */
  public String detail() {
    return detail;
  }

  @Override
  public Map<String, Object> extensions() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason", reason.name());
    if (highWater != null) {
      m.put("highWater", highWater);
    }
    return m;
  }
}
