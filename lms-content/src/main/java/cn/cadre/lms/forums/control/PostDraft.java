package cn.cadre.lms.forums.control;

import java.util.List;

/**
 * A post as written: the body as HTML (cleaned before it is stored), the post of the same thread
 * it quotes (or null) and the ids of files the writer uploaded for it.
 */
public record PostDraft(String body, Long quotedPostId, List<String> attachmentIds) {

  public PostDraft {
    attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
  }

  public static PostDraft of(String body) {
    return new PostDraft(body, null, List.of());
  }
}
