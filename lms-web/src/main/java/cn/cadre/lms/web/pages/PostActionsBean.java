package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.forums.boundary.Boards;
import cn.cadre.lms.forums.boundary.Moderation;
import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.boundary.Reports;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.entity.ModerationAction;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What can be done to the posts of a thread page: edit one (the earlier version kept) and see its
 * history, report one, and for moderators hide a post or pin, lock, hide or move the thread.
 */
@Named
@ViewScoped
public class PostActionsBean implements Serializable {

  @Inject ThreadBean page;
  @Inject Posts posts;
  @Inject Moderation moderation;
  @Inject Reports reports;
  @Inject Boards boards;
  @Inject CurrentActor current;

  private Long editing;
  private boolean editingFirst;
  private String editBody;
  private String editTitle;
  private long editVersion;
  private List<ForumRecords.Revision> history;
  private Long reporting;
  private String reportReason;
  private String reason;
  private Long moveTo;
  private List<BoardCard> targets;

  public String edit(PostView p) {
    editing = p.id();
    editingFirst = p.seq() == 1;
    editBody = p.body();
    editTitle = editingFirst ? page.getDetail().thread().title() : null;
    editVersion = p.version();
    return null;
  }

  public String saveEdit() {
    try {
      PostView saved = posts.edit(current.get(), editing, editBody, editTitle, editVersion);
      editing = null;
      PageMessages.info("forum.edited");
      page.show(saved.id());
    } catch (LmsException e) {
      ForumForms.show("edit", e);
    }
    return null;
  }

  public String cancelEdit() {
    editing = null;
    return null;
  }

  public String history(PostView p) {
    try {
      history = posts.revisions(current.get(), p.id());
    } catch (LmsException e) {
      PageMessages.show("posts", e);
    }
    return null;
  }

  public String closeHistory() {
    history = null;
    return null;
  }

  public String report(PostView p) {
    reporting = p.id();
    reportReason = null;
    return null;
  }

  public String sendReport() {
    try {
      reports.report(current.get(), reporting, reportReason);
      reporting = null;
      PageMessages.info("forum.reported");
    } catch (LmsException e) {
      ForumForms.show("report", e);
    }
    return null;
  }

  public String cancelReport() {
    reporting = null;
    return null;
  }

  /** PIN, UNPIN, LOCK, UNLOCK, HIDE, UNHIDE or MOVE the thread, with the reason typed once. */
  public String moderate(String action) {
    try {
      moderation.thread(current.get(), page.getId(), ModerationAction.valueOf(action), reason, moveTo);
      reason = null;
      PageMessages.info("forum.moderated." + action);
      page.load();
    } catch (LmsException e) {
      ForumForms.show("moderation", e);
    }
    return null;
  }

  public String hidePost(PostView p, boolean hide) {
    try {
      moderation.post(current.get(), p.id(), hide ? ModerationAction.HIDE : ModerationAction.UNHIDE, reason);
      reason = null;
      PageMessages.info(hide ? "forum.moderated.HIDE" : "forum.moderated.UNHIDE");
      page.load();
    } catch (LmsException e) {
      ForumForms.show("moderation", e);
    }
    return null;
  }

  /** The boards a thread may move to: the others the moderator moderates. */
  public List<BoardCard> getTargets() {
    if (targets == null) {
      long here = page.getDetail().board().id();
      targets = boards.moderated(current.get()).stream().filter(b -> b.id() != here).toList();
    }
    return targets;
  }

  public Long getEditing() {
    return editing;
  }

  public boolean isEditingFirst() {
    return editingFirst;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  public String getEditTitle() {
    return editTitle;
  }

  public void setEditTitle(String editTitle) {
    this.editTitle = editTitle;
  }

  public List<ForumRecords.Revision> getHistory() {
    return history;
  }

  public Long getReporting() {
    return reporting;
  }

  public String getReportReason() {
    return reportReason;
  }

  public void setReportReason(String reportReason) {
    this.reportReason = reportReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(Long moveTo) {
    this.moveTo = moveTo;
  }
}
