package cn.cadre.lms.gardens.control;

import cn.cadre.lms.testing.TestDb;

/** The gardens' SQL on real MariaDB (see {@link GardenQueries}). */
class GardenQueriesIT extends GardenQueries {

  @Override
  TestDb database() {
    return TestDb.mariaDb("lms_q");
  }
}
