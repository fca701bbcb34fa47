package cn.cadre.lms.sync.inbox;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Bundle;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.Refusal;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.sync.protocol.SyncRefused;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The center's inbox: verifies a station's signed batch and applies it in one transaction (see
 * docs/sync-protocol.md), answers a station's master-data request, and imports bundles. Every
 * refusal is recorded by {@link RefusalLog} in a transaction of its own, begun after the refused
 * work's has rolled back: the public methods run outside any transaction and call {@link #signed}
 * for the work (never one transaction inside another: docs/architecture.md, "Transactions").
 */
@Stateless
public class Inbox {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SyncConfig config;
  @Inject RefusalLog refusals;
  @Inject cn.cadre.lms.courses.control.MediaStore media;
  @EJB Inbox self;

  /** A batch over HTTP: one transaction; a refusal rolls it back whole and is recorded. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BatchAnswer receive(String stationCode, String signature, byte[] body) {
    return recorded(stationCode, () -> self.signed(stationCode, signature, body, "applying a batch", (c, s) -> {
      Batch b = Batch.parse(body);
      if (!b.station().equals(s.code())) {
        throw SyncRefused.malformed("station", "the batch names station " + b.station() + ", not " + s.code());
      }
      if (!b.keyId().equals(s.keyId())) {
        throw SyncRefused.malformed("keyId", "the batch names key " + b.keyId() + ", not the station's active key");
      }
      return InboxApply.apply(c, s, b, Instant.now());
    }));
  }

  /**
   * A station's master-data request: answers the high-water mark and whether its copy is current;
   * when not, the village's whole slice. The nonce must grow, so a replayed request is refused.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public MasterAnswer master(String stationCode, String signature, byte[] body) {
    return recorded(stationCode, () -> self.signed(stationCode, signature, body, "master data", (c, s) -> {
      JsonObject o = MasterRequest.parse(body);
      if (!o.getString("station").equals(s.code())) {
        throw SyncRefused.malformed("station", "the request names station " + o.getString("station") + ", not " + s.code());
      }
      takeNonce(c, s, o, true);
      MasterData.Snapshot snap = MasterData.of(c, s);
      String known = o.containsKey("version") && !o.isNull("version") ? o.getString("version", null) : null;
      boolean changed = !snap.version().equals(known);
      return new MasterAnswer(s.highWater(), snap.version(), changed, changed ? snap.data() : null);
    }));
  }

  /**
   * A lesson file a station is to cache: only a file of a lesson of a course offered in the station's
   * village, asked for in a signed request {station, nonce, mediaId} with a growing nonce.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public java.nio.file.Path media(String stationCode, String signature, byte[] body) {
    return recorded(stationCode, () -> self.signed(stationCode, signature, body, "media", (c, s) -> {
      JsonObject o = MasterRequest.parse(body);
      takeNonce(c, s, o, false);
      String id = o.getString("mediaId", "");
      List<String> ancestors = MasterData.ancestors(s.villagePath());
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM lesson l JOIN course co ON co.id = l.course_id"
          + " WHERE l.media_id = ? AND co.status = 'PUBLISHED' AND co.owner_path IN " + InboxApply.marks(ancestors.size()))) {
        ps.setString(1, id);
        for (int i = 0; i < ancestors.size(); i++) {
          ps.setString(i + 2, ancestors.get(i));
        }
        try (var rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw LmsException.notFound("media");
          }
        }
      }
      return media.path(id);
    }));
  }

  /** What a signed request does once its station is found, locked and its signature verified. */
  public interface SignedWork<T> {
    T run(Connection c, StationLink s) throws SQLException;
  }

  /** Runs a signed request's transaction; once it has rolled back on a refusal, records the refusal. */
  private <T> T recorded(String stationCode, java.util.function.Supplier<T> inTransaction) {
    try {
      return inTransaction.get();
    } catch (SyncRefused e) {
      refusals.refused(stationCode, e.stationId(), e);
      throw e;
    }
  }

