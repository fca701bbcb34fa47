package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.control.Page;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * A search on one searcher: the query text must match, and visibility, kind, county and dates
 * filter (filters do not score). Best first, newer first among equals; the total is exact. Only
 * the requested page is read from the stored fields and given snippets.
 */
final class Hits {

  private static final Sort BEST_THEN_NEWEST =
      new Sort(SortField.FIELD_SCORE, new SortField(SearchDocument.AT, SortField.Type.LONG, true));
  private static final Set<String> SHOWN = Set.of(SearchDocument.KIND, SearchDocument.ID,
      SearchDocument.TITLE, SearchDocument.COUNTY, SearchDocument.AT, SearchDocument.LINK);

  private final QueryText queries;
  private final Snippets snippets;

  Hits(QueryText queries, Snippets snippets) {
    this.queries = queries;
    this.snippets = snippets;
  }

  Page<SearchHit> page(IndexSearcher searcher, SearchRequest r, Visibility reader) throws IOException {
    Query text = queries.parse(r.q());
    Query query = filtered(text, r, reader);
    int wanted = (r.page() + 1) * r.size();
    // the exact total is counted without scores; the page itself is collected with a threshold of
    // the hits wanted, which lets Lucene skip blocks that cannot reach the page (block-max WAND)
    // instead of scoring every one of tens of thousands of matches
    int total = searcher.count(query);
    TopDocs top = searcher.search(query,
        new TopFieldCollectorManager(BEST_THEN_NEWEST, wanted, null, wanted, false));
    int from = Math.min(r.page() * r.size(), top.scoreDocs.length);
    ScoreDoc[] shown = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    Snippets.Marked[] marked = shown.length == 0 ? new Snippets.Marked[0]
        : snippets.of(searcher, text, new TopDocs(top.totalHits, shown));
    StoredFields stored = searcher.storedFields();
    List<SearchHit> items = new ArrayList<>(shown.length);
    for (int i = 0; i < shown.length; i++) {
      items.add(hit(stored.document(shown[i].doc, SHOWN), marked[i]));
    }
    return new Page<>(total, r.page(), r.size(), items);
  }

  static Query filtered(Query text, SearchRequest r, Visibility reader) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(VisibilityFilter.of(reader), Occur.FILTER);
    if (r.kind() != null) {
      b.add(new TermQuery(new Term(SearchDocument.KIND, r.kind().name())), Occur.FILTER);
    }
    if (r.county() != null) {
      b.add(new TermQuery(new Term(SearchDocument.COUNTY, r.county())), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long lower = r.from() == null ? Long.MIN_VALUE : r.fromInstant().toEpochMilli();
      long upper = r.to() == null ? Long.MAX_VALUE : r.untilInstant().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(SearchDocument.AT, lower, upper), Occur.FILTER);
    }
    return b.build();
  }

  private static SearchHit hit(Document d, Snippets.Marked marked) {
    String title = d.get(SearchDocument.TITLE);
    return new SearchHit(SearchKind.valueOf(d.get(SearchDocument.KIND)),
        d.getField(SearchDocument.ID).numericValue().longValue(), title,
        marked.title().isEmpty() ? SearchHit.escape(title) : marked.title(), marked.text(),
        d.get(SearchDocument.COUNTY), Instant.ofEpochMilli(d.getField(SearchDocument.AT).numericValue().longValue()),
        d.get(SearchDocument.LINK));
  }
}
