package cn.cadre.lms.credits.control;

import cn.cadre.lms.directory.entity.Rank;

/**
 * The review list's filters and page. Unit and node are ids the boundary turns into paths within
 * the caller's scope; {@code shortfallOnly} keeps the cadres whose required credits fall short.
 */
public record ReviewQuery(int year, Long unitId, Long nodeId, Rank rank, boolean shortfallOnly, int page, int size) {

  public static final int MAX_SIZE = 200;

  /** No export beyond this many rows (a county of 100,000 fits with room to spare). */
  public static final int MAX_EXPORT = 300_000;

  public ReviewQuery {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " size " + size);
    }
  }
}
