package cn.cadre.lms.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's calendar is China Standard Time whatever zone the server runs in: a posting made
 * at 07:30 in Huaibei is dated that day, not the day before as on a UTC server.
 */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The China-time calendar day of an instant. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
