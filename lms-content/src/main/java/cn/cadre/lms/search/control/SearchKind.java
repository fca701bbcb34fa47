package cn.cadre.lms.search.control;

/** What a search hit is; each kind has one {@link SearchSource} that loads it from the database. */
public enum SearchKind {
  COURSE,
  LESSON,
  FORUM_POST,
  GARDEN_POST
}
