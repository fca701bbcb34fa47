package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.search.boundary.Rebuilt;
import cn.cadre.lms.search.boundary.Search;
import cn.cadre.lms.search.control.SearchHit;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchRequest;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Full-text search over courses, lessons, forum posts and garden posts; the rebuild of the index. */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject Search search;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "Search what the caller may see: q in Lucene syntax (\"phrase\", AND, OR, -word, prefix*),"
      + " optional kind (COURSE, LESSON, FORUM_POST, GARDEN_POST), county code, from/to days (yyyy-MM-dd, China"
      + " time, both included), page and size (at most 50). Hits carry HTML snippets: escaped text with <mark>"
      + " around matches. A query the parser cannot read is 422 on q")
  public Views.PageView<SearchHit> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
      @QueryParam("county") String county, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    // sizes are checked by SearchRequest; the parse here only turns text into numbers
    var request = SearchRequest.of(q, Bodies.enumParam("kind", kind, SearchKind.class), county,
        date("from", from), date("to", to), Bodies.intParam("page", page, 0, 0, Integer.MAX_VALUE),
        Bodies.intParam("size", size, SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE));
    var result = search.search(me.get(), request);
    return new Views.PageView<>(result.total(), result.page(), result.size(), result.items());
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Rebuild the search index from the database while searches keep answering from the old"
      + " one; center administrators only. Answers documents, seconds and documents per second; 409 while a"
      + " rebuild runs")
  public Rebuilt rebuild() {
    return search.rebuild(me.get());
  }

  @GET
  @Path("counties")
  @Operation(summary = "The counties and districts (code, name) the county filter takes")
  public List<Search.County> counties() {
    me.get();
    return search.counties();
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw LmsException.invalid(field, "field.badDate");
    }
  }
}
