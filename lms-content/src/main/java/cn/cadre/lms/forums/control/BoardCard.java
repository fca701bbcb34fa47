package cn.cadre.lms.forums.control;

import cn.cadre.lms.forums.entity.Board;

/**
 * A board as its readers see it in a list: what it is, how many threads it has, how many of them
 * hold posts the reader has not read, and whether the reader moderates it.
 */
public record BoardCard(long id, String kind, String name, String description, String audiencePath, Long courseId,
    Long classId, long threads, long unreadThreads, boolean moderates) {

  public static BoardCard of(Board b, long threads, long unreadThreads, boolean moderates) {
    return new BoardCard(b.id(), b.kind().name(), b.name(), b.description(), b.audiencePath(), b.courseId(),
        b.classId(), threads, unreadThreads, moderates);
  }
}
