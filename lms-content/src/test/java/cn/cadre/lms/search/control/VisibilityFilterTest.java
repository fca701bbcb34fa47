package cn.cadre.lms.search.control;

import static cn.cadre.lms.search.control.Items.CITY;
import static cn.cadre.lms.search.control.Items.SUIXI;
import static cn.cadre.lms.search.control.Items.SUIXI_OTHER_UNIT;
import static cn.cadre.lms.search.control.Items.SUIXI_UNIT;
import static cn.cadre.lms.search.control.Items.XIANGSHAN;
import static cn.cadre.lms.search.control.Items.XIANGSHAN_UNIT;
import static cn.cadre.lms.search.control.Items.cadre;
import static cn.cadre.lms.search.control.Items.post;
import static cn.cadre.lms.search.control.Items.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Role;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter query and {@link Visibility#sees} give the same answer for every reader and item of
 * a table that covers the city, counties, units, groups and staff scopes.
 */
class VisibilityFilterTest {

  static final List<Searchable> ITEMS = List.of(
      post(1, "全市", "city-wide", CITY),
      post(2, "濉溪县", "county", SUIXI),
      post(3, "单位园地", "a unit's garden post", SUIXI_UNIT),
      post(4, "另一单位", "another unit of the county", SUIXI_OTHER_UNIT),
      post(5, "相山区单位", "a unit of another county", XIANGSHAN_UNIT),
      post(6, "专题班", "a special class's board, city-wide", CITY, "class:7"),
      post(7, "课程", "a course's board in the county", SUIXI, "course:3", "class:9"),
      post(8, "园地成员", "a unit garden with explicit members", SUIXI_UNIT, "garden:12"),
      post(9, "相山区", "county", XIANGSHAN));

  static final Map<String, Visibility> READERS = Map.ofEntries(
      Map.entry("cadre of the unit", cadre(SUIXI_UNIT)),
      Map.entry("colleague with groups", cadre(SUIXI_UNIT, "garden:12", "course:3")),
      Map.entry("cadre of another county", cadre(XIANGSHAN_UNIT)),
      Map.entry("cadre in a special class", cadre(XIANGSHAN_UNIT, "class:7")),
      Map.entry("cadre of another unit, same county", cadre(SUIXI_OTHER_UNIT, "class:9")),
      Map.entry("center", staff(CITY)),
      Map.entry("county sub-center", staff(SUIXI)),
      Map.entry("liaison of the unit", staff(SUIXI_UNIT)),
      Map.entry("two counties", staff(SUIXI, XIANGSHAN)),
      Map.entry("liaison who is also a cadre elsewhere",
          Visibility.at(XIANGSHAN_UNIT, Set.of(), Scope.of(List.of(SUIXI_OTHER_UNIT)))),
      Map.entry("county sub-center standing in its county", subCenter()),
      Map.entry("nobody", new Visibility(Set.of(), Set.of("class:7"), Scope.none())));

  /** The Suixi sub-center administrator as signed in: a grant at the county, no cadre record. */
  static Visibility subCenter() {
    return Visibility.of(new Actor(9, "suixi", "濉溪县管理员", null, List.of(new Grant(Role.SUBCENTER_ADMIN, SUIXI))),
        null, Set.of());
  }

  static ByteBuffersDirectory directory;
  static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalysis.forIndex()))) {
      for (Searchable s : ITEMS) {
        w.addDocument(SearchDocument.of(s));
      }
    }
    searcher = new IndexSearcher(DirectoryReader.open(directory));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.getIndexReader().close();
    directory.close();
  }

  @Test
  void theQueryAndTheRuleAgreeOnEveryCase() throws IOException {
    for (Map.Entry<String, Visibility> reader : READERS.entrySet()) {
      Set<Long> byRule = new TreeSet<>();
      ITEMS.stream().filter(reader.getValue()::sees).forEach(s -> byRule.add(s.id()));
      assertEquals(byRule, found(reader.getValue()), reader.getKey());
    }
  }

  @Test
  void anotherUnitsGardenPostNeverLeaks() throws IOException {
    Set<Long> otherCounty = found(cadre(XIANGSHAN_UNIT));
    assertEquals(Set.of(1L, 5L, 9L), otherCounty);
    assertFalse(found(cadre(SUIXI_OTHER_UNIT)).contains(3L), "a unit's post stays in the unit");
    assertEquals(Set.of(1L, 2L, 3L), found(cadre(SUIXI_UNIT)), "no group, no group posts");
    assertEquals(Set.of(1L, 2L, 3L, 7L, 8L), found(cadre(SUIXI_UNIT, "garden:12", "course:3")));
    assertEquals(Set.of(1L, 5L, 6L, 9L), found(cadre(XIANGSHAN_UNIT, "class:7")));
  }

  @Test
  void staffSeeWhatTheirScopeCoversWhateverTheGroups() throws IOException {
    assertEquals(Set.of(2L, 3L, 4L, 7L, 8L), found(staff(SUIXI)));
    assertEquals(Set.of(3L, 8L), found(staff(SUIXI_UNIT)), "a liaison moderates the unit's spaces");
    assertEquals(Set.of(), found(new Visibility(Set.of(), Set.of("class:7"), Scope.none())));
  }

  @Test
  void staffAlsoStandWhereTheirGrantsAreAndReadTheCitysItems() throws IOException {
    // the county's own items through its scope, and the city-wide item as any reader in the county;
    // not the city's special-class board (a group), nor another county's
    assertEquals(Set.of(1L, 2L, 3L, 4L, 7L, 8L), found(subCenter()));
  }

  static Set<Long> found(Visibility v) throws IOException {
    Set<Long> ids = new TreeSet<>();
    for (ScoreDoc d : searcher.search(VisibilityFilter.of(v), 100).scoreDocs) {
      ids.add(searcher.storedFields().document(d.doc).getField(SearchDocument.ID).numericValue().longValue());
    }
    return ids;
  }
}
