package cn.cadre.lms.forums.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.demo.DemoCourses;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.forums.control.BoardCard;
import cn.cadre.lms.forums.control.BoardDraft;
import cn.cadre.lms.forums.control.ForumSearchQuery;
import cn.cadre.lms.forums.control.ForumSettings;
import cn.cadre.lms.forums.control.PostDraft;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.BoardKind;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.forums.entity.ModerationAction;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import cn.cadre.lms.search.control.SearchableChanged;
import cn.cadre.lms.testing.MariaDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forums' queries on real MariaDB, through the boundaries as the server runs them (resource-local
 * here): the V6 tables migrate, a board's threads list pinned first then by last activity, unread
 * counts follow each reader's marker, another county's cadre never reaches a unit board, and the
 * search source loads exactly the posts ordinary readers see, with their board's audience.
 */
class ForumQueriesIT {

  static MariaDb db;
  static EntityManagerFactory emf;
  static EntityManager em;
  static final RecordingEvent<SearchableChanged> events = new RecordingEvent<>();
  static Boards boards = new Boards();
  static Threads threads = new Threads();
  static Moderation moderation = new Moderation();
  static Mentions mentions = new Mentions();
  static String unitPath;

  @BeforeAll
  static void migrateAndLoad() throws Exception {
    db = MariaDb.withDemo("lms_q", DemoSpec.huaibei());
    try (Connection c = db.connect()) {
      DemoCourses.load(c, (id, bytes) -> { });
    }
    emf = db.persistenceUnit();
    em = emf.createEntityManager();
    ReaderGroups noClasses = new ReaderGroups() {
      @Override
      public Set<String> of(long cadreId) {
        return Set.of();
      }
    };
    ForumSettings unthrottled = new ForumSettings(0, 10_000, 3);
    ReadMarkers markers = new ReadMarkers();
    markers.em = em;
    boards.em = em;
    boards.groups = noClasses;
    threads.em = em;
    threads.groups = noClasses;
    threads.settings = unthrottled;
    threads.markers = markers;
    threads.self = threads;
    threads.changed = events;
    moderation.em = em;
    moderation.groups = noClasses;
    moderation.settings = unthrottled;
    moderation.changed = events;
    mentions.em = em;
    mentions.groups = noClasses;
    unitPath = (String) em.createNativeQuery("SELECT home_path FROM person WHERE username = 'liaison'").getSingleResult();
  }

