package cn.cadre.lms.gardens.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One entry of a reading list: what to read, and optionally a web link or a catalog course. */
@Embeddable
public class ReadingItem {

  public static final int MAX_LABEL = 200;

  private String label;
  private String url;

  @Column(name = "course_id")
  private Long courseId;

  protected ReadingItem() {}

  /** @param index the entry's place in the list, 0-based, for the field names of its errors */
  public ReadingItem(int index, String label, String url, Long courseId) {
    String field = "items[" + index + "]";
    this.label = Fields.text(label, MAX_LABEL, field + ".label");
    this.url = Fields.optionalWebLink(url, field + ".url");
    if (this.url != null && courseId != null) {
      throw LmsException.invalid(field + ".url", "garden.linkOrCourse");
    }
    this.courseId = courseId;
  }

  public String label() {
    return label;
  }

  public String url() {
    return url;
  }

  public Long courseId() {
    return courseId;
  }
}
