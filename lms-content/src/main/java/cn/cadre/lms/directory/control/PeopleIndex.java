package cn.cadre.lms.directory.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
 * the scope is a prefix query on the path. The database stays the source of truth: the index is
 * rebuilt from it at start and told of each committed change.
 */
public final class PeopleIndex implements AutoCloseable {

  static final int MAX_PART = 10;

  private static final Sort BY_NAME =
      new Sort(new SortField("name_sort", SortField.Type.STRING), new SortField("id_sort", SortField.Type.LONG));

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public PeopleIndex() {
    try {
      // segments kept in list order, so a page is the first hits found and collection stops there
      writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64).setIndexSort(BY_NAME));
      writer.commit();
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
        while (rs.next()) {
          writer.addDocument(document(new CadreCard(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getLong(11))));
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
  public void upsert(List<CadreCard> cards) {
    try {
      for (CadreCard card : cards) {
        writer.updateDocument(new Term("id", String.valueOf(card.id())), document(card));
      }
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One page of the cadres matching the query within the scope, ordered by name, with the exact total. */
  public Page<CadreCard> search(Scope scope, String nodePath, CadreQuery q) {
    Query query = query(scope, nodePath, q);
    int wanted = (q.page() + 1) * q.size();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(BY_NAME, wanted, null, wanted, false));
        List<CadreCard> items = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = q.page() * q.size(); i < hits.length; i++) {
          items.add(card(searcher.storedFields().document(hits[i].doc)));
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
        return searcher.count(query(scope, null, CadreQuery.all(0, 1)));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Query query(Scope scope, String nodePath, CadreQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder within = new BooleanQuery.Builder();
    for (String prefix : scope.prefixes()) {
      within.add(new PrefixQuery(new Term("path", prefix)), Occur.SHOULD);
    }
    if (scope.isEmpty()) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST_NOT).build();
    }
    b.add(within.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
    if (nodePath != null) {
      b.add(new PrefixQuery(new Term("path", nodePath)), Occur.FILTER);
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

  private void publish() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  static Document document(CadreCard c) {
    Document d = new Document();
    d.add(new StringField("id", String.valueOf(c.id()), Field.Store.YES));
    d.add(new NumericDocValuesField("id_sort", c.id()));
    d.add(new StringField("name", c.name(), Field.Store.YES));
    d.add(new SortedDocValuesField("name_sort", new BytesRef(c.name())));
    for (String part : parts(c.name())) {
      d.add(new StringField("name_part", part, Field.Store.NO));
    }
    d.add(new StringField("path", c.path(), Field.Store.YES));
    d.add(new StringField("unit", String.valueOf(c.unitId()), Field.Store.YES));
    d.add(new StringField("rank", c.rank(), Field.Store.YES));
    d.add(new StringField("status", c.status(), Field.Store.YES));
    d.add(new StoredField("gender", c.gender()));
    d.add(new StoredField("unitName", c.unitName()));
    d.add(new StoredField("post", c.post()));
    d.add(new StoredField("authority", c.authority()));
    d.add(new StoredField("version", c.version()));
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

  private static CadreCard card(Document d) {
    return new CadreCard(Long.parseLong(d.get("id")), d.get("name"), d.get("gender"),
        Long.parseLong(d.get("unit")), d.get("unitName"), d.get("post"), d.get("rank"),
        d.get("authority"), d.get("status"), d.get("path"), d.getField("version").numericValue().longValue());
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
