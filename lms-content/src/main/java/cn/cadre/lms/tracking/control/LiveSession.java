package cn.cadre.lms.tracking.control;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.StudyTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;

/**
 * A study session as the server holds it while the cadre studies: the rules that decide which
 * seconds count, applied to each heartbeat against the server's clock (passed in, so tests control
 * it). Only this class decides; the player merely reports. Methods are synchronized: two requests
 * of one session (a replay racing the original) are judged one after the other.
 */
public final class LiveSession {

  private final String id;
  private final StudyTarget target;
  private final TrackingSettings settings;
  private final Instant startedAt;
  private final long clientOffsetMillis;
  private final Random random;
  private final List<Segment> segments = new ArrayList<>();

  private SessionStatus status = SessionStatus.ACTIVE;
  private Instant lastBeatAt;
  private int lastSeq;
  private long lastSentAt = Long.MIN_VALUE;
  private Double lastPosition;
  private int lessonCounted;
  private int sessionCounted;
  private int maxPosition;
  private String pendingCheck;
  private Instant checkIssuedAt;
  private Instant nextCheckAt;
  private boolean dirty;
  private boolean completionReported;
  private Instant closedAt;
  private long carriedMillis;
  static final int CLAIM_WAIT_SECONDS = 30;
  /** One transaction at a time writes this session (see the claim methods). */
  private final Semaphore writing = new Semaphore(1);
  private volatile Object writer;

  /**
   * @param countedBefore verified seconds on the lesson from earlier sessions
   * @param positionBefore the furthest position reached in earlier sessions
   * @param clientTimeMillis the player's clock at start, to judge its later timestamps
   */
  public LiveSession(String id, StudyTarget target, TrackingSettings settings, Instant now,
      long clientTimeMillis, int countedBefore, int positionBefore, Random random) {
    this.id = id;
    this.target = target;
    this.settings = settings;
    this.startedAt = now;
    this.lastBeatAt = now;
    this.clientOffsetMillis = now.toEpochMilli() - clientTimeMillis;
    this.lessonCounted = countedBefore;
    this.maxPosition = positionBefore;
    this.random = random;
    if (target.attentionChecks()) {
      scheduleCheck(now);
    }
  }

  /** Judges one heartbeat; refuses one that is replayed, out of order, from the future or too soon. */
  public synchronized Verdict beat(Beat beat, Instant now) {
    refuseIfNotAcceptable(beat, now);
    // whole seconds are judged; the rest of a second is carried to the next heartbeat, or heartbeats
    // every 29.9 s would each lose 0.9 s (3 % of the time studied)
    long millis = Math.max(0, Duration.between(lastBeatAt, now).toMillis()) + carriedMillis;
    int elapsed = (int) (millis / 1000);
    carriedMillis = millis % 1000;
    int window = Math.min(elapsed, settings.maxGapSeconds());
    Reason reason = judge(beat, now, window);
    int counted = 0;
    if (reason == null || reason == Reason.LENGTH_REACHED) {
      int remaining = Math.max(0, target.lengthSeconds() - lessonCounted);
      counted = Math.min(window, remaining);
      reason = counted < window ? Reason.LENGTH_REACHED : elapsed > window ? Reason.GAP : Reason.COUNTED;
    }
    if (reason != Reason.SKIPPED_AHEAD && beat.position() != null) {
      maxPosition = Math.max(maxPosition, (int) Math.floor(beat.position()));
    }
    record(beat.seq(), now, elapsed, counted, reason);
    lastSeq = beat.seq();
    lastSentAt = beat.sentAtMillis();
    lastPosition = beat.position();
    lastBeatAt = now;
    if (target.attentionChecks() && pendingCheck == null && !now.isBefore(nextCheckAt)) {
      pendingCheck = Long.toString(100_000 + random.nextInt(900_000));
      checkIssuedAt = now;
    }
    return new Verdict(elapsed, counted, reason, lessonCounted, maxPosition, pendingCheck);
  }

  private void refuseIfNotAcceptable(Beat beat, Instant now) {
    if (status == SessionStatus.SUPERSEDED) {
      throw LmsException.conflict("study.superseded");
    }
    if (status != SessionStatus.ACTIVE) {
      throw LmsException.conflict("study.sessionEnded");
    }
    if (beat.seq() <= lastSeq) {
      throw LmsException.conflict("study.replayed", beat.seq(), lastSeq);
    }
    if (beat.sentAtMillis() < lastSentAt) {
      throw LmsException.conflict("study.outOfOrder");
    }
    long serverView = beat.sentAtMillis() + clientOffsetMillis;
    if (serverView > now.toEpochMilli() + settings.futureToleranceSeconds() * 1000L) {
      throw LmsException.invalid("sentAt", "study.fromFuture");
    }
    if (now.isBefore(lastBeatAt.plus(settings.minInterval()))) {
      throw new LmsException(429, "study.tooFrequent", List.of(), settings.heartbeatSeconds());
    }
  }

  /** The first rule that stops the count, or null when none does. */
  private Reason judge(Beat beat, Instant now, int window) {
    if (!beat.visible()) {
      return Reason.HIDDEN;
    }
    if (attentionMissed(beat, now)) {
      return Reason.ATTENTION_MISSED;
    }
    boolean playingForward = beat.playing() && beat.position() != null
        && (lastPosition == null || beat.position() > lastPosition);
    if (beat.idleSeconds() > settings.idleSeconds() && !playingForward) {
      return Reason.IDLE;
    }
    // playback up to double speed is allowed; a jump beyond that is a skip
    if (beat.position() != null && beat.position() > maxPosition + 2.0 * window + 3) {
      return Reason.SKIPPED_AHEAD;
    }
    return null;
  }

