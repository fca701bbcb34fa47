package cn.cadre.lms.search.control;

import static cn.cadre.lms.search.control.Items.course;
import static cn.cadre.lms.search.control.Items.ids;
import static cn.cadre.lms.search.control.Items.query;
import static cn.cadre.lms.search.control.Items.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzer choices, each shown on the index itself. */
class ChineseAnalysisTest {

  @TempDir Path dir;
  SearchIndex index;
  final Visibility center = staff(Items.CITY);

  @BeforeEach
  void fill() {
    index = SearchIndex.open(dir);
    index.apply(index.current(), List.of(
        course(1, "党课", "推动经济发展，建设美丽淮北"),
        course(2, "讲座", "北京大学的教授讲授乡村振兴"),
        course(3, "English", "Developing the rural economy of Huaibei"),
        course(4, "学习心得", "社会主义核心价值观"),
        course(5, "经济工作会议精神", "会议的要点"),
        course(6, "文化", "干部学习经济学的基本原理"),
        course(7, "数字政府建设导论", "")), List.of());
    index.commit(index.current(), new Checkpoint(1, Instant.now()));
  }

  @AfterEach
  void close() {
    index.close();
  }

  List<Long> find(String q) {
    return ids(index.search(query(q), center));
  }

  @Test
  void smartcnSplitsWordsSoThatAWordFindsTheLongerPhrase() throws IOException {
    assertEquals(List.of("经济", "发展"), tokens(ChineseAnalysis.forIndex(), ChineseAnalysis.TEXT_WORDS, "经济发展"));
    assertTrue(find("经济").contains(1L), "经济 finds 经济发展");
    assertTrue(find("经济发展").contains(1L));
  }

  @Test
  void englishWordsAreStemmed() throws IOException {
    assertEquals(List.of("develop"), tokens(ChineseAnalysis.forIndex(), ChineseAnalysis.TEXT_WORDS, "developing"));
    assertEquals(List.of(3L), find("development"));
    assertEquals(List.of(3L), find("ECONOMIES"));
  }

  @Test
  void bigramsFindWhatTheDictionaryKeepsAsOneWord() throws IOException {
    // smartcn keeps the university's name whole, so the word field alone would miss 北京
    assertTrue(tokens(ChineseAnalysis.forIndex(), ChineseAnalysis.TEXT_WORDS, "北京大学的教授").contains("北京大学"));
    assertEquals(List.of(2L), find("北京"));
    assertEquals(List.of(2L), find("京大"), "any two characters that stand together");
    assertEquals(List.of(2L), find("\"北京大学\""));
  }

  @Test
  void aSingleCharacterIsSearchedAsItself() throws IOException {
    assertEquals(List.of("党"), tokens(ChineseAnalysis.forQuery(), ChineseAnalysis.TEXT_GRAMS, "党"));
    assertEquals(List.of("经济", "济发", "发展"), tokens(ChineseAnalysis.forQuery(), ChineseAnalysis.TEXT_GRAMS, "经济发展"),
        "no single characters beside the bigrams at query time");
    assertEquals(List.of(1L), find("党"));
  }

  @Test
  void titlesWeighMoreThanBodiesAndWordsMoreThanBigrams() {
    List<Long> hits = find("经济");
    assertEquals(5L, hits.get(0), "the title hit first: " + hits);
    // 经济 as a word (1) ranks above 经济 inside the word 经济学 found through bigrams only (6)
    assertTrue(hits.indexOf(1L) < hits.indexOf(6L), hits.toString());
  }

  @Test
  void wordsWithoutAnOperatorMustAllMatchAndTheSyntaxWorks() {
    assertEquals(List.of(1L), find("经济 淮北"));
    assertEquals(List.of(1L, 2L), sorted(find("淮北 OR 北京")));
    assertEquals(List.of(5L, 6L), sorted(find("经济 -淮北")));
    assertEquals(List.of(), find("\"发展经济\""), "a phrase keeps its order");
    // every part of one word must match within one analysis: 数字 alone (in a title) is not enough
    assertEquals(List.of(), find("数字经济"));
  }

  @Test
  void pinyinInitialsFindTitles() {
    assertEquals(List.of("xxxd", "xxd", "xd"), List.copyOf(ChineseAnalysis.initials("学习心得")));
    // each run of Han characters on its own, Latin and punctuation break a run, one character is no term
    assertEquals(List.of("sz", "dl"), List.copyOf(ChineseAnalysis.initials("数字2.0 导论：党")));
    assertEquals(List.of(), List.copyOf(ChineseAnalysis.initials("English")));
    assertEquals(List.of(4L), find("xxxd"));
    assertEquals(List.of(4L), find("XXXD"), "upper case too");
    assertEquals(List.of(7L), find("zfjs"), "initials inside a title (数字政府建设导论)");
    assertEquals(List.of(5L), find("jjgz"));
    assertEquals(List.of(), find("xxxdz"), "all of the initials must be there, in order");
    assertEquals(List.of(), find("x"), "one letter is not searched as initials");
    assertEquals(List.of(), find("\"xxxd\""), "a quoted word is text, not initials");
    assertEquals(List.of(3L), find("economy"), "a Latin word still finds English text");
  }

  static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }

  static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
