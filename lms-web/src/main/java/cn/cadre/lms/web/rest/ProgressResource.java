package cn.cadre.lms.web.rest;

import cn.cadre.lms.progress.boundary.ProgressReport;
import cn.cadre.lms.progress.control.ProgressView;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Study time and credits of the year summed per region, one level of the tree at a time. */
@ApplicationScoped
@Path("progress")
public class ProgressResource {

  @Inject ProgressReport report;
  @Inject CurrentActor me;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One level of the tree (default: where the caller's scope starts) with a row per child region"
      + " and one for the units at the node: serving cadres, online and station study minutes, required and elective"
      + " credits, cadres meeting the requirement; 404 for a node outside the caller's scope")
  public ProgressView level(@QueryParam("node") String node, @QueryParam("year") String year) {
    return report.level(me.get(), Bodies.longParam("node", node), CreditsResource.year(year));
  }
}
