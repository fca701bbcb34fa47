package cn.cadre.lms.directory.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The people list in memory (Apache Lucene): every cadre as a document with the list's fields, so
 * a search over a province's 100,000+ cadres costs no database round trip. Names are indexed by
 * every substring up to {@value #MAX_PART} characters, so 伟 finds 张伟 and 王伟东 as a term lookup;
 * a scope is a term too, since each document lists every path that encloses it. The database stays the source of truth: the index is
 * rebuilt from it at start and told of each committed change.
 */
public final class PeopleIndex implements AutoCloseable {

  static final int MAX_PART = 10;

  private static final Sort BY_NAME =
      new Sort(new SortField("name_sort", SortField.Type.STRING), new SortField("id_sort", SortField.Type.LONG));

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  // the rows as the list shows them, by id: a page is read from here, not decompressed from Lucene's
  // stored fields (which cost more than the search itself, measured under load)
  private final ConcurrentHashMap<Long, CadreCard> cards = new ConcurrentHashMap<>();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public PeopleIndex() {
    try {
      // segments kept in list order, so a page is the first hits found and collection stops there
      writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64).setIndexSort(BY_NAME));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads every cadre from the database (one streamed query); returns how many. */
  public int rebuild(Connection c) throws SQLException {
    int n = 0;
    try (Statement st = c.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery(
          "SELECT c.id, c.name, c.gender, c.unit_id, u.name, c.post, c.cadre_rank, c.authority, c.status,"
              + " c.path, c.version FROM cadre c JOIN unit u ON u.id = c.unit_id")) {
        writer.deleteAll();
        cards.clear();
        while (rs.next()) {
          CadreCard card = new CadreCard(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getLong(11));
          cards.put(card.id(), card);
          writer.addDocument(document(card));
          n++;
        }
      }
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** Adds or replaces cadres after their change was committed; searches see them on return. */
  public void upsert(List<CadreCard> changed) {
    try {
      for (CadreCard card : changed) {
        writer.updateDocument(new Term("id", String.valueOf(card.id())), document(card));
        cards.put(card.id(), card);
      }
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of the cadres matching the query within the scope, ordered by name, with the exact total. */
  public Page<CadreCard> search(Scope scope, String nodePath, CadreQuery q) {
    int wanted = (q.page() + 1) * q.size();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query query = query(scope, nodePath, q, searcher.getIndexReader());
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(BY_NAME, wanted, null, wanted, false));
        List<CadreCard> items = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = q.page() * q.size(); i < hits.length; i++) {
          // the second sort value is the id
          items.add(cards.get((Long) ((FieldDoc) hits[i]).fields[1]));
        }
        return new Page<>(searcher.count(query), q.page(), q.size(), items);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many cadres lie in the scope. */
  public long count(Scope scope) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.count(query(scope, null, CadreQuery.all(0, 1), searcher.getIndexReader()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Query query(Scope scope, String nodePath, CadreQuery q, IndexReader reader) throws IOException {
    if (scope.isEmpty()) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST_NOT).build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    BooleanQuery.Builder within = new BooleanQuery.Builder();
    boolean everyone = false;
    for (String prefix : scope.prefixes()) {
      Term term = new Term("scope", prefix);
      // a scope that encloses every document (the center's, on its own node) filters nothing: leave
      // it out, so a city-wide search costs what a single term costs
      everyone |= reader.docFreq(term) == reader.maxDoc();
      within.add(new TermQuery(term), Occur.SHOULD);
    }
    if (!everyone) {
      b.add(within.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    }
    if (nodePath != null) {
      b.add(new TermQuery(new Term("scope", nodePath)), Occur.FILTER);
    }
    if (q.text() != null) {
      String text = q.text();
      b.add(text.length() <= MAX_PART
          ? new TermQuery(new Term("name_part", text))
          : new PrefixQuery(new Term("name", text)), Occur.FILTER);
    }
    if (q.unitId() != null) {
      b.add(new TermQuery(new Term("unit", String.valueOf(q.unitId()))), Occur.FILTER);
    }
    if (q.rank() != null) {
      b.add(new TermQuery(new Term("rank", q.rank().name())), Occur.FILTER);
    }
    if (q.status() != null) {
      b.add(new TermQuery(new Term("status", q.status().name())), Occur.FILTER);
    }
    return b.build();
  }

  /** The searcher reads the writer near-real-time; a commit would write segment files for nothing. */
  private void publish() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  static Document document(CadreCard c) {
    Document d = new Document();
    d.add(new StringField("id", String.valueOf(c.id()), Field.Store.NO));
    d.add(new NumericDocValuesField("id_sort", c.id()));
    d.add(new StringField("name", c.name(), Field.Store.NO));
    d.add(new SortedDocValuesField("name_sort", new BytesRef(c.name())));
    for (String part : parts(c.name())) {
      d.add(new StringField("name_part", part, Field.Store.NO));
    }

    // every enclosing path as a term: a scope is then one postings list, not a walk over many terms
    for (int i = c.path().indexOf('/', 1); i > 0; i = c.path().indexOf('/', i + 1)) {
      d.add(new StringField("scope", c.path().substring(0, i + 1), Field.Store.NO));
    }
    d.add(new StringField("unit", String.valueOf(c.unitId()), Field.Store.NO));
    d.add(new StringField("rank", c.rank(), Field.Store.NO));
    d.add(new StringField("status", c.status(), Field.Store.NO));
    return d;
  }

  /** Every substring of the name up to MAX_PART characters (a 3-character name has 6). */
  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      for (int j = i + 1; j <= Math.min(cps.length, i + MAX_PART); j++) {
        String part = new String(cps, i, j - i);
        if (!parts.contains(part)) {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
