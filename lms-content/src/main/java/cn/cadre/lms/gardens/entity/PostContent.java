package cn.cadre.lms.gardens.entity;

import java.util.List;

/**
 * What a post says, as the boundary hands it over: the body already sanitised (null when it holds
 * no text), the related course already checked as one the author may see.
 *
 * @param title plain text
 * @param safeBody sanitised HTML: a reflection's text, a reading list's introduction or a
 *     resource's note
 * @param courseId the course a reflection relates to, or null
 * @param url a resource's web link, or null
 * @param mediaId a resource's uploaded file, or null (an edit keeps the file it has)
 * @param items a reading list's entries, in order
 */
public record PostContent(String title, String safeBody, Long courseId, String url, String mediaId,
    List<ReadingItem> items) {

  public PostContent {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
