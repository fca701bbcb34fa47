package cn.cadre.lms.forums.control;

import cn.cadre.lms.common.LmsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How often one person may post: not sooner than {@code minSecondsBetween} after their last post,
 * and at most {@code maxPerHour} posts in any hour. Both are refused with 429 and the seconds to
 * wait. The clock is given, so the rule is tested without waiting.
 */
public final class PostingThrottle {

  private final Clock clock;
  private final int minSecondsBetween;
  private final int maxPerHour;

  public PostingThrottle(Clock clock, int minSecondsBetween, int maxPerHour) {
    if (minSecondsBetween < 0 || maxPerHour < 1) {
      throw new IllegalArgumentException("inconsistent posting throttle");
    }
    this.clock = clock;
    this.minSecondsBetween = minSecondsBetween;
    this.maxPerHour = maxPerHour;
  }

  /** The moment from which posts count towards the hourly limit. */
  public Instant hourAgo() {
    return clock.instant().minus(Duration.ofHours(1));
  }

  /**
   * @param lastPost when the person last posted, or null
   * @param postsInLastHour the times of the person's posts since {@link #hourAgo()}, oldest first
   */
  public void check(Instant lastPost, List<Instant> postsInLastHour) {
    Instant now = clock.instant();
    if (lastPost != null) {
      long waited = Duration.between(lastPost, now).toMillis();
      if (waited < minSecondsBetween * 1000L) {
        throw tooSoon(Math.max(1, (minSecondsBetween * 1000L - waited + 999) / 1000));
      }
    }
    if (postsInLastHour.size() >= maxPerHour) {
      // the oldest post of the hour must leave the window before another fits
      Instant oldest = postsInLastHour.get(postsInLastHour.size() - maxPerHour);
      long wait = Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds();
      throw new LmsException(429, "forum.tooManyPosts", List.of(), maxPerHour, Math.max(1, wait));
    }
  }

  private static LmsException tooSoon(long seconds) {
    return new LmsException(429, "forum.tooSoon", List.of(), seconds);
  }

  public Instant now() {
    return clock.instant();
  }
}
