package cn.cadre.lms.tracking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.StudyTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each time-verification rule on its own, with the server's clock in the test's hands. */
class LiveSessionTest {

  static final Instant T0 = Instant.parse("2026-11-29T01:00:00Z");
  static final TrackingSettings SETTINGS = new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 3);

  int seq;
  long clientClock = 1_700_000_000_000L; // the player's clock runs 2026 minus some years: only differences matter

  static StudyTarget text(int length, boolean attention) {
    return new StudyTarget(7, 11, 3, "TEXT", length, attention, 5, 2026, true, new BigDecimal("2.0"));
  }

  static StudyTarget video(int length) {
    return new StudyTarget(7, 12, 3, "VIDEO", length, false, 5, 2026, false, new BigDecimal("1.0"));
  }

  LiveSession open(StudyTarget target, int countedBefore) {
    return new LiveSession("s1", target, SETTINGS, T0, clientClock, countedBefore, 0, new Random(1));
  }

  Verdict beatAt(LiveSession s, int secondsAfterStart, boolean visible, int idle, Double position, boolean playing) {
    return s.beat(new Beat(++seq, clientClock + secondsAfterStart * 1000L, visible, idle, position, playing, null),
        T0.plusSeconds(secondsAfterStart));
  }

  Verdict readAt(LiveSession s, int secondsAfterStart) {
    return beatAt(s, secondsAfterStart, true, 5, null, false);
  }

  @Test
  void aVisibleActivePageCountsTheServersElapsedTime() {
    var s = open(text(600, false), 0);
    var v = readAt(s, 30);
    assertEquals(Reason.COUNTED, v.reason());
    assertEquals(30, v.counted());
    assertEquals(60, readAt(s, 60).lessonCounted());
  }

  @Test
  void partsOfASecondAreCarriedSoHeartbeatsOffTheWholeSecondLoseNothing() {
    var s = open(text(6000, false), 0);
    int counted = 0;
    for (int i = 1; i <= 10; i++) {
      long at = i * 29_900L; // every 29.9 s
      counted += s.beat(new Beat(++seq, clientClock + at, true, 5, null, false, null), T0.plusMillis(at)).counted();
    }
    assertEquals(299, counted, "299 s of 299.0 s, not 10 x 29 s");
    assertEquals(299, s.lessonCounted(), "never more than the wall clock (299.0 s)");
    var eleventh = s.beat(new Beat(++seq, clientClock + 328_950L, true, 5, null, false, null), T0.plusMillis(328_950L));
    assertEquals(29, eleventh.counted(), "29.95 s more: 328.95 s in all, 328 whole seconds");
  }

  @Test
  void oneTransactionAtATimeWritesASession() throws Exception {
    var s = open(text(600, false), 0);
    Object first = "tx-1";
    Object second = "tx-2";
    assertTrue(!s.beingWritten());
    assertTrue(s.tryClaim(first));
    assertTrue(s.claimedBy(first) && s.beingWritten());
    assertTrue(!s.tryClaim(second) && !s.claimedBy(second), "the write-behind skips a session being written");
    // a closing tab waits until the first write completes
    var waiter = new Thread(() -> s.claim(second));
    waiter.start();
    waiter.join(200);
    assertTrue(waiter.isAlive(), "waits while the first transaction holds it");
    s.release();
    waiter.join(5_000);
    assertTrue(!waiter.isAlive() && s.claimedBy(second), "then writes");
    s.release();
    assertTrue(s.tryClaim(first), "free again");
    assertTrue(!s.claimedBy(null));
  }

  @Test
  void aHiddenPageCountsNothing() {
    var s = open(text(600, false), 0);
    var v = beatAt(s, 30, false, 0, null, false);
    assertEquals(Reason.HIDDEN, v.reason());
    assertEquals(0, v.counted());
    assertEquals(30, v.seconds(), "the stretch is still recorded, with its reason");
  }

  @Test
  void noInteractionPastTheIdleLimitCountsNothing() {
    var s = open(text(600, false), 0);
    assertEquals(Reason.IDLE, beatAt(s, 30, true, 301, null, false).reason());
    assertEquals(Reason.COUNTED, beatAt(s, 60, true, 300, null, false).reason());
  }

  @Test
  void aVideoPlayingForwardIsActivityWithoutInput() {
    var s = open(video(600), 0);
    assertEquals(Reason.COUNTED, beatAt(s, 30, true, 400, 30.0, true).reason());
    assertEquals(Reason.IDLE, beatAt(s, 60, true, 430, 30.0, false).reason(), "paused and untouched");
  }

  @Test
  void neverMoreThanTheWallClockNorTwoIntervalsAcrossAGap() {
    var s = open(text(6000, false), 0);
    var v = readAt(s, 3600); // an hour with no heartbeat: computer asleep, link gone
    assertEquals(Reason.GAP, v.reason());
    assertEquals(60, v.counted());
    assertEquals(3600, v.seconds());
    var next = readAt(s, 3620);
    assertEquals(20, next.counted(), "never more than the server's clock moved");
  }

  @Test
  void theFirstViewingCountsNoMoreThanTheLessonsLength() {
    var s = open(text(100, false), 80);
    var v = readAt(s, 30);
    assertEquals(Reason.LENGTH_REACHED, v.reason());
    assertEquals(20, v.counted());
    assertEquals(100, v.lessonCounted());
    var again = readAt(s, 60);
    assertEquals(0, again.counted());
    assertEquals(Reason.LENGTH_REACHED, again.reason());
  }

  @Test
  void skippingAheadOfWhatWasWatchedCountsNothingAndIsNotReached() {
    var s = open(video(3600), 0);
    assertEquals(Reason.COUNTED, beatAt(s, 30, true, 0, 30.0, true).reason());
    var jump = beatAt(s, 60, true, 0, 1800.0, true);
    assertEquals(Reason.SKIPPED_AHEAD, jump.reason());
    assertEquals(0, jump.counted());
    assertEquals(30, jump.maxPosition(), "the skipped part is not watched");
    assertEquals(Reason.COUNTED, beatAt(s, 90, true, 0, 85.0, true).reason(), "double speed is allowed");
  }

  @Test
  void anUnansweredAttentionCheckStopsTheCountUntilAnswered() {
    var s = open(text(6000, true), 0);
    String check = null;
    int t = 0;
    while (check == null) {
      t += 30;
      check = readAt(s, t).attentionCheck();
    }
    assertEquals(300, t, "the check comes when scheduled");
    readAt(s, t + 30);
    var missed = readAt(s, t + 90);
    assertEquals(Reason.ATTENTION_MISSED, missed.reason());
    assertEquals(0, missed.counted());
    var answered = s.beat(new Beat(++seq, clientClock + (t + 120) * 1000L, true, 0, null, false, check), T0.plusSeconds(t + 120));
    assertEquals(Reason.ATTENTION_MISSED, answered.reason(), "the late answer's own interval does not count");
    assertNull(answered.attentionCheck());
    assertEquals(Reason.COUNTED, readAt(s, t + 150).reason());
  }

  @Test
  void anAttentionCheckAnsweredInTimeLosesNothing() {
    var s = open(text(6000, true), 0);
    int t = 0;
    String check = null;
    while (check == null) {
      t += 30;
      check = readAt(s, t).attentionCheck();
    }
    var v = s.beat(new Beat(++seq, clientClock + (t + 30) * 1000L, true, 0, null, false, check), T0.plusSeconds(t + 30));
    assertEquals(Reason.COUNTED, v.reason());
    assertEquals(30, v.counted());
  }

  @Test
  void aReplayedOrOutOfOrderHeartbeatIsRefused() {
    var s = open(text(600, false), 0);
    readAt(s, 30);
    var replay = new Beat(1, clientClock + 30_000, true, 0, null, false, null);
    assertEquals(409, assertThrows(LmsException.class, () -> s.beat(replay, T0.plusSeconds(60))).status());
    var olderTime = new Beat(5, clientClock + 10_000, true, 0, null, false, null);
    var e = assertThrows(LmsException.class, () -> s.beat(olderTime, T0.plusSeconds(60)));
    assertEquals("study.outOfOrder", e.key());
  }

  @Test
  void aHeartbeatFromTheFutureIsRefusedWhateverTheClientsClock() {
    var s = open(text(600, false), 0);
    var future = new Beat(1, clientClock + 60_000, true, 0, null, false, null);
    var e = assertThrows(LmsException.class, () -> s.beat(future, T0.plusSeconds(30)));
    assertEquals(422, e.status());
    assertEquals("sentAt", e.fields().get(0).field());
    assertEquals(30, readAt(s, 30).counted(), "a refused beat changes nothing");
  }

  @Test
  void heartbeatsSoonerThanHalfAnIntervalAreRefused() {
    var s = open(text(600, false), 0);
    readAt(s, 30);
    var soon = new Beat(++seq, clientClock + 40_000, true, 0, null, false, null);
    assertEquals(429, assertThrows(LmsException.class, () -> s.beat(soon, T0.plusSeconds(40))).status());
    assertEquals(15, readAt(s, 45).counted());
  }

  @Test
  void aSupersededSessionRefusesHeartbeatsWithItsReason() {
    var s = open(text(600, false), 0);
    s.close(SessionStatus.SUPERSEDED);
    var e = assertThrows(LmsException.class, () -> readAt(s, 30));
    assertEquals("study.superseded", e.key());
    s.close(SessionStatus.ENDED);
    assertEquals(SessionStatus.SUPERSEDED, s.status(), "the first reason stays");
  }

  @Test
  void segmentsCoalesceByVerdictAndStoredOnesAreForgotten() {
    var s = open(text(600, false), 0);
    readAt(s, 30);
    readAt(s, 60);
    beatAt(s, 90, false, 0, null, false);
    var snap = s.snapshot();
    assertEquals(2, snap.segments().size());
    assertEquals(60, snap.segments().get(0).counted());
    assertEquals(2, snap.segments().get(0).lastSeq());
    assertEquals(Reason.HIDDEN, snap.segments().get(1).reason());
    s.stored(snap);
    readAt(s, 120);
    var next = s.snapshot();
    assertEquals(2, next.segments().size(), "the stored last segment stays, it may still grow");
    assertEquals(Reason.HIDDEN, next.segments().get(0).reason());
    assertNotNull(next.lastBeatAt());
    assertTrue(s.expired(T0.plusSeconds(211)));
  }

  @Test
  void aClosedSessionsLastSegmentIsWrittenOnceAndTheOpenOneIsShownMeanwhile() {
    var s = open(text(600, false), 0);
    readAt(s, 30);
    assertEquals(30, s.openSegment().orElseThrow().counted(), "the growing stretch is readable before it is stored");
    s.close(SessionStatus.ENDED);
    assertTrue(s.openSegment().isEmpty());
    var last = s.snapshot();
    assertEquals(1, last.segments().size());
    s.stored(last);
    assertTrue(s.snapshot().segments().isEmpty(), "nothing is left to write twice");
  }

  @Test
  void aSessionSilentForTheConfiguredIntervalsExpiresAndNotBefore() {
    var s = open(text(600, false), 0);
    readAt(s, 30);
    assertFalse(s.expired(T0.plusSeconds(30 + 90)), "three intervals of 30 s: not yet at 90 s of silence");
    assertTrue(s.expired(T0.plusSeconds(30 + 91)));
    var patient = new LiveSession("s2", text(600, false), new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 10), T0,
        clientClock, 0, 0, new Random(1));
    assertFalse(patient.expired(T0.plusSeconds(300)), "ten intervals: a village link down for five minutes keeps it");
    assertTrue(patient.expired(T0.plusSeconds(301)));
    assertEquals(java.time.Duration.ofSeconds(300), new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 10).expireAfter());
  }

  @Test
  void settingsThatWouldEndASessionAtOneLateHeartbeatAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 0));
    assertEquals(java.time.Duration.ofSeconds(60), new TrackingSettings(30, 300, 90, 300, 300, 60, 5, 2).expireAfter());
  }
}
