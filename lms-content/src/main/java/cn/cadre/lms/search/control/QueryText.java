package cn.cadre.lms.search.control;

import cn.cadre.lms.common.LmsException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * The search box's text as a Lucene query: the classic query syntax ("quoted phrases", AND, OR,
 * -word, a trailing * for a prefix; no ranges or regular expressions, which walk a whole term
 * dictionary), run over titles and bodies, words and bigrams, with their
 * boosts ({@link ChineseAnalysis}), and two to twelve letters also as a title's pinyin initials.
 * Words without an operator must all match, as a reader of a
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
    MultiFieldQueryParser parser = new EachField(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // a leading wildcard scans every term of a field: refused like any other syntax error
    parser.setAllowLeadingWildcard(false);
    // each space-separated word on its own: a run of words parsed as one text would have the
    // fields' alternatives flattened into required clauses
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      throw LmsException.invalid("q", "search.syntax");
    }
  }

  /**
   * Lucene's multi-field parser lines up the n-th token of every field when a word analyses into
   * several (经济发展 is two words but three bigrams), mixing a word of one field with a bigram of
   * another. Here each field analyses the whole word on its own, all its tokens required, and the
   * fields are alternatives: a text matches when one analysis finds all of it.
   */
  private static final class EachField extends MultiFieldQueryParser {

    EachField(Analyzer analyzer) {
      super(ChineseAnalysis.FIELDS, analyzer, ChineseAnalysis.BOOSTS);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field != null) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      boolean found = false;
      for (String f : ChineseAnalysis.FIELDS) {
        Query q = super.getFieldQuery(f, queryText, quoted);
        if (q != null) {
          any.add(new BoostQuery(q, ChineseAnalysis.BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
          found = true;
        }
      }
      // two to twelve letters may also be a title's pinyin initials (xczx: 乡村振兴), anywhere in it
      String initials = ChineseAnalysis.initialsQuery(queryText);
      if (initials != null && !quoted) {
        any.add(new PrefixQuery(new Term(ChineseAnalysis.TITLE_INITIALS, initials)), BooleanClause.Occur.SHOULD);
        found = true;
      }
      return found ? any.build() : null;
    }

    /** Ranges and regular expressions walk a field's whole term dictionary: not offered. */
    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      throw new ParseException("ranges are not supported");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions are not supported");
    }
  }
}
