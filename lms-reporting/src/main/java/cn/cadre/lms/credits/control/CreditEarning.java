package cn.cadre.lms.credits.control;

import cn.cadre.lms.courses.control.CourseCompleted;
import cn.cadre.lms.credits.entity.Award;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.credits.entity.SourceType;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns verified study time and completed courses into ledger entries by the year's rules. Each
 * source is credited at most once: the check runs after the chain's lock is taken, so two
 * deliveries of one event cannot both pass it.
 */
public final class CreditEarning {

  private static final Logger LOG = Logger.getLogger(CreditEarning.class.getName());

  private CreditEarning() {}

  /** The credits of a closed study session; empty when already credited or when a cap left nothing. */
  public static Optional<CreditEntry> study(Connection c, StudyTimeVerified ev, CreditRules rules) throws SQLException {
    Balance b = CreditLedger.lock(c, ev.cadreId(), ev.year());
    if (CreditLedger.credited(c, ev.cadreId(), ev.year(), SourceType.STUDY_TIME, ev.sessionId())) {
      return Optional.empty();
    }
    CreditKind kind = CreditKind.of(ev.required());
    Award award = rules.studyAward(ev.countedSeconds(), ev.courseCredits(),
        CreditLedger.courseEarned(c, ev.cadreId(), ev.year(), ev.courseId()),
        CreditLedger.dayEarned(c, ev.cadreId(), ev.day()), kind, b.elective());
    if (award.nothing()) {
      LOG.log(Level.FINE, "session {0} of cadre {1}: no credits ({2})",
          new Object[] {ev.sessionId(), ev.cadreId(), award.cappedBy() == null ? "too short" : award.cappedBy()});
      return Optional.empty();
    }
    String title = CadreFacts.courseTitle(c, ev.courseId());
    String minutes = Integer.toString(ev.countedSeconds() / 60);
    List<String> args = award.cappedBy() == null ? List.of(title, minutes) : List.of(title, minutes, award.cappedBy().key());
    return Optional.of(CreditLedger.append(c, new EntryDraft(ev.cadreId(), ev.year(), kind, award.amount(),
        SourceType.STUDY_TIME, ev.sessionId(), ev.courseId(), ev.day(),
        award.cappedBy() == null ? "credits.reason.study" : "credits.reason.studyCapped", args, ev.closedAt(), null)));
  }

  /** The top-up of a completed course to its credit value; empty when already credited or nothing is left. */
  public static Optional<CreditEntry> completion(Connection c, CourseCompleted ev, CreditRules rules) throws SQLException {
    Balance b = CreditLedger.lock(c, ev.cadreId(), ev.year());
    String ref = Long.toString(ev.enrolmentId());
    if (CreditLedger.credited(c, ev.cadreId(), ev.year(), SourceType.COURSE_COMPLETED, ref)) {
      return Optional.empty();
    }
    CreditKind kind = CreditKind.of(ev.required());
    Award award = rules.completionAward(ev.courseCredits(),
        CreditLedger.courseEarned(c, ev.cadreId(), ev.year(), ev.courseId()), kind, b.elective());
    if (award.nothing()) {
      LOG.log(Level.FINE, "enrolment {0}: the course had earned its credits already", ref);
      return Optional.empty();
    }
    String title = CadreFacts.courseTitle(c, ev.courseId());
    List<String> args = award.cappedBy() == null ? List.of(title) : List.of(title, award.cappedBy().key());
    return Optional.of(CreditLedger.append(c, new EntryDraft(ev.cadreId(), ev.year(), kind, award.amount(),
        SourceType.COURSE_COMPLETED, ref, ev.courseId(), null,
        award.cappedBy() == null ? "credits.reason.completed" : "credits.reason.completedCapped", args,
        ev.completedAt(), null)));
  }
}
