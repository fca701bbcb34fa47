package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.search.boundary.Search;
import cn.cadre.lms.search.control.SearchHit;
import cn.cadre.lms.search.control.SearchRequest;
import cn.cadre.lms.web.bench.BenchOnly;
import cn.cadre.lms.web.bench.NaiveHeartbeats;
import cn.cadre.lms.web.bench.NaiveSearch;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * BENCHMARK BASELINES, not for clients: the naive heartbeat design that bench/heartbeats.sh measures
 * against {@link StudyResource}'s, and the naive LIKE search that bench/search.sh measures against
 * {@link SearchResource}'s, each in the same run. Answers 404 like an unknown path unless
 * {@code lms.bench.endpoints=true} (default false; see docs/operations.md).
 */
@ApplicationScoped
@Path("bench")
@BenchOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BenchResource {

  @Inject NaiveHeartbeats naive;
  @Inject NaiveSearch naiveSearch;
  @Inject Search search;
  @Inject CurrentActor me;
  @Inject Validator validator;

  @POST
  @Path("naive-beats/{sessionId}")
  @Operation(summary = "BENCHMARK BASELINE ONLY (404 unless lms.bench.endpoints=true): a heartbeat stored as one"
      + " database row in its own transaction after one SELECT of the session's owner, without judging it;"
      + " same body as POST /api/study/sessions/{id}/beats. 204; 404 another cadre's or an unknown session")
  public Response naiveBeat(@PathParam("sessionId") String sessionId, StudyResource.BeatInput body) {
    Bodies.valid(validator, body);
    naive.store(me.get(), sessionId, body.beat());
    return Response.noContent().build();
  }

  @GET
  @Path("naive-search")
  @Operation(summary = "BENCHMARK BASELINE ONLY (404 unless lms.bench.endpoints=true): forum posts whose body or"
      + " thread title contains q (LIKE '%q%'), with the same visibility as GET /api/search, newest first, one"
      + " page and the exact total; same answer shape as GET /api/search")
  public Views.PageView<SearchHit> naiveSearch(@QueryParam("q") String q, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (q == null || q.isBlank() || q.length() > SearchRequest.MAX_QUERY) {
      throw LmsException.invalid("q", "field.required");
    }
    var result = naiveSearch.search(search.visibility(me.get()), q.strip(),
        Bodies.intParam("page", page, 0, 0, 99), Bodies.intParam("size", size, SearchRequest.DEFAULT_SIZE, 1, 50));
    return new Views.PageView<>(result.total(), result.page(), result.size(), result.items());
  }
}
