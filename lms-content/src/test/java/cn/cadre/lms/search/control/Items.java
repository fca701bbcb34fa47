package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.control.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small named items and readers for the search tests. */
final class Items {

  static final String CITY = "/340600/";
  static final String SUIXI = "/340600/340621/";
  static final String SUIXI_UNIT = "/340600/340621/u27/";
  static final String SUIXI_OTHER_UNIT = "/340600/340621/u28/";
  static final String XIANGSHAN = "/340600/340603/";
  static final String XIANGSHAN_UNIT = "/340600/340603/u40/";
  static final Instant NOV_1 = Instant.parse("2026-11-01T02:00:00Z");

  private Items() {}

  static Searchable post(long id, String title, String text, String audience, String... groups) {
    return new Searchable(SearchKind.FORUM_POST, id, title, text, audience, Set.of(groups),
        Counties.of(audience), NOV_1.plusSeconds(id), "forum-thread.xhtml?post=" + id);
  }

  static Searchable course(long id, String title, String text) {
    return new Searchable(SearchKind.COURSE, id, title, text, CITY, Set.of(), null, NOV_1, "course.xhtml?id=" + id);
  }

  /** Staff with no cadre record, reading what the scope covers. */
  static Visibility staff(String... prefixes) {
    return new Visibility(Set.of(), Set.of(), Scope.of(List.of(prefixes)));
  }

  static Visibility cadre(String ownPath, String... groups) {
    return Visibility.at(ownPath, Set.of(groups), Scope.none());
  }

  static SearchRequest query(String q) {
    return SearchRequest.of(q, null, null, null, null, 0, SearchRequest.MAX_SIZE);
  }

  static List<Long> ids(Page<SearchHit> page) {
    return page.items().stream().map(SearchHit::id).toList();
  }
}
