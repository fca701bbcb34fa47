package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;

/**
 * The catalog against the running platform: authoring and publishing within scope, assignments and
 * required enrolment, electives, the year overview, uploads refused by size and type, ranged
 * downloads, and quiz attempts past the limit, one by one and racing. The pages are in
 * {@link CatalogPageChecks}.
 */
final class CatalogChecks {

  static final byte[] PDF = "%PDF-1.4\n% test document body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final Api api;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  CatalogChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** A fresh instructor for the city, so a locked demo 'teacher' cannot break these checks. */
  String instructor() {
    String admin = api.token("admin");
    var person = api.post("api/people", admin, "{\"username\":\"catalog-author\",\"displayName\":\"课程作者\","
        + "\"role\":\"INSTRUCTOR\",\"scopePath\":\"/340600/\"}").expect(201).json();
    String temporary = api.post("api/people/" + person.getJsonNumber("id") + "/password-reset", admin, "")
        .expect(200).json().getString("temporaryPassword");
    String token = api.login("catalog-author", temporary).expect(200).json().getString("token");
    api.put("api/me/password", token, "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"Author2026x\"}")
        .expect(204);
    return api.login("catalog-author", "Author2026x").expect(200).json().getString("token");
  }

  static String course(String title, String credits) {
    return "{\"title\":\"" + title + "\",\"teacher\":\"测试教师\",\"category\":\"测试\",\"summary\":"
        + "\"<p onclick='x()'>简介<script>alert(1)</script></p>\",\"credits\":" + credits + "}";
  }

  static long id(Api.Reply r) {
    return r.json().getJsonNumber("id").longValue();
  }

  static long courseId(Api.Reply r) {
    return r.json().getJsonObject("course").getJsonNumber("id").longValue();
  }

