package cn.cadre.lms.forums.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cadre.lms.common.LmsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingThrottleTest {

  static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

  static PostingThrottle at(Instant now) {
    return new PostingThrottle(Clock.fixed(now, ZoneOffset.UTC), 15, 60);
  }

  @Test
  void aPostSoonerThanTheMinimumIsRefusedWithTheSecondsToWait() {
    var refused = assertThrows(LmsException.class, () -> at(NOW).check(NOW.minusSeconds(10), List.of(NOW.minusSeconds(10))));
    assertEquals(429, refused.status());
    assertEquals("forum.tooSoon", refused.key());
    assertEquals(5L, refused.args()[0]);
    at(NOW).check(NOW.minusSeconds(15), List.of(NOW.minusSeconds(15)));
    at(NOW).check(null, List.of());
  }

  @Test
  void theSixtyFirstPostOfAnHourWaitsForTheOldestToLeaveTheWindow() {
    List<Instant> hour = new ArrayList<>();
    for (int i = 59; i >= 0; i--) {
      hour.add(NOW.minus(Duration.ofMinutes(i)).minusSeconds(30));
    }
    var refused = assertThrows(LmsException.class, () -> at(NOW).check(hour.get(59), hour));
    assertEquals(429, refused.status());
    assertEquals("forum.tooManyPosts", refused.key());
    assertEquals(60, refused.args()[0]);
    assertEquals(30L, refused.args()[1], "the oldest post, 59.5 minutes old, leaves in 30 s");
    // 31 seconds later the oldest has left: the boundary asks again for the last hour only
    Instant later = NOW.plusSeconds(31);
    List<Instant> window = hour.stream().filter(t -> t.isAfter(at(later).hourAgo())).toList();
    at(later).check(hour.get(59), window);
  }

  @Test
  void settingsOutsideSenseAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PostingThrottle(Clock.systemUTC(), -1, 60));
    assertThrows(IllegalArgumentException.class, () -> new PostingThrottle(Clock.systemUTC(), 15, 0));
  }
}
