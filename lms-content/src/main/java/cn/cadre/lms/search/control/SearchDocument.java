package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.entity.OrgPath;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * A {@link Searchable} as a Lucene document. Besides the analysed title and text (see {@link
 * ChineseAnalysis}) it carries the terms the visibility filter asks for ({@link VisibilityFilter}),
 * the filters (kind, county, date) and what a hit shows (title, link, county, date, and the text
 * for its snippet).
 */
public final class SearchDocument {

  /** The key term: kind and id, so an item is replaced or deleted by one term. */
  public static final String KEY = "key";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String TITLE = ChineseAnalysis.TITLE_WORDS;
  static final String TEXT = ChineseAnalysis.TEXT_WORDS;
  static final String LINK = "link";
  static final String COUNTY = "county";
  static final String AT = "at";
  /** Every ancestor-or-self prefix of the audience path: staff scopes match one of them. */
  static final String AUDIENCE_PREFIX = "audience_prefix";
  /** The audience path itself: a cadre matches the prefixes of its own path against it. */
  static final String AUDIENCE = "audience";
  /** Each group a cadre must belong to, or {@link #NO_GROUPS}. */
  static final String GROUP = "group";
  /** The group term of an item open to every cadre under its audience path. */
  static final String NO_GROUPS = "-";

  /**
   * Longer texts are indexed and kept up to here: a snippet needs no more, and a lesson of 200,000
   * characters would otherwise cost its size in every rebuild and highlight.
   */
  public static final int MAX_TEXT = 50_000;

  // offsets in the postings let the highlighter cut snippets without analysing the text again
  private static final FieldType STORED_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);
  private static final FieldType WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

  private SearchDocument() {}

  public static Term key(String key) {
    return new Term(KEY, key);
  }

  public static Document of(Searchable s) {
    OrgPath.require(s.audiencePath());
    Document d = new Document();
    d.add(new StringField(KEY, s.key(), Field.Store.YES));
    d.add(new StringField(KIND, s.kind().name(), Field.Store.YES));
    d.add(new StoredField(ID, s.id()));
    d.add(new Field(ChineseAnalysis.TITLE_WORDS, s.title(), STORED_WITH_OFFSETS));
    d.add(new Field(ChineseAnalysis.TITLE_GRAMS, s.title(), WITH_OFFSETS));
    for (String initials : ChineseAnalysis.initials(s.title())) {
      d.add(new StringField(ChineseAnalysis.TITLE_INITIALS, initials, Field.Store.NO));
    }
    String text = s.text().length() > MAX_TEXT ? s.text().substring(0, MAX_TEXT) : s.text();
    d.add(new Field(ChineseAnalysis.TEXT_WORDS, text, STORED_WITH_OFFSETS));
    d.add(new Field(ChineseAnalysis.TEXT_GRAMS, text, WITH_OFFSETS));
    d.add(new StoredField(LINK, relative(s.link())));
    if (s.countyCode() != null) {
      d.add(new StringField(COUNTY, s.countyCode(), Field.Store.YES));
    }
    long at = s.at().toEpochMilli();
    d.add(new LongPoint(AT, at));
    d.add(new NumericDocValuesField(AT, at));
    d.add(new StoredField(AT, at));
    for (String prefix : prefixes(s.audiencePath())) {
      d.add(new StringField(AUDIENCE_PREFIX, prefix, Field.Store.NO));
    }
    d.add(new StringField(AUDIENCE, s.audiencePath(), Field.Store.NO));
    if (s.groups().isEmpty()) {
      d.add(new StringField(GROUP, NO_GROUPS, Field.Store.NO));
    }
    for (String group : s.groups()) {
      d.add(new StringField(GROUP, group, Field.Store.NO));
    }
    return d;
  }

  /** '/340600/340621/u27/' gives '/340600/', '/340600/340621/' and itself. */
  static List<String> prefixes(String path) {
    List<String> prefixes = new ArrayList<>();
    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      prefixes.add(path.substring(0, i + 1));
    }
    return prefixes;
  }

  /**
   * Links are pages of this application; anything with a scheme or a host ("javascript:",
   * "//elsewhere") is refused, since a hit's link is written into a page.
   */
  static String relative(String link) {
    boolean safe = !link.startsWith("/") && !link.startsWith("\\")
        && (link.indexOf(':') < 0 || link.indexOf(':') > firstOf(link, "?#/"));
    if (!safe) {
      throw new IllegalArgumentException("a search link must be relative to the application: " + link);
    }
    return link;
  }

  private static int firstOf(String s, String chars) {
    int first = s.length();
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0 && i < first) {
        first = i;
      }
    }
    return first;
  }

  private static FieldType withOffsets(FieldType base) {
    FieldType t = new FieldType(base);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
