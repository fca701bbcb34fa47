package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.ForumSettings;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.control.ThreadDetail;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.Fields;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reading a thread (which marks it read), starting one, and replying, with or without a quote. */
@Stateless
public class Threads {

  private static final Logger LOG = Logger.getLogger(Threads.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;
  @Inject ForumSettings settings;
  @Inject ReadMarkers markers;
  @Inject Event<SearchableChanged> changed;
  @EJB Threads self;

  /**
   * One page of a thread's posts (hidden ones only for moderators). With {@code postId}, the page
   * that holds that post. The reader's marker moves to the last post shown.
   *
   * <p>Outside any transaction: the page is read in one, then the marker moved in another, one after
   * the other. Never one inside the other: a transaction begun while another is suspended corrupts
   * Payara's pool of non-XA connections (docs/architecture.md, "Transactions").
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ThreadDetail open(Actor actor, long threadId, int page, Long postId) {
    Shown shown = self.read(actor, threadId, page, postId);
    if (shown.lastSeq() > 0) {
      markRead(shown.personId(), threadId, shown.lastSeq());
    }
    return shown.detail();
  }

  /** A page as {@link #open} shows it, and how far it takes its reader; for {@link #open} only. */
  public record Shown(ThreadDetail detail, long personId, int lastSeq) {}

  /** The reading half of {@link #open}, in its own transaction; the marker is not moved. */
  public Shown read(Actor actor, long threadId, int page, Long postId) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Place at = ForumLookup.thread(em, reader, threadId);
    ForumQueries q = new ForumQueries(em);
    int size = settings.pageSize();
    boolean moderates = at.moderates();
    int shown = page;
    if (postId != null) {
      ForumPost target = em.find(ForumPost.class, postId);
      if (target != null && target.threadId() == threadId && (!target.hidden() || moderates)) {
        shown = q.pageOf(target, moderates, size);
      }
    }
    Page<ForumPost> posts = q.posts(threadId, moderates, shown, size);
    List<PostView> views = PostViews.of(em, at, posts.items());
    int lastSeq = posts.items().stream().mapToInt(ForumPost::seq).max().orElse(0);
    Board b = at.board();
    return new Shown(new ThreadDetail(card(q, at.thread(), false),
        new ThreadDetail.BoardRef(b.id(), b.kind().name(), b.name()), moderates,
        new Page<>(posts.total(), shown, size, views)), reader.personId(), lastSeq);
  }

  private void markRead(long personId, long threadId, int seq) {
    try {
      markers.readUpTo(personId, threadId, seq);
    } catch (EJBException e) {
      LOG.log(Level.FINE, "read marker lost a race; the other tab's marker stands", e);
    }
  }

  /** Starts a thread in a board the caller reads: a title and the first post. */
  public ThreadCard start(Actor actor, long boardId, String title, PostDraft first) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Board b = ForumLookup.board(em, reader, boardId);
    checkBoth(title, first);
    PostWriter writer = writer();
    writer.checkThrottle(reader.personId());
    ForumThread t = new ForumThread(b.id(), title, reader.personId(), Boards.now());
    em.persist(t);
    em.flush();
    ForumPost p = writer.write(t, reader.personId(), first);
    ReadMarkers.move(em, reader.personId(), t.id(), p.seq());
    return card(new ForumQueries(em), t, false);
  }

  /** Replies in a thread the caller reads; a locked thread answers 409. */
  public PostView reply(Actor actor, long threadId, PostDraft draft) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Place at = ForumLookup.thread(em, reader, threadId, true);
    ForumPost p = writer().write(at.thread(), reader.personId(), draft);
    ReadMarkers.move(em, reader.personId(), threadId, p.seq());
    return PostViews.of(em, at, List.of(p)).get(0);
  }

  /** A new thread's title and body are checked together, so both faults show at once. */
  private static void checkBoth(String title, PostDraft first) {
    List<FieldProblem> problems = new ArrayList<>();
    try {
      Fields.text(title, ForumThread.MAX_TITLE, "title");
    } catch (LmsException e) {
      problems.addAll(e.fields());
    }
    try {
      PostHtml.clean(first.body());
    } catch (LmsException e) {
      problems.addAll(e.fields());
    }
    if (!problems.isEmpty()) {
      throw LmsException.invalid(problems);
    }
  }

  private PostWriter writer() {
    return new PostWriter(em, settings.throttle(), changed);
  }

  private static ThreadCard card(ForumQueries q, ForumThread t, boolean unread) {
    return ThreadCard.of(t, q.authors(List.of(t.authorId())).getOrDefault(t.authorId(), ThreadCard.Author.UNKNOWN),
        unread);
  }
}
