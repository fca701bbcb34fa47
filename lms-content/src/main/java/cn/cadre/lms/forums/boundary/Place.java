package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;

/** Where a request lands: the reader, the board, the thread and the post (the last two may be null). */
record Place(Reader reader, Board board, ForumThread thread, ForumPost post) {

  boolean moderates() {
    return reader.moderates(board);
  }
}
