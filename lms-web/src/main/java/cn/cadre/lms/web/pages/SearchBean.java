package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.search.boundary.Search;
import cn.cadre.lms.search.control.SearchHit;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchRequest;
import cn.cadre.lms.web.Texts;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search page: the query and filters travel in the URL (the header's box sends q there), the
 * search runs when the page is read, and the form posts back only to put the filters into the URL.
 * A problem with the input (an unreadable query, a bad date) is shown next to its field.
 */
@Named
@RequestScoped
public class SearchBean {

  private static final Set<String> FIELDS = Set.of("q", "kind", "county", "from", "to");

  @Inject Search search;
  @Inject CurrentActor current;

  private String q;
  private String kind;
  private String county;
  private LocalDate from;
  private LocalDate to;
  private int page;
  private Page<SearchHit> result;
  private Map<String, String> counties;

  /** On reading the page: searches when there is a query in the URL. */
  public void run() {
    if (q == null) {
      return;
    }
    try {
      result = search.search(current.get(), request());
    } catch (LmsException e) {
      show(e);
    }
  }

  /** The form's button: a new search from the first page, its values in the URL. */
  public String find() {
    page = 0;
    try {
      request();
    } catch (LmsException e) {
      show(e);
      return null;
    }
    return "/search?faces-redirect=true&includeViewParams=true";
  }

  private SearchRequest request() {
    SearchKind k = kind == null || kind.isBlank() ? null : SearchKind.valueOf(kind);
    return SearchRequest.of(q, k, county, from, to, page, SearchRequest.DEFAULT_SIZE);
  }

  private static void show(LmsException e) {
    for (FieldProblem f : e.fields()) {
      if (FIELDS.contains(f.field())) {
        PageMessages.field("search:" + f.field(), f.key(), f.args());
      } else {
        PageMessages.error(f.key(), f.args());
      }
    }
    if (e.fields().isEmpty()) {
      PageMessages.error(e.key(), e.args());
    }
  }

  public List<SearchKind> getKinds() {
    return List.of(SearchKind.values());
  }

  /** County code to name, for the filter and for each hit. */
  public Map<String, String> getCounties() {
    if (counties == null) {
      counties = search.counties().stream()
          .collect(Collectors.toMap(Search.County::code, Search.County::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }
    return counties;
  }

  /** A hit's day in China time. */
  public String day(Instant at) {
    return at == null ? "" : at.atZone(Texts.ZONE).toLocalDate().toString();
  }

  public boolean isHasPrevious() {
    return result != null && page > 0;
  }

  public boolean isHasNext() {
    return result != null && (long) (page + 1) * result.size() < Math.min(result.total(), SearchRequest.MAX_DEPTH);
  }

  public Page<SearchHit> getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getKind() {
    return kind;
  }

  /** An unknown kind in the URL is dropped rather than refused: links may outlive a kind. */
  public void setKind(String kind) {
    this.kind = java.util.Arrays.stream(SearchKind.values()).anyMatch(k -> k.name().equals(kind)) ? kind : null;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  /** For the URL: the day as yyyy-MM-dd. */
  public String getFromText() {
    return from == null ? null : from.toString();
  }

  public void setFromText(String text) {
    from = day(text, "from");
  }

  public String getToText() {
    return to == null ? null : to.toString();
  }

  public void setToText(String text) {
    to = day(text, "to");
  }

  private static LocalDate day(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      PageMessages.field("search:" + field, "field.badDate");
      return null;
    }
  }
}
