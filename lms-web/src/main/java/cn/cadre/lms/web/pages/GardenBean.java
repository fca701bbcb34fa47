package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.gardens.boundary.GardenPosts;
import cn.cadre.lms.gardens.boundary.GardenReactions;
import cn.cadre.lms.gardens.boundary.Gardens;
import cn.cadre.lms.gardens.control.GardenActivity;
import cn.cadre.lms.gardens.control.GardenCard;
import cn.cadre.lms.gardens.control.PostView;
import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A garden's page: its posts (featured reflections first), each with its comments and likes, the
 * members' activity, and what a reader does there: like, comment, and for keepers feature and
 * remove. Writing is {@link GardenWriteBean}'s.
 */
@Named
@ViewScoped
public class GardenBean implements Serializable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Texts.ZONE);

  @Inject Gardens gardens;
  @Inject GardenPosts posts;
  @Inject GardenReactions reactions;
  @Inject CurrentActor current;

  private Long id;
  private int page = 1;
  private GardenCard garden;
  private PostView.Page list;
  private GardenActivity activity;
  private final Map<Long, String> comments = new HashMap<>();

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.garden");
      return;
    }
    try {
      garden = gardens.card(current.get(), id);
      list = posts.list(current.get(), id, null, page, 20);
      activity = gardens.activity(current.get(), id);
    } catch (LmsException e) {
      garden = null;
      PageMessages.show("garden", e);
    }
  }

  public void like(long postId) {
    act(() -> reactions.toggleLike(current.get(), id, postId));
  }

  public void feature(long postId, boolean on) {
    act(() -> reactions.feature(current.get(), id, postId, on));
  }

  public void remove(long postId) {
    if (act(() -> posts.remove(current.get(), id, postId))) {
      PageMessages.info("garden.removed");
    }
  }

  /** A comment's problem shows next to that post's comment box, whose id differs per row. */
  public void comment(long postId) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    String button = UIComponent.getCurrentComponent(ctx).getClientId(ctx);
    String box = button.substring(0, button.lastIndexOf(UINamingContainer.getSeparatorChar(ctx)) + 1) + "comment";
    try {
      reactions.comment(current.get(), id, postId, comments.get(postId));
      comments.remove(postId);
      load();
    } catch (LmsException e) {
      e.fields().forEach(f -> PageMessages.field(box, f.key(), f.args()));
      if (e.fields().isEmpty()) {
        PageMessages.error(e.key(), e.args());
      }
    }
  }

  public StreamedContent download(long postId) {
    var opened = posts.file(current.get(), id, postId);
    return DefaultStreamedContent.builder().name(opened.file().name()).contentType(opened.file().contentType())
        .contentLength(opened.file().sizeBytes())
        .stream(() -> {
          try {
            return Files.newInputStream(opened.path());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).build();
  }

  public void next() {
    page++;
    load();
  }

  public void previous() {
    page = Math.max(1, page - 1);
    load();
  }

  private boolean act(Runnable r) {
    try {
      r.run();
      load();
      return true;
    } catch (LmsException e) {
      PageMessages.show("garden", e);
      return false;
    }
  }

  /** A time on the page, in China time. */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public boolean isHasNext() {
    return list != null && (long) page * list.size() < list.total();
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

  public GardenCard getGarden() {
    return garden;
  }

  public PostView.Page getPosts() {
    return list;
  }

  public GardenActivity getActivity() {
    return activity;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
