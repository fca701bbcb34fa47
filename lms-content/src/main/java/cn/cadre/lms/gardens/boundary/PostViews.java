package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.gardens.control.PostView;
import cn.cadre.lms.gardens.entity.GardenComment;
import cn.cadre.lms.gardens.entity.GardenPost;
import cn.cadre.lms.gardens.entity.PostKind;
import cn.cadre.lms.gardens.entity.ReadingItem;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Posts turned into what readers see, a page at a time: comments, like counts, the caller's likes,
 * names, course titles and files are each read in one statement for the whole page. A related
 * course the reader may not see shows without its title or link.
 */
final class PostViews {

  private final EntityManager em;
  private final Place place;

  PostViews(EntityManager em, Place place) {
    this.em = em;
    this.place = place;
  }

  PostView one(GardenPost p) {
    return of(List.of(p)).get(0);
  }

  List<PostView> of(List<GardenPost> posts) {
    if (posts.isEmpty()) {
      return List.of();
    }
    List<Long> ids = posts.stream().map(GardenPost::id).toList();
    Map<Long, List<GardenComment>> comments = em.createQuery(
            "SELECT c FROM GardenComment c WHERE c.postId IN :ids ORDER BY c.createdAt, c.id", GardenComment.class)
        .setParameter("ids", ids).getResultList().stream()
        .collect(Collectors.groupingBy(GardenComment::postId));
    Map<Long, Long> likes = new HashMap<>();
    em.createQuery("SELECT l.postId, COUNT(l) FROM GardenLike l WHERE l.postId IN :ids GROUP BY l.postId",
            Object[].class)
        .setParameter("ids", ids).getResultList()
        .forEach(r -> likes.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    Set<Long> mine = new HashSet<>(em.createQuery(
            "SELECT l.postId FROM GardenLike l WHERE l.postId IN :ids AND l.personId = :me", Long.class)
        .setParameter("ids", ids).setParameter("me", place.standing().personId()).getResultList());
    Map<Long, String> names = Names.of(em, Stream.concat(posts.stream().map(GardenPost::authorId),
        comments.values().stream().flatMap(List::stream).map(GardenComment::authorId)).toList());
    Map<Long, String> courses = courseTitles(posts);
    Map<String, MediaFile> files = files(posts);
    List<PostView> out = new ArrayList<>();
    for (GardenPost p : posts) {
      List<PostView.CommentView> cs = comments.getOrDefault(p.id(), List.of()).stream()
          .map(c -> new PostView.CommentView(c.id(), c.postId(), c.authorId(), names.get(c.authorId()), c.body(),
              utc(c.createdAt())))
          .toList();
      out.add(new PostView(p.id(), p.gardenId(), p.kind().name(), p.title(), p.body(), p.authorId(),
          names.get(p.authorId()), p.authorId() == place.standing().personId(), p.courseId(),
          courses.get(p.courseId()), p.url(), file(p, files.get(p.mediaId())), items(p, courses), p.featured(),
          likes.getOrDefault(p.id(), 0L), mine.contains(p.id()), utc(p.createdAt()), utc(p.updatedAt()),
          p.version(), cs));
    }
    return out;
  }

  private PostView.FileView file(GardenPost p, MediaFile f) {
    return f == null ? null : new PostView.FileView(f.name(), f.contentType(), f.sizeBytes(),
        "api/gardens/" + p.gardenId() + "/posts/" + p.id() + "/file");
  }

  private static List<PostView.ItemView> items(GardenPost p, Map<Long, String> courses) {
    if (p.kind() != PostKind.READING_LIST) {
      return List.of();
    }
    return p.items().stream().map(i -> new PostView.ItemView(i.label(), i.url(),
        courses.containsKey(i.courseId()) ? i.courseId() : null, courses.get(i.courseId()))).toList();
  }

  /** Titles of the courses the posts name, only those the reader may see. */
  private Map<Long, String> courseTitles(List<GardenPost> posts) {
    List<Long> ids = posts.stream()
        .flatMap(p -> Stream.concat(Stream.of(p.courseId()),
            p.kind() == PostKind.READING_LIST ? p.items().stream().map(ReadingItem::courseId) : Stream.empty()))
        .filter(Objects::nonNull).distinct().toList();
    Map<Long, String> out = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class).setParameter("ids", ids)
          .getResultList().stream()
          .filter(c -> CourseAccess.reads(place.reader().actor(), place.reader().cadrePath(), c))
          .forEach(c -> out.put(c.id(), c.title()));
    }
    return out;
  }

  private Map<String, MediaFile> files(List<GardenPost> posts) {
    // a HashMap: posts without a file look up a null id
    Map<String, MediaFile> out = new HashMap<>();
    List<String> ids = posts.stream().map(GardenPost::mediaId).filter(Objects::nonNull).toList();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT m FROM MediaFile m WHERE m.id IN :ids", MediaFile.class).setParameter("ids", ids)
          .getResultList().forEach(m -> out.put(m.id(), m));
    }
    return out;
  }

  static Instant utc(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
