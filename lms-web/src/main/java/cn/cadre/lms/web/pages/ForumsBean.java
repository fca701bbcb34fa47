package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.boundary.Boards;
import cn.cadre.lms.forums.boundary.Mentions;
import cn.cadre.lms.forums.boundary.Reports;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.BoardDraft;
import cn.cadre.lms.forums.control.ForumAccess;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.entity.BoardKind;
import cn.cadre.lms.forums.entity.ReportStatus;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The forums' front page: the boards the reader sees grouped by kind with unread counts, the posts
 * that mention the reader, the open reports for moderators, and the form to open a board.
 */
@Named
@ViewScoped
public class ForumsBean implements Serializable {

  @Inject Boards boards;
  @Inject Mentions mentions;
  @Inject Reports reports;
  @Inject CurrentActor current;

  private List<BoardCard> all = List.of();
  private Page<ForumRecords.MentionCard> mentioned;
  private List<ForumRecords.ReportCard> open = List.of();
  private BoardKind kind = BoardKind.UNIT;
  private String name;
  private String description;
  private String path;
  private Long courseId;
  private Long classId;
  private String moderators;
  private String note;

  public void load() {
    all = boards.list(current.get());
    mentioned = mentions.of(current.get(), 0, 20);
    open = reports.open(current.get());
    if (path == null && isOpensBoards()) {
      path = ForumAccess.creatorScope(current.get(), BoardKind.UNIT).prefixes().get(0);
    }
  }

  public List<BoardCard> boardsOf(String k) {
    return all.stream().filter(b -> b.kind().equals(k)).toList();
  }

  public List<String> getKindsShown() {
    return Arrays.stream(BoardKind.values()).map(Enum::name).filter(k -> !boardsOf(k).isEmpty()).toList();
  }

  public boolean isOpensBoards() {
    return ForumAccess.opensBoards(current.get());
  }

  public String create() {
    try {
      List<String> names = moderators == null || moderators.isBlank() ? List.of()
          : Arrays.stream(moderators.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
      BoardCard made = boards.create(current.get(),
          new BoardDraft(kind, name, description, path, courseId, classId, names));
      PageMessages.info("forum.boardOpened", made.name());
      return "/board?faces-redirect=true&id=" + made.id();
    } catch (LmsException e) {
      PageMessages.show("board", e);
      return null;
    }
  }

  public String resolve(long reportId, boolean hide) {
    try {
      reports.resolve(current.get(), reportId, hide ? ReportStatus.HIDDEN : ReportStatus.DISMISSED, note);
      PageMessages.info(hide ? "forum.reportHidden" : "forum.reportDismissed");
      note = null;
      load();
    } catch (LmsException e) {
      PageMessages.show("reports", e);
    }
    return null;
  }

  public BoardKind[] getKinds() {
    return BoardKind.values();
  }

  public Page<ForumRecords.MentionCard> getMentioned() {
    return mentioned;
  }

  public List<ForumRecords.ReportCard> getOpen() {
    return open;
  }

  public BoardKind getKind() {
    return kind;
  }

  public void setKind(BoardKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }

  public String getModerators() {
    return moderators;
  }

  public void setModerators(String moderators) {
    this.moderators = moderators;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
