package cn.cadre.lms.gardens.entity;

/** What a member posts: a study reflection (学习心得), a reading list (书单) or a shared resource. */
public enum PostKind {
  REFLECTION,
  READING_LIST,
  RESOURCE
}