  /**
   * The frame of every signed station request, in one transaction: the center's role, the station's
   * link locked, the signature over the exact body. A refusal rolls it back and names the station it
   * found, for the record {@link #recorded} makes afterwards. Public for the container's proxy only.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public <T> T signed(String stationCode, String signature, byte[] body, String what, SignedWork<T> work) {
    config.requireCenter();
    Long stationId = null;
    try (Connection c = dataSource.getConnection()) {
      StationLink s = link(c, stationCode);
      stationId = s.stationId();
      verify(s, signature, body);
      return work.run(c, s);
    } catch (SyncRefused e) {
      throw e.atStation(stationId);
    } catch (SQLException e) {
      throw new IllegalStateException(what + " for station " + stationCode + " failed", e);
    }
  }

  /**
   * Takes a request's number, which must exceed every earlier one (a replay is refused), and marks
   * the contact; a master-data request also reports the station's backlog.
   */
  private static void takeNonce(Connection c, StationLink s, JsonObject o, boolean withBacklog) throws SQLException {
    long nonce = o.getJsonNumber("nonce").longValue();
    if (nonce <= s.pullNonce()) {
      throw new SyncRefused(Refusal.REPLAYED, "request number " + nonce + " is not above " + s.pullNonce(), s.highWater(), List.of());
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE sync_station SET pull_nonce = ?, last_contact_at = ?"
        + (withBacklog ? ", backlog = ?" : "") + " WHERE station_id = ?")) {
      int i = 1;
      ps.setLong(i++, nonce);
      ps.setTimestamp(i++, InboxApply.utc(Instant.now()));
      if (withBacklog) {
        ps.setInt(i++, o.getInt("backlog", 0));
      }
      ps.setLong(i, s.stationId());
      ps.executeUpdate();
    }
  }

  /**
   * A bundle brought on a stick: read whole first (a truncated file is refused before anything is
   * applied), then each batch through exactly the checks of HTTP, each in its own transaction. A
   * batch refused as a replay or a gap is reported, and the import goes on with the next.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BundleReport importBundle(Actor actor, byte[] file) {
    config.requireCenter();
    if (actor.manageScope().isEmpty()) {
      throw LmsException.forbidden();
    }
    Bundle.Read read;
    try {
      read = Bundle.read(file);
    } catch (SyncRefused e) {
      refusals.refused(null, null, e);
      throw e;
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT path FROM station WHERE code = ?")) {
      ps.setString(1, read.station());
      try (var rs = ps.executeQuery()) {
        if (!rs.next() || !actor.manageScope().covers(rs.getString(1))) {
          throw notFound();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    List<BundleReport.Item> items = new ArrayList<>();
    for (Signed s : read.batches()) {
      try {
        BatchAnswer a = self.receive(read.station(), s.signature(), s.body());
        items.add(new BundleReport.Item(a.highWater(), a.applied(), a.duplicates(), a.quarantined(), null, null));
      } catch (SyncRefused e) {
        items.add(new BundleReport.Item(e.highWater() == null ? -1 : e.highWater(), 0, 0, 0, e.reason().name(), e.detail()));
      }
    }
    return new BundleReport(read.station(), items);
  }

  private StationLink link(Connection c, String code) throws SQLException {
    if (code == null || code.isBlank() || code.length() > 40) {
      throw new SyncRefused(Refusal.UNKNOWN_STATION, "no station code");
    }
    StationLink s = InboxApply.lock(c, code.strip())
        .orElseThrow(() -> new SyncRefused(Refusal.UNKNOWN_STATION, "no station " + code));
    if (!s.enrolled()) {
      throw new SyncRefused(Refusal.REVOKED, "station " + code + " has no active key (never enrolled, or revoked)");
    }
    return s;
  }

  private static void verify(StationLink s, String signature, byte[] body) {
    PublicKey key = Keys.publicKey(s.publicKey());
    if (!Keys.verify(body, signature, key)) {
      throw new SyncRefused(Refusal.SIGNATURE, "the signature does not verify with station " + s.code() + "'s key");
    }
  }

  /** The answer to a master-data request; data is null when the station's copy is current. */
  public record MasterAnswer(long highWater, String version, boolean changed, JsonObject data) {}

  /** What became of each batch of a bundle. */
  public record BundleReport(String station, List<Item> batches) {
    public record Item(long highWater, int applied, int duplicates, int quarantined, String refused, String detail) {}
  }

  static LmsException notFound() {
    return LmsException.notFound("station");
  }
}
