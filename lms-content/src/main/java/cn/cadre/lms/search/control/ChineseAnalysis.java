package cn.cadre.lms.search.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms, Chinese first. Every title and body is indexed twice:
 *
 * <ul>
 *   <li><b>words</b> ({@code *_words}): smartcn's dictionary segmenter, so 经济 is a word of
 *       经济发展 and a search for 经济 finds it as a word; English words are lower-cased and
 *       Porter-stemmed by the same analyzer (developing finds development).
 *   <li><b>bigrams</b> ({@code *_grams}): every two adjacent Han characters, plus each single
 *       character. This is the recall field: smartcn keeps 北京大学 or a person's name as one word,
 *       so 北京 or a surname alone would miss it; bigrams find any two characters that stand
 *       together, and the single characters let a one-character query (党) find something.
 * </ul>
 *
 * <p>A query is analysed for both fields and matches when either does; a match on words weighs more
 * than one on bigrams, and a title more than a body ({@link #BOOSTS}). At query time the bigram
 * field gets no single characters beside its bigrams, or 经济 would also ask for 经 and 济 and match
 * every text holding those characters anywhere; a lone character is still searched as itself.
 */
public final class ChineseAnalysis {

  public static final String TITLE_WORDS = "title_words";
  public static final String TITLE_GRAMS = "title_grams";
  public static final String TEXT_WORDS = "text_words";
  public static final String TEXT_GRAMS = "text_grams";

  /**
   * The pinyin initials of a title's Han characters (乡村振兴课程: xczxkc), kept as every suffix of each
   * run of Han characters, so a prefix query on it finds the initials anywhere in a title.
   */
  public static final String TITLE_INITIALS = "title_initials";

  /** A query word searched as pinyin initials too: two to twelve Latin letters. */
  private static final Pattern INITIALS_QUERY = Pattern.compile("[A-Za-z]{2,12}");

  /** The fields a query runs over. */
  public static final String[] FIELDS = {TITLE_WORDS, TITLE_GRAMS, TEXT_WORDS, TEXT_GRAMS};

  /** Words over bigrams, titles over bodies: a title word is the strongest sign of a good hit. */
  public static final Map<String, Float> BOOSTS =
      Map.of(TITLE_WORDS, 4f, TITLE_GRAMS, 2f, TEXT_WORDS, 2f, TEXT_GRAMS, 1f);

  private ChineseAnalysis() {}

  /** The analyzer documents are indexed with (and snippets are cut by). */
  public static Analyzer forIndex() {
    return perField(new Grams(true));
  }

  /** The analyzer queries are parsed with. */
  public static Analyzer forQuery() {
    return perField(new Grams(false));
  }

  /**
   * The terms of {@link #TITLE_INITIALS} for a title: for each run of Han characters, the first letter
   * of each character's pinyin (its first reading: a character with several, like 行 xing/hang, is
   * found by the first one only), every suffix of two letters or more.
   */
  public static Set<String> initials(String title) {
    Set<String> terms = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= title.length(); i++) {
      char ch = i < title.length() ? title.charAt(i) : ' ';
      char initial = initial(ch);
      if (initial != 0) {
        run.append(initial);
        continue;
      }
      for (int from = 0; from + 2 <= run.length(); from++) {
        terms.add(run.substring(from));
      }
      run.setLength(0);
    }
    return terms;
  }

  /** The query word as pinyin initials (lower case), or null when it is not two to twelve letters. */
  public static String initialsQuery(String word) {
    return word != null && INITIALS_QUERY.matcher(word).matches() ? word.toLowerCase(Locale.ROOT) : null;
  }

  private static final HanyuPinyinOutputFormat PINYIN = pinyinFormat();

  private static HanyuPinyinOutputFormat pinyinFormat() {
    var f = new HanyuPinyinOutputFormat();
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setVCharType(HanyuPinyinVCharType.WITH_V);
    return f;
  }

  private static char initial(char ch) {
    if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
      return 0;
    }
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, PINYIN);
      return readings == null || readings.length == 0 || readings[0].isEmpty() ? 0 : readings[0].charAt(0);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }

  private static Analyzer perField(Analyzer grams) {
    // smartcn's default stop set is punctuation only, so 的 and 是 stay searchable inside phrases
    Analyzer words = new SmartChineseAnalyzer();
    return new PerFieldAnalyzerWrapper(words, Map.of(TITLE_GRAMS, grams, TEXT_GRAMS, grams));
  }

  /**
   * Han bigrams over the standard tokenizer (which emits each Han character on its own): full-width
   * Latin and half-width katakana folded first, Latin lower-cased, no stop words, because a bigram is
   * never one.
   */
  static final class Grams extends Analyzer {

    private final boolean unigrams;

    Grams(boolean unigrams) {
      this.unigrams = unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new CJKWidthFilter(source);
      result = new LowerCaseFilter(result);
      result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
          | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
      return new TokenStreamComponents(source, result);
    }
  }
}
