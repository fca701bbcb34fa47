package cn.cadre.lms.forums.control;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A post as a reader sees it. {@code body} is sanitised HTML, safe to render; {@code quote} is the
 * quoted post's writer and an excerpt as plain text (null when it quotes nothing, excerpt null when
 * the quoted post is hidden from the reader). {@code editable}: the reader may edit it now.
 */
public record PostView(long id, long threadId, int seq, String authorName, String authorUsername, String body,
    LocalDateTime createdAt, LocalDateTime editedAt, int revisions, boolean hidden, Quote quote,
    List<Attachment> attachments, boolean editable, long version) {

  public record Quote(long postId, int seq, String authorName, String excerpt) {}

  public record Attachment(String id, String name, String contentType, long sizeBytes, String url) {
    public boolean image() {
      return contentType.startsWith("image/");
    }
  }
}
