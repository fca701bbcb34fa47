package cn.cadre.lms.forums.entity;

/** What a moderator did; HIDE and UNHIDE apply to a thread or to one post. */
public enum ModerationAction {
  PIN,
  UNPIN,
  LOCK,
  UNLOCK,
  HIDE,
  UNHIDE,
  MOVE;

  /** The actions that apply to a single post. */
  public boolean appliesToPosts() {
    return this == HIDE || this == UNHIDE;
  }
}
