package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.forums.boundary.Posts;
import cn.cadre.lms.forums.boundary.Threads;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.ThreadDetail;
import cn.cadre.lms.web.security.CurrentActor;
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

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.forumThread");
      return;
    }
    try {
      detail = threads.open(current.get(), id, page, post);
      page = detail.posts().page();
      post = null;
    } catch (LmsException e) {
      detail = null;
      PageMessages.show("reply", e);
    }
  }

  /** Shows a post (after a reply, an edit) on the page that holds it. */
  void show(long postId) {
    post = postId;
    load();
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
    if ((long) (page + 1) * detail.posts().size() < detail.posts().total()) {
      page++;
      load();
    }
    return null;
  }

  public String previous() {
    if (page > 0) {
      page--;
      load();
    }
    return null;
  }

  public int getPages() {
    return detail == null ? 1
        : (int) Math.max(1, (detail.posts().total() + detail.posts().size() - 1) / detail.posts().size());
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
