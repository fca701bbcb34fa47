package cn.cadre.lms.search.control;

import java.util.List;

/**
 * Fired (CDI event) inside the transaction that created, edited, hid or deleted items; the search
 * index follows after the commit only, so a rolled-back change is never found.
 */
public record SearchableChanged(SearchKind kind, List<Long> ids) {

  public SearchableChanged {
    ids = List.copyOf(ids);
  }

  public static SearchableChanged of(SearchKind kind, long id) {
    return new SearchableChanged(kind, List.of(id));
  }
}
