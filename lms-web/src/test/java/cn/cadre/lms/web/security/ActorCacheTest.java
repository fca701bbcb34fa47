package cn.cadre.lms.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Cache lifetimes are spread, so callers cached together are not all read again together. */
class ActorCacheTest {

  @Test
  void lifetimesSpreadOverHalfTheirLengthAroundTwoMinutes() {
    LongSummaryStatistics s = LongStream.range(0, 5_000).map(i -> ActorCache.lifetime()).summaryStatistics();
    assertTrue(s.getMin() >= 90_000, "never under 90 s: " + s);
    assertTrue(s.getMax() <= 150_000, "never over 150 s: " + s);
    // 5,000 learners cached in the same second expire over about a minute, not in one second
    assertTrue(s.getMax() - s.getMin() > 55_000, "spread over most of 90-150 s: " + s);
    long inOneSecond = LongStream.range(0, 5_000).map(i -> ActorCache.lifetime() / 1000).boxed()
        .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()))
        .values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(inOneSecond < 200, "at most a few percent expire in any one second: " + inOneSecond);
  }
}
