package cn.cadre.lms.search.control;

import static cn.cadre.lms.search.control.Items.CITY;
import static cn.cadre.lms.search.control.Items.SUIXI;
import static cn.cadre.lms.search.control.Items.SUIXI_UNIT;
import static cn.cadre.lms.search.control.Items.course;
import static cn.cadre.lms.search.control.Items.ids;
import static cn.cadre.lms.search.control.Items.post;
import static cn.cadre.lms.search.control.Items.query;
import static cn.cadre.lms.search.control.Items.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on a real directory: writes, restarts, rebuild swaps, filters, snippets, errors. */
class SearchIndexTest {

  static final Instant T = Instant.parse("2026-11-20T00:00:00Z");

  @TempDir Path dir;
  final Visibility center = staff(CITY);

  @Test
  void updatesAndDeletesShowAfterTheCommitAndSurviveAReopen() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertFalse(index.found(), "an empty directory asks for a rebuild");
      index.apply(index.current(), List.of(post(1, "乡村振兴", "发展集体经济", CITY), post(2, "基层党建", "支部建设", CITY)), List.of());
      assertEquals(List.of(), ids(index.search(query("经济"), center)), "nothing before the commit");
      index.commit(index.current(), new Checkpoint(7, T));
      assertEquals(List.of(1L), ids(index.search(query("经济"), center)));
      index.apply(index.current(), List.of(post(1, "乡村振兴", "发展特色产业", CITY)), List.of("FORUM_POST:2"));
      index.commit(index.current(), new Checkpoint(9, T.plusSeconds(5)));
      assertEquals(List.of(), ids(index.search(query("经济"), center)), "replaced, not added");
      assertEquals(List.of(1L), ids(index.search(query("产业"), center)));
      assertEquals(List.of(), ids(index.search(query("支部"), center)), "deleted");
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertTrue(reopened.found());
      assertEquals(new Checkpoint(9, T.plusSeconds(5)), reopened.current().checkpoint(), "the change id survives");
      assertEquals(List.of(1L), ids(reopened.search(query("产业"), center)));
      assertEquals(1, reopened.current().documents());
    }
  }

  @Test
  void uncommittedWritesAreGoneAfterARestartAndTheMarkSaysSo() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.apply(index.current(), List.of(post(1, "标题", "已提交", CITY)), List.of());
      index.commit(index.current(), new Checkpoint(3, T));
      index.apply(index.current(), List.of(post(2, "标题", "未提交", CITY)), List.of());
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(3, reopened.current().checkpoint().mark(), "changes after 3 are applied again");
      assertEquals(List.of(1L), ids(reopened.search(query("标题"), center)));
    }
  }

  @Test
  void aRebuildSwapsWhileASearchIsInsideTheOldIndex() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.apply(index.current(), List.of(post(1, "旧索引", "旧的内容", CITY)), List.of());
      index.commit(index.current(), new Checkpoint(1, T));
      IndexGeneration old = index.current();
      assertTrue(old.enter(), "a search holds the old generation");

      IndexGeneration next = index.next(new Checkpoint(5, T));
      index.apply(next, List.of(post(2, "新索引", "新的内容", CITY)), List.of());
      index.commit(next, new Checkpoint(5, T));
      assertEquals(List.of(1L), ids(index.search(query("内容"), center)), "searches answer from the old until the swap");
      index.swap(next);

      assertEquals(List.of(2L), ids(index.search(query("内容"), center)));
      assertEquals(1, (int) old.search(s -> s.getIndexReader().numDocs()), "the search inside still reads the old index");
      assertTrue(Files.exists(old.dir()));
      old.leave();
      assertFalse(Files.exists(old.dir()), "deleted once the last search left");
      assertFalse(old.enter(), "no search enters a retired generation");
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(5, reopened.current().checkpoint().mark());
      assertEquals(List.of(2L), ids(reopened.search(query("内容"), center)));
    }
  }

  @Test
  void anIndexOfAnotherFormatOrALeftoverRebuildIsNotUsed() throws Exception {
    Path other = dir.resolve("gen-1");
    try (FSDirectory d = FSDirectory.open(other);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(Checkpoint.FORMAT, "0", Checkpoint.MARK, "4", Checkpoint.SWEPT, "0").entrySet());
      w.commit();
    }
    Files.writeString(dir.resolve("current"), "gen-1");
    Files.createDirectories(dir.resolve("gen-2"));
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertFalse(index.found());
      assertFalse(Files.exists(other), "the old format is deleted");
      assertFalse(Files.exists(dir.resolve("gen-2")), "an unfinished rebuild is deleted");
    }
  }

  @Test
  void filtersSnippetsAndPages() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.apply(index.current(), List.of(
          post(1, "县里的帖子", "濉溪县乡村振兴的经验<script>alert(1)</script>", SUIXI_UNIT),
          post(2, "全市的帖子", "淮北市乡村振兴", CITY),
          course(3, "乡村振兴课程", "课程简介"),
          post(4, "讲座", "北京大学的教授来淮北讲课", CITY)), List.of());
      index.commit(index.current(), new Checkpoint(1, T));
      var county = index.search(SearchRequest.of("乡村振兴", null, "340621", null, null, 0, 10), center);
      assertEquals(List.of(1L), ids(county));
      SearchHit hit = county.items().get(0);
      assertTrue(hit.snippet().contains("<mark>乡村振兴</mark>") || hit.snippet().contains("<mark>乡村</mark>"), hit.snippet());
      assertTrue(hit.snippet().contains("&lt;script&gt;"), "a post's markup comes back as text: " + hit.snippet());
      assertFalse(hit.snippet().contains("<script"), hit.snippet());
      assertEquals("340621", hit.countyCode());
      assertEquals(List.of(3L), ids(index.search(SearchRequest.of("乡村振兴", SearchKind.COURSE, null, null, null, 0, 10), center)));
      LocalDate day = LocalDate.of(2026, 11, 1);
      assertEquals(3, index.search(SearchRequest.of("乡村振兴", null, null, day, day, 0, 10), center).total());
      assertEquals(0, index.search(SearchRequest.of("乡村振兴", null, null, day.plusDays(1), null, 0, 10), center).total());
      var second = index.search(SearchRequest.of("乡村振兴", null, null, null, null, 1, 2), center);
      assertEquals(3, second.total());
      assertEquals(1, second.items().size());
      // found through bigrams only (smartcn keeps 北京大学 whole), and marked all the same
      var bigram = index.search(query("北京"), center).items().get(0);
      assertTrue(bigram.snippet().contains("<mark>北京</mark>"), bigram.snippet());
      // titles are marked whole, through words or bigrams, and a title's markup stays text
      var course = index.search(SearchRequest.of("乡村振兴", SearchKind.COURSE, null, null, null, 0, 10), center).items().get(0);
      assertTrue(course.markedTitle().startsWith("<mark>乡村") && course.markedTitle().endsWith("课程"), course.markedTitle());
      assertEquals("乡村振兴课程", course.markedTitle().replace("<mark>", "").replace("</mark>", ""));
      assertEquals("乡村振兴课程", course.title());
      var untitled = index.search(query("教授"), center).items().get(0);
      assertEquals("讲座", untitled.markedTitle(), "a title the query did not match comes back whole, unmarked");
      index.apply(index.current(), List.of(post(5, "<img src=x onerror=alert(1)>县里交流", "交流心得", CITY)), List.of());
      index.commit(index.current(), new Checkpoint(2, T));
      var injected = index.search(query("交流"), center).items().get(0);
      assertEquals("&lt;img src=x onerror=alert(1)&gt;县里<mark>交流</mark>", injected.markedTitle());
      assertFalse(injected.markedTitle().contains("<img"), injected.markedTitle());
    }
  }

  @Test
  void syntaxErrorsAndBadRequestsAreTheReadersFault() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (String bad : new String[] {"经济 AND (", "\"unclosed", "title:[a TO", "*济", "a:b:c)", "[a TO z]", "/.*/"}) {
        LmsException e = org.junit.jupiter.api.Assertions.assertThrows(LmsException.class,
            () -> index.search(query(bad), center), bad);
        assertEquals(422, e.status());
        assertEquals("q", e.fields().get(0).field());
        assertEquals("search.syntax", e.fields().get(0).key());
      }
      assertEquals("field.required", badRequest("  ", 0, 10));
      assertEquals("field.tooLong", badRequest("经".repeat(201), 0, 10));
      assertEquals("field.between", badRequest("经济", 0, 51));
      assertEquals("field.between", badRequest("经济", 100, 10));
    }
  }

  static String badRequest(String q, int page, int size) {
    return org.junit.jupiter.api.Assertions.assertThrows(LmsException.class,
        () -> SearchRequest.of(q, null, null, null, null, page, size)).fields().get(0).key();
  }
}
