package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.boundary.CreditReview;
import cn.cadre.lms.credits.control.ReviewQuery;
import cn.cadre.lms.credits.control.ReviewRow;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.rest.CreditReviewResource;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The review toward the annual assessment: filters, the lazy list, the XLSX export. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

  @Inject CreditReview review;
  @Inject CurrentActor current;
  @Inject UnitChoices units;
  @Inject LocaleBean localeBean;

  private int year = ChinaTime.today().getYear();
  private Long unitId;
  private String unitLabel;
  private Rank rank;
  private boolean shortfallOnly;
  private transient Map<Rank, String> rankNames;
  private transient Locale rankNamesLocale;

  private final LazyDataModel<ReviewRow> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          // asked before every load: the total alone, not a page of rows read only to be dropped
          try {
            return (int) review.total(current.get(), query(0, 1));
          } catch (LmsException e) {
            PageMessages.show("filters", e);
            return 0;
          }
        }

        @Override
        public List<ReviewRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          int pageSize = Math.max(1, Math.min(size, ReviewQuery.MAX_SIZE));
          return run(first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(ReviewRow r) {
          return String.valueOf(r.cadreId());
        }

        @Override
        public ReviewRow getRowData(String key) {
          return null;
        }
      };

  private cn.cadre.lms.credits.control.ReviewPage run(int page, int size) {
    try {
      return review.list(current.get(), query(page, size));
    } catch (LmsException e) {
      PageMessages.show("filters", e);
      return new cn.cadre.lms.credits.control.ReviewPage(0, page, size, List.of());
    }
  }

  private ReviewQuery query(int page, int size) {
    return new ReviewQuery(year, unitId, null, rank, shortfallOnly, page, size);
  }

  /** The filtered list as a workbook, headers in the reader's language. */
  public StreamedContent getExport() {
    Locale locale = localeBean.getLocale();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    review.export(current.get(), query(0, 1), PageMessages.text("credits.review.sheet"),
        CreditReviewResource.header(locale), CreditReviewResource.rankNames(locale), out);
    return DefaultStreamedContent.builder()
        .name("credits-review-" + year + ".xlsx")
        .contentType(cn.cadre.lms.web.rest.ImportsResource.XLSX)
        .stream(() -> new ByteArrayInputStream(out.toByteArray()))
        .build();
  }

  public String getUnitText() {
    return unitLabel;
  }

  public void setUnitText(String text) {
    if (text == null || text.isBlank()) {
      unitId = null;
      unitLabel = null;
      return;
    }
    units.chosen(text).ifPresent(u -> {
      unitId = u.id();
      unitLabel = UnitChoices.label(u);
    });
  }

  public LazyDataModel<ReviewRow> getModel() {
    return model;
  }

  /** The ranks' names in the reader's language, for the table's rank column (one lookup a page, not a row). */
  public Map<Rank, String> getRankNames() {
    Locale locale = localeBean.getLocale();
    if (!locale.equals(rankNamesLocale)) {
      rankNames = CreditReviewResource.rankNames(locale);
      rankNamesLocale = locale;
    }
    return rankNames;
  }

  public Rank[] getRanks() {
    return Rank.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Rank getRank() {
    return rank;
  }

  public void setRank(Rank rank) {
    this.rank = rank;
  }

  public boolean isShortfallOnly() {
    return shortfallOnly;
  }

  public void setShortfallOnly(boolean shortfallOnly) {
    this.shortfallOnly = shortfallOnly;
  }
}
