package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.ForumPost;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Posts as a reader sees them, with their writers, quotes and attachments read in one statement
 * each for the whole page rather than one per post.
 */
final class PostViews {

  /** How much of a quoted post is shown above the reply. */
  static final int QUOTE_CHARS = 200;

  private PostViews() {}

  static List<PostView> of(EntityManager em, Place at, List<ForumPost> posts) {
    ForumQueries q = new ForumQueries(em);
    Map<Long, ForumPost> quoted = quoted(em, posts);
    List<Long> people = new ArrayList<>(posts.stream().map(ForumPost::authorId).toList());
    quoted.values().forEach(p -> people.add(p.authorId()));
    Map<Long, ThreadCard.Author> authors = q.authors(people);
    Map<String, MediaFile> files = files(em, posts);
    boolean moderates = at.moderates();
    return posts.stream().map(p -> {
      ThreadCard.Author a = authors.getOrDefault(p.authorId(), ThreadCard.Author.UNKNOWN);
      PostView.Quote quote = null;
      ForumPost qp = p.quotedPostId() == null ? null : quoted.get(p.quotedPostId());
      if (qp != null) {
        boolean shown = !qp.hidden() || moderates;
        quote = new PostView.Quote(qp.id(), qp.seq(), authors.getOrDefault(qp.authorId(), ThreadCard.Author.UNKNOWN).name(),
            shown ? PostHtml.excerpt(qp.body(), QUOTE_CHARS) : null);
      }
      List<PostView.Attachment> attached = p.attachments().stream().map(files::get).filter(f -> f != null)
          .map(PostViews::attachment).toList();
      boolean editable = moderates || (p.authorId() == at.reader().personId() && !at.thread().locked());
      return new PostView(p.id(), p.threadId(), p.seq(), a.name(), a.username(), p.body(), p.createdAt(),
          p.editedAt(), p.revisions(), p.hidden(), quote, attached, editable, p.version());
    }).toList();
  }

  static PostView.Attachment attachment(MediaFile f) {
    return new PostView.Attachment(f.id(), f.name(), f.contentType(), f.sizeBytes(), "api/forums/attachments/" + f.id());
  }

  private static Map<Long, ForumPost> quoted(EntityManager em, List<ForumPost> posts) {
    Set<Long> ids = posts.stream().map(ForumPost::quotedPostId).filter(id -> id != null).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT p FROM ForumPost p WHERE p.id IN :ids", ForumPost.class).setParameter("ids", ids)
        .getResultList().stream().collect(Collectors.toMap(ForumPost::id, Function.identity()));
  }

  private static Map<String, MediaFile> files(EntityManager em, List<ForumPost> posts) {
    Set<String> ids = posts.stream().flatMap(p -> p.attachments().stream()).collect(Collectors.toSet());
    Map<String, MediaFile> out = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT f FROM MediaFile f WHERE f.id IN :ids", MediaFile.class).setParameter("ids", ids)
          .getResultList().forEach(f -> out.put(f.id(), f));
    }
    return out;
  }
}
