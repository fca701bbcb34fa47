package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Study gardens against the running platform: opening gardens within scope, a course garden for
 * its enrolled cadres only, members posting, commenting, liking and keepers featuring, files
 * refused by size and type, and a unit garden that never leaks to another county. The page is in
 * {@link GardenPageChecks}.
 */
final class GardenChecks {

  static final String UNIT_GARDEN = "濉溪县委组织部学习园地";
  static final String COUNTY_GARDEN = "濉溪县干部学习园地";
  static final String CITY_GARDEN = "淮北科学发展大讲堂";

  private final Api api;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  GardenChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  static long id(Api.Reply r) {
    return r.json().getJsonNumber("id").longValue();
  }

  /** The id of a garden the caller lists, by name. */
  long garden(String token, String name) {
    return api.get("api/gardens", token).expect(200).array().stream().map(JsonValue::asJsonObject)
        .filter(g -> g.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name))
        .getJsonNumber("id").longValue();
  }

  static String reflection(String title, String body) {
    return Json.createObjectBuilder().add("kind", "REFLECTION").add("title", title).add("body", body).build().toString();
  }

  static String open(String kind, String name, String target) {
    return "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"" + (target == null ? "" : "," + target) + "}";
  }

  /** Liaisons open for their unit, sub-centers in their county, only the center city-wide; bad input names its field. */
  void openingWithinScope() {
    String liaison = api.token("liaison");
    String suixi = api.token("suixi");
    String admin = api.token("admin");
    String liaisonPath = api.get("api/me", liaison).expect(200).json().getJsonArray("roles").stream()
        .map(JsonValue::asJsonObject).filter(r -> r.getString("role").equals("LIAISON")).findFirst().orElseThrow()
        .getString("path");
    long ownUnit = Long.parseLong(liaisonPath.replaceAll(".*/u(\\d+)/$", "$1"));
    long otherUnit = api.get("api/org/units?max=50", suixi).expect(200).array().stream().map(JsonValue::asJsonObject)
        .filter(u -> !u.getString("path").equals(liaisonPath)).findFirst().orElseThrow().getJsonNumber("id").longValue();

    var unit = api.post("api/gardens", liaison, open("UNIT", "读书小组", "\"unitId\":" + ownUnit)).expect(201).json();
    assertEquals(liaisonPath, unit.getString("audiencePath"));
    assertEquals("340621", unit.getString("countyCode"));
    assertTrue(unit.getBoolean("manages"));
    assertEquals(Map.of("unitId", "field.unknownUnit"),
        api.post("api/gardens", liaison, open("UNIT", "越权", "\"unitId\":" + otherUnit)).expectProblem(422).fieldErrors());
    assertEquals(Map.of("countyCode", "field.outsideScope"),
        api.post("api/gardens", liaison, open("COUNTY", "越权", "\"countyCode\":\"340621\"")).expectProblem(422).fieldErrors());
    api.post("api/gardens", liaison, open("CITY", "越权", null)).expectProblem(403);

    var county = api.post("api/gardens", suixi, open("COUNTY", "濉溪县读书会", "\"countyCode\":\"340621\"")).expect(201).json();
    assertEquals("/340600/340621/", county.getString("audiencePath"));
    assertEquals(Map.of("countyCode", "field.outsideScope"),
        api.post("api/gardens", suixi, open("COUNTY", "越权", "\"countyCode\":\"340603\"")).expectProblem(422).fieldErrors());
    api.post("api/gardens", suixi, open("CITY", "越权", null)).expectProblem(403);
    api.post("api/gardens", api.token("cadre"), open("UNIT", "学员开设", "\"unitId\":" + ownUnit)).expectProblem(403);

    var city = api.post("api/gardens", admin, open("CITY", "科学发展讲堂第三讲", null)).expect(201).json();
    assertEquals("/340600/", city.getString("audiencePath"));
    assertFalse(city.getBoolean("member"), "the center keeps the garden; its cadres post");
    badGardenInput(admin, suixi);
  }

  private void badGardenInput(String admin, String suixi) {
    assertEquals(Map.of("kind", "field.required"), api.post("api/gardens", admin, "{\"name\":\"无类型\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("name", "field.tooLong"), api.post("api/gardens", admin, open("CITY", "长".repeat(81), null)).expectProblem(422).fieldErrors());
    assertEquals(Map.of("countyCode", "field.unknownCounty"),
        api.post("api/gardens", admin, open("COUNTY", "无此县", "\"countyCode\":\"999999\"")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("courseId", "field.unknownCourse"),
        api.post("api/gardens", admin, open("COURSE", "无此课", "\"courseId\":999999999")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("kind", "field.badValue"), api.get("api/gardens?kind=FOREST", admin).expectProblem(422).fieldErrors());
    assertTrue(api.get("api/gardens?kind=COUNTY", suixi).expect(200).array().stream()
        .allMatch(g -> g.asJsonObject().getString("kind").equals("COUNTY")));
  }

  /** A course garden is for the cadres enrolled in the course: enrolling opens it. */
  void courseGardenIsForEnrolledCadres() {
    String admin = api.token("admin");
    String colleague = api.token("colleague");
    long course = api.get("api/courses?q=新能源", colleague).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    long garden = id(api.post("api/gardens", admin, open("COURSE", "新能源课程学习园地", "\"courseId\":" + course)).expect(201));
    api.get("api/gardens/" + garden, colleague).expectProblem(404);
    api.post("api/courses/" + course + "/enrolment", colleague, "").expect(200);
    var card = api.get("api/gardens/" + garden, colleague).expect(200).json();
    assertTrue(card.getBoolean("member"), card.toString());
    api.post("api/gardens/" + garden + "/posts", colleague, reflection("课程心得", "<p>储能产业</p>")).expect(201);
    api.get("api/gardens/" + garden, api.token("xscadre")).expectProblem(404);
  }

  /** Members post; readers comment and like (a toggle, not one's own); keepers feature reflections. */
  void postingCommentingLikingFeaturing() {
    String cadre = api.token("cadre");
    String colleague = api.token("colleague");
    String liaison = api.token("liaison");
    long garden = garden(cadre, UNIT_GARDEN);
    long course = api.get("api/courses?q=四中全会", cadre).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    var post = api.post("api/gardens/" + garden + "/posts", cadre, Json.createObjectBuilder().add("kind", "REFLECTION")
        .add("title", "基层培训工作体会").add("body", "<p>要把<strong>学用结合</strong>落到实处。</p>").add("courseId", course)
        .build().toString()).expect(201).json();
    long postId = post.getJsonNumber("id").longValue();
    assertEquals("<p>要把<strong>学用结合</strong>落到实处。</p>", post.getString("body"));
    assertEquals("学习贯彻党的二十届四中全会精神", post.getString("courseTitle"));
    assertTrue(post.getBoolean("mine"));
    String path = "api/gardens/" + garden + "/posts/" + postId;
    commentsAndLikes(path, cadre, colleague);

    assertEquals("urn:lms:problem:garden.notKeeper",
        api.put(path + "/featured", cadre, "{\"featured\":true}").expectProblem(403).json().getString("type"));
    assertTrue(api.put(path + "/featured", liaison, "{\"featured\":true}").expect(200).json().getBoolean("featured"));
    assertEquals(Map.of("featured", "field.required"), api.put(path + "/featured", liaison, "{}").expectProblem(422).fieldErrors());
    var page = api.get("api/gardens/" + garden + "/posts?size=50", cadre).expect(200).json().getJsonArray("items");
    List<Boolean> featured = page.stream().map(v -> v.asJsonObject().getBoolean("featured")).toList();
    assertEquals(featured.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), featured, "featured reflections first");
    assertTrue(page.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == postId
        && v.asJsonObject().getBoolean("featured")));

    var activity = api.get("api/gardens/" + garden + "/activity", cadre).expect(200).json();
    var latest = activity.getJsonArray("feed").getJsonObject(0);
    assertEquals(postId, latest.getJsonNumber("postId").longValue(), activity.toString());
    assertTrue(activity.getJsonArray("members").stream().map(JsonValue::asJsonObject)
        .anyMatch(m -> m.getJsonNumber("posts").longValue() >= 1 && m.getJsonNumber("comments").longValue() >= 1),
        "the colleague commented here and posted in the demo: " + activity);
    revisingAndRemoving(garden, postId, cadre, colleague);
    readingListsAndLinks(garden, cadre, liaison, course);
  }

  private void commentsAndLikes(String path, String cadre, String colleague) {
    var comment = api.post(path + "/comments", colleague, "{\"body\":\"说得好<script>alert(1)</script>\"}").expect(201).json();
    assertEquals("说得好", comment.getString("body"));
    assertEquals(Map.of("body", "field.required"), api.post(path + "/comments", colleague, "{\"body\":\"<b> </b>\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("body", "field.tooLong"),
        api.post(path + "/comments", colleague, "{\"body\":\"" + "长".repeat(2001) + "\"}").expectProblem(422).fieldErrors());
    var liked = api.post(path + "/like", colleague, "").expect(200).json();
    assertTrue(liked.getBoolean("liked"));
    assertEquals(1, liked.getInt("likes"));
    assertFalse(api.post(path + "/like", colleague, "").expect(200).json().getBoolean("liked"), "a second press takes it back");
    assertEquals(0, api.get(path, cadre).expect(200).json().getInt("likes"));
    assertEquals(1, api.post(path + "/like", colleague, "").expect(200).json().getInt("likes"));
    assertEquals("urn:lms:problem:garden.ownPost", api.post(path + "/like", cadre, "").expectProblem(409).json().getString("type"));
    assertTrue(api.get(path, colleague).expect(200).json().getBoolean("likedByMe"));
  }

  private void revisingAndRemoving(long garden, long postId, String cadre, String colleague) {
    String path = "api/gardens/" + garden + "/posts/" + postId;
    long version = api.get(path, cadre).expect(200).json().getJsonNumber("version").longValue();
    var revised = api.put(path, cadre, "{\"kind\":\"REFLECTION\",\"title\":\"基层培训工作体会（修改）\",\"body\":\"<p>改</p>\","
        + "\"version\":" + version + "}").expect(200).json();
    assertEquals("基层培训工作体会（修改）", revised.getString("title"));
    assertTrue(revised.getBoolean("featured"), "an edit keeps the keeper's mark");
    api.put(path, cadre, "{\"kind\":\"REFLECTION\",\"title\":\"旧\",\"body\":\"x\",\"version\":" + version + "}").expectProblem(409);
    assertEquals("urn:lms:problem:garden.notAuthor", api.put(path, colleague,
        "{\"kind\":\"REFLECTION\",\"title\":\"改别人的\",\"body\":\"x\"}").expectProblem(403).json().getString("type"));
    api.delete(path, colleague).expectProblem(403);
  }

  private void readingListsAndLinks(long garden, String cadre, String liaison, long course) {
    String posts = "api/gardens/" + garden + "/posts";
    String badList = "{\"kind\":\"READING_LIST\",\"title\":\"书单\",\"items\":[{\"label\":\"纲要\"},"
        + "{\"label\":\"坏链接\",\"url\":\"javascript:alert(1)\"}]}";
    assertEquals(Map.of("items[1].url", "field.invalidUrl"), api.post(posts, cadre, badList).expectProblem(422).fieldErrors());
    assertEquals(Map.of("items", "field.required"),
        api.post(posts, cadre, "{\"kind\":\"READING_LIST\",\"title\":\"空书单\"}").expectProblem(422).fieldErrors());
    var list = api.post(posts, cadre, "{\"kind\":\"READING_LIST\",\"title\":\"我的书单\",\"items\":[{\"label\":\"纲要\"},"
        + "{\"label\":\"课程\",\"courseId\":" + course + "},{\"label\":\"网站\",\"url\":\"https://www.12371.cn/\"}]}").expect(201).json();
    assertEquals(3, list.getJsonArray("items").size());
    assertEquals("学习贯彻党的二十届四中全会精神", list.getJsonArray("items").getJsonObject(1).getString("courseTitle"));
    api.put(posts + "/" + list.getJsonNumber("id") + "/featured", liaison, "{\"featured\":true}").expectProblem(409);
    assertEquals(Map.of("url", "field.invalidUrl"), api.post(posts, cadre,
        "{\"kind\":\"RESOURCE\",\"title\":\"坏链接\",\"url\":\"javascript:alert(1)\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("url", "garden.linkOrFile"),
        api.post(posts, cadre, "{\"kind\":\"RESOURCE\",\"title\":\"无链接\"}").expectProblem(422).fieldErrors());
    long link = id(api.post(posts, cadre, "{\"kind\":\"RESOURCE\",\"title\":\"共产党员网\",\"url\":\"https://www.12371.cn/\"}").expect(201));
    api.delete(posts + "/" + link, cadre).expect(204);
    api.get(posts + "/" + link, cadre).expectProblem(404);
    assertEquals(Map.of("title", "field.tooLong"), api.post(posts, cadre, reflection("长".repeat(121), "x")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("body", "field.tooLong"), api.post(posts, cadre, reflection("长文", "字".repeat(20_001))).expectProblem(422).fieldErrors());
    assertEquals(Map.of("courseId", "field.unknownCourse"), api.post(posts, cadre, "{\"kind\":\"REFLECTION\",\"title\":\"t\","
        + "\"body\":\"x\",\"courseId\":999999999}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("kind", "field.required"), api.post(posts, cadre, "{\"title\":\"t\"}").expectProblem(422).fieldErrors());
  }

  /** Files are checked by size and by their bytes, and read only by the garden's readers. */
  void filesAndLimits() throws Exception {
    String cadre = api.token("cadre");
    long garden = garden(cadre, UNIT_GARDEN);
    String files = "api/gardens/" + garden + "/posts/files";
    var big = upload(cadre, files + "?title=" + enc("大文件") + "&name=big.pdf",
        Arrays.copyOf(CatalogChecks.PDF, TestDatabase.MEDIA_MAX_BYTES + 1), "application/pdf");
    assertEquals(422, big.statusCode(), big.body());
    assertTrue(big.body().contains("\"field.fileTooLarge\""), big.body());
    var wrong = api.postFile(files + "?title=网页&name=x.pdf", cadre,
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf").expectProblem(422);
    assertEquals(Map.of("file", "field.mediaType"), wrong.fieldErrors());
    assertEquals(Map.of("title", "field.required"),
        api.postFile(files + "?name=x.pdf", cadre, CatalogChecks.PDF, "application/pdf").expectProblem(422).fieldErrors());
    var shared = api.postFile(files + "?title=学习资料&name=学习资料.pdf", cadre, CatalogChecks.PDF, "application/pdf").expect(201).json();
    assertEquals("application/pdf", shared.getJsonObject("file").getString("contentType"));
    String file = "api/gardens/" + garden + "/posts/" + shared.getJsonNumber("id") + "/file";
    var colleagueDownload = http.send(HttpRequest.newBuilder(URI.create(base + file))
        .header("Authorization", "Bearer " + api.token("colleague")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, colleagueDownload.statusCode());
    assertArrayEquals(CatalogChecks.PDF, colleagueDownload.body());
    api.get(file, api.token("xscadre")).expectProblem(404);
    api.postFile("api/gardens/" + garden + "/posts/files?title=越权&name=x.pdf", api.token("xscadre"), CatalogChecks.PDF,
        "application/pdf").expectProblem(404);
  }

  /** Another county's cadre meets 404 everywhere; a keeper who is no member is told why; HTML is inert. */
  void unitGardenNeverLeaksAndInjectionIsInert() {
    String cadre = api.token("cadre");
    String outsider = api.token("xscadre");
    long garden = garden(cadre, UNIT_GARDEN);
    var injected = api.post("api/gardens/" + garden + "/posts", cadre, reflection("<script>alert(1)</script>标题",
        "<p onclick=\"steal()\" style=\"color:red\">正文<script>alert(2)</script><img src=x onerror=alert(3)>"
            + "<a href=\"javascript:alert(4)\">坏</a><a href=\"https://www.12371.cn/\">好</a></p>")).expect(201).json();
    String body = injected.getString("body");
    for (String bad : new String[] {"<script", "onclick", "onerror", "javascript:", "style=", "<img"}) {
      assertFalse(body.toLowerCase(Locale.ROOT).contains(bad), bad + " in " + body);
    }
    assertTrue(body.contains("href=\"https://www.12371.cn/\""), body);
    assertEquals("<script>alert(1)</script>标题", injected.getString("title"), "a title is text, escaped where shown");
    long postId = injected.getJsonNumber("id").longValue();
    String post = "api/gardens/" + garden + "/posts/" + postId;

    assertTrue(api.get("api/gardens", outsider).expect(200).array().stream()
        .noneMatch(g -> g.asJsonObject().getString("name").equals(UNIT_GARDEN) || g.asJsonObject().getString("name").equals(COUNTY_GARDEN)));
    assertTrue(api.get("api/gardens", outsider).expect(200).array().stream()
        .anyMatch(g -> g.asJsonObject().getString("name").equals(CITY_GARDEN)), "the city's garden is everyone's");
    api.get("api/gardens/" + garden, outsider).expectProblem(404);
    api.get("api/gardens/" + garden + "/posts", outsider).expectProblem(404);
    api.get("api/gardens/" + garden + "/activity", outsider).expectProblem(404);
    api.get(post, outsider).expectProblem(404);
    api.post(post + "/comments", outsider, "{\"body\":\"外县评论\"}").expectProblem(404);
    api.post(post + "/like", outsider, "").expectProblem(404);
    api.post("api/gardens/" + garden + "/posts", outsider, reflection("外县帖子", "x")).expectProblem(404);
    api.get("api/gardens/" + garden + "/posts/999999999", cadre).expectProblem(404);
    long county = garden(cadre, COUNTY_GARDEN);
    api.get("api/gardens/" + county + "/posts/" + postId, cadre).expectProblem(404);

    var refused = api.post("api/gardens/" + garden + "/posts", api.token("admin"), reflection("中心发帖", "x")).expectProblem(403);
    assertEquals("urn:lms:problem:garden.notMember", refused.json().getString("type"));
    assertTrue(refused.json().getString("detail").contains("不是该学习园地的成员"), refused.body());
    String suixi = api.token("suixi");
    assertTrue(api.get("api/gardens/" + garden, suixi).expect(200).json().getBoolean("manages"));
    api.delete(post, suixi).expect(204);
  }

  private HttpResponse<String> upload(String token, String path, byte[] body, String type) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
