package cn.cadre.lms.forums.control;

import java.time.LocalDateTime;

/** The forums' smaller answers: revisions, moderation records, reports and mentions. */
public final class ForumRecords {

  private ForumRecords() {}

  /** An earlier version of a post: what it said from writtenAt until replacedBy edited it at replacedAt. */
  public record Revision(int number, String title, String body, LocalDateTime writtenAt, LocalDateTime replacedAt,
      String replacedBy) {}

  /** One moderator's action on a thread or one of its posts. */
  public record Moderation(long id, String action, long boardId, Long fromBoardId, long threadId, Long postId,
      String reason, String moderator, LocalDateTime actedAt) {}

  /** A report with the reported post's excerpt, for the moderators of its board. */
  public record ReportCard(long id, long postId, long threadId, String threadTitle, long boardId, String excerpt,
      String reason, String reporter, LocalDateTime reportedAt, String status, String note) {}

  /** A post that names the reader. */
  public record MentionCard(long postId, long threadId, String threadTitle, long boardId, String boardName,
      String authorName, LocalDateTime at, String excerpt) {}
}
