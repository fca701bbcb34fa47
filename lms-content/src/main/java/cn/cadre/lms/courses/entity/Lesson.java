package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.between;
import static cn.cadre.lms.courses.entity.Checks.required;
import static cn.cadre.lms.courses.entity.Checks.text;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * One lesson of a course. Each kind needs its own fields (a video its file or URL, a document its
 * PDF, a text its body, a quiz its pass mark and attempts) and leaves the others empty, so a lesson
 * never carries stale content of another kind. Study time is capped by the length, so every lesson
 * but a quiz has one.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

  public static final int MAX_TITLE = 120;
  public static final int MAX_LENGTH_SECONDS = 36_000;
  public static final int MAX_URL = 500;

  @Id
  @TableGenerator(name = "lesson_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "lesson", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "lesson_ids")
  private Long id;

  @Column(name = "course_id")
  private long courseId;

  private int position;
  private String title;

  @Enumerated(EnumType.STRING)
  private LessonKind kind;

  @Column(name = "length_seconds")
  private int lengthSeconds;

  @Column(name = "media_id")
  private String mediaId;

  @Column(name = "media_url")
  private String mediaUrl;

  private String body;

  @Column(name = "pass_percent")
  private Integer passPercent;

  @Column(name = "max_attempts")
  private Integer maxAttempts;

  @Version private long version;

  protected Lesson() {}

  public Lesson(long courseId, int position) {
    this.courseId = courseId;
    this.position = position;
  }

  /** The lesson's content; {@code body} is already sanitised HTML. */
  public void define(String title, LessonKind kind, Integer lengthSeconds, String mediaId, String mediaUrl,
      String body, Integer passPercent, Integer maxAttempts) {
    this.title = text(title, MAX_TITLE, "title");
    this.kind = required(kind, "kind");
    this.mediaId = null;
    this.mediaUrl = null;
    this.body = null;
    this.passPercent = null;
    this.maxAttempts = null;
    if (kind == LessonKind.QUIZ) {
      this.lengthSeconds = 0;
      this.passPercent = between(passPercent, 1, 100, "passPercent");
      this.maxAttempts = between(maxAttempts, 1, 10, "maxAttempts");
      return;
    }
    this.lengthSeconds = between(lengthSeconds, 1, MAX_LENGTH_SECONDS, "lengthSeconds");
    switch (kind) {
      case VIDEO -> video(mediaId, mediaUrl);
      case DOCUMENT -> this.mediaId = required(blankToNull(mediaId), "mediaId");
      case TEXT -> this.body = required(blankToNull(body), "body");
      default -> throw new IllegalStateException(kind.name());
    }
  }

  private void video(String media, String url) {
    media = blankToNull(media);
    url = blankToNull(url);
    if ((media == null) == (url == null)) {
      throw LmsException.invalid("mediaId", "field.mediaOrUrl");
    }
    if (url != null) {
      this.mediaUrl = web(url.strip());
    }
    this.mediaId = media;
  }

  /** Only http and https: a javascript: URL would run in the player's page. */
  static String web(String url) {
    return cn.cadre.lms.common.FieldChecks.webLink(url, MAX_URL, "mediaUrl");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public void moveTo(int newPosition) {
    this.position = newPosition;
  }

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public LessonKind kind() {
    return kind;
  }

  public int lengthSeconds() {
    return lengthSeconds;
  }

  public String mediaId() {
    return mediaId;
  }

  public String mediaUrl() {
    return mediaUrl;
  }

  public String body() {
    return body;
  }

  public Integer passPercent() {
    return passPercent;
  }

  public Integer maxAttempts() {
    return maxAttempts;
  }

  public long version() {
    return version;
  }
}
