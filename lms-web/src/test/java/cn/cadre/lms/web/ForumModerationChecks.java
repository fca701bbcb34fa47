package cn.cadre.lms.web;

import static cn.cadre.lms.web.ForumChecks.id;
import static cn.cadre.lms.web.ForumChecks.post;
import static cn.cadre.lms.web.ForumChecks.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Moderation in and out of scope (pin, lock, hide and move, each recorded), the report flow and
 * the edit history, against the running platform.
 */
final class ForumModerationChecks {

  private final Api api;
  private final ForumChecks f;

  ForumModerationChecks(Api api, String base) {
    this.api = api;
    this.f = new ForumChecks(api, base);
  }

  static String act(String action, String reason) {
    return "{\"action\":\"" + action + "\",\"reason\":" + quoted(reason) + "}";
  }

  private Api.Reply moderate(String who, long thread, String json) {
    return api.post("api/forums/threads/" + thread + "/moderation", f.token(who), json);
  }

  private JsonArray threadsOf(String who, long board) {
    return api.get("api/forums/boards/" + board + "/threads?size=100", f.token(who)).expect(200).json().getJsonArray("items");
  }

  private static boolean lists(JsonArray threads, long thread) {
    return threads.stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == thread);
  }

  void moderationInAndOutOfScope() {
    long county = f.board("cadre", "COUNTY");
    long unit = f.board("cadre", "UNIT");
    long thread = f.start("cadre", county, "基层治理经验交流", "<p>谈谈村级议事协商。</p>");
    long reply = id(f.reply("colleague", thread, post("<p>我们村每月召开一次议事会。</p>")));
    moderate("xiangshan", thread, act("LOCK", "越权")).expectProblem(404); // another county's board is not even seen
    long cityThread = f.start("cadre", f.board("cadre", "CITY"), "全市交流", "<p>大家好</p>");
    moderate("xiangshan", cityThread, act("PIN", "越权")).expectProblem(403); // read, not moderated
    moderate("cadre", cityThread, act("PIN", "自己置顶")).expectProblem(403);
    assertEquals(Map.of("reason", "field.required"), moderate("suixi", thread, "{\"action\":\"LOCK\"}").expectProblem(422).fieldErrors());

    assertTrue(moderate("suixi", thread, act("LOCK", "讨论已结束")).expect(200).json().getBoolean("locked"));
    ForumChecks.paced("cadre");
    var locked = api.post("api/forums/threads/" + thread + "/posts", f.token("cadre"), post("<p>还想说</p>")).expectProblem(409);
    assertEquals("urn:lms:problem:forum.threadLocked", locked.json().getString("type"));
    assertTrue(locked.json().getString("detail").contains("锁定"), locked.body());
    moderate("suixi", thread, act("UNLOCK", "继续讨论")).expect(200);
    moderate("suixi", thread, act("PIN", "优秀经验")).expect(200);
    assertEquals(thread, id(threadsOf("cadre", county).getJsonObject(0)), "pinned first");

    assertTrue(api.post("api/forums/posts/" + reply + "/moderation", f.token("suixi"), act("HIDE", "待核实")).expect(200)
        .json().getBoolean("hidden"));
    assertEquals(1, f.open("cadre", thread).getJsonObject("posts").getInt("total"), "a hidden post is gone for readers");
    assertEquals(2, f.open("suixi", thread).getJsonObject("posts").getInt("total"), "and kept for its moderators");
    api.post("api/forums/posts/" + reply + "/moderation", f.token("suixi"), act("UNHIDE", "已核实")).expect(200);

    moderate("suixi", thread, act("HIDE", "整理版面")).expect(200);
    api.get("api/forums/threads/" + thread, f.token("colleague")).expectProblem(404);
    assertFalse(lists(threadsOf("colleague", county), thread));
    assertTrue(threadsOf("suixi", county).stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == thread
        && t.asJsonObject().getBoolean("hidden")));
    moderate("suixi", thread, act("UNHIDE", "恢复")).expect(200);

    assertEquals(Map.of("boardId", "field.required"), moderate("suixi", thread, act("MOVE", "归类")).expectProblem(422).fieldErrors());
    JsonObject moved = moderate("suixi", thread, act("MOVE", "属于单位事务").replace("}", ",\"boardId\":" + unit + "}")).expect(200).json();
    assertEquals(unit, moved.getJsonNumber("boardId").longValue());
    assertTrue(lists(threadsOf("colleague", unit), thread) && !lists(threadsOf("colleague", county), thread));
    assertEquals(Map.of("boardId", "field.outsideScope"), moderate("liaison", thread,
        act("MOVE", "移回").replace("}", ",\"boardId\":" + county + "}")).expectProblem(422).fieldErrors(),
        "a liaison does not moderate the county board");

    List<String> countyLog = api.get("api/forums/boards/" + county + "/moderation", f.token("suixi")).expect(200).array()
        .stream().map(v -> v.asJsonObject()).filter(m -> m.getJsonNumber("threadId").longValue() == thread)
        .map(m -> m.getString("action") + ":" + m.getString("reason")).toList();
    assertEquals(List.of("MOVE:属于单位事务", "UNHIDE:恢复", "HIDE:整理版面", "UNHIDE:已核实", "HIDE:待核实", "PIN:优秀经验",
        "UNLOCK:继续讨论", "LOCK:讨论已结束"), countyLog);
    api.get("api/forums/boards/" + county + "/moderation", f.token("cadre")).expectProblem(403);
  }

  void reportFlow() {
    long unit = f.board("cadre", "UNIT");
    long thread = f.start("cadre", unit, "一条待举报的帖子", "<p>与学习无关的广告</p>");
    long post = id(f.open("cadre", thread).getJsonObject("posts").getJsonArray("items").getJsonObject(0));
    String path = "api/forums/posts/" + post + "/reports";
    assertEquals(Map.of("reason", "field.required"), api.post(path, f.token("colleague"), "{\"reason\":\"\"}").expectProblem(422).fieldErrors());
    JsonObject report = api.post(path, f.token("colleague"), "{\"reason\":\"与学习无关\"}").expect(201).json();
    assertEquals("OPEN", report.getString("status"));
    api.post(path, f.token("colleague"), "{\"reason\":\"再次举报\"}").expectProblem(409);
    api.post(path, f.token("xscadre"), "{\"reason\":\"看不到\"}").expectProblem(404);
    String resolution = "api/forums/reports/" + id(report) + "/resolution";
    assertTrue(openReports("liaison").contains(id(report)));
    assertFalse(openReports("xiangshan").contains(id(report)), "another county's staff do not see it");
    api.post(resolution, f.token("cadre"), "{\"outcome\":\"HIDDEN\"}").expectProblem(403);
    assertEquals(Map.of("outcome", "field.required"), api.post(resolution, f.token("liaison"), "{}").expectProblem(422).fieldErrors());
    assertEquals("HIDDEN", api.post(resolution, f.token("liaison"), "{\"outcome\":\"HIDDEN\",\"note\":\"广告，已隐藏\"}")
        .expect(200).json().getString("status"));
    api.post(resolution, f.token("liaison"), "{\"outcome\":\"DISMISSED\"}").expectProblem(409);
    assertFalse(openReports("liaison").contains(id(report)));
    assertTrue(f.open("colleague", thread).getJsonObject("posts").getJsonArray("items").isEmpty(), "the post is hidden");
  }

  private List<Long> openReports(String who) {
    return api.get("api/forums/reports", f.token(who)).expect(200).array().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  void editHistory() {
    long unit = f.board("cadre", "UNIT");
    long thread = f.start("cadre", unit, "初稿标题", "<p>初稿内容</p>");
    JsonObject first = f.open("cadre", thread).getJsonObject("posts").getJsonArray("items").getJsonObject(0);
    String path = "api/forums/posts/" + id(first);
    long version = first.getJsonNumber("version").longValue();
    String edit = "{\"body\":\"<p>二稿内容</p><script>alert(1)</script>\",\"title\":\"二稿标题\",\"version\":" + version + "}";
    JsonObject edited = api.put(path, f.token("cadre"), edit).expect(200).json();
    assertEquals("<p>二稿内容</p>", edited.getString("body"));
    assertEquals(1, edited.getInt("revisions"));
    assertEquals("二稿标题", f.open("cadre", thread).getJsonObject("thread").getString("title"));
    api.put(path, f.token("cadre"), edit).expectProblem(409); // the version read is stale now
    api.put(path, f.token("colleague"), post("<p>改别人的帖</p>")).expectProblem(403);
    api.get(path + "/revisions", f.token("colleague")).expectProblem(403);
    JsonObject byLiaison = api.put(path, f.token("liaison"), post("<p>版主修订</p>")).expect(200).json();
    assertEquals(2, byLiaison.getInt("revisions"));
    JsonArray history = api.get(path + "/revisions", f.token("cadre")).expect(200).array();
    assertEquals(2, history.size());
    assertEquals("初稿标题", history.getJsonObject(0).getString("title"));
    assertEquals("<p>初稿内容</p>", history.getJsonObject(0).getString("body"));
    assertEquals("<p>二稿内容</p>", history.getJsonObject(1).getString("body"));
    moderate("liaison", thread, act("LOCK", "定稿")).expect(200);
    api.put(path, f.token("cadre"), post("<p>锁定后再改</p>")).expectProblem(409);
    api.put(path, f.token("liaison"), post("<p>锁定后版主可改</p>")).expect(200);
    assertEquals(Map.of("body", "field.required"), api.put(path, f.token("liaison"), "{\"body\":\"\"}").expectProblem(422).fieldErrors());
  }
}
