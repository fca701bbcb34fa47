package cn.cadre.lms.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a caller's view starts and the trail above a level, without a database. */
class RegionsTest {

  static final Region CITY = new Region(1, "340600", "淮北市", "CITY", "/340600/");
  static final Region SUIXI = new Region(2, "340621", "濉溪县", "COUNTY", "/340600/340621/");
  static final Region TOWN = new Region(4, "340621100", "镇", "TOWNSHIP", "/340600/340621/340621100/");

  @Test
  void theCommonPathKeepsWholeSegments() {
    assertEquals("/340600/340621/u27/", Regions.commonPath(List.of("/340600/340621/u27/")));
    assertEquals("/340600/", Regions.commonPath(List.of("/340600/340621/", "/340600/340603/")));
    // 34062 is not a segment: two counties whose codes share digits meet at the city
    assertEquals("/340600/", Regions.commonPath(List.of("/340600/340621/", "/340600/340622/u1/")));
    assertEquals("/", Regions.commonPath(List.of("/340600/", "/340700/")));
  }

  @Test
  void aPathsPrefixesRunFromTheRoot() {
    assertEquals(List.of("/340600/", "/340600/340621/", "/340600/340621/u27/"), Regions.prefixes("/340600/340621/u27/"));
    assertEquals(List.of(), Regions.prefixes("/"));
  }

  @Test
  void theTrailStartsWhereTheCallersViewStarts() {
    assertEquals(List.of(SUIXI, TOWN), ProgressView.trail(List.of(CITY, SUIXI, TOWN), SUIXI));
    assertEquals(List.of(CITY, SUIXI, TOWN), ProgressView.trail(List.of(CITY, SUIXI, TOWN), CITY));
    // a county administrator who asked for the city sees the city alone above the rows
    assertEquals(List.of(CITY), ProgressView.trail(List.of(CITY), SUIXI));
  }

  @Test
  void aChildsSegmentIsItsCodeInThePath() {
    assertEquals("340621", SUIXI.segmentBelow(CITY.path()));
  }
}
