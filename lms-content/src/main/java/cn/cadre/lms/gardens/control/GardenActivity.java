package cn.cadre.lms.gardens.control;

import java.time.Instant;
import java.util.List;

/** What a garden's members have been doing: the latest posts, comments and likes, and counts per member. */
public record GardenActivity(List<Entry> feed, List<Member> members) {

  /** @param action POSTED, COMMENTED or LIKED */
  public record Entry(String action, long postId, String postTitle, long personId, String personName,
      Instant at) {}

  /** One person's posts and comments in the garden. */
  public record Member(long personId, String name, long posts, long comments) {}
}
