package cn.cadre.lms.gardens.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A garden's activity in two statements: the newest posts, comments and likes together (each table
 * read by its garden index), and each member's posts and comments counted. Times are UTC wall
 * times in the database, as the entities write them.
 */
public final class ActivityFeed {

  public static final int FEED = 20;
  public static final int MEMBERS = 50;

  private static final String FEED_SQL =
      "SELECT x.act, x.post_id, p.title, x.who, pe.display_name, x.happened_at FROM ("
          + " SELECT 'POSTED' AS act, id AS post_id, author_id AS who, created_at AS happened_at"
          + " FROM garden_post WHERE garden_id = ?1"
          + " UNION ALL SELECT 'COMMENTED', post_id, author_id, created_at FROM garden_comment WHERE garden_id = ?1"
          + " UNION ALL SELECT 'LIKED', post_id, person_id, liked_at FROM garden_like WHERE garden_id = ?1"
          + ") x JOIN garden_post p ON p.id = x.post_id JOIN person pe ON pe.id = x.who"
          + " ORDER BY x.happened_at DESC, x.post_id DESC, x.act, x.who LIMIT " + FEED;

  private static final String MEMBERS_SQL =
      "SELECT x.who, pe.display_name, SUM(x.posts), SUM(x.comments) FROM ("
          + " SELECT author_id AS who, 1 AS posts, 0 AS comments FROM garden_post WHERE garden_id = ?1"
          + " UNION ALL SELECT author_id, 0, 1 FROM garden_comment WHERE garden_id = ?1"
          + ") x JOIN person pe ON pe.id = x.who GROUP BY x.who, pe.display_name"
          + " ORDER BY SUM(x.posts) + SUM(x.comments) DESC, pe.display_name LIMIT " + MEMBERS;

  private ActivityFeed() {}

  public static GardenActivity of(EntityManager em, long gardenId) {
    List<GardenActivity.Entry> feed = rows(em, FEED_SQL, gardenId).stream()
        .map(r -> new GardenActivity.Entry((String) r[0], number(r[1]), (String) r[2], number(r[3]), (String) r[4],
            instant(r[5])))
        .toList();
    List<GardenActivity.Member> members = rows(em, MEMBERS_SQL, gardenId).stream()
        .map(r -> new GardenActivity.Member(number(r[0]), (String) r[1], number(r[2]), number(r[3])))
        .toList();
    return new GardenActivity(feed, members);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String sql, long gardenId) {
    return em.createNativeQuery(sql).setParameter(1, gardenId).getResultList();
  }

  static long number(Object o) {
    return ((Number) o).longValue();
  }

  /** A UTC wall time as the drivers hand it back (Timestamp or LocalDateTime), as an instant. */
  static Instant instant(Object o) {
    LocalDateTime t = o instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) o;
    return t.toInstant(ZoneOffset.UTC);
  }
}
