package cn.cadre.lms.gardens.control;

import cn.cadre.lms.gardens.entity.PostKind;
import java.util.List;

/**
 * A post as its author sends it: body is HTML (sanitised before it is kept); a reflection may
 * name a related course, a resource a link (files come by upload), a reading list its items.
 */
public record PostDraft(PostKind kind, String title, String body, Long courseId, String url, List<Item> items) {

  public PostDraft {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A reading list's entry: what to read, and a web link or a course, or neither. */
  public record Item(String label, String url, Long courseId) {}
}
