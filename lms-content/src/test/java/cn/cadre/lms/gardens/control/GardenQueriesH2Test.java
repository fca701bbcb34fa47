package cn.cadre.lms.gardens.control;

/** The gardens' SQL on embedded H2, the platform's default database (see {@link GardenQueries}). */
class GardenQueriesH2Test extends GardenQueries {

  @Override
  String url() {
    return "jdbc:h2:mem:gardens;DB_CLOSE_DELAY=-1";
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }

  @Override
  void drop() {
    // the in-memory database goes with the test JVM
  }
}
