package cn.cadre.lms.sync.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The station's retry back-off: 5 s doubling to 10 minutes, never more than a fifth of jitter above. */
class BackoffTest {

  @Test
  void theBackoffDoublesFromFiveSecondsAndStopsAtTenMinutes() {
    for (int i = 0; i < 50; i++) {
      within(StationSync.backoff(1), 5_000);
      within(StationSync.backoff(2), 10_000);
      within(StationSync.backoff(4), 40_000);
      within(StationSync.backoff(8), 600_000);
      within(StationSync.backoff(60), 600_000);
    }
  }

  static void within(Duration d, long base) {
    assertTrue(d.toMillis() >= base && d.toMillis() <= base + base / 5, d + " for a base of " + base + " ms");
  }
}