  @AfterAll
  static void drop() {
    if (em != null) {
      em.close();
      emf.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  static Actor actor(String username) {
    Person p = em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
        .setParameter("u", username).getSingleResult();
    return new Actor(p.id(), username, p.displayName(), p.cadreId(),
        p.grants().stream().map(g -> new Grant(g.role(), g.scopePath())).toList());
  }

  static BoardCard unitBoard(String name) {
    return tx(() -> boards.create(actor("liaison"), new BoardDraft(BoardKind.UNIT, name, "", unitPath, null, null, null)));
  }

  static ThreadCard start(String who, long board, String title) {
    return tx(() -> threads.start(actor(who), board, title, PostDraft.of("<p>" + title + "的正文</p>")));
  }

  static long reply(String who, long thread, String body) {
    return tx(() -> threads.reply(actor(who), thread, PostDraft.of(body))).id();
  }

  static BoardCard seenBy(String who, long board) {
    return tx(() -> boards.list(actor(who))).stream().filter(b -> b.id() == board).findFirst().orElse(null);
  }

  @Test
  void threadsListPinnedFirstThenByLastActivityPageByPage() {
    long board = unitBoard("排序测试").id();
    LocalDateTime t0 = LocalDateTime.of(2026, 3, 1, 8, 0);
    long author = actor("cadre").personId();
    List<Long> ids = tx(() -> {
      List<Long> made = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ForumThread t = new ForumThread(board, "主题" + i, author, t0.plusHours(i));
        t.pin(i == 0);
        t.hide(i == 4);
        em.persist(t);
        em.flush();
        ForumPost p = new ForumPost(t.id(), t.takeSeq(), author, "<p>x</p>", null, List.of(), t0.plusHours(i));
        em.persist(p);
        t.posted(p.seq(), i == 1 ? t0.plusDays(1) : t0.plusHours(i)); // thread 1 has the latest activity
        made.add(t.id());
      }
      return made;
    });
    var first = tx(() -> boards.threads(actor("cadre"), board, 0, 2));
    var second = tx(() -> boards.threads(actor("cadre"), board, 1, 2));
    assertEquals(4, first.total(), "the hidden thread is not counted for a reader");
    assertEquals(List.of(ids.get(0), ids.get(1)), first.items().stream().map(ThreadCard::id).toList());
    assertEquals(List.of(ids.get(3), ids.get(2)), second.items().stream().map(ThreadCard::id).toList());
    var moderator = tx(() -> boards.threads(actor("liaison"), board, 0, 10));
    assertEquals(5, moderator.total(), "its moderator sees the hidden thread too");
    assertEquals(ids.get(4), moderator.items().get(2).id());
  }

  @Test
  void unreadCountsFollowEachReadersMarker() {
    long board = unitBoard("未读测试").id();
    ThreadCard a = start("liaison", board, "本周安排");
    start("liaison", board, "学习资料");
    assertEquals(2, seenBy("colleague", board).unreadThreads());
    assertEquals(0, seenBy("liaison", board).unreadThreads(), "a writer has read what they wrote");
    tx(() -> threads.open(actor("colleague"), a.id(), 0, null));
    assertEquals(1, seenBy("colleague", board).unreadThreads());
    long replied = reply("cadre", a.id(), "<p>收到</p>");
    assertEquals(2, seenBy("colleague", board).unreadThreads(), "a new reply makes the thread unread again");
    tx(() -> moderation.post(actor("liaison"), replied, ModerationAction.HIDE, "重复"));
    assertEquals(1, seenBy("colleague", board).unreadThreads(), "a hidden reply makes nobody's thread unread");
    assertEquals(2, seenBy("colleague", board).threads());
  }

  @Test
  void aPostsPageOpensAtTheAskedPostAndMarksOnlyWhatWasShown() {
    long board = unitBoard("分页测试").id();
    ThreadCard t = start("liaison", board, "长帖");
    List<Long> replies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      replies.add(reply(i % 2 == 0 ? "cadre" : "colleague", t.id(), "<p>第" + (i + 2) + "楼</p>"));
    }
    var opened = tx(() -> threads.open(actor("suixi"), t.id(), 0, replies.get(5)));
    assertEquals(2, opened.posts().page(), "the 7th post is on the third page of three");
    assertEquals(7, opened.posts().total());
    assertEquals(List.of(7), opened.posts().items().stream().map(p -> p.seq()).toList());
    assertEquals(0, seenBy("suixi", board).unreadThreads());
    var firstPage = tx(() -> threads.open(actor("admin"), t.id(), 0, null));
    assertEquals(List.of(1, 2, 3), firstPage.posts().items().stream().map(p -> p.seq()).toList());
    assertEquals(1, seenBy("admin", board).unreadThreads(), "the first page read leaves later posts unread");
  }

  @Test
  void aCadreOfAnotherCountyNeverReachesAUnitBoard() {
    long board = unitBoard("本单位").id();
    ThreadCard t = start("cadre", board, "单位内部讨论");
    assertEquals(null, seenBy("xscadre", board));
    assertEquals(404, assertThrows(LmsException.class, () -> tx(() -> boards.get(actor("xscadre"), board))).status());
    assertEquals(404, assertThrows(LmsException.class, () -> tx(() -> threads.open(actor("xscadre"), t.id(), 0, null)))
        .status());
    assertEquals(404, assertThrows(LmsException.class, () -> reply("xscadre", t.id(), "<p>越界</p>")).status());
    assertEquals(404, assertThrows(LmsException.class, () -> tx(() -> boards.get(actor("xiangshan"), board))).status());
    assertTrue(seenBy("colleague", board) != null && seenBy("suixi", board).moderates());
  }

