package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.gardens.boundary.GardenPosts;
import cn.cadre.lms.gardens.control.PostDraft;
import cn.cadre.lms.gardens.entity.PostKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Writing in a garden: a reflection in the rich-text editor with its related course, a resource
 * (a link or an uploaded file) and a reading list typed one entry a line. Each form's problems show
 * next to its fields.
 */
@Named
@ViewScoped
public class GardenWriteBean implements Serializable {

  @Inject GardenPosts posts;
  @Inject Courses courses;
  @Inject GardenBean garden;
  @Inject CurrentActor current;

  private String title;
  private String body;
  private Long courseId;
  private String resourceTitle;
  private String note;
  private String url;
  private transient UploadedFile file;
  private String listTitle;
  private String intro;
  private String items;
  private List<CourseCard> courseChoices;

  public String writeReflection() {
    if (done("reflection", () -> posts.write(current.get(), garden.getId(),
        new PostDraft(PostKind.REFLECTION, title, body, courseId, null, List.of())))) {
      title = null;
      body = null;
      courseId = null;
    }
    return null;
  }

  public String shareResource() {
    boolean shared = done("resource", () -> {
      if (file != null && file.getSize() > 0) {
        try {
          posts.share(current.get(), garden.getId(), resourceTitle, note, file.getFileName(), file.getContentType(),
              file.getInputStream());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        posts.write(current.get(), garden.getId(), new PostDraft(PostKind.RESOURCE, resourceTitle, note, null, url,
            List.of()));
      }
    });
    if (shared) {
      resourceTitle = null;
      note = null;
      url = null;
    }
    return null;
  }

  public String writeReadingList() {
    if (done("readingList", () -> posts.write(current.get(), garden.getId(),
        new PostDraft(PostKind.READING_LIST, listTitle, intro, null, null, parse(items))))) {
      listTitle = null;
      intro = null;
      items = null;
    }
    return null;
  }

  /** One entry a line: "title | optional link". */
  static List<PostDraft.Item> parse(String text) {
    List<PostDraft.Item> out = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          String[] parts = line.split("\\|", 2);
          out.add(new PostDraft.Item(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, null));
        }
      }
    }
    return out;
  }

  /** Runs a write; on success reloads the garden, else shows each field's problem in its form. */
  private boolean done(String form, Runnable write) {
    try {
      write.run();
      PageMessages.info("garden.published");
      garden.load();
      return true;
    } catch (LmsException e) {
      // an entry's problem ("items[2].url") shows next to the entries box
      e.fields().stream().filter(f -> f.field().startsWith("items["))
          .forEach(f -> PageMessages.field(form + ":items", f.key(), f.args()));
      if (e.fields().stream().noneMatch(f -> f.field().startsWith("items["))) {
        PageMessages.show(form, e);
      }
      return false;
    }
  }

  /** Published courses the writer sees, for a reflection's related course. */
  public List<CourseCard> getCourses() {
    if (courseChoices == null) {
      courseChoices = courses.list(current.get(), null, null, CourseStatus.PUBLISHED);
    }
    return courseChoices;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public String getResourceTitle() {
    return resourceTitle;
  }

  public void setResourceTitle(String resourceTitle) {
    this.resourceTitle = resourceTitle;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getListTitle() {
    return listTitle;
  }

  public void setListTitle(String listTitle) {
    this.listTitle = listTitle;
  }

  public String getIntro() {
    return intro;
  }

  public void setIntro(String intro) {
    this.intro = intro;
  }

  public String getItems() {
    return items;
  }

  public void setItems(String items) {
    this.items = items;
  }
}
