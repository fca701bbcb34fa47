package cn.cadre.lms.sync.outbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * At a station, a closed study session with verified time becomes a STUDY_TIME record in the
 * outbox: a synchronous observer, so the record is written in the transaction that stores the
 * session's last decisions and commits or rolls back with it. Inert at the center.
 */
@ApplicationScoped
public class StationStudyOutbox {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SyncConfig config;

  public void studied(@Observes StudyTimeVerified ev) {
    if (!config.station()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (OutboxStore.self(c).isEmpty()) {
        throw new IllegalStateException("a station studies only after it enrolled");
      }
      OutboxStore.append(c, ev.sessionId(), RecordKind.STUDY_TIME, JSON.createObjectBuilder().add("cadreId", ev.cadreId())
          .add("courseId", ev.courseId()).add("lessonId", ev.lessonId()).add("seconds", ev.countedSeconds())
          .add("day", ev.day().toString()).build(), config.now());
    } catch (SQLException e) {
      throw new IllegalStateException("recording study session " + ev.sessionId() + " for the center failed", e);
    }
  }
}
