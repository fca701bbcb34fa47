package cn.cadre.lms.search.control;

import cn.cadre.lms.common.LmsException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The search box's text as a Lucene query: the classic query syntax ("quoted phrases", AND, OR,
 * -word, a trailing * for a prefix), run over titles and bodies, words and bigrams, with their
 * boosts ({@link ChineseAnalysis}). Words without an operator must all match, as a reader of a
 * Chinese search box expects. Anything the parser cannot read is the reader's input error (422 on
 * {@code q}), never a server error.
 */
public final class QueryText {

  private final Analyzer analyzer;

  public QueryText(Analyzer queryAnalyzer) {
    this.analyzer = queryAnalyzer;
  }

  public Query parse(String text) {
    // a parser holds state while parsing: one per call, the analyzer is shared
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(ChineseAnalysis.FIELDS, analyzer, ChineseAnalysis.BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // a leading wildcard scans every term of a field: refused like any other syntax error
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(text);
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      throw LmsException.invalid("q", "search.syntax");
    }
  }
}
