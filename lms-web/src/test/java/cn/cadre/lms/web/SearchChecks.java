package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Search against the running platform: a published course is found by a Chinese word once its
 * commit has been followed (the index applies changes in the background, so the checks poll), a
 * withdrawn one disappears, a rolled-back edit is never found, each reader sees only their own
 * county's items, the rebuild is the center's and searches keep answering during it, and a query
 * the parser cannot read is a 422 on q.
 */
final class SearchChecks {

  static final long WAIT_MS = 20_000;

  private final Api api;
  private final String base;

  SearchChecks(Api api, String base) {
    this.api = api;
    this.base = base;
  }

  Api.Reply search(String token, String query) {
    return api.get("api/search?" + query, token);
  }

  static String q(String text) {
    // Jersey's query builder keeps %XX as it is, so the test encodes the syntax characters itself
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static List<String> titles(Api.Reply r) {
    return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("title")).toList();
  }

  /** Polls until the search's titles satisfy the condition (the index follows commits in the background). */
  Api.Reply await(String token, String query, Predicate<List<String>> condition, String what) {
    long until = System.currentTimeMillis() + WAIT_MS;
    Api.Reply r;
    do {
      r = search(token, query).expect(200);
      if (condition.test(titles(r))) {
        return r;
      }
      Pause.millis(200);
    } while (System.currentTimeMillis() < until);
    fail(what + ": " + r.body());
    return r;
  }