  /** Instructor and sub-center publish within scope; others meet 404 or 403; bad input is 422. */
  long publishingWithinScope(String author) {
    var created = api.post("api/courses", author, course("测验课程", "1.5")).expect(201);
    long quizCourse = courseId(created);
    assertEquals("DRAFT", created.json().getJsonObject("course").getString("status"));
    assertFalse(created.json().getString("summary").contains("script"), created.body());
    assertFalse(created.json().getString("summary").contains("onclick"), created.body());
    api.post("api/courses/" + quizCourse + "/publish", author, "").expectProblem(409);
    long text = id(api.post("api/courses/" + quizCourse + "/lessons", author,
        "{\"title\":\"正文\",\"kind\":\"TEXT\",\"lengthSeconds\":60,\"body\":\"<p>x</p><script>y</script>\"}").expect(201));
    long quiz = id(api.post("api/courses/" + quizCourse + "/lessons", author,
        "{\"title\":\"测验\",\"kind\":\"QUIZ\",\"passPercent\":60,\"maxAttempts\":2}").expect(201));
    assertEquals(Map.of("lengthSeconds", "field.between"), api.post("api/courses/" + quizCourse + "/lessons", author,
        "{\"title\":\"空\",\"kind\":\"TEXT\",\"lengthSeconds\":0,\"body\":\"x\"}").expectProblem(422).fieldErrors());
    assertEquals("<p>x</p>", api.get("api/lessons/" + text, author).expect(200).json().getString("body"));
    api.put("api/courses/" + quizCourse + "/lessons/order", author, "{\"lessonIds\":[" + quiz + "," + text + "]}").expect(200);
    api.put("api/courses/" + quizCourse + "/lessons/order", author, "{\"lessonIds\":[" + quiz + "]}").expectProblem(422);
    api.delete("api/lessons/" + text, author).expect(204);
    api.post("api/courses/" + quizCourse + "/publish", author, "").expectProblem(409); // quiz without questions
    var bad = api.put("api/lessons/" + quiz + "/questions", author, "{\"questions\":[{\"kind\":\"SINGLE\",\"prompt\":\"?\","
        + "\"options\":[\"a\",\"b\"],\"answer\":[0,1]}]}").expectProblem(422);
    assertEquals(Map.of("questions[0].answer", "field.oneAnswer"), bad.fieldErrors());
    api.put("api/lessons/" + quiz + "/questions", author, "{\"questions\":["
        + "{\"kind\":\"TRUE_FALSE\",\"prompt\":\"对吗？\",\"options\":[\"对\",\"错\"],\"answer\":[0]},"
        + "{\"kind\":\"MULTIPLE\",\"prompt\":\"选哪些？\",\"options\":[\"甲\",\"乙\",\"丙\"],\"answer\":[0,2]}]}").expect(200);
    assertEquals("PUBLISHED", api.post("api/courses/" + quizCourse + "/publish", author, "").expect(200).json()
        .getJsonObject("course").getString("status"));
    api.post("api/courses/" + quizCourse + "/lessons", author,
        "{\"title\":\"迟到\",\"kind\":\"TEXT\",\"lengthSeconds\":60,\"body\":\"x\"}").expectProblem(409);

    String suixi = api.token("suixi");
    String xiangshan = api.token("xiangshan");
    assertEquals(Map.of("ownerPath", "field.outsideScope"),
        api.post("api/courses", suixi, course("越权", "1.0").replace("}", ",\"ownerPath\":\"/340600/\"}")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("credits", "field.between"), api.post("api/courses", suixi, course("学分", "0.2")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("title", "field.required"), api.post("api/courses", suixi, "{\"teacher\":\"t\",\"category\":\"c\",\"credits\":1}")
        .expectProblem(422).fieldErrors());
    var county = api.post("api/courses", suixi, course("县级课程", "1.0")).expect(201).json().getJsonObject("course");
    long countyCourse = county.getJsonNumber("id").longValue();
    assertEquals("/340600/340621/", county.getString("ownerPath"));
    long countyLesson = id(api.post("api/courses/" + countyCourse + "/lessons", suixi,
        "{\"title\":\"县级课时\",\"kind\":\"TEXT\",\"lengthSeconds\":120,\"body\":\"<p>内容</p>\"}").expect(201));
    api.get("api/courses/" + countyCourse, xiangshan).expectProblem(404);
    api.post("api/courses/" + countyCourse + "/publish", xiangshan, "").expectProblem(404);
    api.get("api/lessons/" + countyLesson, api.token("cadre")).expectProblem(404); // a draft is not open to learners
    api.post("api/courses/" + countyCourse + "/publish", suixi, "").expect(200);
    api.get("api/courses/" + countyCourse, xiangshan).expectProblem(404); // another county's course
    api.post("api/courses", api.token("cadre"), course("学员", "1.0")).expectProblem(403);
    api.get("api/courses?status=LOST", suixi).expectProblem(422);
    return quizCourse;
  }

  /** Assignment makes the enrolment required; an elective is not; the year overview shows both. */
  void assignmentsAndEnrolment(long quizCourse, String author) {
    String admin = api.token("admin");
    String cadre = api.token("cadre");
    int year = Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
    long quiz = api.get("api/courses/" + quizCourse, cadre).expect(200).json().getJsonArray("lessons")
        .getJsonObject(0).getJsonNumber("id").longValue();
    api.post("api/lessons/" + quiz + "/attempts", cadre, "{\"answers\":[[0],[0,2]]}").expectProblem(409); // not enrolled
    assertEquals(Map.of("path", "field.outsideScope"), api.post("api/assignments", api.token("suixi"),
        "{\"courseId\":" + quizCourse + ",\"audience\":\"PATH\",\"path\":\"/340600/340603/\",\"dueOn\":\"" + year + "-12-31\"}")
        .expectProblem(422).fieldErrors());
    api.post("api/assignments", author, "{\"courseId\":" + quizCourse + ",\"audience\":\"PATH\",\"dueOn\":\"" + year + "-12-31\"}")
        .expectProblem(403);
    var assigned = api.post("api/assignments", admin, "{\"courseId\":" + quizCourse + ",\"audience\":\"RANK\",\"rank\":\"SECTION\","
        + "\"path\":\"/340600/\",\"dueOn\":\"" + year + "-12-31\"}").expect(201).json();
    assertEquals("SECTION", assigned.getString("rank"));
    api.post("api/assignments", admin, "{\"courseId\":" + quizCourse + ",\"audience\":\"PATH\",\"dueOn\":\"" + year + "-12-31\"}").expect(201);
    var enrolled = api.post("api/courses/" + quizCourse + "/enrolment", cadre, "").expect(200).json();
    assertTrue(enrolled.getBoolean("required"), enrolled.toString());
    assertEquals(year + "-12-31", enrolled.getString("dueOn"));
    assertEquals(enrolled.getJsonNumber("id"), api.post("api/courses/" + quizCourse + "/enrolment", cadre, "").expect(200)
        .json().getJsonNumber("id"), "enrolling twice answers the same enrolment");

    var lecture = api.get("api/courses?q=新能源", cadre).expect(200).array().getJsonObject(0);
    assertFalse(lecture.getBoolean("required"));
    var elective = api.post("api/courses/" + lecture.getJsonNumber("id") + "/enrolment", cadre, "").expect(200).json();
    assertFalse(elective.getBoolean("required"));
    api.post("api/courses/" + quizCourse + "/enrolment", admin, "").expectProblem(409); // not a cadre

    // the quiz: bad answers, a failed attempt, a pass that completes the course, then no attempts left
    var lesson = api.get("api/lessons/" + quiz, cadre).expect(200).json();
    assertFalse(lesson.getJsonArray("questions").getJsonObject(0).containsKey("answer"), "the player never sees answers");
    assertEquals(Map.of("answers", "field.answerCount"),
        api.post("api/lessons/" + quiz + "/attempts", cadre, "{\"answers\":[[0]]}").expectProblem(422).fieldErrors());
    var failed = api.post("api/lessons/" + quiz + "/attempts", cadre, "{\"answers\":[[1],[0]]}").expect(200).json();
    assertEquals(0, failed.getInt("scorePercent"));
    assertEquals(1, failed.getInt("attemptsLeft"));
    var passed = api.post("api/lessons/" + quiz + "/attempts", cadre, "{\"answers\":[[0],[2,0]]}").expect(200).json();
    assertTrue(passed.getBoolean("passed"));
    assertEquals(0, passed.getInt("attemptsLeft"));
    api.post("api/lessons/" + quiz + "/attempts", cadre, "{\"answers\":[[0],[0,2]]}").expectProblem(409);

    var mine = api.get("api/me/courses", cadre).expect(200).json();
    assertTrue(mine.getJsonArray("completed").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("courseId").longValue() == quizCourse),
        mine.toString());
    assertTrue(mine.getJsonArray("due").size() >= 3, "the demo's city-wide required courses: " + mine);
    assertTrue(mine.getJsonArray("due").stream().noneMatch(v -> v.asJsonObject().getJsonNumber("courseId").longValue() == quizCourse));
    assertTrue(mine.getJsonArray("inProgress").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("courseId")
        .equals(lecture.getJsonNumber("id")) && !v.asJsonObject().getBoolean("required")), mine.toString());
    assertEquals(Map.of("year", "field.notANumber"), api.get("api/me/courses?year=abc", cadre).expectProblem(422).fieldErrors());
    api.get("api/lessons/999999999", cadre).expectProblem(404);
  }

