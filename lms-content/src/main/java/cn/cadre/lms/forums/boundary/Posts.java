package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Media;
import cn.cadre.lms.courses.control.MediaStore;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.ForumSettings;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.PostRevision;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * A post after it is written: its author edits it while the thread is open, its moderators at any
 * time, and every earlier version is kept and shown to them. Files are uploaded before the post
 * that carries them and are served to whoever may read that post.
 */
@Stateless
public class Posts {

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;
  @Inject ForumSettings settings;
  @Inject MediaStore store;
  @Inject Event<SearchableChanged> changed;

  /**
   * Replaces a post's body and, for a thread's first post, maybe the thread's title (null keeps
   * it). {@code version} is the post's version as read; another edit since answers 409.
   */
  public PostView edit(Actor actor, long postId, String body, String title, Long version) {
    Place at = ForumLookup.post(em, ForumLookup.reader(em, groups, actor), postId, true);
    ForumPost p = at.post();
    if (!at.moderates()) {
      if (p.authorId() != actor.personId()) {
        throw LmsException.forbidden();
      }
      at.thread().requireOpen();
    }
    if (version != null && version != p.version()) {
      throw LmsException.conflict("problem.staleVersion");
    }
    boolean retitle = p.seq() == 1 && title != null && !title.strip().equals(at.thread().title());
    String oldTitle = at.thread().title();
    if (retitle) {
      at.thread().retitle(title);
    }
    em.persist(p.edit(PostHtml.clean(body), p.seq() == 1 ? oldTitle : null, actor.personId(), Boards.now()));
    PostWriter writer = new PostWriter(em, settings.throttle(), changed);
    writer.mention(p, true);
    // the title is part of every post's search entry
    writer.changed(retitle ? Moderation.postIds(em, at.thread().id()) : List.of(p.id()));
    return PostViews.of(em, at, List.of(p)).get(0);
  }

  /** Every earlier version of a post, oldest first: for its author and its moderators only. */
  public List<ForumRecords.Revision> revisions(Actor actor, long postId) {
    Place at = ForumLookup.post(em, ForumLookup.reader(em, groups, actor), postId, false);
    if (!at.moderates() && at.post().authorId() != actor.personId()) {
      throw LmsException.forbidden();
    }
    List<PostRevision> revisions = em.createQuery(
            "SELECT r FROM PostRevision r WHERE r.postId = :p ORDER BY r.number", PostRevision.class)
        .setParameter("p", postId).getResultList();
    Map<Long, ThreadCard.Author> who = new ForumQueries(em).authors(revisions.stream().map(PostRevision::replacedBy).toList());
    return revisions.stream().map(r -> new ForumRecords.Revision(r.number(), r.title(), r.body(), r.writtenAt(),
        r.replacedAt(), who.getOrDefault(r.replacedBy(), ThreadCard.Author.UNKNOWN).name())).toList();
  }

  /**
   * Stores a file to attach to a post the caller is about to write: an image (png, jpeg) or a PDF,
   * told by its bytes, within the upload limit. A video is refused (415) and not kept.
   */
  public PostView.Attachment upload(Actor actor, String name, String declaredType, InputStream bytes) {
    MediaStore.Stored s;
    try {
      s = store.store(bytes, declaredType);
    } catch (LmsException e) {
      throw e.status() == 415 ? wrongType() : e;
    }
    if (!PostWriter.ATTACHABLE.contains(s.contentType())) {
      try {
        Files.deleteIfExists(store.path(s.id()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw wrongType();
    }
    MediaFile f = new MediaFile(s.id(), name, s.contentType(), s.size(), s.sha256(), actor.personId(), Boards.now());
    em.persist(f);
    return PostViews.attachment(f);
  }

  private static LmsException wrongType() {
    return new LmsException(415, "forum.attachmentType", List.of(new FieldProblem("file", "field.attachmentType")));
  }

  public long maxBytes() {
    return store.maxBytes();
  }

  /** A post's file, for its uploader and for whoever may read the post that carries it. */
  public Media.Opened attachment(Actor actor, String mediaId) {
    MediaFile f = mediaId == null || mediaId.length() != 36 ? null : em.find(MediaFile.class, mediaId);
    if (f == null) {
      throw LmsException.notFound("media");
    }
    if (f.uploadedBy() != actor.personId()) {
      Long postId = em.createQuery("SELECT p.id FROM ForumPost p JOIN p.attachments a WHERE a = :m", Long.class)
          .setParameter("m", mediaId).getResultStream().findFirst()
          .orElseThrow(() -> LmsException.notFound("media"));
      try {
        ForumLookup.post(em, ForumLookup.reader(em, groups, actor), postId, false);
      } catch (LmsException e) {
        throw LmsException.notFound("media");
      }
    }
    return new Media.Opened(f, store.path(f.id()));
  }
}
