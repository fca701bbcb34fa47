package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.boundary.CreditReview;
import cn.cadre.lms.credits.control.ReviewPage;
import cn.cadre.lms.credits.control.ReviewQuery;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The review toward the annual assessment: each cadre's credits against the requirement, and its export. */
@ApplicationScoped
@Path("credits")
public class CreditReviewResource {

  static final List<String> COLUMNS =
      List.of("id", "name", "unit", "rank", "required", "elective", "requirement", "shortfall");

  @Inject CreditReview review;
  @Inject CurrentActor me;

  @GET
  @Path("review")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cadres in scope with required and elective credits against the requirement; filter by unit, node, rank, shortfall; largest shortfall first")
  public ReviewPage list(@QueryParam("year") String year, @QueryParam("unit") String unit, @QueryParam("node") String node,
      @QueryParam("rank") String rank, @QueryParam("shortfall") String shortfall, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return review.list(me.get(), query(year, unit, node, rank, shortfall, page, size));
  }

  @GET
  @Path("review.xlsx")
  @Produces(ImportsResource.XLSX)
  @Operation(summary = "The same filtered review list as an XLSX workbook, headers in the caller's language")
  public Response export(@QueryParam("year") String year, @QueryParam("unit") String unit, @QueryParam("node") String node,
      @QueryParam("rank") String rank, @QueryParam("shortfall") String shortfall, @Context HttpHeaders headers) {
    ReviewQuery q = query(year, unit, node, rank, shortfall, null, null);
    Locale locale = Texts.fromAcceptLanguage(headers.getAcceptableLanguages());
    // written to memory first (a county's list is a few MB) so a bad filter still answers 404/422
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    review.export(me.get(), q, Texts.get(locale, "credits.review.sheet"), header(locale), rankNames(locale), out);
    return Response.ok(out.toByteArray(), ImportsResource.XLSX)
        .header("Content-Disposition", "attachment; filename=\"credits-review-" + q.year() + ".xlsx\"")
        .build();
  }

  public static List<String> header(Locale locale) {
    return COLUMNS.stream().map(c -> Texts.get(locale, "credits.review.col." + c)).toList();
  }

  public static Map<Rank, String> rankNames(Locale locale) {
    Map<Rank, String> names = new EnumMap<>(Rank.class);
    for (Rank r : Rank.values()) {
      names.put(r, Texts.get(locale, "rank." + r.name()));
    }
    return names;
  }

  static ReviewQuery query(String year, String unit, String node, String rank, String shortfall, String page,
      String size) {
    int pageSize = Bodies.intParam("size", size, 20, 1, ReviewQuery.MAX_SIZE);
    return new ReviewQuery(CreditsResource.year(year), Bodies.longParam("unit", unit), Bodies.longParam("node", node),
        Bodies.enumParam("rank", rank, Rank.class), bool("shortfall", shortfall),
        Bodies.intParam("page", page, 0, 0, 100_000), pageSize);
  }

  private static boolean bool(String field, String value) {
    if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
      return false;
    }
    if ("true".equalsIgnoreCase(value.strip())) {
      return true;
    }
    throw LmsException.invalid(field, "field.badValue");
  }
}
