package cn.cadre.lms.search.control;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.OrgPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One search as asked: the query text (classic Lucene syntax), optional filters on kind, county
 * code and a China-time date range (both days included), and the page. Made only through {@link
 * #of}, which refuses bad values with 422 and the field at fault.
 */
public record SearchRequest(
    String q, SearchKind kind, String county, LocalDate from, LocalDate to, int page, int size) {

  public static final int MAX_QUERY = 200;
  public static final int MAX_SIZE = 50;
  public static final int DEFAULT_SIZE = 10;
  /** Hits beyond this depth are not served: nobody reads page 101, and collecting them costs. */
  public static final int MAX_DEPTH = 1000;

  public static SearchRequest of(
      String q, SearchKind kind, String county, LocalDate from, LocalDate to, int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = q == null ? "" : q.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem("q", "field.required"));
    } else if (text.length() > MAX_QUERY) {
      problems.add(new FieldProblem("q", "field.tooLong", MAX_QUERY));
    }
    String code = county == null || county.isBlank() ? null : county.strip();
    if (code != null && !OrgPath.isDivisionCode(code)) {
      problems.add(new FieldProblem("county", "field.badValue"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("to", "search.toBeforeFrom"));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "field.between", 1, MAX_SIZE));
    } else if (page < 0 || ((long) page + 1) * size > MAX_DEPTH) {
      problems.add(new FieldProblem("page", "field.between", 0, MAX_DEPTH / size - 1));
    }
    if (!problems.isEmpty()) {
      throw LmsException.invalid(problems);
    }
    return new SearchRequest(text, kind, code, from, to, page, size);
  }

  /** The first instant of the from day in China time, or null. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /** The first instant after the to day in China time, or null. */
  public Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }
}
