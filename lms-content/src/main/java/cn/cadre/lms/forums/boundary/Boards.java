package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.BoardDraft;
import cn.cadre.lms.forums.control.ForumAccess;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.Board;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The boards: those a reader sees with their unread counts, opening a board within the caller's
 * reach, naming its moderators, and a board's threads page by page.
 */
@Stateless
public class Boards {

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;

  /** The boards the caller may read, by kind and name, each with its thread and unread counts. */
  public List<BoardCard> list(Actor actor) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    ForumQueries q = new ForumQueries(em);
    List<Board> boards = q.candidateBoards(reader).stream().filter(b -> ForumLookup.reads(em, reader, b)).toList();
    return cards(q, reader, boards);
  }

  /** The boards the caller moderates: where a moderator may move a thread to. */
  public List<BoardCard> moderated(Actor actor) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    ForumQueries q = new ForumQueries(em);
    return cards(q, reader, q.candidateBoards(reader).stream().filter(reader::moderates).toList());
  }

  private static List<BoardCard> cards(ForumQueries q, Reader reader, List<Board> boards) {
    List<Long> ids = boards.stream().map(Board::id).toList();
    Map<Long, Long> threads = q.threadCounts(ids);
    Map<Long, Long> unread = q.unreadCounts(reader.personId(), ids);
    return boards.stream().map(b -> BoardCard.of(b, threads.getOrDefault(b.id(), 0L),
        unread.getOrDefault(b.id(), 0L), reader.moderates(b))).toList();
  }

  public BoardCard get(Actor actor, long id) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Board b = ForumLookup.board(em, reader, id);
    return cards(new ForumQueries(em), reader, List.of(b)).get(0);
  }

  public BoardCard create(Actor actor, BoardDraft draft) {
    Board b = Audiences.board(em, actor, draft, now());
    b.nameModerators(personIds(draft.moderators()));
    em.persist(b);
    return BoardCard.of(b, 0, 0, ForumLookup.reader(em, groups, actor).moderates(b));
  }

  /** Replaces the moderators named on a board; only those who could open the board may. */
  public BoardCard nameModerators(Actor actor, long id, List<String> usernames) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Board b = ForumLookup.board(em, reader, id);
    if (!ForumAccess.creatorScope(actor, b.kind()).covers(b.audiencePath())) {
      throw LmsException.forbidden();
    }
    b.nameModerators(personIds(usernames == null ? List.of() : usernames));
    return get(actor, id);
  }

  private Set<Long> personIds(Collection<String> usernames) {
    Set<String> wanted = new TreeSet<>(usernames.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    if (wanted.isEmpty()) {
      return Set.of();
    }
    List<Person> found = em.createQuery("SELECT p FROM Person p WHERE p.username IN :u", Person.class)
        .setParameter("u", wanted).getResultList();
    found.forEach(p -> wanted.remove(p.username()));
    if (!wanted.isEmpty()) {
      throw LmsException.invalid("moderators", "field.unknownUser", String.join(", ", wanted));
    }
    return found.stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
  }

  /** One page of the board's threads, pinned first, then by last activity; hidden ones for moderators. */
  public Page<ThreadCard> threads(Actor actor, long boardId, int page, int size) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Board b = ForumLookup.board(em, reader, boardId);
    ForumQueries q = new ForumQueries(em);
    Page<ForumQueries.ThreadRow> rows = q.threads(b.id(), reader.personId(), reader.moderates(b), page, size);
    Map<Long, ThreadCard.Author> authors = q.authors(rows.items().stream().map(r -> r.thread().authorId()).toList());
    return new Page<>(rows.total(), page, size, rows.items().stream()
        .map(r -> ThreadCard.of(r.thread(), authors.getOrDefault(r.thread().authorId(), ThreadCard.Author.UNKNOWN),
            r.unread()))
        .toList());
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
