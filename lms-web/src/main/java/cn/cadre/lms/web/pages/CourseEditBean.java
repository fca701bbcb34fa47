package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.boundary.Lessons;
import cn.cadre.lms.courses.boundary.Media;
import cn.cadre.lms.courses.control.CourseDetail;
import cn.cadre.lms.courses.control.CourseDraft;
import cn.cadre.lms.courses.control.LessonDraft;
import cn.cadre.lms.courses.control.QuestionDraft;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.courses.entity.QuestionKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The author's course editor: create a draft, add lessons of each kind (a file uploaded with the
 * lesson), a quiz's questions as text lines, and publish.
 */
@Named
@ViewScoped
public class CourseEditBean implements Serializable {

  @Inject Courses courses;
  @Inject Lessons lessons;
  @Inject Media media;
  @Inject CurrentActor current;

  private Long id;
  private CourseDetail course;
  private String title;
  private String teacher;
  private String category;
  private String summary;
  private BigDecimal credits = BigDecimal.ONE;
  private String lessonTitle;
  private LessonKind kind = LessonKind.TEXT;
  private Integer lengthSeconds = 600;
  private String body;
  private String mediaUrl;
  private Integer passPercent = 60;
  private Integer maxAttempts = 3;
  private String questions;
  private transient UploadedFile file;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      course = courses.detail(current.get(), id);
    } catch (LmsException e) {
      course = null;
      PageMessages.show("course", e);
    }
  }

  public String create() {
    try {
      long made = courses.create(current.get(),
          new CourseDraft(title, teacher, category, summary, credits, false, null, null)).id();
      PageMessages.info("courseEdit.created");
      return "/course-edit?faces-redirect=true&id=" + made;
    } catch (LmsException e) {
      PageMessages.show("course", e);
      return null;
    }
  }

  public String addLesson() {
    try {
      String mediaId = null;
      if (file != null && file.getSize() > 0 && (kind == LessonKind.VIDEO || kind == LessonKind.DOCUMENT)) {
        mediaId = media.upload(current.get(), file.getFileName(), file.getContentType(), file.getInputStream()).id();
      }
      var lesson = lessons.add(current.get(), id, new LessonDraft(lessonTitle, kind, lengthSeconds, mediaId,
          mediaId == null ? mediaUrl : null, body, passPercent, maxAttempts));
      if (kind == LessonKind.QUIZ) {
        lessons.setQuestions(current.get(), lesson.id(), parse(questions));
      }
      PageMessages.info("courseEdit.lessonAdded");
      lessonTitle = null;
      body = null;
      questions = null;
      load();
    } catch (LmsException e) {
      showLessonProblem(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** A question's field ("questions[2].answer") is shown next to the questions box. */
  private static void showLessonProblem(LmsException e) {
    if (e.fields().stream().anyMatch(f -> f.field().startsWith("questions"))) {
      e.fields().forEach(f -> PageMessages.field("lesson:questions", f.key(), f.args()));
    } else {
      PageMessages.show("lesson", e);
    }
  }

  /** One question a line: "SINGLE | prompt | option / option / option | 0" (right options by index, 0-based). */
  static List<QuestionDraft> parse(String text) {
    List<QuestionDraft> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|");
      if (parts.length != 4) {
        throw LmsException.invalid("questions", "field.questionLine", out.size() + 1);
      }
      try {
        out.add(new QuestionDraft(QuestionKind.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT)),
            parts[1].strip(), Arrays.stream(parts[2].split("/")).map(String::strip).toList(),
            Arrays.stream(parts[3].split(",")).map(String::strip).map(Integer::valueOf).toList()));
      } catch (IllegalArgumentException e) {
        throw LmsException.invalid("questions", "field.questionLine", out.size() + 1);
      }
    }
    return out;
  }

  public String publish() {
    try {
      courses.publish(current.get(), id);
      PageMessages.info("course.published");
      load();
    } catch (LmsException e) {
      PageMessages.show("lesson", e);
    }
    return null;
  }

  public LessonKind[] getKinds() {
    return LessonKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CourseDetail getCourse() {
    return course;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTeacher() {
    return teacher;
  }

  public void setTeacher(String teacher) {
    this.teacher = teacher;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public BigDecimal getCredits() {
    return credits;
  }

  public void setCredits(BigDecimal credits) {
    this.credits = credits;
  }

  public String getLessonTitle() {
    return lessonTitle;
  }

  public void setLessonTitle(String lessonTitle) {
    this.lessonTitle = lessonTitle;
  }

  public LessonKind getKind() {
    return kind;
  }

  public void setKind(LessonKind kind) {
    this.kind = kind;
  }

  public Integer getLengthSeconds() {
    return lengthSeconds;
  }

  public void setLengthSeconds(Integer lengthSeconds) {
    this.lengthSeconds = lengthSeconds;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }

  public void setMediaUrl(String mediaUrl) {
    this.mediaUrl = mediaUrl;
  }

  public Integer getPassPercent() {
    return passPercent;
  }

  public void setPassPercent(Integer passPercent) {
    this.passPercent = passPercent;
  }

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public String getQuestions() {
    return questions;
  }

  public void setQuestions(String questions) {
    this.questions = questions;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
