import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The station ingest benchmark's load (bench/sync-ingest.sh): simulated village stations pushing
 * their records into a running center over the real protocol, and in the same run the database's
 * own limit for the same rows.
 *
 * <ol>
 *   <li>Enrols every receiving station over REST, as a real station does: an administrator's
 *       one-time code ({@code POST /api/stations/{id}/enrolment-code}), then the station's new Ed25519
 *       key ({@code POST /api/sync/enrol}). A few information points are enrolled too, for the warm-up.
 *   <li>Makes each station's records (RECORDS spread evenly over the stations): per 50 records one
 *       GROUP_SESSION (a broadcast) and 49 attendances of it: the village's own cadres as ATTENDANCE,
 *       the rest as GUEST_ATTENDANCE of cadres from elsewhere, each cadre once per session. Cut into
 *       batches of 200 and signed, all before anything is timed (the station's work, not the center's).
 *   <li>Baseline: the rows the center would write for those records (group_session, group_attendance,
 *       sync_inbox, as InboxApply writes them) inserted with plain JDBC batches into copies of the
 *       three tables with the same keys and foreign keys, one transaction per 200 records, from
 *       CLIENTS threads (each owning the same stations as below), rewriteBatchedStatements=true.
 *   <li>Center: CLIENTS threads, each owning every CLIENTS-th station and pushing its stations'
 *       batches in order, round-robin ({@code POST /api/sync/batches}, signed). Wall time from the
 *       first request to the last answer; then checks that sync_inbox holds exactly RECORDS rows of
 *       those stations, each high-water mark at its last record.
 *   <li>Re-sync with nothing new: one station's master-data request with its current version.
 * </ol>
 *
 * Usage: java -cp site-sync.jar:parsson.jar:jakarta.json-api.jar:mysql-connector-j.jar StationLoad.java
 *   JDBC_URL USER PASSWORD CENTER_URL RECORDS CLIENTS WARMUP OUT_DIR
 * Prints human lines and RESULT lines (key=value) that the script reads. Files written in OUT_DIR:
 * center.started / center.done (for the profiler), resync.body / resync.signature / resync.station
 * (a signed master-data request with the current version and the next nonce, for curl).
 */
public class StationLoad {

  static final int BATCH = 200;
  static final int GROUP = 50;
  static final String PASSWORD = "Huaibei@2026";
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

  record Station(long id, String code, String villagePath, List<Long> cadres) {}

  record Account(String username, long cadreId, String name, String path) {}

  /** One signed batch and the rows the center writes for it (for the baseline). */
  static final class Prepared {
    final Station station;
    final byte[] body;
    final String signature;
    final int records;
    List<Object[]> sessions = new ArrayList<>();
    List<Object[]> attendance = new ArrayList<>();
    List<Object[]> inbox = new ArrayList<>();

    Prepared(Station station, Signed signed, int records) {
      this.station = station;
      this.body = signed.body();
      this.signature = signed.signature();
      this.records = records;
    }
  }

  /** A station as its simulated client holds it: its key and its batches, pushed in order. */
  static final class Sim {
    final Station station;
    KeyPair key;
    String keyId;
    long highWater;
    List<Prepared> batches = new ArrayList<>();
    int next;

    Sim(Station station) {
      this.station = station;
    }
  }

