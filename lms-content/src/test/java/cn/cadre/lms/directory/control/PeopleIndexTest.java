package cn.cadre.lms.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Rank;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeopleIndexTest {

  static final String SUIXI = "/340600/340621/";
  static final String XIANGSHAN = "/340600/340603/";

  PeopleIndex index;

  static CadreCard card(long id, String name, String path, String rank, String status) {
    return new CadreCard(id, name, "MALE", id % 3, "单位" + id % 3, "科员", rank, "COUNTY", status, path + "u" + id % 3 + "/", 0);
  }

  @BeforeEach
  void fill() {
    index = new PeopleIndex();
    index.upsert(List.of(
        card(1, "张伟", SUIXI, "SECTION", "SERVING"),
        card(2, "王伟东", SUIXI, "COUNTY", "SERVING"),
        card(3, "李娜", SUIXI, "SECTION", "RETIRED"),
        card(4, "张伟", XIANGSHAN, "SECTION", "SERVING"),
        card(5, "欧阳伟", SUIXI, "BELOW_SECTION", "SERVING")));
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  List<String> names(Page<CadreCard> page) {
    return page.items().stream().map(CadreCard::name).toList();
  }

  CadreQuery text(String t) {
    return new CadreQuery(t, null, null, null, null, 0, 20);
  }

  @Test
  void aCharacterFindsEveryNameHoldingIt() {
    Page<CadreCard> page = index.search(Scope.of(List.of(SUIXI)), null, text("伟"));
    assertEquals(List.of("张伟", "欧阳伟", "王伟东"), names(page), "ordered by name, Xiangshan's 张伟 left out");
    assertEquals(3, page.total());
    assertEquals(List.of("欧阳伟"), names(index.search(Scope.of(List.of(SUIXI)), null, text("欧阳"))));
    assertEquals(0, index.search(Scope.of(List.of(SUIXI)), null, text("伟张")).total());
  }

  @Test
  void theScopeAndTheFiltersNarrowTheList() {
    Scope city = Scope.of(List.of("/340600/"));
    assertEquals(5, index.count(city));
    assertEquals(1, index.count(Scope.of(List.of(XIANGSHAN))));
    assertEquals(0, index.count(Scope.none()));
    assertEquals(List.of("李娜"), names(index.search(city, null, new CadreQuery(null, null, null, null, CadreStatus.RETIRED, 0, 20))));
    assertEquals(List.of("王伟东"), names(index.search(city, null, new CadreQuery(null, null, null, Rank.COUNTY, null, 0, 20))));
    assertEquals(1, index.search(city, XIANGSHAN, text("张伟")).total(), "narrowed to a node");
    assertEquals(List.of(5L, 2L), index.search(city, null, new CadreQuery(null, 2L, null, null, null, 0, 20))
        .items().stream().map(CadreCard::id).toList());
  }

  @Test
  void pagesFollowTheNameOrderAndCarryTheTotal() {
    Scope city = Scope.of(List.of("/340600/"));
    Page<CadreCard> second = index.search(city, null, new CadreQuery(null, null, null, null, null, 1, 2));
    assertEquals(5, second.total());
    assertEquals(List.of("李娜", "欧阳伟"), names(second));
    assertTrue(index.search(city, null, new CadreQuery(null, null, null, null, null, 9, 2)).items().isEmpty());
  }

  @Test
  void anUpdateReplacesTheDocument() {
    index.upsert(List.of(card(3, "李娜", XIANGSHAN, "SECTION", "SERVING")));
    assertEquals(5, index.count(Scope.of(List.of("/340600/"))));
    assertEquals(2, index.count(Scope.of(List.of(XIANGSHAN))));
  }

  @Test
  void namePartsAreEverySubstringUpToTheLimit() {
    assertEquals(List.of("欧", "欧阳", "欧阳伟", "阳", "阳伟", "伟"), PeopleIndex.parts("欧阳伟"));
    String longName = "阿".repeat(12);
    assertTrue(PeopleIndex.parts(longName).stream().allMatch(p -> p.length() <= PeopleIndex.MAX_PART));
    assertEquals(1, index.search(Scope.of(List.of("/340600/")), null, text("王伟东")).total());
  }
}