  /** Uploads are checked by size and by their bytes; downloads honour ranges and scope. */
  void mediaUploadAndRanges(String author) throws Exception {
    byte[] big = Arrays.copyOf(PDF, TestDatabase.MEDIA_MAX_BYTES + 1);
    assertEquals(413, upload(author, big, "application/pdf").statusCode());
    assertEquals(415, upload(author, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf").statusCode());
    assertEquals(415, upload(author, PDF, "video/mp4").statusCode(), "a PDF declared as a video");
    assertEquals(403, upload(api.token("cadre"), PDF, "application/pdf").statusCode());
    var ok = upload(author, PDF, "application/pdf");
    assertEquals(201, ok.statusCode(), ok.body());
    String uploaded = api.postFile("api/media?name=x.pdf", author, PDF, "application/pdf").expect(201).json().getString("id");
    assertEquals(404, download(api.token("cadre"), uploaded, null).statusCode(), "a file no visible course uses");
    assertEquals(200, download(author, uploaded, null).statusCode(), "its uploader reads it");

    String cadre = api.token("cadre");
    JsonObject safety = api.get("api/courses?q=安全生产", cadre).expect(200).array().getJsonObject(0);
    long doc = api.get("api/courses/" + safety.getJsonNumber("id"), cadre).expect(200).json().getJsonArray("lessons").stream()
        .map(v -> v.asJsonObject()).filter(l -> l.getString("kind").equals("DOCUMENT")).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    String url = api.get("api/lessons/" + doc, cadre).expect(200).json().getString("mediaUrl");
    String mediaId = url.substring(url.lastIndexOf('/') + 1);
    var whole = download(cadre, mediaId, null);
    assertEquals(200, whole.statusCode());
    int size = whole.body().length;
    var part = download(cadre, mediaId, "bytes=0-4");
    assertEquals(206, part.statusCode());
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), part.body());
    assertEquals("bytes 0-4/" + size, part.headers().firstValue("Content-Range").orElse(""));
    assertEquals("bytes", part.headers().firstValue("Accept-Ranges").orElse(""));
    var tail = download(cadre, mediaId, "bytes=-6");
    assertEquals(206, tail.statusCode());
    assertArrayEquals(Arrays.copyOfRange(whole.body(), size - 6, size), tail.body());
    var past = download(cadre, mediaId, "bytes=" + size + "-");
    assertEquals(416, past.statusCode());
    assertEquals("bytes */" + size, past.headers().firstValue("Content-Range").orElse(""));
    assertEquals(404, download(api.token("xiangshan"), "00000000-0000-4000-8000-00000000ffff", null).statusCode());
  }