  private static JsonObject titled(Api.Reply r, String title) {
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title + " not in " + r.body()));
  }

  /** Publish: found by a word of its lesson and its summary; withdraw: gone; a rolled-back edit: never found. */
  void publishedFoundWithdrawnGoneRolledBackNever() {
    String admin = api.token("admin");
    String cadre = api.token("cadre");
    long course = api.post("api/courses", admin, "{\"title\":\"数字乡村建设专题\",\"teacher\":\"检索教师\","
        + "\"category\":\"乡村振兴\",\"summary\":\"<p>以数字经济赋能<b>乡村</b>治理</p>\",\"credits\":1.0}")
        .expect(201).json().getJsonObject("course").getJsonNumber("id").longValue();
    api.post("api/courses/" + course + "/lessons", admin, "{\"title\":\"智慧农业示范园的做法\",\"kind\":\"TEXT\","
        + "\"lengthSeconds\":60,\"body\":\"<p>濉溪县建成智慧农业示范园，推广物联网灌溉。</p>\"}").expect(201);
    assertEquals(0, search(cadre, q("物联网灌溉")).expect(200).json().getInt("total"), "a draft is not found");
    api.post("api/courses/" + course + "/publish", admin, "").expect(200);

    var lesson = await(cadre, q("物联网"), t -> t.contains("智慧农业示范园的做法"), "the lesson's body is found after commit");
    JsonObject hit = lesson.json().getJsonArray("items").getJsonObject(0);
    assertEquals("LESSON", hit.getString("kind"));
    assertEquals("course.xhtml?id=" + course, hit.getString("link"));
    assertTrue(hit.getString("snippet").contains("<mark>物联网</mark>"), hit.toString());
    await(cadre, q("数字经济"), t -> t.contains("数字乡村建设专题"), "the course is found by a word of its summary");
    await(cadre, q("数字经济") + "&kind=LESSON", List::isEmpty, "the kind filter");
    // the title marked, and found by its pinyin initials (数字乡村建设专题: szxcjszt)
    var byInitials = await(cadre, q("xcjs") + "&kind=COURSE", t -> t.contains("数字乡村建设专题"), "the title's pinyin initials");
    JsonObject course1 = titled(byInitials, "数字乡村建设专题");
    assertEquals("数字乡村建设专题", course1.getString("markedTitle"), "initials mark nothing: " + course1);
    JsonObject marked = titled(await(cadre, q("乡村") + "&kind=COURSE", t -> t.contains("数字乡村建设专题"), "the title's word"),
        "数字乡村建设专题");
    assertTrue(marked.getString("markedTitle").contains("<mark>乡村</mark>"), marked.toString());

    // an edit refused in its transaction (a published course's credits are fixed) changes nothing findable
    api.put("api/courses/" + course, admin, "{\"title\":\"回滚的标题夜莺\",\"teacher\":\"检索教师\",\"category\":\"乡村振兴\","
        + "\"credits\":2.0}").expectProblem(422);
    api.put("api/courses/" + course, admin, "{\"title\":\"数字乡村建设专题（修订）\",\"teacher\":\"检索教师\","
        + "\"category\":\"乡村振兴\",\"summary\":\"<p>以数字经济赋能乡村治理</p>\",\"credits\":1.0}").expect(200);
    await(cadre, q("数字经济"), t -> t.contains("数字乡村建设专题（修订）"), "the committed edit is followed");
    assertEquals(0, search(cadre, q("夜莺")).expect(200).json().getInt("total"), "the rolled-back title never shows");

    api.post("api/courses/" + course + "/withdraw", admin, "").expect(200);
    await(cadre, q("物联网 OR 数字经济"), t -> !t.contains("智慧农业示范园的做法") && !t.contains("数字乡村建设专题（修订）"),
        "a withdrawn course and its lessons are gone");
  }

  /**
   * The story: the demo cadre writes a reflection in the unit's garden and asks a question
   * in the unit's forum board; a colleague of the same unit finds both by one Chinese word once
   * they are committed, the word marked; a cadre of another county finds neither.
   */
  void aUnitsReflectionAndQuestionAreFoundInTheUnitOnly() {
    String cadre = api.token("cadre");
    GardenChecks gardens = new GardenChecks(api, base);
    long garden = gardens.garden(cadre, GardenChecks.UNIT_GARDEN);
    api.post("api/gardens/" + garden + "/posts", cadre, GardenChecks.reflection("学习心得：采煤塌陷区治理",
        "<p>学习了<b>采煤塌陷区</b>综合治理的做法，湿地公园让群众受益。</p>")).expect(201);
    ForumChecks forums = new ForumChecks(api, base);
    forums.start("cadre", forums.board("cadre", "UNIT"), "请教：塌陷区复垦的资金从哪里来",
        "<p>我村有一片采煤塌陷区，复垦资金有哪些渠道？</p>");
    String colleague = api.token("colleague");
    var found = await(colleague, q("塌陷区"), t -> t.contains("学习心得：采煤塌陷区治理")
        && t.contains("请教：塌陷区复垦的资金从哪里来"), "a colleague finds the reflection and the question");
    var kinds = found.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("kind")).toList();
    assertTrue(kinds.contains("GARDEN_POST") && kinds.contains("FORUM_POST"), kinds.toString());
    found.json().getJsonArray("items").forEach(v -> assertTrue(v.asJsonObject().getString("snippet").contains("<mark>"), v.toString()));
    String outsider = api.token("xscadre");
    for (String word : new String[] {"塌陷区", "湿地公园", "复垦"}) {
      var other = titles(search(outsider, q(word)).expect(200));
      assertFalse(other.contains("学习心得：采煤塌陷区治理") || other.contains("请教：塌陷区复垦的资金从哪里来"), word + ": " + other);
    }
    assertTrue(titles(search(api.token("liaison"), q("湿地公园")).expect(200)).contains("学习心得：采煤塌陷区治理"),
        "the unit's liaison, who keeps the garden, finds it too");
  }

  /** A county's course is found in its county and by the center, never from another county. */
  void eachReaderSeesOnlyWhatIsOpenToThem() {
    String county = "q=" + URLEncoder.encode("村级议事", StandardCharsets.UTF_8);
    for (String reader : new String[] {"cadre", "colleague", "suixi", "admin"}) {
      assertTrue(titles(search(api.token(reader), county).expect(200)).contains("村级议事协商机制"), reader);
    }
    for (String reader : new String[] {"xscadre", "xiangshan"}) {
      var other = search(api.token(reader), county).expect(200);
      assertFalse(titles(other).contains("村级议事协商机制"), reader + ": " + other.body());
      other.json().getJsonArray("items").forEach(v -> assertFalse(v.asJsonObject().containsKey("countyCode")
          && v.asJsonObject().getString("countyCode").equals("340621"), reader + ": " + v));
    }
    var suixiOnly = search(api.token("admin"), q("乡村") + "&county=340621").expect(200).json();
    suixiOnly.getJsonArray("items").forEach(v -> assertEquals("340621", v.asJsonObject().getString("countyCode")));
    assertTrue(suixiOnly.getInt("total") > 0);
    // staff stand where their grants are: another county's administrator and an instructor read the
    // city's theme garden like any cadre of the city, though their scope keeps nothing there
    for (String reader : new String[] {"xiangshan", "xscadre", "moderator"}) {
      assertTrue(titles(search(api.token(reader), q("资源型城市")).expect(200)).contains("听《资源型城市转型发展》讲座有感"), reader);
    }
    assertTrue(api.get("api/gardens", api.token("xiangshan")).expect(200).body().contains(GardenChecks.CITY_GARDEN),
        "and the gardens list offers them the city's garden");
  }

  /** Only the center rebuilds; searches answer throughout a rebuild, from the old index and then the new. */
  void rebuildKeepsSearchesAnswering() throws Exception {
    api.post("api/search/rebuild", api.token("suixi"), "").expectProblem(403);
    api.post("api/search/rebuild", api.token("cadre"), "").expectProblem(403);
    String admin = api.token("admin");
    String cadre = api.token("cadre");
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    ExecutorService readers = Executors.newFixedThreadPool(3);
    try (Api other = new Api(base)) {
      List<Future<?>> loops = List.of(readers.submit(() -> readUntil(other, cadre, rebuilding, answered)),
          readers.submit(() -> readUntil(other, cadre, rebuilding, answered)));
      JsonObject done;
      try {
        done = api.post("api/search/rebuild", admin, "").expect(200).json();
        // a second rebuild right away, so the readers overlap at least one whole rebuild
        api.post("api/search/rebuild", admin, "").expect(200);
      } finally {
        rebuilding.set(false);
      }
      for (Future<?> loop : loops) {
        loop.get(30, TimeUnit.SECONDS);
      }
      assertTrue(done.getInt("documents") >= 29, done.toString());
      assertTrue(done.getJsonNumber("seconds").doubleValue() >= 0);
      assertTrue(done.getJsonNumber("documentsPerSecond").doubleValue() > 0, done.toString());
    } finally {
      readers.shutdownNow();
    }
    assertTrue(answered.get() > 0);
    assertTrue(titles(search(cadre, q("乡村振兴")).expect(200)).contains("全面推进乡村振兴"), "the new index answers");
  }

  private static void readUntil(Api client, String token, AtomicBoolean rebuilding, AtomicInteger answered) {
    do {
      var r = client.get("api/search?" + q("乡村振兴"), token).expect(200);
      assertTrue(titles(r).contains("全面推进乡村振兴"), r.body());
      answered.incrementAndGet();
    } while (rebuilding.get());
  }

  /** Queries the parser cannot read, and bad filters, are 422 problems naming the field. */
  void badQueriesAreProblemsNotErrors() {
    String cadre = api.token("cadre");
    for (String bad : new String[] {"经济 AND (", "\"unclosed", "title:[a TO", "*济"}) {
      var r = search(cadre, q(bad)).expectProblem(422);
      assertEquals(Map.of("q", "search.syntax"), r.fieldErrors(), bad);
    }
    var english = api.get("api/search?" + q("经济 AND ("), cadre, "en").expectProblem(422);
    assertTrue(english.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("cannot be read"));
    assertEquals(Map.of("q", "field.required"), search(cadre, "q=").expectProblem(422).fieldErrors());
    assertEquals(Map.of("q", "field.tooLong"), search(cadre, q("经".repeat(201))).expectProblem(422).fieldErrors());
    assertEquals(Map.of("size", "field.tooLarge"), search(cadre, q("经济") + "&size=51").expectProblem(422).fieldErrors());
    assertEquals(Map.of("page", "field.between"), search(cadre, q("经济") + "&page=500").expectProblem(422).fieldErrors());
    assertEquals(Map.of("kind", "field.badValue"), search(cadre, q("经济") + "&kind=BLOG").expectProblem(422).fieldErrors());
    assertEquals(Map.of("county", "field.badValue"), search(cadre, q("经济") + "&county=suixi").expectProblem(422).fieldErrors());
    assertEquals(Map.of("from", "field.badDate"), search(cadre, q("经济") + "&from=2026-13-01").expectProblem(422).fieldErrors());
    assertEquals(Map.of("to", "search.toBeforeFrom"),
        search(cadre, q("经济") + "&from=2026-11-02&to=2026-11-01").expectProblem(422).fieldErrors());
    search(null, q("经济")).expectProblem(401);
    assertFalse(search(cadre, q("<script>乡村振兴")).expect(200).body().contains("<script>"));
  }
}
