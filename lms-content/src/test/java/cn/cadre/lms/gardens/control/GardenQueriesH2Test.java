package cn.cadre.lms.gardens.control;

import cn.cadre.lms.testing.TestDb;

/** The gardens' SQL on embedded H2, the platform's default database (see {@link GardenQueries}). */
class GardenQueriesH2Test extends GardenQueries {

  @Override
  TestDb database() {
    return TestDb.h2("gardens");
  }
}
