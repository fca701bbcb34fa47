package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.boundary.Credits;
import cn.cadre.lms.credits.control.ChainBreak;
import cn.cadre.lms.credits.control.CreditProgress;
import cn.cadre.lms.credits.control.VerificationReport;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Credits: a cadre's progress and ledger, corrections, the year's rules, the ledger's verification. */
@ApplicationScoped
@Path("credits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditsResource {

  @Inject Credits credits;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** REVERSE an entry (seq) or ADJUST: grant amount credits of a kind; always with a reason. */
  public static class CorrectionInput {
    @NotNull(message = "field.required")
    public Action action;

    public Integer year;
    public Integer seq;
    public CreditKind kind;
    public BigDecimal amount;

    @NotBlank(message = "field.required")
    @Size(max = 200, message = "field.tooLong")
    public String reason;

    /** What a correction does. */
    public enum Action { REVERSE, ADJUST }
  }

  /** A year's rules; electiveCap may be left out for no cap. */
  public static class RulesInput {
    @NotNull(message = "field.required")
    public Integer minutesPerCredit;

    @NotNull(message = "field.required")
    public BigDecimal dailyCap;

    public BigDecimal electiveCap;

    @NotNull(message = "field.required")
    public BigDecimal requiredCounty;

    @NotNull(message = "field.required")
    public BigDecimal requiredSection;

    @NotNull(message = "field.required")
    public BigDecimal requiredBelowSection;
  }

  public record RulesView(int year, boolean ownRow, int minutesPerCredit, BigDecimal dailyCap, BigDecimal electiveCap,
      BigDecimal requiredCounty, BigDecimal requiredSection, BigDecimal requiredBelowSection) {
    static RulesView of(Credits.YearRules y) {
      CreditRules r = y.rules();
      return new RulesView(r.year(), y.ownRow(), r.minutesPerCredit(), r.dailyCap(), r.electiveCap(),
          r.requirement(Rank.COUNTY), r.requirement(Rank.SECTION), r.requirement(Rank.BELOW_SECTION));
    }
  }

  public record VerificationView(int year, boolean ok, long chains, long entries, long breakCount,
      List<ChainBreak> breaks) {
    static VerificationView of(VerificationReport r) {
      return new VerificationView(r.year(), r.ok(), r.chains(), r.entries(), r.breakCount(), r.breaks());
    }
  }

  @GET
  @Path("rules/{year}")
  @Operation(summary = "A year's credit rules (center administrators); a year without its own follows the latest earlier year's")
  public RulesView rules(@PathParam("year") String year) {
    return RulesView.of(credits.rules(me.get(), pathYear(year)));
  }

  @PUT
  @Path("rules/{year}")
  @Operation(summary = "Set a year's credit rules (center administrators): minutes per credit, daily cap, elective cap, required credits per rank")
  public RulesView setRules(@PathParam("year") String year, RulesInput in) {
    int y = pathYear(year);
    Bodies.valid(validator, in);
    return RulesView.of(credits.saveRules(me.get(), new CreditRules(y, in.minutesPerCredit, in.dailyCap, in.electiveCap,
        CreditRules.requirements(in.requiredCounty, in.requiredSection, in.requiredBelowSection))));
  }

  @GET
  @Path("cadres/{id}")
  @Operation(summary = "A cadre's credits for a year against the requirement of the cadre's rank")
  public CreditProgress progress(@PathParam("id") long id, @QueryParam("year") String year) {
    return credits.progress(me.get(), id, year(year));
  }

  @GET
  @Path("cadres/{id}/entries")
  @Operation(summary = "A cadre's credit ledger for a year, oldest first, each entry with its reason")
  public List<CreditViews.EntryView> entries(@PathParam("id") long id, @QueryParam("year") String year, @Context HttpHeaders headers) {
    var locale = Texts.fromAcceptLanguage(headers.getAcceptableLanguages());
    return credits.entries(me.get(), id, year(year)).stream().map(e -> CreditViews.EntryView.of(e, locale)).toList();
  }

  @POST
  @Path("cadres/{id}/corrections")
  @Operation(summary = "Reverse a cadre's entry or grant an adjustment, with a reason (administrators within scope)")
  public Response correct(@PathParam("id") long id, CorrectionInput in, @Context HttpHeaders headers) {
    Bodies.valid(validator, in);
    if (in.year == null) {
      throw LmsException.invalid("year", "field.required");
    }
    int y = Bodies.range("year", in.year, 2000, 2100);
    var entry = switch (in.action) {
      case REVERSE -> {
        if (in.seq == null) {
          throw LmsException.invalid("seq", "field.required");
        }
        yield credits.reverse(me.get(), id, y, in.seq, in.reason);
      }
      case ADJUST -> {
        if (in.kind == null || in.amount == null) {
          throw LmsException.invalid(in.kind == null ? "kind" : "amount", "field.required");
        }
        yield credits.adjust(me.get(), id, y, in.kind, in.amount, in.reason);
      }
    };
    var locale = Texts.fromAcceptLanguage(headers.getAcceptableLanguages());
    return Response.status(201).entity(CreditViews.EntryView.of(entry, locale)).build();
  }

  @GET
  @Path("verification")
  @Operation(summary = "Verify every credit chain of a year within the caller's scope; lists each break found")
  public VerificationView verification(@QueryParam("year") String year) {
    return VerificationView.of(credits.verify(me.get(), year(year)));
  }

  /** The year asked for, this year (China time) when none. */
  static int year(String value) {
    Long y = Bodies.longParam("year", value);
    return y == null ? ChinaTime.today().getYear() : Bodies.range("year", (int) Math.max(Math.min(y, 9999), 0), 2000, 2100);
  }

  private static int pathYear(String value) {
    if (value == null || value.isBlank()) {
      throw LmsException.invalid("year", "field.required");
    }
    return year(value);
  }
}
