package cn.cadre.lms.progress.control;

import java.math.BigDecimal;

/**
 * What one row of the report adds up for its serving cadres.
 *
 * @param onlineSeconds verified study time of the sessions started in the year
 * @param stationMinutes group study at village stations on days of the year
 * @param required required credits of the year, summed from the balance rows
 * @param elective elective credits of the year, likewise
 * @param meeting cadres whose required credits reach their rank's requirement
 */
public record Figures(
    long cadres, long onlineSeconds, long stationMinutes, BigDecimal required, BigDecimal elective, long meeting) {

  public static final Figures ZERO =
      new Figures(0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0);

  public Figures plus(Figures o) {
    return new Figures(cadres + o.cadres, onlineSeconds + o.onlineSeconds, stationMinutes + o.stationMinutes,
        required.add(o.required), elective.add(o.elective), meeting + o.meeting);
  }
}
