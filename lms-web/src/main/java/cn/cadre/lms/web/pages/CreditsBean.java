package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.boundary.Credits;
import cn.cadre.lms.credits.control.CreditProgress;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.web.CreditTexts;
import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * "My credits": the year's progress toward the requirement and the ledger with each entry's
 * reason. A reader of other cadres opens it for one with ?cadre=ID; the year is ?year=, else this year.
 */
@Named
@RequestScoped
public class CreditsBean {

  @Inject Credits credits;
  @Inject CurrentActor current;
  @Inject LocaleBean localeBean;

  private Long cadre;
  private Integer year;
  private CreditProgress progress;
  private List<Line> lines;
  private boolean failed;

  /** An entry as the page shows it: its reason in the reader's language, its time in China time. */
  public record Line(int seq, String kind, String amount, String reason, LocalDateTime at, String source) {}

  public boolean isAvailable() {
    return target() != null && load();
  }

  private Long target() {
    return cadre != null ? cadre : current.get().cadreId();
  }

  /** The year's progress; the home page shows only this, so the ledger is read apart ({@link #getLines}). */
  private boolean load() {
    if (progress == null && !failed) {
      try {
        progress = credits.progress(current.get(), target(), getYear());
      } catch (LmsException e) {
        refused(e);
      }
    }
    return !failed;
  }

  private void refused(LmsException e) {
    failed = true;
    PageMessages.show("credits", e);
  }

  private static Line line(CreditEntry e, Locale locale) {
    LocalDateTime china = e.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(Texts.ZONE).toLocalDateTime();
    return new Line(e.seq(), e.kind().name(), (e.amount().signum() > 0 ? "+" : "") + e.amount().toPlainString(),
        CreditTexts.reason(locale, e), china, e.sourceType().name());
  }

  public CreditProgress getProgress() {
    return load() ? progress : null;
  }

  public List<Line> getLines() {
    if (lines == null && load()) {
      try {
        Locale locale = localeBean.getLocale();
        lines = credits.entries(current.get(), target(), getYear()).stream().map(e -> line(e, locale)).toList();
      } catch (LmsException e) {
        refused(e);
      }
    }
    return failed ? List.of() : lines;
  }

  public Long getCadre() {
    return cadre;
  }

  public void setCadre(Long cadre) {
    this.cadre = cadre;
  }

  /** The year shown; Integer like its setter, so EL sees one writable property for f:viewParam. */
  public Integer getYear() {
    return year == null ? ChinaTime.today().getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year == null || year < 2000 || year > 2100 ? null : year;
  }
}
