package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.demo.boundary.DemoLoader;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.directory.entity.RoleGrant;
import cn.cadre.lms.forums.control.PostingThrottle;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.BoardKind;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Writes the demo forums once (see {@link ForumDemoTexts}): only when the demo data is active and
 * no board exists yet, so a restart or a real installation never gets them. Posts are dated over
 * the last days and written past the throttle, which guards people, not the demo.
 */
@Singleton
@Startup
// the end of the start-up chain, by one name: Payara 6 misreads several @DependsOn names as a cycle
@DependsOn("PeopleIndexer")
public class ForumDemoLoader {

  private static final Logger LOG = Logger.getLogger(ForumDemoLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject DemoLoader demo;
  @Inject Event<SearchableChanged> changed;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!demo.active() || em.createQuery("SELECT COUNT(b) FROM Board b", Long.class).getSingleResult() > 0) {
      return;
    }
    Map<String, Person> people = em.createQuery("SELECT p FROM Person p WHERE p.username IN :u", Person.class)
        .setParameter("u", List.of("admin", "suixi", "liaison", "cadre", "colleague", "xscadre", "moderator"))
        .getResultList().stream().collect(Collectors.toMap(Person::username, p -> p));
    if (people.size() < 7) {
      return;
    }
    PostWriter writer = new PostWriter(em, new PostingThrottle(Clock.systemUTC(), 0, Integer.MAX_VALUE), changed);
    LocalDateTime at = Boards.now().minusDays(6);
    List<Long> posts = new ArrayList<>();
    for (ForumDemoTexts.B b : ForumDemoTexts.boards()) {
      Board board = board(b, people);
      em.persist(board);
      for (ForumDemoTexts.T t : b.threads()) {
        at = at.plusHours(7);
        posts.addAll(thread(board, t, people, at, writer));
      }
    }
    writer.changed(posts);
    LOG.info(() -> "LMS demo forums: " + ForumDemoTexts.boards().size() + " boards, " + posts.size() + " posts");
  }

  private Board board(ForumDemoTexts.B b, Map<String, Person> people) {
    Person creator = people.get(b.creator());
    String path = creator.grants().stream().map(RoleGrant::scopePath).findFirst().orElseThrow();
    Long course = null;
    if (b.where().equals("COURSE")) {
      course = em.createQuery("SELECT c.id FROM Course c WHERE c.ownerPath = :p ORDER BY c.id", Long.class)
          .setParameter("p", path).setMaxResults(1).getSingleResult();
    }
    return new Board(BoardKind.valueOf(b.where()), b.name(), b.description(), path, null, course, null,
        Audiences.countyOf(em, path), creator.id(), Boards.now().minusDays(7));
  }

  private List<Long> thread(Board board, ForumDemoTexts.T t, Map<String, Person> people, LocalDateTime at,
      PostWriter writer) {
    ForumThread thread = new ForumThread(board.id(), t.title(), people.get(t.posts().get(0).author()).id(), at);
    thread.pin(t.pinned());
    em.persist(thread);
    em.flush();
    List<ForumPost> written = new ArrayList<>();
    LocalDateTime when = at;
    for (ForumDemoTexts.P p : t.posts()) {
      Long quoted = p.quotes() == 0 ? null : written.get(p.quotes() - 1).id();
      ForumPost post = new ForumPost(thread.id(), thread.takeSeq(), people.get(p.author()).id(), p.body(), quoted,
          List.of(), when);
      em.persist(post);
      em.flush();
      thread.posted(post.seq(), when);
      writer.mention(post, false);
      written.add(post);
      when = when.plusMinutes(43);
    }
    return written.stream().map(ForumPost::id).toList();
  }
}
