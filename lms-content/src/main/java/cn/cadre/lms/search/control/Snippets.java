package cn.cadre.lms.search.control;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages of each hit's text around the words that matched, as safe HTML: the text is
 * HTML-escaped and only {@code <mark>} is added, so whatever a post contains comes back as text.
 * One stored copy of the text serves both analyses: the bigram field is "masked" onto the word
 * field, so a hit found only through bigrams (北京 in 北京大学) is marked too. Both fields keep
 * offsets in their postings, so no text is analysed again for a snippet.
 */
final class Snippets {

  static final int PASSAGES = 2;
  static final int MAX_LENGTH = SearchDocument.MAX_TEXT;

  private static final Set<String> BOTH =
      Set.of(ChineseAnalysis.TEXT_WORDS, ChineseAnalysis.TEXT_GRAMS);

  private final Analyzer indexAnalyzer;

  Snippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** One snippet per hit, in the order of {@code top}; a hit whose text did not match gets its start. */
  String[] of(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaskedFieldsFunc(field -> field.equals(ChineseAnalysis.TEXT_WORDS) ? BOTH : Set.of())
        .withMaxLength(MAX_LENGTH)
        .build();
    Map<String, String[]> fields = highlighter.highlightFields(
        new String[] {ChineseAnalysis.TEXT_WORDS}, query, top, new int[] {PASSAGES});
    String[] snippets = fields.get(ChineseAnalysis.TEXT_WORDS);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }
}
