package cn.cadre.lms.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The passages of each hit's text around the words that matched, as safe HTML: the text is
 * HTML-escaped and only {@code <mark>} is added, so whatever a post contains comes back as text.
 * One stored copy of the text serves both analyses: the bigram field is "masked" onto the word
 * field, so a hit found only through bigrams (北京 in 北京大学) is marked too; titles the same way,
 * whole. The fields keep offsets in their postings, so no text is analysed again for a snippet (an
 * index built before titles had offsets analyses the short title instead: the same marks).
 */
final class Snippets {

  static final int PASSAGES = 2;
  static final int MAX_LENGTH = SearchDocument.MAX_TEXT;

  /** The bigram fields masked onto the word fields, whose stored text is shown. */
  private static final Map<String, Set<String>> MASKS = Map.of(
      ChineseAnalysis.TEXT_WORDS, Set.of(ChineseAnalysis.TEXT_WORDS, ChineseAnalysis.TEXT_GRAMS),
      ChineseAnalysis.TITLE_WORDS, Set.of(ChineseAnalysis.TITLE_WORDS, ChineseAnalysis.TITLE_GRAMS));

  private final Analyzer indexAnalyzer;

  Snippets(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** A hit's marked text: the title whole, the body's best passages. */
  record Marked(String title, String text) {}

  /**
   * The marked title and snippet of each hit, in the order of {@code top}: a title is one passage,
   * the whole title (escaped, marked where the query matched it); a text that did not match gets its
   * start.
   */
  Marked[] of(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaskedFieldsFunc(field -> MASKS.getOrDefault(field, Set.of()))
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(1)
        // the query's terms are read once and their offsets taken from the postings; the default
        // (weight matches) rewrites the query and builds its Weight again for every hit and field,
        // which was 43 % of a search's time under load. The query text holds terms, conjunctions
        // and quoted phrases, which the term mode marks the same way (phrases strictly)
        .withWeightMatches(false)
        .withHighlightPhrasesStrictly(true)) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        return field.equals(ChineseAnalysis.TITLE_WORDS) ? new WholeBreakIterator() : super.getBreakIterator(field);
      }
    };
    Map<String, String[]> fields = highlighter.highlightFields(
        new String[] {ChineseAnalysis.TEXT_WORDS, ChineseAnalysis.TITLE_WORDS}, query, top, new int[] {PASSAGES, 1});
    String[] texts = fields.get(ChineseAnalysis.TEXT_WORDS);
    String[] titles = fields.get(ChineseAnalysis.TITLE_WORDS);
    Marked[] out = new Marked[texts.length];
    for (int i = 0; i < texts.length; i++) {
      out[i] = new Marked(titles[i] == null ? "" : titles[i], texts[i] == null ? "" : texts[i]);
    }
    return out;
  }
}
