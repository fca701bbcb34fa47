package cn.cadre.lms.tracking.boundary;

import cn.cadre.lms.testing.TestDb;

/** The study sessions' SQL on real MariaDB (see {@link StudySessionQueries}). */
class StudySessionQueriesIT extends StudySessionQueries {

  @Override
  TestDb database() {
    return TestDb.mariaDb("lms_q");
  }
}
