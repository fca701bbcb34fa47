package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.control.MediaStore;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.gardens.control.GardenHtml;
import cn.cadre.lms.gardens.control.PostDraft;
import cn.cadre.lms.gardens.control.PostView;
import cn.cadre.lms.gardens.control.Reader;
import cn.cadre.lms.gardens.entity.GardenPost;
import cn.cadre.lms.gardens.entity.PostContent;
import cn.cadre.lms.gardens.entity.PostKind;
import cn.cadre.lms.gardens.entity.ReadingItem;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Members' posts: reading a garden's posts a page at a time, writing, revising and removing them,
 * and sharing a file. Every change tells the search index which post changed, inside the
 * transaction, so the index follows only what was committed.
 */
@Stateless
public class GardenPosts {

  @PersistenceContext EntityManager em;
  // every module's groups (course and class members, ...), as the search asks them
  @Inject ReaderGroups groups;
  @Inject MediaStore store;
  @Inject Event<SearchableChanged> changed;

  /** A stored file of a shared resource and where its bytes are. */
  public record Opened(MediaFile file, Path path) {}

  /** Featured reflections first, then newest; {@code kind} narrows the list. */
  public PostView.Page list(Actor actor, long gardenId, PostKind kind, int page, int size) {
    Place place = Place.of(em, groups, actor, gardenId);
    String where = " WHERE p.gardenId = :g" + (kind == null ? "" : " AND p.kind = :k");
    TypedQuery<GardenPost> q = em.createQuery(
        "SELECT p FROM GardenPost p" + where + " ORDER BY p.featured DESC, p.createdAt DESC, p.id DESC",
        GardenPost.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM GardenPost p" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("g", gardenId);
      if (kind != null) {
        t.setParameter("k", kind);
      }
    }
    List<GardenPost> posts = q.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    return new PostView.Page(new PostViews(em, place).of(posts), count.getSingleResult(), page, size);
  }

  public PostView detail(Actor actor, long gardenId, long postId) {
    Place place = Place.of(em, groups, actor, gardenId);
    return new PostViews(em, place).one(place.post(em, postId));
  }

  public PostView write(Actor actor, long gardenId, PostDraft draft) {
    Place place = Place.of(em, groups, actor, gardenId);
    place.garden().requirePoster(place.standing());
    GardenPost p = new GardenPost(place.garden(), place.standing(), draft.kind(), content(place.reader(), draft, null),
        Place.now());
    em.persist(p);
    changed.fire(SearchableChanged.of(SearchKind.GARDEN_POST, p.id()));
    em.flush(); // the view shows the version the next edit must send
    return new PostViews(em, place).one(p);
  }

  /**
   * Shares an uploaded file as a resource. The title is checked before the bytes are read; the
   * media store's refusals (too large, a type its bytes do not show) come back as field errors.
   */
  public PostView share(Actor actor, long gardenId, String title, String note, String fileName, String type,
      InputStream bytes) {
    Place place = Place.of(em, groups, actor, gardenId);
    place.garden().requirePoster(place.standing());
    PostContent checked = new PostContent(title, GardenHtml.rich(note, "body"), null, null, null, List.of());
    GardenPost.requireTitle(checked.title());
    MediaStore.Stored s;
    try {
      s = store.store(bytes, type);
    } catch (LmsException e) {
      throw asFieldError(e);
    }
    MediaFile f = new MediaFile(s.id(), fileName, s.contentType(), s.size(), s.sha256(), actor.personId(), Place.now());
    em.persist(f);
    GardenPost p = new GardenPost(place.garden(), place.standing(), PostKind.RESOURCE,
        new PostContent(checked.title(), checked.safeBody(), null, null, f.id(), List.of()), Place.now());
    em.persist(p);
    changed.fire(SearchableChanged.of(SearchKind.GARDEN_POST, p.id()));
    em.flush(); // the view shows the version the next edit must send
    return new PostViews(em, place).one(p);
  }

  /** The upload limit, so the REST layer can refuse a declared length before reading a byte. */
  public long maxBytes() {
    return store.maxBytes();
  }

  /** A file too large or of the wrong type is a fault of the form's file field (422). */
  public static LmsException asFieldError(LmsException e) {
    return e.fields().isEmpty() ? e : LmsException.invalid(e.fields());
  }

  public PostView revise(Actor actor, long gardenId, long postId, PostDraft draft, Long version) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    if (version != null && version != p.version()) {
      throw LmsException.conflict("problem.staleVersion");
    }
    p.revise(place.standing(), content(place.reader(), draft, p.kind()), Place.now());
    changed.fire(SearchableChanged.of(SearchKind.GARDEN_POST, p.id()));
    em.flush(); // the view shows the version the next edit must send
    return new PostViews(em, place).one(p);
  }

  /** Removes a post with its comments and likes; its author or a keeper may. */
  public void remove(Actor actor, long gardenId, long postId) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    p.requireRemover(place.standing());
    em.createQuery("DELETE FROM GardenComment c WHERE c.postId = :p").setParameter("p", postId).executeUpdate();
    em.createQuery("DELETE FROM GardenLike l WHERE l.postId = :p").setParameter("p", postId).executeUpdate();
    em.remove(p);
    changed.fire(SearchableChanged.of(SearchKind.GARDEN_POST, postId));
  }

  public Opened file(Actor actor, long gardenId, long postId) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    MediaFile f = p.mediaId() == null ? null : em.find(MediaFile.class, p.mediaId());
    if (f == null) {
      throw LmsException.notFound("media");
    }
    return new Opened(f, store.path(f.id()));
  }

  /** The draft cleaned and checked: HTML sanitised, every course named one the author may see. */
  private PostContent content(Reader reader, PostDraft d, PostKind kind) {
    if (kind != null && d.kind() != null && d.kind() != kind) {
      throw LmsException.invalid("kind", "garden.kindFixed");
    }
    List<ReadingItem> items = new ArrayList<>();
    for (int i = 0; i < d.items().size(); i++) {
      PostDraft.Item item = d.items().get(i);
      items.add(new ReadingItem(i, item.label(), item.url(), course(reader, item.courseId(), "items[" + i + "].courseId")));
    }
    return new PostContent(d.title(), GardenHtml.rich(d.body(), "body"), course(reader, d.courseId(), "courseId"),
        d.url(), null, items);
  }

  private Long course(Reader reader, Long courseId, String field) {
    if (courseId == null) {
      return null;
    }
    Course c = em.find(Course.class, courseId);
    if (c == null || !CourseAccess.reads(reader.actor(), reader.cadrePath(), c)) {
      throw LmsException.invalid(field, "field.unknownCourse");
    }
    return courseId;
  }
}
