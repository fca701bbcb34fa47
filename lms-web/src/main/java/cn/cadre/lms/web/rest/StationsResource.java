package cn.cadre.lms.web.rest;

import cn.cadre.lms.sync.inbox.Stations;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Village stations at the center, within the caller's scope: links, enrolment codes, revocation, records. */
@ApplicationScoped
@Path("stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationsResource {

  @Inject Stations stations;
  @Inject CurrentActor me;

  /** A reason, for a revocation or a rejection. */
  public static class Reason {
    public String reason;
  }

  /** A fix for a quarantined record: the cadre an attendance belongs to (or null to re-apply as it is). */
  public static class Fix {
    public Long cadreId;
  }

  @GET
  @Operation(summary = "The stations in the caller's scope, those with quarantined records and a backlog first; q"
      + " matches code, station or village name; page from 0, size up to 100")
  public Views.PageView<Stations.StationRow> list(@QueryParam("q") String q, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    var p = stations.list(me.get(), q, Bodies.intParam("page", page, 0, 0, 100_000), Bodies.intParam("size", size, 20, 1, 100));
    return new Views.PageView<>(p.total(), p.page(), p.size(), p.items());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One station's link: enrolled key, high-water mark, last contact, backlog, quarantined records")
  public Stations.StationRow get(@PathParam("id") String id) {
    return stations.get(me.get(), Bodies.longParam("id", id));
  }

  @GET
  @Path("{id}/keys")
  @Operation(summary = "Every key the station enrolled, revoked ones with when, why")
  public List<Stations.KeyRow> keys(@PathParam("id") String id) {
    return stations.keys(me.get(), Bodies.longParam("id", id));
  }

  @POST
  @Path("{id}/enrolment-code")
  @Operation(summary = "Issue a one-time enrolment code for the station (valid 7 days); administrators over the station")
  public Stations.Code code(@PathParam("id") String id) {
    return stations.issueCode(me.get(), Bodies.longParam("id", id));
  }

  @POST
  @Path("{id}/revoke")
  @Operation(summary = "Revoke the station's key with a reason: it can no longer push or pull until enrolled again")
  public Stations.StationRow revoke(@PathParam("id") String id, Reason body) {
    long station = Bodies.longParam("id", id);
    stations.revoke(me.get(), station, body == null ? null : body.reason);
    return stations.get(me.get(), station);
  }

  @GET
  @Path("{id}/records")
  @Operation(summary = "The records the station sent, in order, optionally of one state (APPLIED, QUARANTINED,"
      + " REJECTED), with the SHA-256 of each body")
  public List<Stations.InboxRow> records(@PathParam("id") String id, @QueryParam("state") String state) {
    return stations.records(me.get(), Bodies.longParam("id", id), state == null || state.isBlank() ? null : state.strip());
  }

  @POST
  @Path("{id}/records/{seq}/reapply")
  @Operation(summary = "Re-apply a quarantined record after a fix: for an attendance, cadreId routes it to that cadre."
      + " 422 with the reason when it still does not apply")
  public Stations.InboxRow reapply(@PathParam("id") String id, @PathParam("seq") String seq, Fix body) {
    return stations.reapply(me.get(), Bodies.longParam("id", id), Bodies.longParam("seq", seq), body == null ? null : body.cadreId);
  }

  @POST
  @Path("{id}/records/{seq}/reject")
  @Operation(summary = "Reject a quarantined record with a reason; it stays in the log as REJECTED")
  public Stations.InboxRow reject(@PathParam("id") String id, @PathParam("seq") String seq, Reason body) {
    return stations.reject(me.get(), Bodies.longParam("id", id), Bodies.longParam("seq", seq), body == null ? null : body.reason);
  }

  @GET
  @Path("{id}/refusals")
  @Operation(summary = "The station's refused batches and requests (bad signature, replay, gap, revoked), newest first")
  public List<Stations.RefusalRow> refusals(@PathParam("id") String id) {
    return stations.refusals(me.get(), Bodies.longParam("id", id));
  }
}
