package cn.cadre.lms.forums.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The forums' knobs (MicroProfile Config {@code lms.forums.*}). */
@ApplicationScoped
public class ForumSettings {

  @Inject
  @ConfigProperty(name = "lms.forums.min-seconds-between-posts", defaultValue = "15")
  int minSecondsBetweenPosts;

  @Inject
  @ConfigProperty(name = "lms.forums.max-posts-per-hour", defaultValue = "60")
  int maxPostsPerHour;

  /** Threads and posts per page. */
  @Inject
  @ConfigProperty(name = "lms.forums.page-size", defaultValue = "20")
  int pageSize;

  public ForumSettings() {}

  /** For tests outside the server. */
  public ForumSettings(int minSecondsBetweenPosts, int maxPostsPerHour, int pageSize) {
    this.minSecondsBetweenPosts = minSecondsBetweenPosts;
    this.maxPostsPerHour = maxPostsPerHour;
    this.pageSize = pageSize;
  }

  public PostingThrottle throttle() {
    return new PostingThrottle(Clock.systemUTC(), minSecondsBetweenPosts, maxPostsPerHour);
  }

  public int pageSize() {
    return pageSize;
  }
}
