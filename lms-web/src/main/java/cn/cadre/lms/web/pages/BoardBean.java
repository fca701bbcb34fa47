package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.boundary.Boards;
import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.boundary.Threads;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/** A board: its threads page by page (pinned first, unread marked) and the form to start a thread. */
@Named
@ViewScoped
public class BoardBean implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject Boards boards;
  @Inject Threads threads;
  @Inject Posts posts;
  @Inject CurrentActor current;

  private Long id;
  private int page;
  private BoardCard board;
  private Page<ThreadCard> list;
  private String title;
  private String body;
  private transient UploadedFile file;

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.forumBoard");
      return;
    }
    try {
      board = boards.get(current.get(), id);
      list = boards.threads(current.get(), id, page, PAGE_SIZE);
    } catch (LmsException e) {
      board = null;
      PageMessages.show("thread", e);
    }
  }

  public String start() {
    try {
      var attached = ForumForms.attach(posts, current.get(), file);
      ThreadCard t = threads.start(current.get(), id, title, new PostDraft(body, null, attached));
      return "/thread?faces-redirect=true&id=" + t.id();
    } catch (LmsException e) {
      ForumForms.show("thread", e);
      return null;
    }
  }

  public String next() {
    page = Paging.next(page, PAGE_SIZE, list.total());
    load();
    return null;
  }

  public String previous() {
    page = Paging.previous(page);
    load();
    return null;
  }

  public int getPages() {
    return list == null ? 1 : Paging.pages(list.total(), PAGE_SIZE);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getPage() {
    return page;
  }

  public BoardCard getBoard() {
    return board;
  }

  public Page<ThreadCard> getList() {
    return list;
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

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