  private boolean attentionMissed(Beat beat, Instant now) {
    if (pendingCheck == null) {
      return false;
    }
    boolean late = now.isAfter(checkIssuedAt.plusSeconds(settings.attentionAnswerSeconds()));
    if (pendingCheck.equals(beat.attentionAnswer())) {
      pendingCheck = null;
      scheduleCheck(now);
    }
    return late;
  }

  private void scheduleCheck(Instant from) {
    int spread = settings.attentionMaxSeconds() - settings.attentionMinSeconds();
    nextCheckAt = from.plusSeconds(settings.attentionMinSeconds() + (spread == 0 ? 0 : random.nextInt(spread + 1)));
  }

  private void record(int seq, Instant now, int seconds, int counted, Reason reason) {
    lessonCounted += counted;
    sessionCounted += counted;
    dirty = true;
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last == null || !last.absorb(seq, now, seconds, counted, reason)) {
      segments.add(new Segment(seq, lastBeatAt, now, seconds, counted, reason));
    }
  }

  /** Stops the session; later heartbeats are refused with the status's reason. */
  public synchronized void close(SessionStatus why) {
    if (status == SessionStatus.ACTIVE) {
      status = why;
      closedAt = lastBeatAt;
      dirty = true;
    }
  }

  /** Whether the session closed longer ago than the given time, judged from its last heartbeat. */
  public synchronized boolean closedFor(Instant now, Duration duration) {
    return closedAt != null && now.isAfter(closedAt.plus(duration));
  }

  /** Whether the lesson's completion was already reported (or the lesson was complete at start). */
  public synchronized boolean completionReported() {
    return completionReported;
  }

  public synchronized void completionReported(boolean reported) {
    completionReported = reported;
  }

  /** Whether heartbeats stopped for longer than the settings allow. */
  public synchronized boolean expired(Instant now) {
    return status == SessionStatus.ACTIVE && now.isAfter(lastBeatAt.plus(settings.expireAfter()));
  }

  /** A consistent copy of the state to store. */
  public synchronized Snapshot snapshot() {
    dirty = false;
    return new Snapshot(id, target, status, startedAt, lastBeatAt, lastSeq, sessionCounted, lessonCounted, maxPosition,
        segments.stream().map(Segment::copy).toList());
  }

  /**
   * Forgets the segments a snapshot's write inserted: all but the last of an open session, which
   * later beats may still extend and which is inserted when it ends. Until this is called (the write
   * committed), every segment stays to be written again.
   */
  public synchronized void stored(Snapshot snapshot) {
    if (snapshot.segments().isEmpty()) {
      return;
    }
    int lastStored = snapshot.segments().get(snapshot.segments().size() - 1).firstSeq();
    boolean all = snapshot.status() != SessionStatus.ACTIVE;
    segments.removeIf(s -> s.firstSeq() < lastStored || (all && s.firstSeq() == lastStored));
  }

  /** The stretch still growing, not yet in the database, for a record read while the session is open. */
  public synchronized java.util.Optional<Segment> openSegment() {
    return status != SessionStatus.ACTIVE || segments.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(segments.get(segments.size() - 1).copy());
  }

  /**
   * Claims the session for one transaction's write, waiting while another transaction holds it: two
   * writes at once would both insert its finished segments. A semaphore, not a lock: the
   * transaction's completion, which releases it, need not run on the claiming thread.
   *
   * @return true, once claimed
   */
  public boolean claim(Object transaction) {
    try {
      // a write takes milliseconds; one held this long means its transaction never completed
      if (!writing.tryAcquire(CLAIM_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException("study session " + id + " has been held by another write for "
            + CLAIM_WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to write study session " + id, e);
    }
    writer = transaction;
    return true;
  }

  /** Claims the session unless another transaction holds it. */
  public boolean tryClaim(Object transaction) {
    if (!writing.tryAcquire()) {
      return false;
    }
    writer = transaction;
    return true;
  }

  public boolean claimedBy(Object transaction) {
    return transaction != null && transaction.equals(writer);
  }

  /** Whether a transaction holds the session for its write. */
  public boolean beingWritten() {
    return writing.availablePermits() == 0;
  }

  /** Ends the claim (its transaction completed). */
  public void release() {
    writer = null;
    writing.release();
  }

  /** Marks the session to be written again (its last store failed). */
  public synchronized void unstored() {
    dirty = true;
  }

  public synchronized boolean dirty() {
    return dirty;
  }

  public synchronized SessionStatus status() {
    return status;
  }

  public String id() {
    return id;
  }

  public StudyTarget target() {
    return target;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public synchronized int lessonCounted() {
    return lessonCounted;
  }

  public synchronized int maxPosition() {
    return maxPosition;
  }

  /** A consistent copy of what the store writes for a session. */
  public record Snapshot(
      String id, StudyTarget target, SessionStatus status, Instant startedAt, Instant lastBeatAt, int lastSeq, int sessionCounted,
      int lessonCounted, int maxPosition, List<Segment> segments) {}
}
