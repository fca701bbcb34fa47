package cn.cadre.lms.sync.inbox;

import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.Outcome;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.Refusal;
import cn.cadre.lms.sync.protocol.SyncRecord;
import cn.cadre.lms.sync.protocol.SyncRefused;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The center's inbox in SQL: finds and locks a station's link, and applies a verified batch in the
 * caller's transaction. Everything a batch's records need is read in a few set queries and written in
 * JDBC batches, so a batch costs a handful of round trips whatever its size.
 */
public final class InboxApply {

  private InboxApply() {}

  /** The station by its code, its sync row locked (one batch of a station at a time); empty when unknown. */
  public static Optional<StationLink> lock(Connection c, String code) throws SQLException {
    Long id = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM station WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getLong(1);
        }
      }
    }
    return id == null ? Optional.empty() : lock(c, id);
  }

  public static Optional<StationLink> lock(Connection c, long stationId) throws SQLException {
    ensureRow(c, stationId);
    long highWater;
    long nonce;
    String keyId;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT high_water, pull_nonce, key_id FROM sync_station WHERE station_id = ? FOR UPDATE")) {
      ps.setLong(1, stationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        highWater = rs.getLong(1);
        nonce = rs.getLong(2);
        keyId = rs.getString(3);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT s.code, s.name, v.path, k.public_key FROM station s JOIN org_node v ON v.id = s.village_id"
            + " LEFT JOIN sync_key k ON k.key_id = ? AND k.revoked_at IS NULL WHERE s.id = ?")) {
      ps.setString(1, keyId);
      ps.setLong(2, stationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String key = rs.getString(4);
        return Optional.of(new StationLink(stationId, rs.getString(1), rs.getString(2), rs.getString(3),
            key == null ? null : keyId, key, highWater, nonce));
      }
    }
  }

  /**
   * Every station gets its sync row on first need; a second maker racing this one loses quietly, and
   * so does an id that names no station (the foreign key), which the caller then finds missing.
   */
  static void ensureRow(Connection c, long stationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_station WHERE station_id = ?")) {
      ps.setLong(1, stationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    // a plain insert, the duplicate key taken as done: an INSERT ... SELECT ... NOT EXISTS read the
    // gap under a shared lock, and two stations enrolling at once deadlocked (docs/benchmarks.md)
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sync_station (station_id, key_id, high_water, pull_nonce, last_contact_at, backlog)"
            + " VALUES (?, NULL, 0, 0, NULL, 0)")) {
      ps.setLong(1, stationId);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!isDuplicate(e)) {
        throw e;
      }
    }
  }

  static boolean isDuplicate(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("23"));
  }

  /**
   * Applies a batch that passed the signature check, in the caller's transaction: refuses a replay
   * or a gap, answers DUPLICATE for records at or below the high-water mark, applies or quarantines
   * the rest, and moves the mark to the batch's end.
   */
  public static BatchAnswer apply(Connection c, StationLink s, Batch b, Instant now) throws SQLException {
    if (b.to() <= s.highWater()) {
      throw new SyncRefused(Refusal.REPLAYED, "records " + b.from() + ".." + b.to() + " were applied already", s.highWater(), List.of());
    }
    if (b.from() > s.highWater() + 1) {
      throw new SyncRefused(Refusal.GAP, "the next record expected is " + (s.highWater() + 1) + ", not " + b.from(), s.highWater(), List.of());
    }
    List<RecordResult> results = new ArrayList<>(b.records().size());
    List<SyncRecord> fresh = new ArrayList<>();
    Map<Long, String> stored = b.from() <= s.highWater() ? storedIds(c, s.stationId(), b.from(), s.highWater()) : Map.of();
    for (SyncRecord r : b.records()) {
      if (r.seq() <= s.highWater()) {
        if (!r.id().equals(stored.get(r.seq()))) {
          throw new SyncRefused(Refusal.SEQ_REUSED, "record " + r.seq() + " was applied with another id", s.highWater(), List.of());
        }
        results.add(new RecordResult(r.seq(), r.id(), Outcome.DUPLICATE, null, null));
      } else {
        fresh.add(r);
      }
    }
    Set<String> used = existing(c, "SELECT record_id FROM sync_inbox WHERE record_id IN ", ids(fresh));
    for (int i = 0; i < fresh.size(); i++) {
      if (used.contains(fresh.get(i).id())) {
        throw SyncRefused.malformed("records[" + (fresh.get(i).seq() - b.from()) + "].id", "the record id " + fresh.get(i).id() + " is in use");
      }
    }
    Applier a = new Applier(c, s, now, false);
    a.preload(fresh);
    for (SyncRecord r : fresh) {
      Verdict v = a.decide(r, null);
      a.inbox(r, v);
      results.add(new RecordResult(r.seq(), r.id(), v.applies() ? Outcome.APPLIED : Outcome.QUARANTINED,
          v.applies() ? null : v.reason().name(), v.detail()));
    }
    a.flush();
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE sync_station SET high_water = ?, last_contact_at = ?, backlog = ? WHERE station_id = ?")) {
      ps.setLong(1, b.to());
      ps.setTimestamp(2, utc(now));
      ps.setInt(3, b.backlog());
      ps.setLong(4, s.stationId());
      ps.executeUpdate();
    }
    int applied = (int) results.stream().filter(r -> r.result() == Outcome.APPLIED).count();
    int dup = (int) results.stream().filter(r -> r.result() == Outcome.DUPLICATE).count();
    return new BatchAnswer(b.to(), applied, dup, results.size() - applied - dup, results);
  }

  /**
   * Re-applies one quarantined record, for an administrator who fixed what was wrong: for an
   * attendance, {@code cadreId} (when given) routes it to that cadre. Answers the new verdict; the
   * row changes only when it applies.
   */
  public static Verdict reapply(Connection c, StationLink s, SyncRecord r, Long cadreId, long by, Instant now) throws SQLException {
    Applier a = new Applier(c, s, now, true);
    a.preload(List.of(r));
    if (cadreId != null) {
      a.routeTo(cadreId);
    }
    Verdict v = a.decide(r, cadreId);
    if (v.applies()) {
      a.flush();
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_inbox SET state = 'APPLIED', reason = NULL, detail = ?,"
          + " resolved_by = ?, resolved_at = ? WHERE station_id = ? AND seq = ? AND state = 'QUARANTINED'")) {
        ps.setString(1, cadreId == null ? "re-applied" : "re-applied for cadre " + cadreId);
        ps.setLong(2, by);
        ps.setTimestamp(3, utc(now));
        ps.setLong(4, s.stationId());
        ps.setLong(5, r.seq());
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("record " + r.seq() + " is no longer quarantined");
        }
      }
    }
    return v;
  }

  /** The applying state of one batch: facts read in bulk, rows collected for batched inserts. */
  private static final class Applier {
    private final Connection c;
    private final StationLink s;
    private final Instant now;
    private final boolean admin;
    private final Map<String, SessionFacts> sessions = new HashMap<>();
    private final Map<Long, String> cadrePaths = new HashMap<>();
    private final Map<String, Long> guests = new HashMap<>();
    private final Set<Long> courses = new HashSet<>();
    private final Set<String> attended = new HashSet<>();
    private final Map<Long, Long> lessonCourses = new HashMap<>();
    private final Set<String> studies = new HashSet<>();
    private final List<Object[]> studyRows = new ArrayList<>();
    private final List<Object[]> sessionRows = new ArrayList<>();
    private final List<Object[]> attendanceRows = new ArrayList<>();
    private final List<Object[]> inboxRows = new ArrayList<>();

    Applier(Connection c, StationLink s, Instant now, boolean admin) {
      this.c = c;
      this.s = s;
      this.now = now;
      this.admin = admin;
    }

    void preload(List<SyncRecord> records) throws SQLException {
      Set<String> sessionIds = new LinkedHashSet<>();
      Set<Long> cadreIds = new LinkedHashSet<>();
      Set<String> usernames = new LinkedHashSet<>();
      Set<Long> courseIds = new LinkedHashSet<>();
      Set<Long> lessonIds = new LinkedHashSet<>();
      List<String> studyIds = new ArrayList<>();
      for (SyncRecord r : records) {
        if (r.kind() == RecordKind.STUDY_TIME) {
          Long cadre = ApplyRules.whole(r.body(), "cadreId");
          Long lesson = ApplyRules.whole(r.body(), "lessonId");
          if (cadre != null) {
            cadreIds.add(cadre);
          }
          if (lesson != null) {
            lessonIds.add(lesson);
          }
          studyIds.add(r.id());
        } else if (r.kind() == RecordKind.GROUP_SESSION) {
          Long course = ApplyRules.whole(r.body(), "courseId");
          if (course != null) {
            courseIds.add(course);
          }
        } else {
          String sid = ApplyRules.text(r.body(), "sessionId");
          if (sid != null) {
            sessionIds.add(sid.toLowerCase());
          }
          Long cadre = ApplyRules.whole(r.body(), "cadreId");
          if (cadre != null) {
            cadreIds.add(cadre);
          }
          String u = ApplyRules.text(r.body(), "username");
          if (u != null) {
            usernames.add(u.strip());
          }
        }
      }
      if (!sessionIds.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id, station_id, starts_at, ends_at FROM group_session WHERE id IN " + marks(sessionIds.size()))) {
          bind(ps, sessionIds);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              sessions.put(rs.getString(1), new SessionFacts(rs.getString(1), rs.getLong(2),
                  rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(4).toLocalDateTime()));
            }
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT session_id, cadre_id FROM group_attendance WHERE cadre_id IS NOT NULL AND session_id IN " + marks(sessionIds.size()))) {
          bind(ps, sessionIds);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              attended.add(rs.getString(1) + "/" + rs.getLong(2));
            }
          }
        }
      }
      if (!usernames.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT username, cadre_id FROM person WHERE cadre_id IS NOT NULL AND username IN " + marks(usernames.size()))) {
          bind(ps, usernames);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              guests.put(rs.getString(1), rs.getLong(2));
              cadreIds.add(rs.getLong(2));
            }
          }
        }
      }
      loadCadres(cadreIds);
      if (!lessonIds.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, course_id FROM lesson WHERE id IN " + marks(lessonIds.size()))) {
          bind(ps, lessonIds);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              lessonCourses.put(rs.getLong(1), rs.getLong(2));
            }
          }
        }
      }
      if (!studyIds.isEmpty()) {
        studies.addAll(existing(c, "SELECT id FROM station_study WHERE id IN ", studyIds));
      }
      if (!courseIds.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM course WHERE status = 'PUBLISHED' AND id IN " + marks(courseIds.size()))) {
          bind(ps, courseIds);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              courses.add(rs.getLong(1));
            }
          }
        }
      }
    }

    void routeTo(long cadreId) throws SQLException {
      loadCadres(Set.of(cadreId));
    }

    private void loadCadres(Collection<Long> ids) throws SQLException {
      if (ids.isEmpty()) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id, path FROM cadre WHERE id IN " + marks(ids.size()))) {
        bind(ps, ids);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            cadrePaths.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
    }

    Verdict decide(SyncRecord r, Long routedCadre) {
      if (r.kind() == RecordKind.STUDY_TIME) {
        ApplyRules.StudyBody[] out = new ApplyRules.StudyBody[1];
        Verdict shape = ApplyRules.studyShape(r.body(), out);
        if (!shape.applies()) {
          return shape;
        }
        ApplyRules.StudyBody b = out[0];
        Verdict v = ApplyRules.study(s.villagePath(), Optional.ofNullable(cadrePaths.get(b.cadreId())),
            lessonCourses.get(b.lessonId()), b.courseId(), studies.contains(r.id()));
        if (v.applies()) {
          studies.add(r.id());
          studyRows.add(new Object[] {r.id(), s.stationId(), b.cadreId(), b.courseId(), b.lessonId(), b.seconds(),
              java.sql.Date.valueOf(b.day()), utc(now)});
        }
        return v;
      }
      if (r.kind() == RecordKind.GROUP_SESSION) {
        ApplyRules.SessionBody[] out = new ApplyRules.SessionBody[1];
        Verdict shape = ApplyRules.sessionShape(r.body(), out);
        if (!shape.applies()) {
          return shape;
        }
        ApplyRules.SessionBody b = out[0];
        if (b.courseId() != null && !courses.contains(b.courseId())) {
          return Verdict.quarantine(Quarantine.UNKNOWN_COURSE, "no published course " + b.courseId());
        }
        sessions.put(r.id(), new SessionFacts(r.id(), s.stationId(), b.startsAt(), b.endsAt()));
        sessionRows.add(new Object[] {r.id(), s.stationId(), b.courseId() == null ? "BROADCAST" : "COURSE", b.courseId(),
            b.title(), Timestamp.valueOf(b.startsAt()), Timestamp.valueOf(b.endsAt()), b.recordedBy(), utc(now)});
        return Verdict.APPLY;
      }
      ApplyRules.AttendanceBody[] out = new ApplyRules.AttendanceBody[1];
      Verdict shape = ApplyRules.attendanceShape(r.kind(), r.body(), out);
      if (!shape.applies()) {
        return shape;
      }
      ApplyRules.AttendanceBody b = out[0];
      boolean guest = r.kind() == RecordKind.GUEST_ATTENDANCE;
      Long cadre = routedCadre != null ? routedCadre : guest ? guests.get(b.username()) : b.cadreId();
      Optional<SessionFacts> session = Optional.ofNullable(sessions.get(b.sessionId()));
      Verdict v = ApplyRules.attendance(s.stationId(), s.villagePath(), session, cadre,
          Optional.ofNullable(cadre == null ? null : cadrePaths.get(cadre)), guest, admin && routedCadre != null,
          b.minutes(), cadre != null && attended.contains(b.sessionId() + "/" + cadre));
      if (!v.applies()) {
        return v;
      }
      attended.add(b.sessionId() + "/" + cadre);
      attendanceRows.add(new Object[] {r.id(), b.sessionId(), cadre, b.username(), b.name(), b.minutes(),
          java.sql.Date.valueOf(session.get().startsAt().toLocalDate()), utc(now)});
      return Verdict.APPLY;
    }

    void inbox(SyncRecord r, Verdict v) {
      String body = r.body().toString();
      inboxRows.add(new Object[] {s.stationId(), r.seq(), r.id(), r.kind().name(), body,
          Keys.sha256(body.getBytes(StandardCharsets.UTF_8)), utc(r.madeAt()), utc(now),
          v.applies() ? "APPLIED" : "QUARANTINED", v.applies() ? null : v.reason().name(), v.detail()});
    }

    void flush() throws SQLException {
      insert("INSERT INTO group_session (id, station_id, kind, course_id, title, starts_at, ends_at, recorded_by, recorded_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionRows);
      insert("INSERT INTO group_attendance (id, session_id, cadre_id, guest_username, guest_name, minutes, study_day,"
          + " credit_state, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)", attendanceRows);
      insert("INSERT INTO station_study (id, station_id, cadre_id, course_id, lesson_id, counted_seconds, study_day,"
          + " credit_state, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)", studyRows);
      insert("INSERT INTO sync_inbox (station_id, seq, record_id, kind, body, body_hash, made_at, received_at, state,"
          + " reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inboxRows);
    }

    private void insert(String sql, List<Object[]> rows) throws SQLException {
      if (rows.isEmpty()) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) {
              ps.setNull(i + 1, Types.VARCHAR);
            } else {
              ps.setObject(i + 1, v);
            }
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private static Map<Long, String> storedIds(Connection c, long station, long from, long to) throws SQLException {
    Map<Long, String> m = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, record_id FROM sync_inbox WHERE station_id = ? AND seq BETWEEN ? AND ?")) {
      ps.setLong(1, station);
      ps.setLong(2, from);
      ps.setLong(3, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return m;
  }

  private static Set<String> existing(Connection c, String sqlPrefix, List<String> ids) throws SQLException {
    Set<String> found = new HashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    try (PreparedStatement ps = c.prepareStatement(sqlPrefix + marks(ids.size()))) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private static List<String> ids(List<SyncRecord> records) {
    return records.stream().map(SyncRecord::id).toList();
  }

  static String marks(int n) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < n; i++) {
      j.add("?");
    }
    return j.toString();
  }

  static void bind(PreparedStatement ps, Collection<?> values) throws SQLException {
    int i = 1;
    for (Object v : values) {
      ps.setObject(i++, v);
    }
  }

  static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

}
