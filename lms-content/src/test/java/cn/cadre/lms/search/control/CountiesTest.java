package cn.cadre.lms.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Paths to the county the search's county filter names. */
class CountiesTest {

  @Test
  void theCountyIsTheFirstCodeBelowTheCity() {
    assertEquals("340621", Counties.of("/340600/340621/u27/"));
    assertEquals("340603", Counties.of("/340600/340603/340603100/340603100201/s5/"));
    assertEquals("340621", Counties.of("/340000/340600/340621/"), "under a province too");
    assertNull(Counties.of("/340600/"));
    assertNull(Counties.of("/340000/340600/u3/"));
  }
}
