package cn.cadre.lms.courses.entity;

/** Who an assignment reaches: a rank under a path, everyone under a path, or a special class. */
public enum Audience {
  RANK, PATH, SPECIAL_CLASS
}
