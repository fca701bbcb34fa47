package cn.cadre.lms.tracking.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a cadre sees of their time on a lesson: how much counted, and for every stretch of every
 * recent session the server's verdict. Times are UTC.
 */
public record LessonRecord(
    long lessonId, int lengthSeconds, int completionSeconds, int countedSeconds, int maxPosition,
    LocalDateTime completedAt, List<SessionRow> sessions) {

  /** Seconds per verdict over the listed sessions: how much counted and why the rest did not. */
  public Map<Reason, Integer> secondsByReason() {
    Map<Reason, Integer> totals = new TreeMap<>();
    for (SessionRow s : sessions) {
      for (SegmentRow seg : s.segments()) {
        totals.merge(Reason.COUNTED, seg.counted(), Integer::sum);
        if (seg.seconds() > seg.counted() && seg.reason() != Reason.COUNTED) {
          totals.merge(seg.reason(), seg.seconds() - seg.counted(), Integer::sum);
        }
      }
    }
    return totals;
  }

  public record SessionRow(
      String id, LocalDateTime startedAt, LocalDateTime lastBeatAt, SessionStatus status, int countedSeconds,
      List<SegmentRow> segments) {}

  public record SegmentRow(LocalDateTime from, LocalDateTime to, int seconds, int counted, Reason reason) {}
}
