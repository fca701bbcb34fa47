package cn.cadre.lms.forums.entity;

/**
 * Where a board belongs, which decides its audience: the whole city, a county, a unit, the readers
 * of a course, or the members of a special class (专题班).
 */
public enum BoardKind {
  CITY,
  COUNTY,
  UNIT,
  COURSE,
  SPECIAL_CLASS
}
