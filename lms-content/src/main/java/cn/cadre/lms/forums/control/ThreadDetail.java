package cn.cadre.lms.forums.control;

import cn.cadre.lms.directory.control.Page;

/** A thread with one page of its posts, the board it is on, and whether the reader moderates it. */
public record ThreadDetail(ThreadCard thread, BoardRef board, boolean moderates, Page<PostView> posts) {

  /** The thread's board, by name (its counts are the board list's business). */
  public record BoardRef(long id, String kind, String name) {}
}
