package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Rank;

/**
 * A people-list search: free text over names, optional unit, node, rank and status, and a page.
 * The page size is capped so one request can never ask for the whole province.
 */
public record CadreQuery(
    String text, Long unitId, Long nodeId, Rank rank, CadreStatus status, int page, int size) {

  public static final int MAX_SIZE = 100;

  /** How deep a list may be paged: past this, narrow the search (and no request can ask Lucene to rank millions). */
  public static final int MAX_DEPTH = 10_000;

  public CadreQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    page = Math.min(Math.max(page, 0), MAX_DEPTH / size - 1);
  }

  public static CadreQuery all(int page, int size) {
    return new CadreQuery(null, null, null, null, null, page, size);
  }
}
