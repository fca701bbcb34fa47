package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Bundle;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.testing.MariaDb;
import cn.cadre.lms.web.fault.LinkProxy;
import cn.cadre.lms.web.fault.Rest;
import cn.cadre.lms.web.fault.Rest.Reply;
import cn.cadre.lms.web.fault.ServerProcess;
import cn.cadre.lms.web.fault.Village;
import cn.cadre.lms.web.fault.Village.Made;
import cn.cadre.lms.web.fault.Village.Person;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Station sync under faults, with real processes: a center (Payara Micro on a MariaDB database of
 * the test's own, demo data, the crediting worker every second) and a village station (Payara Micro
 * on embedded H2 in its own folder, role station, no demo data) that reaches the center only through
 * a {@link LinkProxy} the test can cut. Both are started once; the story then kills the center in the
 * middle of a batch, cuts the link while records are made, delivers one bundle twice and batches out
 * of order, kills the station in the middle of a push, and shifts the station's clock by days.
 *
 * <p>After each fault the same check: the station's outbox (seq, id, body hash) and the center's
 * records of the station are the same list, which is exactly the records the test made (none lost,
 * none twice, none extra); every one applied; and each attending cadre's station credits at the
 * center are exactly what the year's rules give for the applied attendance, once each.
 *
 * <p>Alone, from the top folder (the whole reactor, so the WAR holds this tree's modules):
 * {@code mvn -o -B verify -Dit.test=StationFaultIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}. Servers' logs: lms-web/target/it/fault-TIME/{center,station}.
 * Six Payara Micro starts make most of its time; the @Timeout values only guard against a hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StationFaultIT {

  static final String STATION_CODE = "RS340621100201";
  static final String VILLAGE_PATH = "/340600/340621/340621100/340621100201/";
  /** Small batches, so a bundle or a push holds several. */
  static final int BATCH_SIZE = 50;
  /** Guests drawn in turn from these demo cadres (city units, not of the village). */
  static final int GUEST_POOL = 80;
  static final int GUESTS_PER_SESSION = 10;
  static final int ROSTER_EVERY = 6;
  static final String BATCHES = "POST /api/sync/batches";
  static final int YEAR = 2026;

  MariaDb db;
  Path dir;
  ServerProcess center;
  ServerProcess station;
  LinkProxy link;
  Rest admin;
  Rest operator;
  long stationId;
  /** Why the sync REST is missing at the center, or null when it is there. */
  String syncMissing;
  Village village;
  /** The year's rules at the center. */
  int minutesPerCredit;
  BigDecimal dailyCap;
  BigDecimal electiveCap;
  final Map<String, Long> timings = new LinkedHashMap<>();
  /** Tests that failed: the servers' folders (~340 MB) are kept for a look only then. */
  final AtomicInteger failed = new AtomicInteger();

  @RegisterExtension
  final TestWatcher watcher = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      failed.incrementAndGet();
    }
  };
  final long classStart = System.nanoTime();

  // ------------------------------------------------------------------ processes

  @BeforeAll
  void start() throws IOException {
    dir = Path.of(System.getProperty("lms.it", "target/it")).toAbsolutePath().resolve("fault-" + System.currentTimeMillis());
    Files.createDirectories(dir);
    Path runtime = Path.of(System.getProperty("lms.runtime"));
    Path war = Path.of(System.getProperty("lms.war"));
    Path micro = runtime.resolve("payara-micro.jar");

    db = MariaDb.create("lms_fault");
    db.grantAppUser();
    Path centerDir = dir.resolve("center");
    Files.createDirectories(centerDir);
    Path postboot = centerDir.resolve("postboot.asadmin");
    Files.writeString(postboot,
        "create-jdbc-connection-pool --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource"
            + " --restype javax.sql.DataSource --property serverName=" + MariaDb.HOST
            + ":portNumber=" + MariaDb.PORT + ":databaseName=" + db.name() + ":user=" + MariaDb.APP_USER
            + ":password=" + MariaDb.APP_PASSWORD
            + ":useSSL=false:allowPublicKeyRetrieval=true:rewriteBatchedStatements=true"
            + ":characterEncoding=UTF-8:connectionTimeZone=UTC LmsMySqlPool\n"
            + "set resources.jdbc-resource.jdbc/__default.pool-name=LmsMySqlPool\n");
    Map<String, String> centerProps = new LinkedHashMap<>();
    centerProps.put("lms.demo", "true");
    centerProps.put("lms.sync.credit-seconds", "1");
    centerProps.put("lms.search.dir", centerDir.resolve("search").toString());
    centerProps.put("lms.media.dir", centerDir.resolve("media").toString());
    center = new ServerProcess("center", micro, war, centerDir,
        List.of("--addLibs", runtime.resolve("mysql-connector-j.jar").toString(), "--postbootcommandfile", postboot.toString()),
        centerProps);
    time("center first start", center::start);
    link = new LinkProxy(center.port());
    admin = new Rest(center.url()).signIn("admin");

    Reply found = admin.get("api/stations?q=" + STATION_CODE);
    String code = null;
    if (found.status() == 404) {
      syncMissing = "the center has no /api/stations (station sync REST not on this branch yet): " + found.body();
    } else {
      JsonObject item = found.expect(200).array().getJsonObject(0);
      assertEquals(STATION_CODE, item.getString("code"));
      stationId = item.getJsonNumber("id").longValue();
      code = admin.post("api/stations/" + stationId + "/enrolment-code", "{}").expect(200).json().getString("code");
    }

    Path stationDir = dir.resolve("station");
    Files.createDirectories(stationDir);
    Map<String, String> stationProps = new LinkedHashMap<>();
    stationProps.put("lms.role", "station");
    stationProps.put("lms.demo", "false");
    stationProps.put("lms.station.center-url", link.url());
    if (code != null) {
      stationProps.put("lms.station.enrol-code", code);
    }
    stationProps.put("lms.sync.interval-seconds", "2");
    stationProps.put("lms.sync.batch-size", Integer.toString(BATCH_SIZE));
    stationProps.put("lms.search.dir", stationDir.resolve("search").toString());
    stationProps.put("lms.media.dir", stationDir.resolve("media").toString());
    station = new ServerProcess("station", micro, war, stationDir, List.of(), stationProps);
    time("station first start", station::start);
    if (syncMissing == null) {
      operator = signInAtStation();
      JsonObject state = state();
      assertTrue(state.getBoolean("enrolled"), state.toString());
      assertEquals(STATION_CODE, state.getString("stationCode"));
      village = new Village(roster(), guests());
      readRules();
    }
  }

  @AfterAll
  void stop() {
    // CPU seconds, which a busy machine does not inflate: their sum over 2 is what the class needs at
    // least on 2 idle cores
    long cpuCenter = center == null ? 0 : center.cpu().toMillis();
    long cpuStation = station == null ? 0 : station.cpu().toMillis();
    long cpuTest = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    try {
      if (station != null) {
        station.kill9();
      }
      if (center != null) {
        center.kill9();
      }
      if (link != null) {
        link.close();
      }
    } finally {
      if (db != null) {
        db.close();
      }
      if (failed.get() == 0) {
        // the logs stay; the servers' root folders (runtime, embedded database) go
        for (ServerProcess p : new ServerProcess[] {center, station}) {
          if (p != null) {
            deleteTree(p.rootDir());
          }
        }
      }
      timings.put("whole class", Duration.ofNanos(System.nanoTime() - classStart).toMillis());
      System.out.println("StationFaultIT timings (ms): " + timings);
      System.out.println("StationFaultIT CPU (ms): center " + cpuCenter + ", station " + cpuStation + ", test JVM " + cpuTest
          + "; sum / 2 cores = " + (cpuCenter + cpuStation + cpuTest) / 2 + " (load average now "
          + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
      System.out.println("StationFaultIT link: " + (link == null ? "-" : link.stats()));
    }
  }

  /** Every scenario starts from a working link and two running servers, whatever the one before left. */
  @BeforeEach
  void healthy(TestInfo info) {
    System.out.println("StationFaultIT: " + info.getDisplayName() + " at " + Duration.ofNanos(System.nanoTime() - classStart).toSeconds() + " s");
    link.clearTriggers();
    link.restore();
    if (!center.alive()) {
      center.start();
      admin = new Rest(center.url()).signIn("admin");
    }
    if (!station.alive()) {
      station.start();
      if (syncMissing == null) {
        operator = signInAtStation();
      }
    }
  }

  // ------------------------------------------------------------------ the harness itself

  @Test
  @Order(0)
  @Timeout(120)
  void theHarnessRunsBothServersAndCutsTheLink() throws Exception {
    // the center: MariaDB with the demo data
    JsonObject cadres = admin.get("api/cadres?size=1").expect(200).json();
    assertTrue(cadres.getInt("total") > 4000, cadres.toString());
    // the station: no demo data of its own (the demo's center administrator is no account there)
    assertEquals(401, new Rest(station.url()).post("api/auth/token",
        "{\"username\":\"admin\",\"password\":\"" + Rest.DEMO_PASSWORD + "\"}").status());

    // the link passes requests and counts them
    long before = link.requests();
    Rest viaLink = new Rest(link.url());
    assertTrue(viaLink.get("health").expect(200).body().contains("UP"));
    assertTrue(link.requests() > before, link.stats());

    // a connection open when the link is cut is closed; new ones are refused; restore lets them pass
    try (Socket open = new Socket("127.0.0.1", link.port())) {
      open.setSoTimeout(5000);
      OutputStream out = open.getOutputStream();
      InputStream in = open.getInputStream();
      out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertTrue(readSome(in).startsWith("HTTP/1.1 200"));
      link.cut();
      assertTrue(closedWithin(in, Duration.ofSeconds(5)), "a connection open at the cut stays open");
    }
    assertThrows(UncheckedIOException.class, () -> viaLink.get("health"));
    link.restore();
    assertEquals(200, viaLink.get("health").status());

    // a client that upgrades to cleartext HTTP/2, as the station's does: its requests are followed
    // in frames, and a batch (told by its body) fires the action set for it once it has gone up whole
    HttpClient h2 = HttpClient.newHttpClient();
    CountDownLatch fired = new CountDownLatch(1);
    long batchesBefore = link.requests(BATCHES);
    link.onRequest(l -> l.startsWith(BATCHES), fired::countDown);
    for (int i = 0; i < 3; i++) {
      h2.send(HttpRequest.newBuilder(URI.create(link.url() + "/health"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"station\":\"x\",\"records\":[]}")).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    assertTrue(link.requests(BATCHES) >= batchesBefore + 2, "HTTP/2 requests not followed: " + link.requestLines());
    assertTrue(fired.await(5, TimeUnit.SECONDS));

    // the black hole: the client waits for its own timeout
    link.cut(LinkProxy.CutMode.BLACK_HOLE);
    try (Socket held = new Socket("127.0.0.1", link.port())) {
      held.setSoTimeout(1000);
      held.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThrows(java.net.SocketTimeoutException.class, () -> held.getInputStream().read());
    }
    link.restore();
    assertEquals(200, viaLink.get("health").status());
  }

  // ------------------------------------------------------------------ the scenarios

  /** a. The center is killed (SIGKILL) with a batch in its hands; restarted, it takes the resend. */
  @Test
  @Order(1)
  @Timeout(420)
  void theCenterKilledInTheMiddleOfABatchLosesAndDoublesNothing() throws Exception {
    requireSync();
    long acked = state().getJsonNumber("ackedSeq").longValue();
    link.cut();
    int made = make(30, GUESTS_PER_SESSION, ROSTER_EVERY);
    assertTrue(made >= 300, "records made: " + made);
    assertEquals(acked + made, state().getJsonNumber("nextSeq").longValue() - 1);

    // the center dies the moment the second batch of this push has reached it whole
    AtomicInteger batches = new AtomicInteger();
    CountDownLatch killed = new CountDownLatch(1);
    link.onRequest(l -> l.startsWith(BATCHES) && batches.incrementAndGet() == 2, () -> {
      center.kill9();
      killed.countDown();
    });
    link.restore();
    CompletableFuture<Reply> push = CompletableFuture.supplyAsync(() -> operator.post("api/station/sync", "{}"));
    assertTrue(killed.await(90, TimeUnit.SECONDS), "no second batch went up: " + link.requestLines());
    Reply answer = quietly(push);
    System.out.println("StationFaultIT a: the sync during the kill answered " + (answer == null ? "nothing" : answer.body()));
    JsonObject state = state();
    assertTrue(state.getInt("waiting") > 0, "the station dropped records it never had acknowledged: " + state);

    // the station's own retries must not reach the restarted center before its state is read: a
    // retry landing in between pushed the rest, and the check below saw all records in
    link.cut();
    time("center restart after kill -9", center::start);
    admin = new Rest(center.url()).signIn("admin");
    // what the center kept is whole batches: its records are exactly 1..highWater
    long high = stationAtCenter().getJsonNumber("highWater").longValue();
    List<JsonObject> kept = centerRecords();
    assertEquals(high, kept.size(), "the center keeps records past its high-water mark, or lacks some below it");
    assertTrue(high < acked + made, "the kill came too late to test anything: all " + made + " records were in");
    System.out.println("StationFaultIT a: the center had " + high + " of " + (acked + made) + " records when killed");
    link.restore();

    syncUntilDrained();
    verifyExactlyOnce("a");
  }

  /** b. The link is cut while records are made: making them works, syncing fails and says why. */
  @Test
  @Order(2)
  @Timeout(180)
  void recordsMadeWhileTheLinkIsCutWaitAndGoUpOnceItIsBack() {
    requireSync();
    link.cut();
    long refusedBefore = link.refused();
    int made = state().getInt("waiting");
    for (int round = 0; round < 5; round++) {
      made += make(1, GUESTS_PER_SESSION, ROSTER_EVERY);
      JsonObject s = sync();
      assertEquals(made, s.getInt("waiting"), s.toString());
      assertFalse(error(s).isBlank(), "a failed sync leaves no error: " + s);
    }
    assertTrue(link.refused() > refusedBefore, "the station never tried the link: " + link.stats());
    link.restore();
    syncUntilDrained();
    JsonObject s = state();
    assertTrue(error(s).isBlank(), "the error stays after a good sync: " + s);
    verifyExactlyOnce("b");
  }

  /**
   * c. One bundle imported twice (the second import changes nothing), and a bigger bundle's
   * batches sent in reverse order (later ones answer GAP, the earliest applies) and then in order.
   */
  @Test
  @Order(3)
  @Timeout(180)
  void aBundleTwiceAndBatchesOutOfOrderApplyOnceInOrder() {
    requireSync();
    link.cut();
    long acked = state().getJsonNumber("ackedSeq").longValue();
    int first = make(3, GUESTS_PER_SESSION, 0);
    byte[] small = operator.get("api/station/bundle").expect(200).bytes();
    int more = make(11, GUESTS_PER_SESSION, 0);
    byte[] big = operator.get("api/station/bundle").expect(200).bytes();

    Bundle.Read one = Bundle.read(small);
    assertEquals(STATION_CODE, one.station());
    assertCovers(one.batches(), acked + 1, acked + first);
    Bundle.Read two = Bundle.read(big);
    assertCovers(two.batches(), acked + 1, acked + first + more);
    assertTrue(two.batches().size() >= 3, "the big bundle should hold several batches: " + two.batches().size());

    // the same bundle twice: the first import applies every record, the second nothing
    JsonObject in1 = admin.post("api/sync/bundles", small, "application/octet-stream", Map.of()).expect(200).json();
    int applied = 0;
    for (JsonValue b : in1.getJsonArray("batches")) {
      assertTrue(text(b.asJsonObject(), "refused").isEmpty(), in1.toString());
      applied += b.asJsonObject().getInt("applied");
    }
    assertEquals(first, applied, in1.toString());
    long high = acked + first;
    assertEquals(high, highWater());
    int recordsAfterFirst = centerRecords().size();
    JsonObject in2 = admin.post("api/sync/bundles", small, "application/octet-stream", Map.of()).expect(200).json();
    for (JsonValue b : in2.getJsonArray("batches")) {
      assertEquals("REPLAYED", text(b.asJsonObject(), "refused"), in2.toString());
      assertEquals(high, b.asJsonObject().getJsonNumber("highWater").longValue(), in2.toString());
    }
    assertEquals(recordsAfterFirst, centerRecords().size(), "a second import of one bundle changed the records");
    assertEquals(high, highWater());

    // the big bundle's batches last first: every batch past the high-water mark + 1 is a GAP
    List<Signed> batches = two.batches();
    List<Signed> reversed = new ArrayList<>(batches);
    Collections.reverse(reversed);
    int gaps = 0;
    for (Signed s : reversed) {
      Batch b = Batch.parse(s.body());
      Reply r = postBatch(s);
      if (b.to() <= high) {
        assertReplayed(r, high);
      } else if (b.from() > high + 1) {
        assertEquals(409, r.status(), r.body());
        assertEquals("GAP", text(r.json(), "reason"), r.body());
        assertEquals(high, r.json().getJsonNumber("highWater").longValue(), r.body());
        gaps++;
      } else {
        high = assertApplied(r, b, high);
      }
    }
    assertTrue(gaps >= 1, "no batch came too early");
    // then all of them in order: what is in answers REPLAYED, the rest applies
    for (Signed s : batches) {
      Batch b = Batch.parse(s.body());
      Reply r = postBatch(s);
      if (b.to() <= high) {
        assertReplayed(r, high);
      } else {
        high = assertApplied(r, b, high);
      }
    }
    assertEquals(acked + first + more, high);
    assertEquals(high, highWater());

    // the station learns that the center holds them all when its link is back
    link.restore();
    syncUntilDrained();
    verifyExactlyOnce("c");
  }

  /** d. The station is killed (SIGKILL) in the middle of a push and started again on its data. */
  @Test
  @Order(4)
  @Timeout(360)
  void theStationKilledInTheMiddleOfAPushResumesWhereItWas() throws Exception {
    requireSync();
    long acked = state().getJsonNumber("ackedSeq").longValue();
    link.cut();
    int made = make(14, GUESTS_PER_SESSION, ROSTER_EVERY);
    assertTrue(made > 2 * BATCH_SIZE, "records made: " + made);

    AtomicInteger batches = new AtomicInteger();
    CountDownLatch killed = new CountDownLatch(1);
    link.onRequest(l -> l.startsWith(BATCHES) && batches.incrementAndGet() == 2, () -> {
      station.kill9();
      killed.countDown();
    });
    link.restore();
    CompletableFuture<Reply> push = CompletableFuture.supplyAsync(() -> operator.post("api/station/sync", "{}"));
    assertTrue(killed.await(90, TimeUnit.SECONDS), "no second batch went up: " + link.requestLines());
    quietly(push);
    long high = highWater();
    assertTrue(high < acked + made, "the kill came too late to test anything");

    time("station restart after kill -9", station::start);
    operator = signInAtStation();
    JsonObject s = state();
    long kept = s.getJsonNumber("nextSeq").longValue() - 1;
    syncUntilDrained();
    // verifyExactlyOnce names the records lost, if any, and later checks leave them out
    verifyExactlyOnce("d");
    assertEquals(acked + made, kept, "the station lost records it had made: " + s);
  }

  /** e. The station's clock is 3 days ahead, then 5 days behind: records still go up, once each. */
  @Test
  @Order(5)
  @Timeout(600)
  void aStationClockDaysOffChangesNothing() {
    requireSync();
    for (int hours : new int[] {72, -120}) {
      station.property("lms.clock.offset-hours", Integer.toString(hours));
      time("station restart with clock " + hours + " h", station::restart);
      operator = signInAtStation();
      make(4, GUESTS_PER_SESSION, ROSTER_EVERY);
      syncUntilDrained();
      JsonObject s = state();
      assertTrue(error(s).isBlank(), "sync fails with the clock " + hours + " h off: " + s);
      Instant stamped = instant(text(s, "lastSuccessAt"));
      Instant expected = Instant.now().plus(Duration.ofHours(hours));
      assertTrue(Duration.between(expected, stamped).abs().toHours() < 2,
          "the station's clock is not " + hours + " h off (lastSuccessAt " + stamped + ")");
      verifyExactlyOnce("e, clock " + hours + " h");
    }
    station.property("lms.clock.offset-hours", null);
  }

  /**
   * f. The station's own REST refuses bad input with problem+json naming each field, and records
   * nothing for it; a guest counts once per session by account, and two guests of one name are two
   * people. The records this makes go up like any other and are checked once each.
   */
  @Test
  @Order(6)
  @Timeout(600)
  void theStationRefusesBadInputByFieldAndCountsAGuestOncePerAccount() {
    requireSync();
    operator = signInAtStation();
    int outbox = operator.get("api/station/outbox").expect(200).array().size();

    assertFields(operator.post("api/station/sessions", "{}"), "kind", "startsAt", "endsAt", "title");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"LECTURE\",\"title\":\"t\","
        + "\"startsAt\":\"2026-03-01T09:00\",\"endsAt\":\"2026-03-01T10:00\"}"), "kind");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"BROADCAST\",\"title\":\"t\","
        + "\"startsAt\":\"2026-03-01 9点\",\"endsAt\":\"2026-03-01T10:00\"}"), "startsAt");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"BROADCAST\",\"title\":\"t\","
        + "\"startsAt\":\"2026-03-01T10:00\",\"endsAt\":\"2026-03-01T09:00\"}"), "endsAt");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"BROADCAST\",\"title\":\"t\","
        + "\"startsAt\":\"2026-03-01T08:00\",\"endsAt\":\"2026-03-02T08:00\"}"), "endsAt");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"COURSE\",\"courseId\":987654,\"title\":\"t\","
        + "\"startsAt\":\"2026-03-01T09:00\",\"endsAt\":\"2026-03-01T10:00\"}"), "courseId");
    // a course session takes its course's title when it has none: with no course, the title is missing too
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"COURSE\","
        + "\"startsAt\":\"2026-03-01T09:00\",\"endsAt\":\"2026-03-01T10:00\"}"), "courseId", "title");
    assertFields(operator.post("api/station/sessions", "{\"kind\":\"BROADCAST\",\"title\":\"" + "长".repeat(121) + "\","
        + "\"startsAt\":\"2026-03-01T09:00\",\"endsAt\":\"2026-03-01T10:00\"}"), "title");

    Reply r = operator.post("api/station/sessions", village.nextSessionBody().toString()).expect(201);
    Village.Session session = village.sessionMade(text(r.json(), "id"));
    String attend = "api/station/sessions/" + session.id() + "/attendance";
    assertFields(operator.post(attend, "{}"), "guestUsername", "guestName");
    assertFields(operator.post(attend, "{\"cadreId\":999999999}"), "cadreId");
    Person cadre = village.roster().get(0);
    assertFields(operator.post(attend, "{\"cadreId\":" + cadre.cadreId() + ",\"minutes\":0}"), "minutes");
    assertFields(operator.post(attend, "{\"cadreId\":" + cadre.cadreId() + ",\"minutes\":" + (session.length() + 1) + "}"),
        "minutes");
    assertEquals(404, operator.post("api/station/sessions/no-such-session/attendance",
        "{\"cadreId\":" + cadre.cadreId() + "}").status(), "attendance of a session that does not exist");

    attendOnce(session, cadre, session.length());
    assertFields(operator.post(attend, village.attendanceBody(cadre, 30).toString()), "cadreId");
    Person first = village.guests().get(0);
    Person second = village.guests().get(1);
    attendOnce(session, first, 30);
    // the same account again, under another name: the same person
    assertFields(operator.post(attend, village.attendanceBody(new Person(first.cadreId(), first.username(), "另一个名字", true), 30)
        .toString()), "guestUsername");
    // another account that gives the first guest's name: another person
    attendOnce(session, new Person(second.cadreId(), second.username(), first.name(), true), 30);

    assertEquals(outbox + 4, operator.get("api/station/outbox").expect(200).array().size(),
        "the station recorded something for a refused input (or lost a record it answered 201)");
    syncUntilDrained();
    verifyExactlyOnce("f, bad input and guests");
  }

  void attendOnce(Village.Session session, Person p, int minutes) {
    Reply a = operator.post("api/station/sessions/" + session.id() + "/attendance", village.attendanceBody(p, minutes).toString());
    a.expect(201);
    village.attendanceMade(text(a.json(), "id"), session, p, minutes);
  }

  /** A 422 problem+json whose errors name exactly these fields, each with a message. */
  static void assertFields(Reply r, String... fields) {
    assertEquals(422, r.status(), "expected 422 for bad input: " + r.body());
    assertTrue(r.type() != null && r.type().startsWith("application/problem+json"), "not problem+json: " + r.type());
    Set<String> named = new HashSet<>();
    for (JsonObject e : r.json().getJsonArray("errors").getValuesAs(JsonObject.class)) {
      named.add(text(e, "field"));
      assertFalse(text(e, "message").isBlank(), "no message for " + text(e, "field"));
    }
    assertEquals(Set.of(fields), named, "fields named in " + r.body());
  }

  /**
   * The "done when", in the browser, last (its records are not the scenarios'): the operator
   * records a group session at the station page while the center is down, the center comes back, the
   * station page shows it synced, and the center shows the station in contact and the cadre's credit.
   */
  @Test
  @Order(7)
  @Timeout(900)
  void anOperatorRecordsAGroupSessionWhileTheCenterIsDownAndTheCenterCreditsIt() {
    requireSync();
    new StationStoryPageChecks(station.url(), center.url(), center::stop, center::start, "admin", Rest.DEMO_PASSWORD).run();
    admin = new Rest(center.url()).signIn("admin");
  }

  // ------------------------------------------------------------------ the check after every fault

  /**
   * The station's outbox, the center's records and the test's own list are the same records: same
   * count, same ids, same seq, same body hashes, all applied; the station has nothing waiting; and
   * the credits agree.
   */
  void verifyExactlyOnce(String scenario) {
    JsonObject s = state();
    assertEquals(0, s.getInt("waiting"), scenario + ": records still waiting: " + s);

    Map<Long, JsonObject> outbox = bySeq(operator.get("api/station/outbox").expect(200).array().getValuesAs(JsonObject.class), scenario + " outbox");
    Map<Long, JsonObject> records = bySeq(centerRecords(), scenario + " center");
    Set<String> madeIds = village.made().stream().map(Made::id).collect(Collectors.toSet());
    Set<String> outboxIds = outbox.values().stream().map(o -> text(o, "id")).collect(Collectors.toSet());
    assertEquals(outbox.size(), outboxIds.size(), scenario + ": one id twice in the outbox");
    Set<String> lost = new HashSet<>(madeIds);
    lost.removeAll(outboxIds);
    if (!lost.isEmpty()) {
      // answered 201 and gone: fail here, and leave them out of the later checks, so one loss does
      // not fail every scenario after it
      village.forget(lost);
      fail(scenario + ": the station lost " + lost.size() + " records it had answered 201 for (their seq numbers"
          + " are used again by later records): " + lost);
    }
    assertEquals(madeIds, outboxIds, scenario + ": the outbox holds records the test never made");
    assertEquals(outbox.size(), records.size(), scenario + ": " + outbox.size() + " records made, the center holds "
        + records.size());
    for (var e : outbox.entrySet()) {
      JsonObject o = e.getValue();
      JsonObject c = records.get(e.getKey());
      assertNotNull(c, scenario + ": the center lacks seq " + e.getKey());
      assertEquals(text(o, "id"), text(c, "id"), scenario + ": seq " + e.getKey());
      assertEquals(text(o, "kind"), text(c, "kind"), scenario + ": seq " + e.getKey());
      assertEquals(text(o, "bodyHash"), text(c, "bodyHash"), scenario + ": seq " + e.getKey() + " body differs");
      assertEquals("APPLIED", text(c, "state"), scenario + ": seq " + e.getKey() + " " + c);
    }
    assertEquals(outbox.size(), s.getJsonNumber("ackedSeq").longValue(), scenario + ": " + s);
    assertEquals(outbox.size(), highWater(), scenario + ": the center's high-water mark");
    time("credits agree after " + scenario, () -> creditsAgree(scenario));
  }

  /**
   * For each cadre who attended: the center's STATION_SESSION entries are exactly one per applied
   * attendance (by its id) with the amount the rules give: minutes per credit, rounded down to a
   * hundredth, cut by what the day still had room for. Polls while the worker books (30 s).
   */
  void creditsAgree(String scenario) {
    Map<Long, List<Made>> byCadre = village.attendanceByCadre();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Map<Long, String> wrong = new TreeMap<>();
    Set<Long> pending = new HashSet<>(byCadre.keySet());
    while (true) {
      for (Long cadre : List.copyOf(pending)) {
        String problem = creditProblem(cadre, byCadre.get(cadre));
        if (problem == null) {
          pending.remove(cadre);
          wrong.remove(cadre);
        } else {
          wrong.put(cadre, problem);
        }
      }
      if (pending.isEmpty() || System.nanoTime() > deadline) {
        break;
      }
      Pause.millis(1000);
    }
    if (!wrong.isEmpty()) {
      fail(scenario + ": station credits of " + wrong.size() + " cadres differ after 30 s: " + wrong);
    }
  }

  /** What is wrong with one cadre's station credits, or null when they are right. */
  String creditProblem(long cadreId, List<Made> attended) {
    List<JsonObject> entries = admin.get("api/credits/cadres/" + cadreId + "/entries?year=" + YEAR).expect(200)
        .array().getValuesAs(JsonObject.class);
    Map<LocalDate, BigDecimal> dayOther = new HashMap<>();
    BigDecimal electiveOther = BigDecimal.ZERO;
    Map<String, List<JsonObject>> station = new HashMap<>();
    for (JsonObject e : entries) {
      BigDecimal amount = e.getJsonNumber("amount").bigDecimalValue();
      if ("STATION_SESSION".equals(text(e, "sourceType"))) {
        station.computeIfAbsent(text(e, "sourceRef"), k -> new ArrayList<>()).add(e);
        continue;
      }
      if (e.get("studyDay") instanceof JsonString d) {
        dayOther.merge(LocalDate.parse(d.getString()), amount, BigDecimal::add);
      }
      if ("ELECTIVE".equals(text(e, "kind"))) {
        electiveOther = electiveOther.add(amount);
      }
    }
    List<String> problems = new ArrayList<>();
    BigDecimal electiveStation = BigDecimal.ZERO;
    for (Made m : attended) {
      List<JsonObject> booked = station.remove(m.id());
      BigDecimal expected = creditsFor(m.minutes())
          .min(dailyCap.subtract(dayOther.getOrDefault(m.session().day(), BigDecimal.ZERO)).max(BigDecimal.ZERO));
      electiveStation = electiveStation.add(expected);
      if (booked == null) {
        problems.add("attendance " + m.id() + " not credited");
      } else if (booked.size() > 1) {
        problems.add("attendance " + m.id() + " credited " + booked.size() + " times");
      } else {
        BigDecimal amount = booked.get(0).getJsonNumber("amount").bigDecimalValue();
        if (amount.compareTo(expected) != 0) {
          problems.add("attendance " + m.id() + " (" + m.minutes() + " min on " + m.session().day() + ") credited "
              + amount + " not " + expected);
        }
        if (!"ELECTIVE".equals(text(booked.get(0), "kind"))) {
          problems.add("attendance " + m.id() + " of a broadcast credited as " + text(booked.get(0), "kind"));
        }
        String day = text(booked.get(0), "studyDay");
        if (!day.isEmpty() && !day.equals(m.session().day().toString())) {
          problems.add("attendance " + m.id() + " booked on " + day + ", the session was on " + m.session().day());
        }
      }
    }
    if (!station.isEmpty()) {
      problems.add("station credits for records the test never made: " + station.keySet());
    }
    if (electiveCap != null && electiveOther.add(electiveStation).compareTo(electiveCap) > 0) {
      // the test's data must not reach the elective cap, or which entry it cuts depends on the worker's order
      problems.add("test data reaches the elective cap: " + electiveOther + " + " + electiveStation);
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  BigDecimal creditsFor(int minutes) {
    return BigDecimal.valueOf(minutes * 60L).divide(BigDecimal.valueOf(minutesPerCredit * 60L), 2, RoundingMode.DOWN);
  }

  // ------------------------------------------------------------------ making records at the station

  /** Makes sessions with their attendance at the station; returns the records made (sessions too). */
  int make(int sessions, int guests, int rosterEvery) {
    int before = village.size();
    for (int i = 0; i < sessions; i++) {
      Reply r = operator.post("api/station/sessions", village.nextSessionBody().toString());
      r.expect(201);
      Village.Session session = village.sessionMade(text(r.json(), "id"));
      List<Person> people = village.attendees(session, guests, rosterEvery);
      for (int k = 0; k < people.size(); k++) {
        Person p = people.get(k);
        int minutes = Village.minutes(session, k);
        Reply a = operator.post("api/station/sessions/" + session.id() + "/attendance",
            village.attendanceBody(p, minutes).toString());
        a.expect(201);
        village.attendanceMade(text(a.json(), "id"), session, p, minutes);
      }
    }
    return village.size() - before;
  }

  List<Person> roster() {
    List<Person> roster = new ArrayList<>();
    for (JsonObject r : operator.get("api/station/roster").expect(200).array().getValuesAs(JsonObject.class)) {
      roster.add(new Person(r.getJsonNumber("cadreId").longValue(), null, text(r, "name"), false));
    }
    assertFalse(roster.isEmpty(), "the station has no roster");
    return roster;
  }

  /**
   * Demo cadres of city units with their account's username (c000101 ...), checked at the center;
   * no two of the same name, since the station takes a second guest of one name in a session for the
   * same person.
   */
  List<Person> guests() {
    List<Person> guests = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (long id = 101; guests.size() < GUEST_POOL && id < 400; id++) {
      Reply r = admin.get("api/cadres/" + id + "/accounts");
      if (r.status() != 200 || r.array().isEmpty()) {
        continue;
      }
      JsonObject account = r.array().getJsonObject(0);
      if (text(account, "homePath").startsWith(VILLAGE_PATH) || !names.add(text(account, "displayName"))) {
        continue;
      }
      guests.add(new Person(id, text(account, "username"), text(account, "displayName"), true));
    }
    assertEquals(GUEST_POOL, guests.size(), "not enough demo cadres with accounts");
    return guests;
  }

  void readRules() {
    JsonObject rules = admin.get("api/credits/rules/" + YEAR).expect(200).json();
    minutesPerCredit = rules.getInt("minutesPerCredit");
    dailyCap = rules.getJsonNumber("dailyCap").bigDecimalValue();
    electiveCap = rules.get("electiveCap") instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  // ------------------------------------------------------------------ station and center calls

  /** Signs in the village's operator at the station once its master data (with the accounts) is in. */
  Rest signInAtStation() {
    Rest rest = new Rest(station.url());
    String last = "";
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      Reply r = rest.post("api/auth/token", "{\"username\":\"operator\",\"password\":\"" + Rest.DEMO_PASSWORD + "\"}");
      if (r.status() == 200) {
        return rest.signIn("operator");
      }
      last = r.status() + " " + r.body();
      Pause.millis(1000);
    }
    throw new AssertionError("the operator cannot sign in at the station (master data never came?): " + last);
  }

  JsonObject state() {
    return operator.get("api/station/state").expect(200).json();
  }

  JsonObject sync() {
    return operator.post("api/station/sync", "{}").expect(200).json();
  }

  /** Syncs now, again and again, until nothing waits (90 s at most). */
  void syncUntilDrained() {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    JsonObject s = null;
    while (System.nanoTime() < deadline) {
      s = sync();
      if (s.getInt("waiting") == 0) {
        return;
      }
      Pause.millis(500);
    }
    fail("records still waiting after 90 s of syncing: " + s);
  }

  JsonObject stationAtCenter() {
    return admin.get("api/stations/" + stationId).expect(200).json();
  }

  long highWater() {
    return stationAtCenter().getJsonNumber("highWater").longValue();
  }

  List<JsonObject> centerRecords() {
    return admin.get("api/stations/" + stationId + "/records").expect(200).array().getValuesAs(JsonObject.class);
  }

  Reply postBatch(Signed s) {
    Batch b = Batch.parse(s.body());
    return admin.post("api/sync/batches", s.body(), "application/json",
        Map.of("X-Sync-Station", b.station(), "X-Sync-Signature", s.signature()));
  }

  static void assertCovers(List<Signed> batches, long from, long to) {
    long next = from;
    for (Signed s : batches) {
      Batch b = Batch.parse(s.body());
      assertEquals(STATION_CODE, b.station());
      assertEquals(next, b.from(), "the bundle's batches are not consecutive");
      assertTrue(b.records().size() <= BATCH_SIZE, "a batch larger than the batch size");
      next = b.to() + 1;
    }
    assertEquals(to, next - 1, "the bundle does not end with the last record waiting");
  }

  static void assertReplayed(Reply r, long high) {
    assertEquals(409, r.status(), r.body());
    assertEquals("REPLAYED", text(r.json(), "reason"), r.body());
    assertEquals(high, r.json().getJsonNumber("highWater").longValue(), r.body());
  }

  /** A batch that starts at or below high + 1 applies its new records; returns the new high-water mark. */
  static long assertApplied(Reply r, Batch b, long high) {
    assertEquals(200, r.status(), r.body());
    JsonObject j = r.json();
    assertEquals(b.to(), j.getJsonNumber("highWater").longValue(), r.body());
    assertEquals(b.to() - high, j.getInt("applied"), r.body());
    assertEquals(Math.max(0, high - b.from() + 1), j.getInt("duplicates"), r.body());
    assertEquals(0, j.getInt("quarantined"), r.body());
    return b.to();
  }

  void requireSync() {
    if (syncMissing != null) {
      fail(syncMissing);
    }
  }

  // ------------------------------------------------------------------ small things

  static Map<Long, JsonObject> bySeq(List<JsonObject> list, String what) {
    Map<Long, JsonObject> by = new TreeMap<>();
    for (JsonObject o : list) {
      if (by.put(o.getJsonNumber("seq").longValue(), o) != null) {
        fail(what + ": seq " + o.getJsonNumber("seq") + " twice");
      }
    }
    long expected = 1;
    for (long seq : by.keySet()) {
      assertEquals(expected++, seq, what + ": the numbering has a gap");
    }
    return by;
  }

  /** A field as text whatever its JSON type; "" when missing or null. */
  static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  /** The station's last error: its message key and detail (lastErrorKey, lastErrorDetail); "" when none. */
  static String error(JsonObject state) {
    return (text(state, "lastErrorKey") + " " + text(state, "lastErrorDetail")).strip();
  }

  /** An instant as the station writes it: ISO with an offset or Z, or a local time in UTC (its state's times). */
  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }
  }

  static Reply quietly(CompletableFuture<Reply> call) {
    try {
      return call.get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      return null; // the server it talked to was killed under it
    }
  }

  void time(String what, Runnable step) {
    long t0 = System.nanoTime();
    step.run();
    long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    timings.merge(what, ms, Long::sum);
    System.out.println("StationFaultIT: " + what + " took " + ms + " ms");
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.out.println("StationFaultIT: could not delete " + root + ": " + e);
    }
  }

  static String readSome(InputStream in) throws IOException {
    byte[] buf = new byte[4096];
    int n = in.read(buf);
    return n < 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
  }

  /** Whether the connection is closed by the other end within the time: EOF or a reset. */
  static boolean closedWithin(InputStream in, Duration d) {
    long deadline = System.nanoTime() + d.toNanos();
    byte[] buf = new byte[4096];
    while (System.nanoTime() < deadline) {
      try {
        if (in.read(buf) < 0) {
          return true;
        }
      } catch (java.net.SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }
}
