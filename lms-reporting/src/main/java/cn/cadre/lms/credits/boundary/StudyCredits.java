package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.courses.control.CourseCompleted;
import cn.cadre.lms.credits.control.CreditEarning;
import cn.cadre.lms.credits.control.RuleBook;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Credits study as it happens: synchronous observers, so the entry is written in the transaction
 * that fired the event (the session's last decisions, the completing lesson) and commits or rolls
 * back with it. A failure here fails that transaction: time is never counted without its credits.
 */
@Stateless
public class StudyCredits {

  private static final Logger LOG = Logger.getLogger(StudyCredits.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject ReviewCache reviews;

  public void studied(@Observes StudyTimeVerified ev) {
    try (Connection c = dataSource.getConnection()) {
      var rules = RuleBook.forYear(c, ev.year());
      if (rules.isEmpty()) {
        LOG.warning(() -> "no credit rules for " + ev.year() + "; session " + ev.sessionId() + " earns nothing");
        return;
      }
      CreditEarning.study(c, ev, rules.get()).ifPresent(e -> reviews.clear());
    } catch (SQLException e) {
      throw new IllegalStateException("crediting session " + ev.sessionId() + " failed", e);
    }
  }

  public void completed(@Observes CourseCompleted ev) {
    try (Connection c = dataSource.getConnection()) {
      var rules = RuleBook.forYear(c, ev.year());
      if (rules.isEmpty()) {
        LOG.warning(() -> "no credit rules for " + ev.year() + "; enrolment " + ev.enrolmentId() + " earns nothing");
        return;
      }
      CreditEarning.completion(c, ev, rules.get()).ifPresent(e -> reviews.clear());
    } catch (SQLException e) {
      throw new IllegalStateException("crediting enrolment " + ev.enrolmentId() + " failed", e);
    }
  }
}
