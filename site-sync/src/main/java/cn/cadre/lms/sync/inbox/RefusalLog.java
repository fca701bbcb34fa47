package cn.cadre.lms.sync.inbox;

import cn.cadre.lms.sync.protocol.SyncRefused;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes every refusal down in its own transaction, so it stays when the refused batch's rolls back,
 * and logs it. Called after that transaction has ended ({@link Inbox}), never inside it.
 */
@Stateless
public class RefusalLog {

  private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void refused(String stationCode, Long stationId, SyncRefused e) {
    LOG.log(Level.WARNING, "sync refused for station {0}: {1} ({2})", new Object[] {stationCode, e.reason(), e.detail()});
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sync_refusal (id, station_code, station_id, refused_at, reason, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, UUID.randomUUID().toString());
      ps.setString(2, stationCode == null ? null : truncate(stationCode, 40));
      if (stationId == null) {
        ps.setNull(3, java.sql.Types.BIGINT);
      } else {
        ps.setLong(3, stationId);
      }
      ps.setTimestamp(4, InboxApply.utc(Instant.now()));
      ps.setString(5, e.reason().name());
      ps.setString(6, truncate(e.detail() == null ? "" : e.detail(), 300));
      ps.executeUpdate();
    } catch (SQLException ex) {
      LOG.log(Level.SEVERE, "could not record a sync refusal", ex);
    }
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
