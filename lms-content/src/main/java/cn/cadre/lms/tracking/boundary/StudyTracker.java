package cn.cadre.lms.tracking.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Catalog;
import cn.cadre.lms.courses.boundary.Progress;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.tracking.control.LessonRecord;
import cn.cadre.lms.tracking.control.LiveSession;
import cn.cadre.lms.tracking.control.LiveSession.Snapshot;
import cn.cadre.lms.tracking.control.SessionStatus;
import cn.cadre.lms.tracking.control.StudyStore;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import cn.cadre.lms.tracking.control.TrackingSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way into verified study time. Heartbeats are judged in memory, without a transaction, which is
 * what lets one node take thousands of learners; the decisions reach the database every few seconds,
 * and at once when a session closes (left, superseded by another tab or device, or expired), in the
 * transaction that also credits the session's time. One active lesson per cadre on this node: a
 * cluster routes a cadre to one node (sticky sessions; see docs/architecture.md).
 */
@Singleton
@Startup
@DependsOn("PeopleIndexer")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StudyTracker {

  private static final Logger LOG = Logger.getLogger(StudyTracker.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Catalog catalog;
  @Inject Progress progress;
  @Inject Event<StudyTimeVerified> verified;

  @Inject @ConfigProperty(name = "lms.tracking.heartbeat-seconds", defaultValue = "30") int heartbeatSeconds;
  @Inject @ConfigProperty(name = "lms.tracking.idle-seconds", defaultValue = "300") int idleSeconds;
  @Inject @ConfigProperty(name = "lms.tracking.completion-percent", defaultValue = "90") int completionPercent;
  @Inject @ConfigProperty(name = "lms.tracking.attention-min-seconds", defaultValue = "300") int attentionMin;
  @Inject @ConfigProperty(name = "lms.tracking.attention-max-seconds", defaultValue = "900") int attentionMax;
  @Inject @ConfigProperty(name = "lms.tracking.expire-intervals", defaultValue = "3") int expireIntervals;

  private final SecureRandom random = new SecureRandom();
  @Inject Heartbeats heartbeats;
  // the very maps of Heartbeats (taken at start), which heartbeats reach without this bean
  private Map<String, LiveSession> sessions;
  private Map<Long, String> activeByCadre;
  private final Map<Long, Object> openLocks = new ConcurrentHashMap<>();
  private TrackingSettings settings;
  /**
   * Open sessions are written in this many one-second slices: each reaches the database at most
   * this many seconds after a heartbeat, and a stopped server loses at most this much counted time.
   */
  @Inject @ConfigProperty(name = "lms.tracking.write-seconds", defaultValue = "5") int writeSeconds;
  private long runs;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void start() {
    sessions = heartbeats.sessions();
    activeByCadre = heartbeats.activeByCadre();
    settings = new TrackingSettings(heartbeatSeconds, Math.max(idleSeconds, heartbeatSeconds), completionPercent,
        attentionMin, Math.max(attentionMax, attentionMin), 90, 5, expireIntervals);
    int closed = closeOrphans();
    LOG.info(() -> "LMS study tracking: heartbeat " + heartbeatSeconds + " s, a session silent for "
        + settings.expireAfter().toSeconds() + " s expires; " + closed
        + " sessions left open by a stopped server closed and credited");
  }

  /**
   * Sessions a stopped node left open count up to their last stored heartbeat, and no further; those
   * of a running node are left alone, since it stores each within {@link #writeSeconds} seconds (that
   * much is added to the expiry before another node's session counts as left open).
   */
  private int closeOrphans() {
    Instant now = now();
    try (Connection c = dataSource.getConnection()) {
      List<StudyTimeVerified> orphans =
          StudySessions.expireOrphans(
              c, now.minus(settings.expireAfter()).minusSeconds(Math.max(1, writeSeconds)), sessions.keySet(), now);
      orphans.forEach(verified::fire);
      return orphans.size();
    } catch (SQLException e) {
      throw new IllegalStateException("study sessions cannot be read", e);
    }
  }

  /** The calling cadre's verified time on a lesson and why the rest did not count. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public LessonRecord record(Actor actor, long lessonId) {
    var target = catalog.studyTarget(actor, lessonId);
    storeOpenSessionOf(target.cadreId());
    String open = activeByCadre.get(target.cadreId());
    LiveSession live = open == null ? null : sessions.get(open);
    var growing = live == null || live.target().lessonId() != lessonId ? null : live.openSegment().orElse(null);
    try (Connection c = dataSource.getConnection()) {
      return StudySessions.record(c, target.cadreId(), lessonId, target.lengthSeconds(),
          settings.completionSeconds(target.lengthSeconds()), live == null ? null : live.id(), growing,
          growing == null ? 0 : live.lessonCounted());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public TrackingSettings settings() {
    return settings;
  }

  /**
   * Opens a lesson for the calling cadre; a lesson open elsewhere for the same cadre stops counting.
   * Safe to run again after a rollback ({@code Deadlocks.retried}): the new session is forgotten, and
   * the one it superseded stays closed and is stored by the next write.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Started open(Actor actor, long lessonId, long clientTimeMillis) {
    var target = catalog.studyTarget(actor, lessonId);
    // two tabs opening at the same instant must still leave one session active
    synchronized (openLocks.computeIfAbsent(target.cadreId(), id -> new Object())) {
      String previous = activeByCadre.get(target.cadreId());
      if (previous != null && sessions.containsKey(previous)) {
        sessions.get(previous).close(SessionStatus.SUPERSEDED);
        store(List.of(sessions.get(previous)));
      }
      try (Connection c = dataSource.getConnection()) {
        var before = StudyStore.progress(c, target.cadreId(), target.lessonId(), target.courseId());
        var live = new LiveSession(UUID.randomUUID().toString(), target, settings, now(), clientTimeMillis,
            before.counted(), before.maxPosition(), random);
        live.completionReported(before.completed());
        StudyStore.insert(c, live);
        sessions.put(live.id(), live);
        activeByCadre.put(target.cadreId(), live.id());
        afterCommit(() -> {}, () -> {
          sessions.remove(live.id());
          activeByCadre.remove(target.cadreId(), live.id());
        });
        return new Started(live.id(), settings.heartbeatSeconds(), target.lengthSeconds(), before.counted(),
            before.maxPosition(), settings.completionSeconds(target.lengthSeconds()), before.completed());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The cadre left the lesson: what counted so far is stored and credited now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void end(Actor actor, String sessionId) {
    var live = own(actor, sessionId);
    if (live.status() != SessionStatus.ACTIVE) {
      throw LmsException.conflict(live.status() == SessionStatus.SUPERSEDED ? "study.superseded" : "study.sessionEnded");
    }
    live.close(SessionStatus.ENDED);
    store(List.of(live));
  }

  /** Stores the caller's open session now, so a read of the record right after shows it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void storeOpenSessionOf(long cadreId) {
    String id = activeByCadre.get(cadreId);
    if (id != null && sessions.containsKey(id)) {
      store(List.of(sessions.get(id)));
    }
  }

  /**
   * Every second, one slice of the open sessions that changed (by their id; {@code writeSeconds}
   * slices, 5 by default) is written, and every closed one: each open session reaches the database
   * within {@code writeSeconds} of a heartbeat, and the node writes a small batch each second instead
   * of all its learners at once every five seconds (at 5,000 learners that burst held both cores of
   * the benchmark machine for a while, and every heartbeat answered meanwhile waited).
   */
  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void writeBehind() {
    Instant now = now();
    int slices = Math.max(1, writeSeconds);
    long slice = runs++ % slices;
    List<LiveSession> due = new ArrayList<>();
    for (LiveSession live : sessions.values()) {
      if (live.expired(now)) {
        live.close(SessionStatus.EXPIRED);
      }
      if (live.dirty()) {
        if (live.status() != SessionStatus.ACTIVE || slice(live.id(), slices) == slice) {
          due.add(live);
        }
      } else if (live.status() != SessionStatus.ACTIVE && live.closedFor(now, settings.expireAfter().multipliedBy(4))
          && !live.beingWritten()) {
        // kept a while after closing so its tab learns why it stopped; then forgotten (not while a
        // transaction writes it: were that to roll back, the session would have to be written again)
        sessions.remove(live.id());
        activeByCadre.remove(live.target().cadreId(), live.id());
      }
    }
    // a session another transaction is storing (a tab closing, a lesson opened elsewhere) is left
    // for a later round: it stays dirty
    Claim claim = claim(due, false);
    if (!claim.writable().isEmpty()) {
      store(claim);
    }
    if (runs % 60 == 0) {
      closeOrphans();
    }
  }

  /** Which of the write-behind's one-second slices writes an open session. */
  static int slice(String sessionId, int slices) {
    return Math.floorMod(sessionId.hashCode(), slices);
  }

  /** Writes sessions in the current transaction, once each is not being written by another. */
  private void store(List<LiveSession> lives) {
    store(claim(lives, true));
  }

  /**
   * Claims sessions for this transaction's write until it completes: two transactions writing one
   * session at once would both insert its finished segments (the heartbeat benchmark saw a lesson
   * opened in a second tab fail so, with the write-behind storing the first tab's session at that
   * moment). Waits for each when {@code wait}, else skips those another transaction holds. A session
   * this transaction already holds is not claimed again.
   *
   * @return the sessions this transaction may write, and those claimed by this call, which
   *     {@link #store(Claim)}'s completion releases
   */
  private Claim claim(List<LiveSession> lives, boolean wait) {
    Object tx = transactions.getTransactionKey();
    List<LiveSession> writable = new ArrayList<>();
    List<LiveSession> claimedHere = new ArrayList<>();
    for (LiveSession live : lives) {
      if (live.claimedBy(tx)) {
        writable.add(live);
      } else if (wait ? live.claim(tx) : live.tryClaim(tx)) {
        writable.add(live);
        claimedHere.add(live);
      }
    }
    return new Claim(writable, claimedHere);
  }

  private record Claim(List<LiveSession> writable, List<LiveSession> claimedHere) {}

  /**
   * Writes sessions in the current transaction, credits those this write closed, and reports lessons
   * whose verified time reached completion. The sessions forget their stored segments only after
   * commit; those the claim took are released when the transaction completes either way.
   */
  private void store(Claim claim) {
    List<LiveSession> lives = claim.writable();
    List<LiveSession> releasing = claim.claimedHere();
    List<Snapshot> snapshots = lives.stream().map(LiveSession::snapshot).toList();
    try {
      afterCommit(() -> {
        for (int i = 0; i < lives.size(); i++) {
          lives.get(i).stored(snapshots.get(i));
        }
        releasing.forEach(LiveSession::release);
      }, () -> {
        lives.forEach(LiveSession::unstored);
        releasing.forEach(LiveSession::release);
      });
    } catch (RuntimeException e) {
      // no completion will come to release them (the transaction cannot take one)
      lives.forEach(LiveSession::unstored);
      releasing.forEach(LiveSession::release);
      throw e;
    }
    Instant now = now();
    List<Snapshot> completing = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (Snapshot closed : StudyStore.write(c, snapshots, now)) {
        if (closed.sessionCounted() > 0) {
          verified.fire(credit(closed, now));
        }
      }
      for (int i = 0; i < lives.size(); i++) {
        var snapshot = snapshots.get(i);
        if (!lives.get(i).completionReported()
            && snapshot.lessonCounted() >= settings.completionSeconds(snapshot.target().lengthSeconds())) {
          StudyStore.progress(c, snapshot);
          completing.add(snapshot);
        }
      }
    } catch (SQLException e) {
      lives.forEach(LiveSession::unstored);
      throw new IllegalStateException("study sessions cannot be stored", e);
    }
    for (Snapshot snapshot : completing) {
      progress.lessonCompleted(snapshot.target().cadreId(), snapshot.target().lessonId(), utc(now));
    }
    for (int i = 0; i < lives.size(); i++) {
      if (completing.contains(snapshots.get(i))) {
        lives.get(i).completionReported(true);
      }
    }
  }

  private StudyTimeVerified credit(Snapshot s, Instant now) {
    var t = s.target();
    return new StudyTimeVerified(s.id(), t.cadreId(), t.courseId(), t.lessonId(), s.sessionCounted(),
        ChinaTime.dayOf(s.startedAt()), t.year(), t.courseCredits(), t.required(), utc(now));
  }

  private LiveSession own(Actor actor, String sessionId) {
    return heartbeats.own(actor, sessionId);
  }

  private void afterCommit(Runnable committed, Runnable rolledBack) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        (status == Status.STATUS_COMMITTED ? committed : rolledBack).run();
      }
    });
  }

  private Instant now() {
    // the one clock the sessions are judged by, opened and written alike
    return heartbeats.now();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** What the player needs to begin. */
  public record Started(
      String sessionId, int heartbeatSeconds, int lengthSeconds, int lessonCounted, int maxPosition,
      int completionSeconds, boolean completed) {}
}
