package cn.cadre.lms.progress.control;

import java.math.BigDecimal;

/**
 * One row of the report as pages and REST show it.
 *
 * @param kind {@code REGION} (a child region; drill down by its {@code nodeId}), {@code UNITS} (the
 *     units placed at the node itself) or {@code TOTAL} (the node's whole, within scope)
 * @param onlineMinutes whole minutes of the summed online seconds
 */
public record ProgressRow(
    String kind, Long nodeId, String code, String name, String tier, long cadres, long onlineMinutes,
    long stationMinutes, BigDecimal required, BigDecimal elective, long meeting) {

  public static final String REGION = "REGION";
  public static final String UNITS = "UNITS";
  public static final String TOTAL = "TOTAL";

  static ProgressRow region(Region r, Figures f) {
    return of(REGION, r.id(), r.code(), r.name(), r.tier(), f);
  }

  static ProgressRow of(String kind, Long nodeId, String code, String name, String tier, Figures f) {
    return new ProgressRow(kind, nodeId, code, name, tier, f.cadres(), f.onlineSeconds() / 60, f.stationMinutes(),
        f.required(), f.elective(), f.meeting());
  }
}
