package cn.cadre.lms.gardens.control;

import cn.cadre.lms.testing.MariaDb;

/** The gardens' SQL on real MariaDB (see {@link GardenQueries}). */
class GardenQueriesIT extends GardenQueries {

  private MariaDb db;

  private MariaDb db() {
    if (db == null) {
      db = MariaDb.create("lms_q");
    }
    return db;
  }

  @Override
  String url() {
    return db().url();
  }

  @Override
  String user() {
    return MariaDb.USER;
  }

  @Override
  String password() {
    return MariaDb.PASSWORD;
  }

  @Override
  void drop() {
    if (db != null) {
      db.close();
    }
  }
}
