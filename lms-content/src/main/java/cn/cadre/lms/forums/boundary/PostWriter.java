package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.PlainText;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.forums.control.MentionParser;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.PostingThrottle;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.forums.entity.Mention;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes posts the one way: the writer's throttle (checked under a lock on the writer's row, so two
 * racing posts are both counted), the body cleaned, the quote and the attachments checked, the
 * mentions stored, and the search told, all in the caller's transaction.
 */
final class PostWriter {

  /** The file types a post may carry: images and PDF (uploads may also be videos, for lessons). */
  static final Set<String> ATTACHABLE = Set.of("image/png", "image/jpeg", "application/pdf");

  private final EntityManager em;
  private final PostingThrottle throttle;
  private final Event<SearchableChanged> changed;
  private Long checked;

  PostWriter(EntityManager em, PostingThrottle throttle, Event<SearchableChanged> changed) {
    this.em = em;
    this.throttle = throttle;
    this.changed = changed;
  }

  /** Adds a post to a thread whose row the caller has locked. */
  ForumPost write(ForumThread thread, long authorId, PostDraft draft) {
    String body = PostHtml.clean(draft.body());
    if (checked == null || checked != authorId) {
      checkThrottle(authorId);
    }
    if (draft.quotedPostId() != null) {
      ForumPost quoted = em.find(ForumPost.class, draft.quotedPostId());
      if (quoted == null || quoted.threadId() != thread.id() || quoted.hidden()) {
        throw LmsException.invalid("quotedPostId", "field.notInThread");
      }
    }
    checkAttachments(authorId, draft.attachmentIds());
    LocalDateTime now = LocalDateTime.ofInstant(throttle.now(), ZoneOffset.UTC);
    ForumPost post = new ForumPost(thread.id(), thread.takeSeq(), authorId, body, draft.quotedPostId(),
        draft.attachmentIds(), now);
    em.persist(post);
    // the foreign keys name rows EclipseLink does not link by mapping: write them in order
    em.flush();
    thread.posted(post.seq(), now);
    mention(post, false);
    changed(List.of(post.id()));
    return post;
  }

  /**
   * Locks the writer's row and refuses a post too soon or one too many. A new thread calls it
   * before inserting the thread, so the writer's row is locked before the thread's insert takes
   * its share of it (two tabs of one person would otherwise deadlock).
   */
  void checkThrottle(long authorId) {
    checked = authorId;
    em.find(Person.class, authorId, LockModeType.PESSIMISTIC_WRITE);
    List<Instant> hour = em.createQuery("SELECT p.createdAt FROM ForumPost p WHERE p.authorId = :a"
            + " AND p.createdAt > :since ORDER BY p.createdAt", LocalDateTime.class)
        .setParameter("a", authorId)
        .setParameter("since", LocalDateTime.ofInstant(throttle.hourAgo(), ZoneOffset.UTC))
        .getResultList().stream().map(t -> t.toInstant(ZoneOffset.UTC)).toList();
    throttle.check(hour.isEmpty() ? null : hour.get(hour.size() - 1), hour);
  }

  private void checkAttachments(long authorId, Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    if (ids.size() > ForumPost.MAX_ATTACHMENTS) {
      throw LmsException.invalid("attachmentIds", "field.tooMany", ForumPost.MAX_ATTACHMENTS);
    }
    for (String id : ids) {
      MediaFile f = id == null || id.length() != 36 ? null : em.find(MediaFile.class, id);
      if (f == null || f.uploadedBy() != authorId || !ATTACHABLE.contains(f.contentType())) {
        throw LmsException.invalid("attachmentIds", "field.unknownAttachment");
      }
    }
    long used = em.createQuery("SELECT COUNT(p) FROM ForumPost p JOIN p.attachments a WHERE a IN :ids", Long.class)
        .setParameter("ids", Set.copyOf(ids)).getSingleResult();
    if (used > 0) {
      throw LmsException.invalid("attachmentIds", "field.unknownAttachment");
    }
  }

  /** Stores who the post names now, replacing (after an edit) what the earlier version named. */
  void mention(ForumPost post, boolean replacing) {
    if (replacing) {
      em.createQuery("DELETE FROM Mention m WHERE m.postId = :p").setParameter("p", post.id()).executeUpdate();
    }
    Set<String> names = MentionParser.usernames(PlainText.of(post.body()));
    if (names.isEmpty()) {
      return;
    }
    em.createQuery("SELECT p.id FROM Person p WHERE p.username IN :u AND p.id <> :me", Long.class)
        .setParameter("u", names).setParameter("me", post.authorId()).getResultList()
        .forEach(person -> em.persist(new Mention(post.id(), person, post.createdAt())));
  }

  /** Tells the search, after the commit, that these posts changed (created, edited, hidden, moved). */
  void changed(List<Long> postIds) {
    if (!postIds.isEmpty()) {
      changed.fire(new SearchableChanged(SearchKind.FORUM_POST, postIds));
    }
  }
}
