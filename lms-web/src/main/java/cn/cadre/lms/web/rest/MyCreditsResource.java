package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.boundary.Credits;
import cn.cadre.lms.credits.control.CreditProgress;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own credits: progress toward the year's requirement and the ledger with reasons. */
@ApplicationScoped
@Path("me/credits")
@Produces(MediaType.APPLICATION_JSON)
public class MyCreditsResource {

  @Inject Credits credits;
  @Inject CurrentActor me;

  /** Progress and the entries behind it. */
  public record MyCredits(CreditProgress progress, List<CreditViews.EntryView> entries) {}

  @GET
  @Operation(summary = "My credits for a year (default this year): progress toward the requirement and every entry with its reason")
  public MyCredits mine(@QueryParam("year") String year, @Context HttpHeaders headers) {
    Long cadre = me.get().cadreId();
    if (cadre == null) {
      throw LmsException.notFound("cadre"); // an account without a cadre record has no credits
    }
    int y = CreditsResource.year(year);
    var locale = Texts.fromAcceptLanguage(headers.getAcceptableLanguages());
    return new MyCredits(credits.progress(me.get(), cadre, y),
        credits.entries(me.get(), cadre, y).stream().map(e -> CreditViews.EntryView.of(e, locale)).toList());
  }
}