  @Test
  void theSearchSourceLoadsWhatOrdinaryReadersSeeWithTheBoardsAudience() {
    long board = unitBoard("搜索测试").id();
    ThreadCard t = start("liaison", board, "乡村振兴学习体会");
    long kept = reply("cadre", t.id(), "<p>发展<strong>特色产业</strong>是关键</p>");
    long hidden = reply("colleague", t.id(), "<p>广告内容</p>");
    tx(() -> moderation.post(actor("liaison"), hidden, ModerationAction.HIDE, "广告"));
    ForumSearchSource source = new ForumSearchSource();
    source.em = em;
    Map<Long, Searchable> found = new HashMap<>();
    tx(() -> source.load(List.of(kept, hidden, 987654321L))).forEach(s -> found.put(s.id(), s));
    assertEquals(Set.of(kept), found.keySet(), "a hidden post and an unknown id are not returned");
    Searchable s = found.get(kept);
    assertEquals(SearchKind.FORUM_POST, s.kind());
    assertEquals("乡村振兴学习体会", s.title());
    assertEquals("发展特色产业是关键", s.text());
    assertEquals(unitPath, s.audiencePath());
    assertEquals("340621", s.countyCode());
    assertEquals(Set.of(), s.groups());
    assertEquals(ForumSearchQuery.link(t.id(), kept), s.link());
    assertTrue(events.fired.stream().anyMatch(e -> e.ids().contains(hidden)), "hiding told the search");

    List<Long> all = new ArrayList<>();
    tx(() -> {
      source.each(x -> all.add(x.id()));
      return null;
    });
    assertTrue(all.contains(kept) && !all.contains(hidden));
    assertEquals(all.stream().sorted().toList(), all, "a rebuild reads in id order");
    List<Searchable> slice = tx(() -> new ForumSearchQuery(em).after(all.get(0), 2));
    assertEquals(all.subList(1, 3), slice.stream().map(Searchable::id).toList(), "slices continue after the last id");

    tx(() -> moderation.thread(actor("suixi"), t.id(), ModerationAction.HIDE, "整理", null));
    assertTrue(tx(() -> source.load(List.of(kept))).isEmpty(), "a hidden thread's posts drop out");
  }

  @Test
  void aCourseBoardsPostsLeaveTheSearchWhenTheCourseIsWithdrawn() {
    long course = ((Number) em.createNativeQuery("SELECT MIN(id) FROM course WHERE owner_path = '/340600/'")
        .getSingleResult()).longValue();
    BoardCard board = tx(() -> boards.create(actor("admin"),
        new BoardDraft(BoardKind.COURSE, "课程讨论", null, null, course, null, List.of("moderator"))));
    assertEquals("/340600/", board.audiencePath());
    ThreadCard t = start("xscadre", board.id(), "课程疑问");
    long first = tx(() -> threads.open(actor("xscadre"), t.id(), 0, null)).posts().items().get(0).id();
    ForumSearchSource source = new ForumSearchSource();
    source.em = em;
    Searchable s = tx(() -> source.load(List.of(first))).get(0);
    assertEquals(null, s.countyCode(), "a city course's board is city-wide");
    assertTrue(seenBy("moderator", board.id()).moderates(), "a named moderator");
    tx(() -> em.createNativeQuery("UPDATE course SET status = 'WITHDRAWN' WHERE id = " + course).executeUpdate());
    assertTrue(tx(() -> source.load(List.of(first))).isEmpty());
    assertEquals(null, seenBy("cadre", board.id()), "nor do learners see the board of a withdrawn course");
    tx(() -> em.createNativeQuery("UPDATE course SET status = 'PUBLISHED' WHERE id = " + course).executeUpdate());
  }

  @Test
  void mentionsAreListedToTheMentionedWhileTheyMayReadThePost() {
    long board = unitBoard("提及测试").id();
    ThreadCard t = start("liaison", board, "请大家注意");
    long post = reply("liaison", t.id(), "<p>请 @colleague 和 @xscadre 看看</p>");
    var colleague = tx(() -> mentions.of(actor("colleague"), 0, 50)).items();
    assertTrue(colleague.stream().anyMatch(m -> m.postId() == post && m.threadTitle().equals("请大家注意")));
    assertFalse(tx(() -> mentions.of(actor("xscadre"), 0, 50)).items().stream().anyMatch(m -> m.postId() == post),
        "a mention in a board the person may not read is not shown to them");
  }
}
