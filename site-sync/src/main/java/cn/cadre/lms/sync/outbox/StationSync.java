package cn.cadre.lms.sync.outbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A station's sync: enrols at first contact, then every lms.sync.interval-seconds (and when the
 * operator asks) pushes the waiting records in signed batches and pulls master data. A failed
 * cycle is retried with exponential back-off (5 s doubling to 10 min, with jitter). Only one cycle
 * runs at a time. Inert at the center.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StationSync {

  private static final Logger LOG = Logger.getLogger(StationSync.class.getName());
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource TimerService timers;
  @Resource UserTransaction tx;
  @Inject SyncConfig config;
  @Inject cn.cadre.lms.courses.control.MediaStore media;
  @Inject jakarta.enterprise.event.Event<cn.cadre.lms.directory.control.CadresChanged> cadresChanged;

  private final ReentrantLock running = new ReentrantLock();
  private volatile int failures;
  private volatile Instant nextTry = Instant.EPOCH;

  @PostConstruct
  void start() {
    if (!config.station()) {
      return;
    }
    durableCommits();
    long ms = TimeUnit.SECONDS.toMillis(config.intervalSeconds());
    timers.createIntervalTimer(Math.min(ms, 2000), ms, new TimerConfig("station-sync", false));
    LOG.info(() -> "station mode: syncing with " + config.centerUrl().orElse("(no lms.station.center-url)")
        + " every " + config.intervalSeconds() + " s");
  }

  /**
   * A station's PC loses power: H2 writes a commit to its file up to half a second late by default
   * (WRITE_DELAY 500), so a record the operator saw saved could vanish with the process. At a station
   * every commit is written at once; the setting is H2's own and persists in the database file.
   */
  private void durableCommits() {
    try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
      if (c.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2")) {
        st.execute("SET WRITE_DELAY 0");
        LOG.info("station mode: H2 writes every commit at once (WRITE_DELAY 0)");
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not make the station's commits immediate; a crash may lose the last half second", e);
    }
  }

  @Timeout
  void tick() {
    if (Instant.now().isBefore(nextTry)) {
      return;
    }
    cycle(false);
  }

  /** One cycle now, whatever the back-off says; answers the state after it. */
  public StationState syncNow() {
    config.requireStation();
    cycle(true);
    return state();
  }

  /**
   * The waiting records as a bundle file (signed batches), for a station without a link: an
   * administrator imports it at the center; the station learns the result at its next contact.
   */
  public byte[] bundle() {
    config.requireStation();
    try (Connection c = dataSource.getConnection()) {
      SelfRow self = OutboxStore.self(c).orElseThrow(() -> cn.cadre.lms.common.LmsException.conflict("problem.station.notEnrolled"));
      PrivateKey key = Keys.privateKey(self.privateKey());
      long after = self.ackedSeq();
      List<Signed> batches = new ArrayList<>();
      while (true) {
        List<SyncRecord> records = OutboxStore.waiting(c, after, config.batchSize());
        if (records.isEmpty()) {
          break;
        }
        long backlog = OutboxStore.count(c, after);
        batches.add(Signed.of(Batch.of(self.stationCode(), self.keyId(), (int) Math.min(Integer.MAX_VALUE, backlog), records), key));
        after = records.get(records.size() - 1).seq();
      }
      return cn.cadre.lms.sync.protocol.Bundle.write(self.stationCode(), batches);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The back-off after n failures in a row: 5 s doubling to 10 min, with up to a fifth of jitter. */
  static Duration backoff(int failures) {
    long base = FIRST_BACKOFF.toMillis() << Math.min(20, Math.max(0, failures - 1));
    long capped = Math.min(base, MAX_BACKOFF.toMillis());
    return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1));
  }

  private void cycle(boolean wait) {
    try {
      if (!(wait ? running.tryLock(120, TimeUnit.SECONDS) : running.tryLock())) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      runCycle();
      failures = 0;
      nextTry = Instant.EPOCH;
      record(null, null);
    } catch (Failed f) {
      failures++;
      nextTry = Instant.now().plus(backoff(failures));
      LOG.log(Level.INFO, "station sync failed ({0}): {1}; next try in {2} s",
          new Object[] {f.key, f.detail, Duration.between(Instant.now(), nextTry).toSeconds()});
      record(f.key, f.detail);
    } catch (RuntimeException | SQLException e) {
      failures++;
      nextTry = Instant.now().plus(backoff(failures));
      LOG.log(Level.WARNING, "station sync failed", e);
      record("sync.error.internal", String.valueOf(e.getMessage()));
    } finally {
      running.unlock();
    }
  }

  /** A cycle that could not finish, with the message key and detail the station page shows. */
  static final class Failed extends Exception {
    final String key;
    final String detail;

    Failed(String key, String detail) {
      super(key + ": " + detail);
      this.key = key;
      this.detail = detail;
    }
  }

  private void runCycle() throws Failed, SQLException {
    String base = config.centerUrl().orElseThrow(() -> new Failed("sync.error.noCenter", "lms.station.center-url"));
    CenterClient center = new CenterClient(base);
    SelfRow self = selfRow().orElse(null);
    if (self == null) {
      self = enrol(center, base);
    }
    PrivateKey key = Keys.privateKey(self.privateKey());
    push(center, self, key);
    pull(center, key);
    cacheFiles(center, key);
  }

  /**
   * Fetches the lesson files the center sent metadata for and this station lacks, each checked
   * against its SHA-256; a failed file is fetched again at the next cycle.
   */
  private void cacheFiles(CenterClient center, PrivateKey key) throws Failed, SQLException {
    List<String[]> missing = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement("SELECT id, sha256 FROM media_file ORDER BY id");
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!java.nio.file.Files.exists(media.path(rs.getString(1)))) {
          missing.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    SelfRow self = selfRow().orElseThrow();
    for (String[] m : missing) {
      long nonce;
      try (Connection c = dataSource.getConnection()) {
        nonce = OutboxStore.nextNonce(c);
      }
      byte[] bytes = JSON.createObjectBuilder().add("station", self.stationCode()).add("nonce", nonce).add("mediaId", m[0])
          .build().toString().getBytes(StandardCharsets.UTF_8);
      byte[] file;
      try {
        file = center.download("/api/sync/media", bytes, self.stationCode(), Keys.sign(bytes, key));
      } catch (CenterClient.Unreachable e) {
        throw new Failed("sync.error.unreachable", e.getMessage());
      }
      if (file == null || !Keys.sha256(file).equals(m[1])) {
        throw new Failed("sync.error.file", m[0]);
      }
      media.put(m[0], file);
    }
  }

  private SelfRow enrol(CenterClient center, String base) throws Failed, SQLException {
    String code = config.enrolCode().orElseThrow(() -> new Failed("sync.error.notEnrolled", "lms.station.enrol-code"));
    KeyPair pair = Keys.generate();
    JsonObject body = JSON.createObjectBuilder().add("code", code).add("publicKey", Keys.encode(pair.getPublic())).build();
    CenterClient.Reply r = call(() -> center.post("/api/sync/enrol", body.toString().getBytes(StandardCharsets.UTF_8), null, null));
    if (!r.ok()) {
      throw new Failed("sync.error.enrolRefused", r.detail());
    }
    JsonObject a = r.json();
    try (Connection c = dataSource.getConnection()) {
      OutboxStore.enrolled(c, base, a.getJsonNumber("stationId").longValue(), a.getString("stationCode"),
          a.getString("stationName"), a.getString("villagePath"), a.getString("keyId"), Keys.encode(pair.getPrivate()),
          Keys.encode(pair.getPublic()), a.getJsonNumber("highWater").longValue(), config.now());
    }
    LOG.info(() -> "station enrolled at the center as " + a.getString("stationCode"));
    return selfRow().orElseThrow();
  }

  private void push(CenterClient center, SelfRow self, PrivateKey key) throws Failed, SQLException {
    long acked = self.ackedSeq();
    for (int round = 0; round < 100_000; round++) {
      List<SyncRecord> records;
      long backlog;
      try (Connection c = dataSource.getConnection()) {
        records = OutboxStore.waiting(c, acked, config.batchSize());
        backlog = OutboxStore.count(c, acked);
      }
      if (records.isEmpty()) {
        return;
      }
      Batch b = Batch.of(self.stationCode(), self.keyId(), (int) Math.min(Integer.MAX_VALUE, backlog), records);
      Signed signed = Signed.of(b, key);
      CenterClient.Reply r = call(() -> center.post("/api/sync/batches", signed, self.stationCode()));
      String reason = r.reason();
      long hw;
      if (r.ok()) {
        hw = r.json().getJsonNumber("highWater").longValue();
        List<Object[]> results = new ArrayList<>();
        for (JsonValue v : r.json().getJsonArray("results")) {
          JsonObject o = v.asJsonObject();
          results.add(new Object[] {o.getJsonNumber("seq").longValue(), o.getString("result"),
              o.getString("reason", null)});
        }
        try (Connection c = dataSource.getConnection()) {
          OutboxStore.results(c, results);
          OutboxStore.acknowledged(c, hw);
        }
      } else if (("REPLAYED".equals(reason) || "GAP".equals(reason)) && r.json().containsKey("highWater")) {
        // the center holds up to its mark: a lost answer (replay) or a center behind us (gap); resume after it
        hw = r.json().getJsonNumber("highWater").longValue();
        try (Connection c = dataSource.getConnection()) {
          if (hw < acked) {
            OutboxStore.rewind(c, hw);
          } else {
            OutboxStore.acknowledged(c, hw);
          }
        }
      } else {
        throw new Failed("sync.error.refused", (reason == null ? "" : reason + ": ") + r.detail());
      }
      if (hw < records.get(0).seq() - 1 && hw == acked) {
        throw new Failed("sync.error.refused", "the center did not move its mark past " + hw);
      }
      acked = hw;
    }
  }

  private void pull(CenterClient center, PrivateKey key) throws Failed, SQLException {
    SelfRow self = selfRow().orElseThrow();
    long nonce;
    long backlog;
    try (Connection c = dataSource.getConnection()) {
      nonce = OutboxStore.nextNonce(c);
      backlog = OutboxStore.count(c, self.ackedSeq());
    }
    var body = JSON.createObjectBuilder().add("station", self.stationCode()).add("nonce", nonce).add("backlog", backlog);
    if (self.masterVersion() == null) {
      body.addNull("version");
    } else {
      body.add("version", self.masterVersion());
    }
    byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
    String signature = Keys.sign(bytes, key);
    CenterClient.Reply r = call(() -> center.post("/api/sync/master", bytes, self.stationCode(), signature));
    if (!r.ok()) {
      throw new Failed("sync.error.refused", (r.reason() == null ? "" : r.reason() + ": ") + r.detail());
    }
    JsonObject a = r.json();
    try (Connection c = dataSource.getConnection()) {
      OutboxStore.acknowledged(c, a.getJsonNumber("highWater").longValue());
    }
    if (a.getBoolean("changed", false)) {
      try {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
          MasterApply.apply(c, a.getString("version"), a.getJsonObject("data"));
        }
        // the people list and the tree's counts follow the roster once it commits
        List<Long> cadres = new ArrayList<>();
        a.getJsonObject("data").getJsonArray("cadre").forEach(v -> cadres.add(v.asJsonArray().getJsonNumber(0).longValue()));
        cadresChanged.fire(new cn.cadre.lms.directory.control.CadresChanged(cadres));
        tx.commit();
      } catch (Exception e) {
        try {
          tx.rollback();
        } catch (Exception ignored) {
          // the rollback's own failure says nothing new
        }
        throw new Failed("sync.error.master", String.valueOf(e.getMessage()));
      }
      LOG.info(() -> "station master data updated to version " + a.getString("version").substring(0, 12));
    }
  }

  interface Call {
    CenterClient.Reply run() throws CenterClient.Unreachable;
  }

  private static CenterClient.Reply call(Call call) throws Failed {
    try {
      return call.run();
    } catch (CenterClient.Unreachable e) {
      throw new Failed("sync.error.unreachable", e.getMessage());
    }
  }

  private Optional<SelfRow> selfRow() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return OutboxStore.self(c);
    }
  }

  private void record(String key, String detail) {
    try (Connection c = dataSource.getConnection()) {
      if (OutboxStore.self(c).isPresent()) {
        OutboxStore.attempt(c, config.now(), key == null ? null : key + "|" + detail, key == null);
      } else {
        lastUnenrolledError = key == null ? null : key + "|" + detail;
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not record the sync state", e);
    }
  }

  private volatile String lastUnenrolledError;

  public StationState state() {
    config.requireStation();
    try (Connection c = dataSource.getConnection()) {
      Optional<SelfRow> s = OutboxStore.self(c);
      LocalDateTime next = nextTry.equals(Instant.EPOCH) ? null : LocalDateTime.ofInstant(nextTry, ZoneOffset.UTC);
      if (s.isEmpty()) {
        String[] e = split(lastUnenrolledError);
        return new StationState(false, null, null, null, config.centerUrl().orElse(null), 0, 0, 0, null, null, e[0], e[1], null, next);
      }
      SelfRow r = s.get();
      String[] e = split(r.lastError());
      return new StationState(true, r.stationCode(), r.stationName(), r.villagePath(), r.centerUrl(), r.nextSeq(), r.ackedSeq(),
          OutboxStore.count(c, r.ackedSeq()), r.lastAttemptAt(), r.lastSuccessAt(), e[0], e[1], r.masterVersion(), next);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] split(String error) {
    if (error == null) {
      return new String[] {null, null};
    }
    int bar = error.indexOf('|');
    return bar < 0 ? new String[] {error, ""} : new String[] {error.substring(0, bar), error.substring(bar + 1)};
  }
}
