package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as shipped (the built WAR) in one real Payara Micro on a real MariaDB database with
 * the demo data: sign-in, lock-out, scope through every endpoint, REST errors. The import and the
 * pages are checked against the same server by {@link ImportChecks} and {@link PageChecks}, so
 * the suite pays for one boot.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class PlatformIT {

  static final String XIANGSHAN_NODE_CODE = "340603";

  @Deployment(testable = false)
  static WebArchive platform() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("lms.war")))
        .as(WebArchive.class);
  }

  @ArquillianResource URL url;

  Api api;

  /** Arquillian hands out the machine's interface address; the server listens on loopback too. */
  String base() {
    return "http://localhost:" + url.getPort() + url.getPath();
  }

  @BeforeEach
  void client() {
    api = new Api(base());
  }

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void aDemoAccountSignsInAndSeesItsRoleAndScope() {
    String token = api.token("suixi");
    JsonObject me = api.get("api/me", token).expect(200).json();
    assertEquals("suixi", me.getString("username"));
    JsonObject role = me.getJsonArray("roles").getJsonObject(0);
    assertEquals("SUBCENTER_ADMIN", role.getString("role"));
    assertEquals("/340600/340621/", role.getString("path"));
    var roots = api.get("api/org/roots", token).expect(200).array();
    assertEquals("濉溪县", roots.getJsonObject(0).getString("name"));
    assertTrue(roots.getJsonObject(0).getInt("cadres") > 500);
  }

  @Test
  void theFirstCenterAdministratorIsCreatedFromBootstrapSettings() {
    String token = api.login("founder", TestDatabase.FOUNDER_PASSWORD).expect(200).json().getString("token");
    JsonObject role = api.get("api/me", token).expect(200).json().getJsonArray("roles").getJsonObject(0);
    assertEquals("CENTER_ADMIN", role.getString("role"));
    assertEquals("/340600/", role.getString("path"));
    assertEquals("淮北市", api.get("api/org/roots", token).expect(200).array().getJsonObject(0).getString("name"));
  }

  @Test
  void tenWrongPasswordsLockTheAccountWithAClearMessage() {
    for (int i = 1; i <= 4; i++) {
      api.login("teacher", "wrong-" + i).expectProblem(401);
    }
    var locked = api.login("teacher", "wrong-5").expectProblem(423);
    assertTrue(locked.json().getString("detail").contains("锁定"), locked.body());
    for (int i = 6; i <= 10; i++) {
      api.login("teacher", "wrong-" + i).expectProblem(423);
    }
    api.login("teacher", Api.PASSWORD).expectProblem(423);
    api.login("nobody-at-all", "x").expectProblem(401);
  }

  @Test
  void aCountyAdminCannotReachAnotherCountysCadreThroughAnyEndpoint() {
    String center = api.token("admin");
    String suixi = api.token("suixi");
    long xiangshanNode = nodeId(center, XIANGSHAN_NODE_CODE);
    JsonObject other =
        api.get("api/cadres?node=" + xiangshanNode + "&size=1", center).expect(200).json()
            .getJsonArray("items").getJsonObject(0);
    long id = other.getJsonNumber("id").longValue();
    assertTrue(other.getString("path").startsWith("/340600/340603/"));
    api.get("api/cadres/" + id, suixi).expectProblem(404);
    api.get("api/cadres/" + id + "/postings", suixi).expectProblem(404);
    api.get("api/cadres/" + id + "/accounts", suixi).expectProblem(404);
    api.put("api/cadres/" + id, suixi, cadreJson("改名", other.getJsonNumber("unitId").longValue())).expectProblem(404);
    api.post("api/cadres/" + id + "/transfer", suixi, "{\"unitId\":1,\"post\":\"科员\",\"date\":\"2026-11-01\"}").expectProblem(404);
    api.get("api/cadres?node=" + xiangshanNode, suixi).expectProblem(404);
    api.get("api/org/nodes/" + xiangshanNode + "/children", suixi).expectProblem(404);
    long personId =
        api.get("api/cadres/" + id + "/accounts", center).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    api.get("api/people/" + personId, suixi).expectProblem(404);
    api.post("api/people/" + personId + "/password-reset", suixi, "").expectProblem(404);
    api.post("api/cadres", suixi, cadreJson("越权", other.getJsonNumber("unitId").longValue())).expectProblem(422);
    // and the list itself never leaks: every row of every page lies under Suixi
    var page = api.get("api/cadres?size=100&page=3", suixi).expect(200).json();
    assertFalse(page.getJsonArray("items").isEmpty());
    assertTrue(page.getInt("total") > 1000, "every cadre of the county, counted exactly");
    page.getJsonArray("items").forEach(v -> assertTrue(v.asJsonObject().getString("path").startsWith("/340600/340621/")));
    var units = api.get("api/org/units?max=200", suixi).expect(200).array();
    units.forEach(v -> assertTrue(v.asJsonObject().getString("path").startsWith("/340600/340621/")));
  }

  @Test
  void aCadreReadsOnlyTheirOwnRecord() {
    String cadre = api.token("cadre");
    long own = api.get("api/me", cadre).expect(200).json().getJsonNumber("cadreId").longValue();
    assertEquals(own, api.get("api/cadres/" + own, cadre).expect(200).json().getJsonNumber("id").longValue());
    assertEquals(0, api.get("api/cadres", cadre).expect(200).json().getInt("total"));
    api.get("api/cadres/" + (own + 1), cadre).expectProblem(404);
    api.get("api/org/roots", cadre).expect(200);
    assertTrue(api.get("api/org/roots", cadre).array().isEmpty());
    api.post("api/cadres", cadre, cadreJson("自己加", 1)).expectProblem(422);
  }

  @Test
  void badRequestsAnswerProblemsWithFieldErrors() {
    String suixi = api.token("suixi");
    long unit = api.get("api/org/units?max=1", suixi).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    var malformed = api.post("api/cadres", suixi, "{\"name\": ").expectProblem(400);
    assertEquals(Map.of("body", "field.malformedJson"), malformed.fieldErrors());
    var missing = api.post("api/cadres", suixi, "{\"name\":\"张三\"}").expectProblem(422);
    assertEquals(Map.of("authority", "field.required", "gender", "field.required", "post", "field.required",
        "rank", "field.required", "unitId", "field.required"), missing.fieldErrors());
    var tooLong = api.post("api/cadres", suixi, cadreJson("长".repeat(41), unit)).expectProblem(422);
    assertEquals(Map.of("name", "field.tooLong"), tooLong.fieldErrors());
    assertTrue(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("40"));
    var wrongEnum = api.post("api/cadres", suixi, cadreJson("张三", unit).replace("\"SECTION\"", "\"GENERAL\"")).expectProblem(400);
    assertEquals(Map.of("body", "field.malformedJson"), wrongEnum.fieldErrors());
    api.get("api/cadres/999999999", suixi).expectProblem(404);
    api.get("api/no-such-thing", suixi).expectProblem(404);
    assertEquals(Map.of("size", "field.tooLarge"), api.get("api/cadres?size=1000", suixi).expectProblem(422).fieldErrors());
    assertEquals(Map.of("rank", "field.badValue"), api.get("api/cadres?rank=GENERAL", suixi).expectProblem(422).fieldErrors());
    assertEquals(Map.of("page", "field.notANumber"), api.get("api/cadres?page=abc", suixi).expectProblem(422).fieldErrors());
    assertEquals(Map.of("page", "field.tooLarge"), api.get("api/cadres?page=20000000&size=100", suixi).expectProblem(422).fieldErrors());
    assertEquals(Map.of("max", "field.notANumber"), api.get("api/org/units?max=x", suixi).expectProblem(422).fieldErrors());
    api.get("api/cadres", null).expectProblem(401);
    api.get("api/cadres", "forged-token").expectProblem(401);
    api.postFile("api/cadres", suixi, "name=x".getBytes(), "text/plain").expectProblem(415);
    var english = api.get("api/cadres/999999999", suixi, "en").expectProblem(404);
    assertEquals("No such cadre, or not in your scope.", english.json().getString("detail"));
  }

  @Test
  void aTransferKeepsTheCadresHistory() {
    String suixi = api.token("suixi");
    var units = api.get("api/org/units?max=2", suixi).expect(200).array();
    long from = units.getJsonObject(0).getJsonNumber("id").longValue();
    long to = units.getJsonObject(1).getJsonNumber("id").longValue();
    var created = api.post("api/cadres", suixi, cadreJson("赵新调", from)).expect(201).json();
    long id = created.getJsonNumber("id").longValue();
    api.post("api/cadres/" + id + "/transfer", suixi, "{\"unitId\":" + to + ",\"post\":\"副主任\",\"date\":\"2099-01-01\"}").expect(200);
    var postings = api.get("api/cadres/" + id + "/postings", suixi).expect(200).array();
    var account = api.get("api/cadres/" + id + "/accounts", suixi).expect(200).array().getJsonObject(0);
    String toPath = units.getJsonObject(1).getString("path");
    assertEquals(toPath, account.getString("homePath"), "the cadre's account moved with the cadre");
    assertEquals(toPath, account.getJsonArray("roles").getJsonObject(0).getString("path"));
    assertEquals(2, postings.size());
    assertEquals(from, postings.getJsonObject(0).getJsonNumber("unitId").longValue());
    assertEquals("2099-01-01", postings.getJsonObject(0).getString("endedOn"));
    assertEquals(to, postings.getJsonObject(1).getJsonNumber("unitId").longValue());
    api.post("api/cadres/" + id + "/transfer", suixi, "{\"unitId\":" + to + ",\"post\":\"副主任\",\"date\":\"2099-02-01\"}")
        .expectProblem(422);
    var stale = api.put("api/cadres/" + id, suixi, cadreJson("赵新调", from).replace("}", ",\"version\":0}"));
    stale.expectProblem(409);
    assertEquals("RETIRED", api.put("api/cadres/" + id + "/status", suixi, "{\"status\":\"RETIRED\"}").expect(200).json().getString("status"));
    assertEquals(1, api.get("api/cadres?q=赵新调&status=RETIRED", suixi).expect(200).json().getInt("total"), "the list follows at once");
    assertEquals(Map.of("body", "field.malformedJson"),
        api.put("api/cadres/" + id + "/status", suixi, "{\"status\":\"DEAD\"}").expectProblem(400).fieldErrors());
    assertEquals(Map.of("status", "field.required"), api.put("api/cadres/" + id + "/status", suixi, "{}").expectProblem(422).fieldErrors());
    api.post("api/cadres/" + id + "/transfer", suixi, "{\"unitId\":" + from + ",\"post\":\"科员\",\"date\":\"2099-03-01\"}")
        .expectProblem(409);
  }

  @Test
  void passwordsChangeAndAdminsResetWithinScope() {
    String suixi = api.token("suixi");
    var page = api.get("api/cadres?size=1", suixi).expect(200).json();
    long cadreId = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    var account = api.get("api/cadres/" + cadreId + "/accounts", suixi).expect(200).array().getJsonObject(0);
    String temporary =
        api.post("api/people/" + account.getJsonNumber("id") + "/password-reset", suixi, "").expect(200).json()
            .getString("temporaryPassword");
    String token = api.login(account.getString("username"), temporary).expect(200).json().getString("token");
    assertTrue(api.get("api/people/" + account.getJsonNumber("id"), suixi).expect(200).json().getBoolean("mustChangePassword"));
    api.get("api/cadres/" + cadreId, token).expectProblem(403); // a temporary password opens nothing else
    api.get("api/me", token).expect(200);
    var wrong = api.put("api/me/password", token, "{\"currentPassword\":\"nope\",\"newPassword\":\"abc12345\"}").expectProblem(422);
    assertEquals(Map.of("currentPassword", "field.wrongPassword"), wrong.fieldErrors());
    var weak = api.put("api/me/password", token, "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"abcdefgh\"}").expectProblem(422);
    assertEquals(Map.of("newPassword", "field.passwordWeak"), weak.fieldErrors());
    api.put("api/me/password", token, "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"Huaibei2027\"}").expect(204);
    String renewed = api.login(account.getString("username"), "Huaibei2027").expect(200).json().getString("token");
    api.get("api/cadres/" + cadreId, token).expectProblem(401); // tokens of the old password are gone
    api.get("api/cadres/" + cadreId, renewed).expect(200); // the cadre's own record, open again
    api.login(account.getString("username"), temporary).expectProblem(401);
    var taken = api.post("api/people", suixi,
        "{\"username\":\"suixi\",\"displayName\":\"重名\",\"role\":\"LIAISON\",\"scopePath\":\"/340600/340603/\"}").expectProblem(422);
    assertEquals(Map.of("scopePath", "field.outsideScope", "username", "field.usernameTaken"), taken.fieldErrors());
    var tooHigh = api.post("api/people", suixi,
        "{\"username\":\"suixi2\",\"displayName\":\"越级\",\"role\":\"CENTER_ADMIN\",\"scopePath\":\"/340600/340621/\"}").expectProblem(422);
    assertEquals(Map.of("role", "field.roleTooHigh"), tooHigh.fieldErrors());
    // a reset ends the tokens issued under the old password
    String before = api.login(account.getString("username"), "Huaibei2027").expect(200).json().getString("token");
    api.post("api/people/" + account.getJsonNumber("id") + "/password-reset", suixi, "").expect(200);
    api.get("api/me", before).expectProblem(401);
  }

  @Test
  void cadreImportIsAllOrNothing() throws Exception {
    new ImportChecks(api).run();
  }

  @Test
  void coursesArePublishedWithinScopeAssignedEnrolledAndQuizzed() throws Exception {
    CatalogChecks catalog = new CatalogChecks(api, base());
    String author = catalog.instructor();
    long quizCourse = catalog.publishingWithinScope(author);
    catalog.assignmentsAndEnrolment(quizCourse, author);
    catalog.mediaUploadAndRanges(author);
    catalog.racingQuizSubmissions(author);
  }

  @Test
  void theCatalogPagesWorkInChinese() {
    new CatalogPageChecks(base()).catalogPagesInChinese();
    new CatalogPageChecks(base()).editorPublishesACountyCourse();
    new CatalogPageChecks(base()).assignmentPageRefusesBadInputNextToTheFieldThenAssigns();
  }

  @Test
  void pagesWorkInChineseAndEnglish() {
    new PageChecks(base()).run();
  }

  @Test
  void creditCorrectionsShowInTheLedgerOnceAndWithinScope() {
    new CreditsChecks(api, base()).correctionsAndScope();
  }

  @Test
  void creditRequestsWithBadInputNameTheFieldAndRulesAreTheCenters() {
    new CreditsChecks(api, base()).badInputAndRules();
  }

  @Test
  void creditReviewFiltersExportsAndKeepsLiaisonsToTheirUnit() throws Exception {
    new CreditsChecks(api, base()).reviewAndExport();
  }

  @Test
  void creditPagesShowProgressTheLedgerAndTheReview() {
    new CreditPageChecks(base()).run();
  }

  @Test
  void creditVerificationReportsARowTamperedInTheDatabase() throws Exception {
    new CreditsChecks(api, base()).verificationReportsATamperedRow();
  }

  @Test
  void studyTimeIsVerifiedHeartbeatByHeartbeat() throws Exception {
    new StudyChecks(api).run();
  }

  @Test
  void aCadreStudiesInTheBrowserAndTheCenterSeesTheShortfallShrink() {
    new StudyPageChecks(api, base()).run();
  }

  @Test
  void progressAddsUpFromTheVillagesToTheCityWithStationStudy() throws Exception {
    ProgressChecks progress = new ProgressChecks(api);
    progress.theCitysCountiesAddUpToTheCity();
    progress.aCountyDrillsDownToTheSameFigures();
    progress.groupStudyAtAStationShowsInTheCadresCounty();
  }

  @Test
  void progressKeepsEachReaderToTheirScopeAndNamesBadParameters() {
    ProgressChecks progress = new ProgressChecks(api);
    progress.aCountyAdministratorSeesOnlyTheirCounty();
    progress.badInputAndACadre();
  }

  @Test
  void theCenterDrillsThroughTheProgressPageFromTheCityToACounty() {
    new ProgressPageChecks(base()).run();
  }

  @Test
  void benchmarkBaselinesDoNotExistUnlessSwitchedOn() {
    new BenchChecks(api).run();
  }

  @Test
  void gardensOpenWithinScopeAndACourseGardenIsForItsEnrolledCadres() {
    GardenChecks gardens = new GardenChecks(api, base());
    gardens.openingWithinScope();
    gardens.courseGardenIsForEnrolledCadres();
  }

  @Test
  void gardenMembersPostCommentAndLikeAndKeepersFeature() {
    new GardenChecks(api, base()).postingCommentingLikingFeaturing();
  }

  @Test
  void gardenFilesAreRefusedBySizeAndTypeAndReadOnlyByReaders() throws Exception {
    new GardenChecks(api, base()).filesAndLimits();
  }

  @Test
  void aUnitGardenNeverLeaksToAnotherCountyAndInjectedHtmlIsInert() {
    new GardenChecks(api, base()).unitGardenNeverLeaksAndInjectionIsInert();
  }

  @Test
  void aCadreWritesABoldReflectionOnTheGardenPage() {
    new GardenPageChecks(api, base()).run();
  }

  @Test
  void forumsPostQuoteMentionAndMarkThreadsRead() {
    new ForumChecks(api, base()).postingQuotingMentionsAndUnread();
  }

  @Test
  void forumBoardsAreOpenedWithinTheOpenersReach() {
    new ForumChecks(api, base()).openingBoards();
  }

  @Test
  void aUnitBoardAnswers404ToAnotherCountysCadre() {
    new ForumChecks(api, base()).anotherCountysCadreIsKeptOut();
  }

  @Test
  void forumPostsRefuseBadInputStoreScriptsInertAndAreThrottled() {
    new ForumChecks(api, base()).badInputInjectionAndThrottle();
  }

  @Test
  void forumAttachmentsAreImagesOrPdfsWithinTheLimit() throws Exception {
    new ForumChecks(api, base()).attachments();
  }

  @Test
  void forumModerationStaysWithinScopeAndIsRecorded() {
    new ForumModerationChecks(api, base()).moderationInAndOutOfScope();
  }

  @Test
  void forumReportsReachTheBoardsModeratorsOnly() {
    new ForumModerationChecks(api, base()).reportFlow();
  }

  @Test
  void forumEditsKeepEveryEarlierVersion() {
    new ForumModerationChecks(api, base()).editHistory();
  }

  @Test
  void aCadreAsksInTheUnitBoardThroughThePages() throws Exception {
    new ForumPageChecks(api, base()).aCadreAsksAQuestionInTheUnitBoard();
  }

  @Test
  void forumPagesShowInjectedScriptAsInertText() {
    new ForumPageChecks(api, base()).injectedScriptStaysInert();
  }

  @Test
  void aPublishedCourseIsFoundAfterCommitAndGoneWhenWithdrawn() {
    new SearchChecks(api, base()).publishedFoundWithdrawnGoneRolledBackNever();
  }

  @Test
  void aUnitsReflectionAndQuestionAreFoundByAColleagueAndNeverFromAnotherCounty() {
    new SearchChecks(api, base()).aUnitsReflectionAndQuestionAreFoundInTheUnitOnly();
  }

  @Test
  void searchShowsEachReaderOnlyWhatIsOpenToThem() {
    new SearchChecks(api, base()).eachReaderSeesOnlyWhatIsOpenToThem();
  }

  @Test
  void theSearchIndexIsRebuiltByTheCenterWhileSearchesKeepAnswering() throws Exception {
    new SearchChecks(api, base()).rebuildKeepsSearchesAnswering();
  }

  @Test
  void searchQueriesWithSyntaxErrorsAreRefusedWithTheField() {
    new SearchChecks(api, base()).badQueriesAreProblemsNotErrors();
  }

  @Test
  void inTheBrowserAColleagueFindsTheUnitsReflectionAndQuestionAndAnotherCountyDoesNot() {
    new CommunityStoryPageChecks(base()).run();
  }

  @Test
  void theSearchPageHighlightsHitsAndShowsSyntaxErrorsByTheBox() {
    new SearchPageChecks(base()).headerBoxFindsAChineseWordAndTheSyntaxErrorShowsByTheBox();
  }

  @Test
  void anAdministratorIssuesACodeRejectsARecordImportsABundleAndRevokesOnTheStationsPages() {
    new StationsPageChecks(api, base()).administratorEnrolsRejectsImportsAndRevokes();
  }

  @Test
  void aCountyAdministratorSeesOnlyTheCountysStationsOnTheStationsPage() {
    new StationsPageChecks(api, base()).aCountyAdministratorSeesOnlyItsCountysStations();
  }

  @Test
  void openApiAndHealthAreServed() {
    String root = "http://localhost:" + url.getPort() + "/";
    try (Api server = new Api(root)) {
      var openapi = server.get("openapi", null).expect(200);
      assertTrue(openapi.body().contains("/api/cadres/{id}"), "the document lists the cadre endpoints");
      assertTrue(openapi.body().contains("/api/auth/token"));
      for (String path : new String[] {"/api/study/sessions/{id}/beats", "/api/courses/{id}/enrolment",
          "/api/lessons/{id}/attempts", "/api/media/{id}", "/api/credits/review", "/api/credits/verification",
          "/api/gardens/{id}/activity", "/api/gardens/{gardenId}/posts/{postId}/like",
          "/api/forums/boards/{id}/threads", "/api/forums/threads/{id}/posts", "/api/forums/posts/{id}/revisions",
          "/api/forums/reports/{id}/resolution", "/api/forums/mentions", "/api/forums/attachments/{id}",
          "/api/search", "/api/search/rebuild", "/api/progress"}) {
        assertTrue(openapi.body().contains(path), "the document lists " + path);
      }
      assertTrue(openapi.body().contains("/api/credits/review.xlsx"), "the credit endpoints are documented");
      assertNotEquals(-1, server.get("health", null).expect(200).body().indexOf("UP"));
    }
  }

  @Test
  void aStationEnrolsAndItsBatchesApplyOnceWhileBadBatchesAreRefused() {
    var sync = new SyncChecks(api);
    sync.enrol();
    sync.batchesApplyOnceAndBadOnesAreRefused();
    sync.bundlesAndMasterData();
    sync.revokedStationsAreRefused();
  }

  private long nodeId(String token, String code) {
    var roots = api.get("api/org/roots", token).expect(200).array();
    long city = roots.getJsonObject(0).getJsonNumber("id").longValue();
    return api.get("api/org/nodes/" + city + "/children", token).expect(200).array().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> code.equals(o.getString("code")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static String cadreJson(String name, long unitId) {
    return "{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"unitId\":" + unitId
        + ",\"post\":\"科员\",\"rank\":\"SECTION\",\"authority\":\"COUNTY\"}";
  }
}
