package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forums against the running platform: posting, quoting and mentions in a unit board, unread
 * markers, attachments refused by size and type, bad input and script injection, the throttle, and
 * a cadre of another county kept out. Moderation, reports and edits are {@link ForumModerationChecks}.
 */
final class ForumChecks {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};

  /** When each account last posted: the test server lets one person post every 2 seconds. */
  private static final Map<String, Long> LAST_POST = new ConcurrentHashMap<>();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  final Api api;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  ForumChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  String token(String username) {
    return TOKENS.computeIfAbsent(username, api::token);
  }

  /** Waits out the throttle for this account, so only the throttle check meets it. */
  static void paced(String username) {
    long wait = LAST_POST.getOrDefault(username, 0L) + TestDatabase.FORUM_POST_SECONDS * 1000L + 200
        - System.currentTimeMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    posted(username);
  }

  /** Notes a post made elsewhere (through the pages), so the next one here waits for the throttle. */
  static void posted(String username) {
    LAST_POST.put(username, System.currentTimeMillis());
  }

  long board(String username, String kind) {
    return api.get("api/forums/boards", token(username)).expect(200).array().stream().map(v -> v.asJsonObject())
        .filter(b -> b.getString("kind").equals(kind)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  JsonObject boardCard(String username, long board) {
    return api.get("api/forums/boards", token(username)).expect(200).array().stream().map(v -> v.asJsonObject())
        .filter(b -> b.getJsonNumber("id").longValue() == board).findFirst().orElse(null);
  }

  long start(String username, long board, String title, String body) {
    paced(username);
    return api.post("api/forums/boards/" + board + "/threads", token(username), thread(title, body)).expect(201)
        .json().getJsonNumber("id").longValue();
  }

  JsonObject reply(String username, long thread, String json) {
    paced(username);
    return api.post("api/forums/threads/" + thread + "/posts", token(username), json).expect(201).json();
  }

  JsonObject open(String username, long thread) {
    return api.get("api/forums/threads/" + thread, token(username)).expect(200).json();
  }

  static String thread(String title, String body) {
    return "{\"title\":" + quoted(title) + ",\"body\":" + quoted(body) + "}";
  }

  static String post(String body) {
    return "{\"body\":" + quoted(body) + "}";
  }

  static String quoted(String s) {
    return jakarta.json.Json.createValue(s).toString();
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** A cadre asks in the unit board, a colleague quotes and mentions; unread markers follow. */
  void postingQuotingMentionsAndUnread() {
    long unit = board("cadre", "UNIT");
    long thread = start("cadre", unit, "如何用好网络学习平台？", "<p>请 @colleague 分享一下<strong>学习经验</strong>。</p>");
    JsonObject before = boardCard("colleague", unit);
    assertTrue(before.getInt("unreadThreads") >= 1, before.toString());
    // four tabs open the unread thread at the same instant: each one reads it (the losers of the race
    // to insert the read marker too), and the thread counts as read once
    List<JsonObject> tabs = Together.atOnce(4, () -> open("colleague", thread));
    JsonObject read = tabs.get(0);
    long first = id(read.getJsonObject("posts").getJsonArray("items").getJsonObject(0));
    for (JsonObject tab : tabs) {
      assertEquals(first, id(tab.getJsonObject("posts").getJsonArray("items").getJsonObject(0)));
    }
    assertEquals(before.getInt("unreadThreads") - 1, boardCard("colleague", unit).getInt("unreadThreads"),
        "opening the thread marked it read");
    JsonObject replied = reply("colleague", thread,
        "{\"body\":\"<p>先学必修课，再看讲座。</p>\",\"quotedPostId\":" + first + "}");
    JsonObject quote = replied.getJsonObject("quote");
    assertEquals(first, quote.getJsonNumber("postId").longValue());
    assertTrue(quote.getString("excerpt").contains("请 @colleague 分享一下学习经验"), quote.toString());
    JsonObject listed = api.get("api/forums/boards/" + unit + "/threads?size=100", token("cadre")).expect(200).json();
    assertTrue(listed.getJsonArray("items").stream().map(v -> v.asJsonObject())
        .anyMatch(t -> t.getJsonNumber("id").longValue() == thread && t.getBoolean("unread")), "colleague's reply is new to cadre");
    var mentioned = api.get("api/forums/mentions", token("colleague")).expect(200).json().getJsonArray("items");
    assertTrue(mentioned.stream().map(v -> v.asJsonObject()).anyMatch(m -> m.getJsonNumber("threadId").longValue() == thread),
        mentioned.toString());
    JsonObject page = open("cadre", thread).getJsonObject("posts");
    assertEquals(2, page.getInt("total"));
    assertEquals("如何用好网络学习平台？", open("cadre", thread).getJsonObject("thread").getString("title"));
    // a reply quoting a post of another thread is refused
    long demoThread = id(api.get("api/forums/boards/" + board("cadre", "CITY") + "/threads", token("cadre")).expect(200)
        .json().getJsonArray("items").getJsonObject(0));
    long elsewhere = id(open("cadre", demoThread).getJsonObject("posts").getJsonArray("items").getJsonObject(0));
    paced("cadre");
    assertEquals(Map.of("quotedPostId", "field.notInThread"), api.post("api/forums/threads/" + thread + "/posts",
        token("cadre"), "{\"body\":\"<p>x</p>\",\"quotedPostId\":" + elsewhere + "}").expectProblem(422).fieldErrors());
  }

  /** A cadre of another county gets 404 for the unit board, its threads and its posts, like an unknown id. */
  void anotherCountysCadreIsKeptOut() {
    long unit = board("cadre", "UNIT");
    long thread = start("cadre", unit, "单位内部事项", "<p>仅本单位讨论</p>");
    String xs = token("xscadre");
    assertEquals(null, boardCard("xscadre", unit), "not among the boards listed");
    api.get("api/forums/boards/" + unit, xs).expectProblem(404);
    api.get("api/forums/boards/" + unit + "/threads", xs).expectProblem(404);
    var notFound = api.get("api/forums/threads/" + thread, xs).expectProblem(404);
    assertEquals(api.get("api/forums/threads/987654321", xs).expectProblem(404).json().getString("detail"),
        notFound.json().getString("detail"), "the same answer as an unknown thread");
    api.post("api/forums/threads/" + thread + "/posts", xs, post("<p>越界</p>")).expectProblem(404);
    api.post("api/forums/boards/" + unit + "/threads", xs, thread("越界", "<p>越界</p>")).expectProblem(404);
  }

  /** Missing and oversized fields, script injection stored inert, and the throttle's 429. */
  void badInputInjectionAndThrottle() {
    long city = board("operator", "CITY");
    String token = token("operator");
    var missing = api.post("api/forums/boards/" + city + "/threads", token, "{\"title\":\" \",\"body\":\"\"}").expectProblem(422);
    assertEquals(Map.of("body", "field.required", "title", "field.required"), missing.fieldErrors());
    var tooLong = api.post("api/forums/boards/" + city + "/threads", token, thread("长".repeat(121), "<p>x</p>"))
        .expectProblem(422);
    assertEquals(Map.of("title", "field.tooLong"), tooLong.fieldErrors());
    var oversized = api.post("api/forums/boards/" + city + "/threads", token, thread("长帖", "字".repeat(20_001)))
        .expectProblem(422);
    assertEquals(Map.of("body", "field.tooLong"), oversized.fieldErrors());
    assertTrue(oversized.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("20,000"),
        oversized.body());
    assertEquals(Map.of("body", "field.required"), api.post("api/forums/boards/" + city + "/threads", token,
        thread("只有脚本", "<script>alert(1)</script>")).expectProblem(422).fieldErrors());
    api.post("api/forums/boards/987654321/threads", token, thread("无此版块", "<p>x</p>")).expectProblem(404);

    String title = "<script>alert('t')</script><img src=x onerror=alert(1)>";
    long thread = start("operator", city, title, "<p onclick=\"steal()\" style=\"color:red\">正文<script>alert(2)</script>"
        + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">链接</a></p>");
    JsonObject stored = open("operator", thread);
    assertEquals(title, stored.getJsonObject("thread").getString("title"), "a title is plain text, kept as written");
    String body = stored.getJsonObject("posts").getJsonArray("items").getJsonObject(0).getString("body");
    String low = body.toLowerCase(Locale.ROOT);
    for (String bad : new String[] {"<script", "onclick", "onerror", "javascript:", "style=", "<img"}) {
      assertFalse(low.contains(bad), bad + " in " + body);
    }
    assertTrue(body.contains("正文") && body.contains("链接"), body);

    // the throttle: the second post right after the first is refused with 429 and the wait
    paced("operator");
    api.post("api/forums/threads/" + thread + "/posts", token, post("<p>第一次</p>")).expect(201);
    var throttled = api.post("api/forums/threads/" + thread + "/posts", token, post("<p>第二次</p>")).expectProblem(429);
    assertEquals("urn:lms:problem:forum.tooSoon", throttled.json().getString("type"));
    assertTrue(throttled.json().getString("detail").contains("秒"), throttled.body());
    posted("operator");
  }

  /** Images and PDFs attach; other types and oversized files are refused; readers of the post download them. */
  void attachments() throws Exception {
    String cadre = token("cadre");
    // sent without a length, so the server counts the bytes as they come and stops past the limit
    byte[] big = Arrays.copyOf(PNG, TestDatabase.MEDIA_MAX_BYTES + 1);
    var tooLarge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/forums/attachments?name=big.png"))
        .header("Authorization", "Bearer " + cadre).header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("field.fileTooLarge"), tooLarge.body());
    var wrongType = upload(cadre, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "image/png");
    assertEquals(415, wrongType.statusCode(), wrongType.body());
    assertTrue(wrongType.body().contains("field.attachmentType"), wrongType.body());
    byte[] mp4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    assertEquals(415, upload(cadre, mp4, "video/mp4").statusCode(), "a video is an upload, not an attachment");
    var ok = upload(cadre, PNG, "image/png");
    assertEquals(201, ok.statusCode(), ok.body());
    String file = api.postFile("api/forums/attachments?name=scan.pdf", cadre, CatalogChecks.PDF, "application/pdf")
        .expect(201).json().getString("id");
    String image = jakarta.json.Json.createReader(new java.io.StringReader(ok.body())).readObject().getString("id");
    long unit = board("cadre", "UNIT");
    long thread = start("cadre", unit, "学习笔记扫描件", "<p>附上笔记</p>");
    paced("colleague");
    assertEquals(Map.of("attachmentIds", "field.unknownAttachment"), api.post("api/forums/threads/" + thread + "/posts",
        token("colleague"), "{\"body\":\"<p>借用</p>\",\"attachmentIds\":[\"" + image + "\"]}").expectProblem(422)
        .fieldErrors(), "another person's upload cannot be attached");
    JsonObject withFiles = reply("cadre", thread, "{\"body\":\"<p>两页</p>\",\"attachmentIds\":[\"" + image + "\",\"" + file + "\"]}");
    assertEquals(2, withFiles.getJsonArray("attachments").size());
    assertEquals(200, download(token("colleague"), file).statusCode(), "a reader of the post downloads it");
    assertEquals(404, download(token("xscadre"), file).statusCode(), "another county's cadre does not");
    paced("cadre");
    assertEquals(Map.of("attachmentIds", "field.unknownAttachment"), api.post("api/forums/threads/" + thread + "/posts",
        cadre, "{\"body\":\"<p>再贴</p>\",\"attachmentIds\":[\"" + file + "\"]}").expectProblem(422).fieldErrors(),
        "a file belongs to one post");
  }

  private HttpResponse<String> upload(String token, byte[] body, String type) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/forums/attachments?name=x"))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String token, String id) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/forums/attachments/" + id))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The liaison's unit path, from its grants. */
  String unitPath() {
    return api.get("api/me", token("liaison")).expect(200).json().getJsonArray("roles").stream()
        .map(v -> v.asJsonObject()).filter(r -> r.getString("role").equals("LIAISON")).findFirst().orElseThrow()
        .getString("path");
  }

  /** Boards are opened within the opener's reach only. */
  void openingBoards() {
    String path = unitPath();
    JsonObject made = api.post("api/forums/boards", token("liaison"), "{\"kind\":\"UNIT\",\"name\":\"读书小组\",\"path\":"
        + quoted(path) + ",\"moderators\":[\"colleague\"]}").expect(201).json();
    assertTrue(made.getBoolean("moderates"));
    assertTrue(boardCard("colleague", id(made)).getBoolean("moderates"), "a named moderator");
    api.post("api/forums/boards", token("cadre"), "{\"kind\":\"UNIT\",\"name\":\"x\",\"path\":" + quoted(path) + "}")
        .expectProblem(403);
    Map<String, String> outside = api.post("api/forums/boards", token("suixi"),
        "{\"kind\":\"COUNTY\",\"name\":\"相山\",\"path\":\"/340600/340603/\"}").expectProblem(422).fieldErrors();
    assertEquals(Map.of("path", "field.outsideScope"), outside);
    assertEquals(Map.of("path", "field.notAnAudience"), api.post("api/forums/boards", token("suixi"),
        "{\"kind\":\"COUNTY\",\"name\":\"乡镇\",\"path\":" + quoted(path) + "}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("moderators", "field.unknownUser"), api.post("api/forums/boards", token("liaison"),
        "{\"kind\":\"UNIT\",\"name\":\"y\",\"path\":" + quoted(path) + ",\"moderators\":[\"nobody-here\"]}")
        .expectProblem(422).fieldErrors());
    Map<String, String> kinds = new HashMap<>(api.post("api/forums/boards", token("admin"), "{\"name\":\"z\"}")
        .expectProblem(422).fieldErrors());
    assertEquals(Map.of("kind", "field.required"), kinds);
    assertNotNull(boardCard("xscadre", board("xscadre", "CITY")), "everyone reads the city-wide board");
  }
}
