package cn.cadre.lms.gardens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenPost;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import cn.cadre.lms.search.control.Visibility;
import cn.cadre.lms.testing.TestDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gardens' SQL on a real database, with the demo directory, catalog and gardens: the migration,
 * the demo planted through the entities, the activity feed and member counts, and the search source
 * by id and streamed in chunks. {@link GardenQueriesIT} runs it on MariaDB, {@link GardenQueriesH2Test}
 * on embedded H2, the platform's two databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GardenQueries {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 12, 0);

  EntityManagerFactory emf;
  EntityManager em;
  List<Long> demoPosts;

  /** The database to run on, made for this class. */
  abstract TestDb database();

  private TestDb db;

  Connection connect() throws SQLException {
    return db.connect();
  }

  @BeforeAll
  void migrateAndPlant() throws SQLException {
    db = database();
    db.migrateWithDemo();
    emf = db.persistenceUnit();
    em = emf.createEntityManager();
    em.getTransaction().begin();
    demoPosts = DemoGardens.plant(em, NOW);
    em.getTransaction().commit();
    em.clear();
  }

  @AfterAll
  void close() {
    if (em != null) {
      em.close();
      emf.close();
    }
    if (db != null) {
      db.close();
    }
  }

  Garden garden(String name) {
    return em.createQuery("SELECT g FROM Garden g WHERE g.name = :n", Garden.class).setParameter("n", name)
        .getSingleResult();
  }

  GardenPost post(String title) {
    return em.createQuery("SELECT p FROM GardenPost p WHERE p.title = :t", GardenPost.class).setParameter("t", title)
        .getSingleResult();
  }

  String cadrePath(String username) {
    return (String) em.createNativeQuery("SELECT c.path FROM cadre c JOIN person p ON p.cadre_id = c.id"
        + " WHERE p.username = ?1").setParameter(1, username).getSingleResult();
  }

  @Test
  void theDemoGardensArePlantedForTheirAudiences() {
    assertEquals(7, demoPosts.size(), "every demo post had a member to write it");
    Garden unit = garden("濉溪县委组织部学习园地");
    assertEquals(cadrePath("cadre"), unit.path());
    assertEquals(cadrePath("colleague"), unit.path(), "the colleague shares the demo cadre's unit");
    assertEquals("340621", unit.countyCode());
    assertEquals("/340600/340621/", garden("濉溪县干部学习园地").path());
    assertEquals("/340600/", garden("淮北科学发展大讲堂").path());
    GardenPost featured = post("学习四中全会精神的几点体会");
    assertTrue(featured.featured());
    assertTrue(featured.courseId() != null, "the reflection names its course");
    assertEquals(4, post("组织工作必读书目").items().size());
  }

  @Test
  void theFeedIsNewestFirstAndTheCountsAddUp() {
    Garden unit = garden("濉溪县委组织部学习园地");
    GardenActivity a = ActivityFeed.of(em, unit.id());
    List<String> actions = a.feed().stream().map(GardenActivity.Entry::action).toList();
    assertEquals(List.of("POSTED", "COMMENTED", "LIKED", "COMMENTED", "LIKED", "POSTED"), actions, a.feed().toString());
    assertEquals("组织工作必读书目", a.feed().get(0).postTitle());
    assertEquals(NOW.minusHours(20).toInstant(ZoneOffset.UTC), a.feed().get(0).at(), "UTC wall time, read back as stored");
    for (int i = 1; i < a.feed().size(); i++) {
      assertFalse(a.feed().get(i).at().isAfter(a.feed().get(i - 1).at()));
    }
    Map<Long, long[]> counts = new HashMap<>();
    a.members().forEach(m -> counts.put(m.personId(), new long[] {m.posts(), m.comments()}));
    assertEquals(3, counts.size(), "colleague, liaison and cadre");
    assertEquals(2, a.members().stream().mapToLong(GardenActivity.Member::posts).sum());
    assertEquals(2, a.members().stream().mapToLong(GardenActivity.Member::comments).sum());
    assertEquals(2, a.members().get(0).posts() + a.members().get(0).comments(), "the busiest first: " + a.members());
    assertTrue(ActivityFeed.of(em, -1).feed().isEmpty());
  }

  @Test
  void theSearchSourceCarriesEachGardensAudienceSoAnotherCountyNeverSeesAUnitPost() throws SQLException {
    GardenPost reflection = post("学习四中全会精神的几点体会");
    GardenPost list = post("组织工作必读书目");
    GardenPost link = post("市政府政策文件查阅入口");
    List<Searchable> found;
    try (Connection c = connect()) {
      found = GardenPostRows.load(c, List.of(reflection.id(), list.id(), link.id(), -5L));
    }
    assertEquals(3, found.size(), "an unknown id is simply not returned");
    Searchable r = found.get(0);
    assertEquals(SearchKind.GARDEN_POST, r.kind());
    assertEquals("学习四中全会精神的几点体会", r.title());
    assertTrue(r.text().startsWith("通过参加单位组织的专题学习"), r.text());
    assertFalse(r.text().contains("<"), "plain text: " + r.text());
    assertTrue(r.text().contains("学习贯彻党的二十届四中全会精神"), "the related course's title: " + r.text());
    assertEquals(cadrePath("cadre"), r.audiencePath());
    assertEquals("340621", r.countyCode());
    assertEquals("garden.xhtml?id=" + reflection.gardenId() + "#post-" + reflection.id(), r.link());
    assertEquals(reflection.updatedAt().toInstant(ZoneOffset.UTC), r.at());
    assertTrue(found.get(1).text().contains("《干部教育培训工作条例》"), found.get(1).text());
    assertTrue(found.get(1).text().contains("https://www.12371.cn/"), found.get(1).text());
    assertTrue(found.get(2).text().contains("https://www.huaibei.gov.cn/"), found.get(2).text());
    assertTrue(Visibility.at(cadrePath("colleague"), null, null).sees(r));
    assertFalse(Visibility.at(cadrePath("xscadre"), null, null).sees(r), "another county's cadre");
    assertTrue(Visibility.at(cadrePath("xscadre"), null, null).sees(searchable("听《资源型城市转型发展》讲座有感")));
  }

  Searchable searchable(String title) throws SQLException {
    try (Connection c = connect()) {
      return GardenPostRows.load(c, List.of(post(title).id())).get(0);
    }
  }

  @Test
  void aRebuildStreamsEveryPostOnceInChunks() throws SQLException {
    Garden county = garden("濉溪县干部学习园地");
    long author = ((Number) em.createNativeQuery("SELECT id FROM person WHERE username = 'colleague'")
        .getSingleResult()).longValue();
    int extra = GardenPostRows.CHUNK * 2 + 7;
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("INSERT INTO garden_post (id, garden_id, kind, author_id, title,"
            + " body, featured, created_at, updated_at, version) VALUES (?, ?, 'REFLECTION', ?, ?, ?, FALSE, ?, ?, 1)")) {
      for (int i = 0; i < extra; i++) {
        ps.setLong(1, 1_000_000 + i);
        ps.setLong(2, county.id());
        ps.setLong(3, author);
        ps.setString(4, "批量心得" + i);
        ps.setString(5, "<p>经济发展第" + i + "篇</p>");
        ps.setTimestamp(6, Timestamp.valueOf(NOW));
        ps.setTimestamp(7, Timestamp.valueOf(NOW));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<Long> seen = new ArrayList<>();
    try (Connection c = connect()) {
      GardenPostRows.each(c, s -> seen.add(s.id()));
    }
    assertEquals(demoPosts.size() + extra, seen.size());
    assertEquals(seen.stream().sorted().distinct().toList(), seen, "each once, in id order");
    assertTrue(seen.containsAll(demoPosts));
  }
}
