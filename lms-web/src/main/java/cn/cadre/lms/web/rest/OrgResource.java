package cn.cadre.lms.web.rest;

import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.TreeEntry;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation tree as the caller may see it, with cadre counts. */
@ApplicationScoped
@Path("org")
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {

  @Inject Directory directory;
  @Inject CurrentActor me;

  @GET
  @Path("roots")
  @Operation(summary = "The nodes where the caller's scope starts")
  public List<TreeEntry> roots() {
    return directory.roots(me.get());
  }

  @GET
  @Path("nodes/{id}/children")
  @Operation(summary = "Child regions and the units placed at a node; 404 outside the caller's scope")
  public List<TreeEntry> children(@PathParam("id") long id) {
    return directory.children(me.get(), id);
  }

  @GET
  @Path("units")
  @Operation(summary = "Units in scope, by name or exact code")
  public List<Views.UnitView> units(@QueryParam("q") String q, @QueryParam("max") String max) {
    return directory.units(me.get(), q, Bodies.intParam("max", max, 50, 1, 200)).stream().map(Views.UnitView::of).toList();
  }
}
