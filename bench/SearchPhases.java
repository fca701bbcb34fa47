import cn.cadre.lms.search.control.ChineseAnalysis;
import cn.cadre.lms.search.control.QueryText;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.MMapDirectory;

/**
 * Where one search's time goes, phase by phase, on one thread, on an index the search benchmark left
 * (target/bench/search-fulltext/search/gen-*): the query parsed, the exact count, the page of ten
 * collected, the snippets cut (both highlighter modes), the stored fields read. A diagnostic for
 * work on the search, not a figure of the issue (those are bench/search.sh's).
 * Usage: java -cp CLASSPATH bench/SearchPhases.java INDEX_DIR [ROUNDS]
 */
public class SearchPhases {
  static final String[] WORDS = {"乡村振兴", "基层党建", "数字经济", "作风建设", "生态环境", "集体经济", "河长制", "干部网络培训"};

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    try (DirectoryReader reader = DirectoryReader.open(new MMapDirectory(Path.of(args[0])))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryText parser = new QueryText(ChineseAnalysis.forQuery());
      Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("at", SortField.Type.LONG, true));
      // a reader of the whole city: the audience-prefix term of the city (every generated post)
      Query visible = new TermQuery(new Term("audience_prefix", "/340600/"));
      long[] ns = new long[9];
      String[] names = {"parse", "count", "page of 10", "snippets (weight matches)", "snippets (terms)", "stored fields",
          "page of 10, score only", "page of 10, no skipping", "page of 10, text only, score only"};
      for (int warm = 0; warm < 2; warm++) {
        java.util.Arrays.fill(ns, 0);
        int n = 0;
        for (int r = 0; r < (warm == 0 ? rounds / 3 : rounds); r++) {
          for (String w : WORDS) {
            long t0 = System.nanoTime();
            Query text = parser.parse(w);
            Query q = new BooleanQuery.Builder().add(text, Occur.MUST).add(visible, Occur.FILTER)
                .add(new TermQuery(new Term("kind", "FORUM_POST")), Occur.FILTER).build();
            long t1 = System.nanoTime();
            int total = searcher.count(q);
            long t2 = System.nanoTime();
            TopDocs top = searcher.search(q, new TopFieldCollectorManager(sort, 10, null, 10, false));
            long t3 = System.nanoTime();
            highlight(searcher, text, top, true);
            long t4 = System.nanoTime();
            highlight(searcher, text, top, false);
            long t5 = System.nanoTime();
            StoredFields stored = searcher.storedFields();
            for (var sd : top.scoreDocs) {
              stored.document(sd.doc, Set.of("kind", "id", "title_words", "county", "at", "link"));
            }
            long t6 = System.nanoTime();
            long t7 = System.nanoTime();
            searcher.search(q, new org.apache.lucene.search.TopScoreDocCollectorManager(10, null, 10, false));
            long t8 = System.nanoTime();
            searcher.search(q, new TopFieldCollectorManager(sort, 10, null, Integer.MAX_VALUE, false));
            long t9 = System.nanoTime();
            searcher.search(text, new org.apache.lucene.search.TopScoreDocCollectorManager(10, null, 10, false));
            long t10 = System.nanoTime();
            ns[6] += t8 - t7; ns[7] += t9 - t8; ns[8] += t10 - t9;
            ns[0] += t1 - t0; ns[1] += t2 - t1; ns[2] += t3 - t2; ns[3] += t4 - t3; ns[4] += t5 - t4; ns[5] += t6 - t5;
            n++;
            if (total == 0) {
              throw new IllegalStateException("no hits for " + w);
            }
          }
        }
        if (warm == 1) {
          System.out.printf("%d searches (%d docs in the index), mean per search:%n", n, reader.numDocs());
          for (int i = 0; i < ns.length; i++) {
            System.out.printf("  %-28s %7.3f ms%n", names[i], ns[i] / 1e6 / n);
          }
        }
      }
    }
  }

  static void highlight(IndexSearcher searcher, Query text, TopDocs top, boolean weightMatches) throws Exception {
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, ChineseAnalysis.forIndex())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaskedFieldsFunc(f -> f.equals("text_words") ? Set.of("text_words", "text_grams") : Set.of())
        .withMaxLength(50_000).withWeightMatches(weightMatches).build();
    h.highlightFields(new String[] {"text_words"}, text, top, new int[] {2});
  }
}