  static String jdbcUrl;
  static String dbUser;
  static String dbPassword;
  static String center;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(2);
    }
  }

  static void run(String[] args) throws Exception {
    jdbcUrl = args[0];
    dbUser = args[1];
    dbPassword = args[2];
    center = args[3].replaceAll("/$", "");
    int records = Integer.parseInt(args[4]);
    int clients = Integer.parseInt(args[5]);
    int warmup = Integer.parseInt(args[6]);
    Path out = Path.of(args[7]);
    Files.createDirectories(out);

    List<Station> receiving;
    List<Station> infoPoints;
    List<Account> accounts;
    try (Connection c = connect()) {
      accounts = accounts(c);
      Map<String, List<Long>> cadresByVillage = new TreeMap<>();
      receiving = stations(c, "RECEIVING_STATION", cadresByVillage);
      infoPoints = stations(c, "INFO_POINT", cadresByVillage);
    }
    int warmStations = Math.min(clients, infoPoints.size());
    System.out.printf("stations: %d receiving stations (%d with no cadre of their own), %d cadre accounts as guests%n",
        receiving.size(), receiving.stream().filter(s -> s.cadres().isEmpty()).count(), accounts.size());

    // 1. enrolment over REST, as a station does it
    String admin = token("admin");
    List<Sim> sims = receiving.stream().map(Sim::new).toList();
    List<Sim> warm = warmup > 0 ? infoPoints.subList(0, warmStations).stream().map(Sim::new).toList() : List.of();
    long t0 = System.nanoTime();
    parallel(clients, concat(sims, warm), s -> enrol(s, admin));
    double enrolSeconds = secs(t0);
    System.out.printf("enrolled %d stations over REST (code + enrol: %d requests) in %.1f s; enrolments answered 5xx and"
        + " retried with the same code: %d%n", sims.size() + warm.size(), 2 * (sims.size() + warm.size()), enrolSeconds,
        ENROL_RETRIES.get());

    // 2. the records, batched and signed before anything is timed
    t0 = System.nanoTime();
    int[] gen = new int[6]; // sessions, attendance, guests
    makeRecords(sims, records, accounts, clients, gen);
    int[] warmGen = new int[6];
    makeRecords(warm, warmup, accounts, clients, warmGen);
    long batches = sims.stream().mapToLong(s -> s.batches.size()).sum();
    long bytes = sims.stream().flatMap(s -> s.batches.stream()).mapToLong(p -> p.body.length).sum();
    System.out.printf("records made: %d (%d GROUP_SESSION, %d ATTENDANCE, %d GUEST_ATTENDANCE) in %d signed batches"
        + " (%.1f MB of JSON) in %.1f s; warm-up: %d records on %d information points%n",
        records, gen[0], gen[1], gen[2], batches, bytes / 1e6, secs(t0), warmup, warm.size());

    // 3. baseline: the same rows with plain JDBC batches into copies of the tables
    // the warm-up rows stay in the copies, as they stay in the center's tables
    copies(true);
    if (warmup > 0) {
      baseline(warm, clients, false);
    }
    settle("baseline");
    double[] cpu0 = cpu();
    double[] base = baseline(sims, clients, true);
    double[] baseCpu = since(cpu0);
    System.out.printf("baseline (JDBC batches into table copies): %d records in %.1f s: %.0f records/s%n",
        records, base[0], records / base[0]);
    System.out.printf("  CPU seconds during the baseline: %s%n", cpuText(baseCpu, base[0]));
    copies(false);
    for (Sim s : concat(sims, warm)) {
      for (Prepared p : s.batches) {
        p.sessions = null;
        p.attendance = null;
        p.inbox = null;
      }
    }

    // 4. the center: warm-up on the information points, then the measured push
    if (warmup > 0) {
      Push w = push(warm, clients, "warm-up");
      System.out.printf("warm-up push: %d records in %.1f s: %.0f records/s (not counted)%n", w.records.get(), w.seconds, w.records.get() / w.seconds);
    }
    settle("center");
    Files.writeString(out.resolve("center.started"), Instant.now().toString());
    cpu0 = cpu();
    Push p = push(sims, clients, "center");
    double[] centerCpu = since(cpu0);
    Files.writeString(out.resolve("center.done"), Instant.now().toString());
    long[] lat = p.latencies();
    System.out.printf("center: %d records in %d batches in %.1f s: %.0f records/s; batch answered p50 %.0f ms, p95 %.0f ms,"
        + " p99 %.0f ms, max %.0f ms; applied %d, quarantined %d, duplicates %d, refused/failed attempts %d%n",
        p.records.get(), lat.length, p.seconds, p.records.get() / p.seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99),
        pct(lat, 100), p.applied.get(), p.quarantined.get(), p.duplicates.get(), p.failures.get());
    System.out.printf("  CPU seconds during the center's push: %s%n", cpuText(centerCpu, p.seconds));
    for (String f : p.failureTexts) {
      System.out.println("  failure: " + f);
    }

    // 5. what the center holds
    long held;
    long marks;
    String states;
    String credit;
    try (Connection c = connect()) {
      String ids = sims.stream().map(s -> Long.toString(s.station.id())).reduce((a, b) -> a + "," + b).orElse("0");
      held = count(c, "SELECT COUNT(*) FROM sync_inbox WHERE station_id IN (" + ids + ")");
      marks = count(c, "SELECT COALESCE(SUM(high_water), 0) FROM sync_station WHERE station_id IN (" + ids + ")");
      states = text(c, "SELECT GROUP_CONCAT(CONCAT(state, COALESCE(CONCAT('/', reason), ''), '=', n) ORDER BY n DESC)"
          + " FROM (SELECT state, reason, COUNT(*) n FROM sync_inbox WHERE station_id IN (" + ids + ") GROUP BY state, reason) x");
      credit = text(c, "SELECT GROUP_CONCAT(CONCAT(credit_state, '=', n)) FROM (SELECT credit_state, COUNT(*) n"
          + " FROM group_attendance GROUP BY credit_state) x");
    }
    boolean exact = held == records && marks == records && p.records.get() == records && p.failures.get() == 0;
    System.out.printf("sync_inbox rows of the %d stations: %d (%s); high-water marks sum to %d: %s%n", sims.size(), held,
        states, marks, exact ? "exactly RECORDS" : "NOT EXACTLY RECORDS");
    System.out.printf("crediting worker, right after the push: group_attendance %s%n", credit);

    // 6. re-sync with nothing new: the master-data request with the current version
    Sim one = sims.get(0);
    long nonce = 1;
    Exchange first = master(one, nonce++, null);
    String version = json(first.response).getString("version");
    Exchange again = master(one, nonce++, version);
    boolean unchanged = !json(again.response).getBoolean("changed");
    System.out.printf("master data of %s: first pull %d B request, %d B response (the village's snapshot); with its version:"
        + " changed=%s, %d B request body, %d B response body, %.1f ms%n", one.station.code(), first.request.length,
        first.response.length(), !unchanged, again.request.length, again.response.getBytes(StandardCharsets.UTF_8).length, again.millis);
    byte[] next = masterBody(one, nonce, version);
    Files.write(out.resolve("resync.body"), next);
    Files.writeString(out.resolve("resync.signature"), Keys.sign(next, one.key.getPrivate()));
    Files.writeString(out.resolve("resync.station"), one.station.code());

    System.out.printf("RESULT enrol stations=%d seconds=%.2f retried=%d%n", sims.size() + warm.size(), enrolSeconds, ENROL_RETRIES.get());
    System.out.printf("RESULT baseline records=%d seconds=%.2f rps=%.0f transactions=%d%n", records, base[0], records / base[0], (long) base[1]);
    System.out.printf("RESULT center records=%d batches=%d seconds=%.2f rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f"
        + " applied=%d quarantined=%d failures=%d held=%d exact=%s bytes_up=%d bytes_down=%d%n", p.records.get(), lat.length, p.seconds,
        p.records.get() / p.seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99), pct(lat, 100), p.applied.get(), p.quarantined.get(),
        p.failures.get(), held, exact, p.bytesUp.get(), p.bytesDown.get());
    System.out.printf("RESULT resync unchanged=%s request_body=%d response_body=%d ms=%.1f%n", unchanged, again.request.length,
        again.response.getBytes(StandardCharsets.UTF_8).length, again.millis);
    System.exit(exact && unchanged ? 0 : 1);
  }

  // ---- set-up ----

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
  }

  static List<Account> accounts(Connection c) throws SQLException {
    List<Account> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT p.username, p.cadre_id, p.display_name, c.path FROM person p JOIN cadre c ON c.id = p.cadre_id ORDER BY p.id")) {
      while (rs.next()) {
        out.add(new Account(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  static List<Station> stations(Connection c, String kind, Map<String, List<Long>> cadresByVillage) throws SQLException {
    List<Station> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, v.path FROM station s JOIN org_node v ON v.id = s.village_id"
        + " WHERE s.kind = ? ORDER BY s.id")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Station(rs.getLong(1), rs.getString(2), rs.getString(3), new ArrayList<>()));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cadre WHERE path LIKE ? ORDER BY id")) {
      for (Station s : out) {
        ps.setString(1, s.villagePath() + "%");
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            s.cadres().add(rs.getLong(1));
          }
        }
      }
    }
    return out;
  }

  static String token(String user) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(center + "/api/auth/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    return json(r.body()).getString("token");
  }

  static final AtomicLong ENROL_RETRIES = new AtomicLong();

  static void enrol(Sim s, String admin) throws Exception {
    HttpResponse<String> code = HTTP.send(HttpRequest.newBuilder(URI.create(center + "/api/stations/" + s.station.id() + "/enrolment-code"))
        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    if (code.statusCode() != 200) {
      throw new IllegalStateException("enrolment code for " + s.station.code() + ": HTTP " + code.statusCode() + " " + code.body());
    }
    s.key = Keys.generate();
    String body = Json.createObjectBuilder().add("code", json(code.body()).getString("code"))
        .add("publicKey", Keys.encode(s.key.getPublic())).build().toString();
    HttpResponse<String> r;
    // a 5xx is retried with the same code, as a station's sync loop does after its back-off (the
    // center rolled the attempt back, so the code is still unused)
    for (int attempt = 1; ; attempt++) {
      r = HTTP.send(HttpRequest.newBuilder(URI.create(center + "/api/sync/enrol"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() < 500 || attempt == 10) {
        break;
      }
      ENROL_RETRIES.incrementAndGet();
      Thread.sleep(200L * attempt);
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException("enrolment of " + s.station.code() + ": HTTP " + r.statusCode() + " " + r.body());
    }
    JsonObject a = json(r.body());
    s.keyId = a.getString("keyId");
    s.highWater = a.getJsonNumber("highWater").longValue();
    if (!s.keyId.equals(Keys.keyId(s.key.getPublic())) || !a.getString("stationCode").equals(s.station.code())) {
      throw new IllegalStateException("enrolment of " + s.station.code() + " answered " + r.body());
    }
  }

  // ---- the records ----

  /**
   * Spreads {@code total} records over the stations and makes each station's log: one broadcast
   * session per 50 records and its attendance (the village's cadres, then guests from elsewhere).
   */
  static void makeRecords(List<Sim> sims, int total, List<Account> accounts, int threads, int[] counts) throws Exception {
    if (sims.isEmpty()) {
      return;
    }
    int each = total / sims.size();
    int extra = total % sims.size();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < sims.size(); i++) {
      index.add(i);
    }
    int[][] per = new int[sims.size()][3];
    parallel(threads, index, i -> per[i] = makeStation(sims.get(i), i, each + (i < extra ? 1 : 0), accounts));
    for (int[] p : per) {
      for (int k = 0; k < 3; k++) {
        counts[k] += p[k];
      }
    }
  }

  static int[] makeStation(Sim sim, int index, int n, List<Account> accounts) {
    Station st = sim.station;
    Set<Long> own = new HashSet<>(st.cadres());
    String operator = "op" + st.villagePath().replaceAll(".*/([0-9]+)/$", "$1");
    int[] counts = new int[3];
    List<SyncRecord> log = new ArrayList<>(n);
    List<Object[][]> rows = new ArrayList<>(n); // per record: {session row} or {attendance row}
    long seq = sim.highWater;
    int guest = (int) ((index * 7919L) % accounts.size());
    int session = 0;
    Instant made = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(index * 3600L);
    while (log.size() < n) {
      String sid = uuid();
      LocalDate day = FIRST_DAY.plusDays((index * 7L + session) % 320);
      LocalDateTime starts = day.atTime(9, 0);
      LocalDateTime ends = day.atTime(10, 30);
      String title = "远程教育专题收看 第" + (session + 1) + "期：学习贯彻党的二十届四中全会精神";
      session++;
      JsonObject sb = Json.createObjectBuilder().add("kind", "BROADCAST").add("title", title).add("startsAt", starts.toString())
          .add("endsAt", ends.toString()).add("recordedBy", operator).build();
      log.add(new SyncRecord(++seq, sid, RecordKind.GROUP_SESSION, made = made.plusSeconds(60), sb));
      rows.add(new Object[][] {{sid, st.id(), "BROADCAST", null, title, Timestamp.valueOf(starts), Timestamp.valueOf(ends), operator}});
      counts[0]++;
      Set<Long> present = new HashSet<>();
      int a = 0;
      while (a < GROUP - 1 && log.size() < n) {
        int minutes = 30 + (int) ((seq * 13) % 61);
        String id = uuid();
        if (a < st.cadres().size()) {
          long cadre = st.cadres().get(a);
          present.add(cadre);
          log.add(new SyncRecord(++seq, id, RecordKind.ATTENDANCE, made = made.plusSeconds(5), Json.createObjectBuilder()
              .add("sessionId", sid).add("cadreId", cadre).add("minutes", minutes).build()));
          rows.add(new Object[][] {{id, sid, cadre, null, null, minutes, java.sql.Date.valueOf(day)}});
          counts[1]++;
        } else {
          Account g;
          do {
            g = accounts.get(guest);
            guest = (guest + 1) % accounts.size();
          } while (own.contains(g.cadreId()) || present.contains(g.cadreId()));
          present.add(g.cadreId());
          log.add(new SyncRecord(++seq, id, RecordKind.GUEST_ATTENDANCE, made = made.plusSeconds(5), Json.createObjectBuilder()
              .add("sessionId", sid).add("username", g.username()).add("name", g.name()).add("minutes", minutes).build()));
          rows.add(new Object[][] {{id, sid, g.cadreId(), g.username(), g.name(), minutes, java.sql.Date.valueOf(day)}});
          counts[2]++;
        }
        a++;
      }
    }
    for (int from = 0; from < log.size(); from += BATCH) {
      int to = Math.min(log.size(), from + BATCH);
      List<SyncRecord> part = log.subList(from, to);
      Prepared p = new Prepared(st, Signed.of(Batch.of(st.code(), sim.keyId, log.size() - to, part), sim.key.getPrivate()), part.size());
      for (int i = from; i < to; i++) {
        SyncRecord r = log.get(i);
        Object[] row = rows.get(i)[0];
        if (r.kind() == RecordKind.GROUP_SESSION) {
          p.sessions.add(row);
        } else {
          p.attendance.add(row);
        }
        String body = r.body().toString();
        p.inbox.add(new Object[] {st.id(), r.seq(), r.id(), r.kind().name(), body, Keys.sha256(body.getBytes(StandardCharsets.UTF_8)),
            utc(r.madeAt())});
      }
      sim.batches.add(p);
    }
    return counts;
  }

  // ---- baseline ----

  static final String[] TABLES = {"group_session", "group_attendance", "sync_inbox"};

  /** Fresh copies of the three tables (same columns, keys and indexes, and the same foreign keys), or none. */
  static void copies(boolean make) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (int i = TABLES.length - 1; i >= 0; i--) {
        st.execute("DROP TABLE IF EXISTS bench_" + TABLES[i]);
      }
      if (!make) {
        return;
      }
      for (String t : TABLES) {
        st.execute("CREATE TABLE bench_" + t + " LIKE " + t);
      }
      // CREATE TABLE ... LIKE leaves the foreign keys out in MariaDB: the same ones, on the copies
      st.execute("ALTER TABLE bench_group_session ADD CONSTRAINT fk_bench_gs_station FOREIGN KEY (station_id) REFERENCES station (id)");
      st.execute("ALTER TABLE bench_group_attendance ADD CONSTRAINT fk_bench_ga_session FOREIGN KEY (session_id)"
          + " REFERENCES bench_group_session (id), ADD CONSTRAINT fk_bench_ga_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)");
    }
  }

  /** The rows of every batch, one transaction per batch, CLIENTS threads; answers {seconds, transactions}. */
  static double[] baseline(List<Sim> sims, int clients, boolean measured) throws Exception {
    List<List<Sim>> owned = owned(sims, clients);
    CountDownLatch go = new CountDownLatch(1);
    AtomicLong tx = new AtomicLong();
    AtomicLong records = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    if (measured) {
      pool.submit(meter("baseline", records, done));
    }
    List<Future<?>> fs = new ArrayList<>();
    for (List<Sim> mine : owned) {
      fs.add(pool.submit(() -> {
        try (Connection c = connect();
            PreparedStatement gs = c.prepareStatement("INSERT INTO bench_group_session (id, station_id, kind, course_id, title,"
                + " starts_at, ends_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement ga = c.prepareStatement("INSERT INTO bench_group_attendance (id, session_id, cadre_id, guest_username,"
                + " guest_name, minutes, study_day, credit_state, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)");
            PreparedStatement in = c.prepareStatement("INSERT INTO bench_sync_inbox (station_id, seq, record_id, kind, body, body_hash,"
                + " made_at, received_at, state, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', NULL, NULL)")) {
          c.setAutoCommit(false);
          go.await();
          int[] next = new int[mine.size()];
          boolean more = true;
          while (more) {
            more = false;
            for (int i = 0; i < mine.size(); i++) {
              List<Prepared> bs = mine.get(i).batches;
              if (next[i] >= bs.size()) {
                continue;
              }
              more = true;
              Prepared p = bs.get(next[i]++);
              Timestamp now = utc(Instant.now());
              insert(gs, p.sessions, now);
              insert(ga, p.attendance, now);
              insert(in, p.inbox, now);
              c.commit();
              tx.incrementAndGet();
              records.addAndGet(p.records);
            }
          }
        }
        return null;
      }));
    }
    long t0 = System.nanoTime();
    go.countDown();
    try {
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      done.set(1);
      pool.shutdownNow();
    }
    return new double[] {secs(t0), tx.get()};
  }

  static void insert(PreparedStatement ps, List<Object[]> rows, Timestamp now) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    for (Object[] row : rows) {
      int i = 0;
      for (Object v : row) {
        if (v == null) {
          ps.setNull(++i, Types.VARCHAR);
        } else {
          ps.setObject(++i, v);
        }
      }
      ps.setTimestamp(++i, now);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  /**
   * Waits (at most two minutes) until InnoDB has written out most dirty pages, so neither measurement
   * starts while the other's writes (or the demo load) are still being flushed.
   */
  static void settle(String before) throws Exception {
    long t0 = System.nanoTime();
    long dirty = 0;
    try (Connection c = connect()) {
      for (int i = 0; i < 120; i++) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
          rs.next();
          dirty = rs.getLong(2);
        }
        if (dirty < 500) {
          break;
        }
        Thread.sleep(1000);
      }
    }
    System.out.printf("before the %s: InnoDB dirty pages %d after %.0f s of waiting%n", before, dirty, secs(t0));
  }

  // ---- the center ----

  static final class Push {
    double seconds;
    final AtomicLong records = new AtomicLong();
    final AtomicLong applied = new AtomicLong();
    final AtomicLong quarantined = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong bytesUp = new AtomicLong();
    final AtomicLong bytesDown = new AtomicLong();
    final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failureTexts = new ConcurrentLinkedQueue<>();

    long[] latencies() {
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
      Arrays.sort(all);
      return all;
    }
  }

  static final Pattern FIELD = Pattern.compile("\"(applied|quarantined|duplicates|highWater)\"\\s*:\\s*(\\d+)");

  /**
   * Each thread pushes its stations' batches in order, one batch per station in turn, as the
   * stations' own sync loops would; a failed push is retried (as a station does, after a pause).
   */
  static Push push(List<Sim> sims, int clients, String what) throws Exception {
    Push p = new Push();
    List<List<Sim>> owned = owned(sims, clients);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    List<Future<?>> fs = new ArrayList<>();
    for (List<Sim> mine : owned) {
      fs.add(pool.submit(() -> {
        long[] lat = new long[mine.stream().mapToInt(s -> s.batches.size()).sum()];
        int n = 0;
        go.await();
        boolean more = true;
        while (more) {
          more = false;
          for (Sim s : mine) {
            if (s.next >= s.batches.size()) {
              continue;
            }
            more = true;
            Prepared b = s.batches.get(s.next);
            long t = System.nanoTime();
            HttpResponse<String> r = null;
            String problem = null;
            try {
              r = HTTP.send(HttpRequest.newBuilder(URI.create(center + "/api/sync/batches")).timeout(Duration.ofSeconds(120))
                  .header("Content-Type", "application/json").header("X-Sync-Station", s.station.code())
                  .header("X-Sync-Signature", b.signature).POST(HttpRequest.BodyPublishers.ofByteArray(b.body)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
              problem = e.toString();
            }
            long took = System.nanoTime() - t;
            if (r != null && r.statusCode() == 200) {
              lat[n++] = took;
              long hw = -1;
              Matcher m = FIELD.matcher(r.body());
              while (m.find()) {
                long v = Long.parseLong(m.group(2));
                switch (m.group(1)) {
                  case "applied" -> p.applied.addAndGet(v);
                  case "quarantined" -> p.quarantined.addAndGet(v);
                  case "duplicates" -> p.duplicates.addAndGet(v);
                  default -> hw = v;
                }
              }
              p.records.addAndGet(b.records);
              p.bytesUp.addAndGet(b.body.length);
              p.bytesDown.addAndGet(r.body().getBytes(StandardCharsets.UTF_8).length);
              s.next++;
            } else {
              p.failures.incrementAndGet();
              String text = s.station.code() + " batch " + s.next + ": "
                  + (r == null ? problem : "HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
              if (p.failureTexts.size() < 10) {
                p.failureTexts.add(text);
              }
              if (r != null && r.statusCode() == 409 && r.body().contains("REPLAYED")) {
                s.next++; // the center holds it: an answer lost on the way counts as delivered
                p.records.addAndGet(b.records);
              } else if (p.failures.get() > 50) {
                throw new IllegalStateException("too many failed pushes; last: " + text);
              } else {
                Thread.sleep(1000);
              }
            }
          }
        }
        p.latencies.add(Arrays.copyOf(lat, n));
        return null;
      }));
    }
    AtomicLong done = new AtomicLong();
    pool.submit(meter(what, p.records, done));
    long t0 = System.nanoTime();
    go.countDown();
    try {
      for (Future<?> f : fs) {
        f.get();
      }
      p.seconds = secs(t0);
    } finally {
      done.set(1);
      pool.shutdownNow();
    }
    return p;
  }

  /** Progress every 10 s, to see whether a rate holds as the tables grow. */
  static java.util.concurrent.Callable<Void> meter(String what, AtomicLong records, AtomicLong done) {
    return () -> {
      long last = 0;
      long start = System.nanoTime();
      while (done.get() == 0) {
        Thread.sleep(10_000);
        long now = records.get();
        System.out.printf("  %-8s %4.0f s: %8d records (%.0f records/s over the last 10 s)%n", what, secs(start), now, (now - last) / 10.0);
        last = now;
      }
      return null;
    };
  }

  static List<List<Sim>> owned(List<Sim> sims, int clients) {
    List<List<Sim>> owned = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      owned.add(new ArrayList<>());
    }
    for (int i = 0; i < sims.size(); i++) {
      owned.get(i % clients).add(sims.get(i));
    }
    owned.removeIf(List::isEmpty);
    return owned;
  }

  // ---- master data ----

  record Exchange(byte[] request, String response, double millis) {}

  static byte[] masterBody(Sim s, long nonce, String version) {
    var b = Json.createObjectBuilder().add("station", s.station.code()).add("nonce", nonce).add("backlog", 0);
    if (version == null) {
      b.addNull("version");
    } else {
      b.add("version", version);
    }
    return b.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  static Exchange master(Sim s, long nonce, String version) throws Exception {
    byte[] body = masterBody(s, nonce, version);
    long t = System.nanoTime();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(center + "/api/sync/master"))
        .header("Content-Type", "application/json").header("X-Sync-Station", s.station.code())
        .header("X-Sync-Signature", Keys.sign(body, s.key.getPrivate())).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    double ms = (System.nanoTime() - t) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException("master data: HTTP " + r.statusCode() + " " + r.body());
    }
    return new Exchange(body, r.body(), ms);
  }

  // ---- small things ----

  interface Task<T> {
    void run(T t) throws Exception;
  }

  static <T> void parallel(int threads, List<T> items, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    for (T item : items) {
      fs.add(pool.submit(() -> {
        task.run(item);
        return null;
      }));
    }
    try {
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static JsonObject json(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    return Long.parseLong(text(c, sql));
  }

  static String text(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * CPU seconds used so far by the center's JVM, MariaDB and this program (from /proc; the process
   * ids of the first two come from the environment, BENCH_SERVER_PID and BENCH_MYSQLD_PID), and by
   * the whole machine (all processes, from /proc/stat), to see who used the two cores during a phase.
   */
  static double[] cpu() {
    return new double[] {procCpu(System.getenv("BENCH_SERVER_PID")), procCpu(System.getenv("BENCH_MYSQLD_PID")),
        procCpu(Long.toString(ProcessHandle.current().pid())), machineCpu()};
  }

  static double[] since(double[] before) {
    double[] now = cpu();
    for (int i = 0; i < now.length; i++) {
      now[i] -= before[i];
    }
    return now;
  }

  static String cpuText(double[] cpu, double seconds) {
    return String.format("center JVM %.0f, MariaDB %.0f (every database on it), load client %.0f, all processes %.0f"
        + " of the %.0f the %d cores had", cpu[0], cpu[1], cpu[2], cpu[3], seconds * Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().availableProcessors());
  }

  static double procCpu(String pid) {
    try {
      if (pid == null || pid.isBlank()) {
        return Double.NaN;
      }
      String stat = Files.readString(Path.of("/proc/" + pid.strip() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  static double machineCpu() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8; i++) {
        if (i != 4 && i != 5) { // not idle, not iowait
          busy += Long.parseLong(f[i]);
        }
      }
      return busy / 100.0;
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  /** A random (version 4) UUID without SecureRandom, whose lock the generating threads would queue on. */
  static String uuid() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
  }

  static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
