package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.sync.inbox.BatchAnswer;
import cn.cadre.lms.sync.inbox.Inbox;
import cn.cadre.lms.sync.inbox.Stations;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The center's side of the station sync protocol (docs/sync-protocol.md). Enrolment, batches and
 * master data are open to the network: the enrolment code and then the station's signature
 * authenticate them, not a sign-in. Bundle import is for signed-in administrators.
 */
@ApplicationScoped
@Path("sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

  @Inject Inbox inbox;
  @Inject Stations stations;
  @Inject CurrentActor me;

  /** A station's first contact. */
  public static class Enrolment {
    public String code;
    public String publicKey;
  }

  @POST
  @Path("enrol")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A station enrols with a one-time code and its Ed25519 public key (base64 X.509). Answers the"
      + " station's id, code, name, village path, key id and the center's high-water mark. 422 on code (unknown, used,"
      + " expired) or publicKey")
  public Stations.Enrolled enrol(Enrolment body) {
    if (body == null) {
      throw LmsException.invalid("code", "field.required");
    }
    return stations.enrol(body.code, body.publicKey);
  }

  @POST
  @Path("batches")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A station's signed batch of records (headers X-Sync-Station and X-Sync-Signature, the Ed25519"
      + " signature of the body's bytes in base64). Applied in one transaction; answers each record's result (APPLIED,"
      + " DUPLICATE, QUARANTINED with a reason) and the new high-water mark. Refusals are problems with a reason:"
      + " UNKNOWN_STATION, REVOKED, SIGNATURE (403), MALFORMED (422, with the field), REPLAYED, GAP, SEQ_REUSED (409,"
      + " with highWater)")
  public BatchAnswer batch(@HeaderParam("X-Sync-Station") String station, @HeaderParam("X-Sync-Signature") String signature,
      byte[] body) {
    return inbox.receive(station, signature, body == null ? new byte[0] : body);
  }

  @POST
  @Path("master")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A station's signed master-data request {station, nonce, version, backlog}: answers highWater,"
      + " version and changed; when changed, data holds the village's slice (regions, station, units, cadres, accounts,"
      + " grants, courses, credit rules). A nonce not above the last one is 409 REPLAYED")
  public MasterView master(@HeaderParam("X-Sync-Station") String station, @HeaderParam("X-Sync-Signature") String signature,
      byte[] body) {
    Inbox.MasterAnswer a = inbox.master(station, signature, body == null ? new byte[0] : body);
    return new MasterView(a.highWater(), a.version(), a.changed(), a.data());
  }

  @POST
  @Path("media")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "A lesson file a station caches, asked for in a signed request {station, nonce, mediaId}: only"
      + " files of lessons of courses offered in the station's village (404 otherwise)")
  public jakarta.ws.rs.core.Response media(@HeaderParam("X-Sync-Station") String station,
      @HeaderParam("X-Sync-Signature") String signature, byte[] body) {
    java.nio.file.Path file = inbox.media(station, signature, body == null ? new byte[0] : body);
    if (!java.nio.file.Files.exists(file)) {
      throw LmsException.notFound("media");
    }
    return jakarta.ws.rs.core.Response.ok(file.toFile(), MediaType.APPLICATION_OCTET_STREAM).build();
  }

  /** The master-data answer; data is absent when the station's copy is current. */
  public record MasterView(long highWater, String version, boolean changed, JsonObject data) {}

  @POST
  @Path("bundles")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Import a station's bundle file (the request body, as the station wrote it), for an administrator"
      + " over the station. Each batch is checked and applied as over HTTP; a truncated or altered file is 422 TRUNCATED"
      + " before anything is applied")
  public Inbox.BundleReport bundle(byte[] file) {
    return inbox.importBundle(me.get(), file == null ? new byte[0] : file);
  }
}
