package cn.cadre.lms.tracking.boundary;

import cn.cadre.lms.testing.TestDb;

/** The study sessions' SQL on embedded H2, the platform's default database (see {@link StudySessionQueries}). */
class StudySessionQueriesH2Test extends StudySessionQueries {

  @Override
  TestDb database() {
    return TestDb.h2("study_sessions");
  }
}
