package cn.cadre.lms.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * {@link Visibility#sees} as a Lucene filter, term lookups only (see {@link SearchDocument}):
 *
 * <ul>
 *   <li>staff: the item's audience path starts with one of the staff prefixes, i.e. one prefix is
 *       among the item's ancestor-or-self prefixes: one term per staff prefix;
 *   <li>a place the reader stands: the item's audience path is that place or one enclosing it, i.e.
 *       one of the places' ancestor-or-self prefixes is the item's audience: one term per prefix; and
 *       the item names no groups (the marker term) or one of the reader's groups.
 * </ul>
 *
 * The two are alternatives; a reader with neither sees nothing. The plain-JUnit test holds this
 * query and {@code Visibility.sees} to the same answers over a table of cases.
 */
public final class VisibilityFilter {

  private VisibilityFilter() {}

  public static Query of(Visibility v) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    boolean any = false;
    for (String prefix : v.staffScope().prefixes()) {
      either.add(new TermQuery(new Term(SearchDocument.AUDIENCE_PREFIX, prefix)), Occur.SHOULD);
      any = true;
    }
    if (!v.places().isEmpty()) {
      either.add(cadre(v), Occur.SHOULD);
      any = true;
    }
    if (!any) {
      return new MatchNoDocsQuery("the reader is neither staff nor a cadre");
    }
    return either.setMinimumNumberShouldMatch(1).build();
  }

  private static Query cadre(Visibility v) {
    BooleanQuery.Builder audience = new BooleanQuery.Builder();
    Set<String> enclosing = new TreeSet<>();
    v.places().forEach(place -> enclosing.addAll(SearchDocument.prefixes(place)));
    for (String prefix : enclosing) {
      audience.add(new TermQuery(new Term(SearchDocument.AUDIENCE, prefix)), Occur.SHOULD);
    }
    // a cadre may belong to hundreds of groups (every course ever enrolled in): one set query, no
    // clause limit
    List<BytesRef> groups = new ArrayList<>();
    groups.add(new BytesRef(SearchDocument.NO_GROUPS));
    v.groups().forEach(g -> groups.add(new BytesRef(g)));
    return new BooleanQuery.Builder()
        .add(audience.setMinimumNumberShouldMatch(1).build(), Occur.FILTER)
        .add(new TermInSetQuery(SearchDocument.GROUP, groups), Occur.FILTER)
        .build();
  }
}
