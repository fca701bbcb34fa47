package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.boundary.Threads;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.ThreadDetail;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * A thread's page: its posts page by page (opening it marks them read), the reply form with a
 * quote and a file. Editing, history, reports and moderation are {@link PostActionsBean}'s.
 */
@Named
@ViewScoped
public class ThreadBean implements Serializable {

  @Inject Threads threads;
  @Inject Posts posts;
  @Inject CurrentActor current;

  private Long id;
  private Long post;
  private int page;
  private ThreadDetail detail;
  private String reply;
  private Long quoting;
  private transient UploadedFile file;

  /** The view action: on the first request, opens at the post named in ?post= if any. */
  public void load() {
    // on a postback the view parameter is restored from state: it named where the reader came in
    open(FacesContext.getCurrentInstance().isPostback() ? null : post);
  }

  /** Shows a post (after a reply, an edit) on the page that holds it. */
  void show(long postId) {
    open(postId);
  }

  private void open(Long target) {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.forumThread");
      return;
    }
    try {
      detail = threads.open(current.get(), id, page, target);
      page = detail.posts().page();
    } catch (LmsException e) {
      detail = null;
      PageMessages.show("reply", e);
    }
  }

  public String quote(PostView p) {
    quoting = p.id();
    return null;
  }

  public String cancelQuote() {
    quoting = null;
    return null;
  }

  public PostView getQuoted() {
    return quoting == null || detail == null ? null
        : detail.posts().items().stream().filter(p -> p.id() == quoting).findFirst().orElse(null);
  }

  public String send() {
    try {
      var attached = ForumForms.attach(posts, current.get(), file);
      PostView written = threads.reply(current.get(), id, new PostDraft(reply, quoting, attached));
      reply = null;
      quoting = null;
      PageMessages.info("forum.replied");
      show(written.id());
    } catch (LmsException e) {
      ForumForms.show("reply", e);
    }
    return null;
  }

  public String next() {
    page = Paging.next(page, detail.posts().size(), detail.posts().total());
    open(null);
    return null;
  }

  public String previous() {
    page = Paging.previous(page);
    open(null);
    return null;
  }

  public int getPages() {
    return detail == null ? 1 : Paging.pages(detail.posts().total(), detail.posts().size());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPost() {
    return post;
  }

  public void setPost(Long post) {
    this.post = post;
  }

  public int getPage() {
    return page;
  }

  public ThreadDetail getDetail() {
    return detail;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