  private HttpResponse<String> upload(String token, byte[] body, String type) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/media?name=test.pdf"))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String token, String id, String range) throws Exception {
    var b = HttpRequest.newBuilder(URI.create(base + "api/media/" + id)).header("Authorization", "Bearer " + token);
    if (range != null) {
      b.header("Range", range);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Eight simultaneous submissions of a one-attempt quiz: one is scored, the others get 409, none 500. */
  void racingQuizSubmissions(String author) throws Exception {
    long course = courseId(api.post("api/courses", author, course("抢答测验", "1.0")).expect(201));
    long quiz = id(api.post("api/courses/" + course + "/lessons", author,
        "{\"title\":\"一次测验\",\"kind\":\"QUIZ\",\"passPercent\":100,\"maxAttempts\":1}").expect(201));
    api.put("api/lessons/" + quiz + "/questions", author, "{\"questions\":[{\"kind\":\"SINGLE\",\"prompt\":\"?\","
        + "\"options\":[\"a\",\"b\"],\"answer\":[1]}]}").expect(200);
    api.post("api/courses/" + course + "/publish", author, "").expect(200);
    String cadre = api.token("cadre");
    api.post("api/courses/" + course + "/enrolment", cadre, "").expect(200);
    var replies = Together.atOnce(8, () -> http.send(HttpRequest.newBuilder(URI.create(base + "api/lessons/" + quiz + "/attempts"))
        .header("Authorization", "Bearer " + cadre).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":[[0]]}")).build(), HttpResponse.BodyHandlers.ofString()));
    int scored = 0;
    for (var r : replies) {
      assertTrue(r.statusCode() == 200 || r.statusCode() == 409, r.statusCode() + " " + r.body());
      scored += r.statusCode() == 200 ? 1 : 0;
    }
    assertEquals(1, scored, "exactly one attempt of a one-attempt quiz is scored");
  }
}
