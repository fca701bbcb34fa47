package cn.cadre.lms.web;

import cn.cadre.lms.testing.MariaDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the platform test's own MariaDB database before Arquillian boots Payara Micro, and points
 * the server at it the way production does (a post-boot command file repointing jdbc/__default);
 * drops it afterwards. Registered before ArquillianExtension, so its beforeAll runs first.
 */
public class TestDatabase implements BeforeAllCallback, AfterAllCallback {

  static final String FOUNDER_PASSWORD = "Founder2026";
  static final int MEDIA_MAX_BYTES = 1024 * 1024;
  /** The forums' posting throttle in the test server: one post per person every 2 seconds. */
  static final int FORUM_POST_SECONDS = 2;

  static MariaDb db;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    db = MariaDb.create("lms_it");
    db.grantAppUser();
    Path dir = Path.of(System.getProperty("lms.it"));
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("postboot.asadmin"),
        "create-jdbc-connection-pool --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource"
            + " --restype javax.sql.DataSource --property serverName=" + MariaDb.HOST
            + ":portNumber=" + MariaDb.PORT + ":databaseName=" + db.name() + ":user=" + MariaDb.APP_USER
            + ":password=" + MariaDb.APP_PASSWORD
            + ":useSSL=false:allowPublicKeyRetrieval=true:rewriteBatchedStatements=true"
            + ":characterEncoding=UTF-8:connectionTimeZone=UTC LmsMySqlPool\n"
            + "set resources.jdbc-resource.jdbc/__default.pool-name=LmsMySqlPool\n");
    // demo data on MySQL only when asked for explicitly, as here
    // and the first center administrator made the production way, by lms.bootstrap.*
    Files.writeString(dir.resolve("system.properties"),
        "lms.demo=true\nlms.bootstrap.admin=founder\nlms.bootstrap.password=" + FOUNDER_PASSWORD + "\n"
            // heartbeats every 2 s, so a study test takes seconds rather than minutes
            + "lms.tracking.heartbeat-seconds=2\n"
            // uploads in the test's own folder, and a small limit so "too large" costs 1 MB
            + "lms.media.dir=" + dir.resolve("media").toAbsolutePath().toString().replace('\\', '/') + "\n"
            + "lms.media.max-bytes=" + MEDIA_MAX_BYTES + "\n"
            // the search index in the test's folder too, following other nodes' changes every second
            + "lms.search.dir=" + dir.resolve("search").toAbsolutePath().toString().replace('\\', '/') + "\n"
            + "lms.search.poll-seconds=1\n"
            // a membership made by one check shows in the next one's search within 2 s
            + "lms.search.reader-seconds=2\n"
            // the forums' throttle short enough for many posts, long enough to meet it on purpose
            + "lms.forums.min-seconds-between-posts=" + FORUM_POST_SECONDS + "\n"
            // station attendance credited within a second of arriving
            + "lms.sync.credit-seconds=1\n");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (db != null) {
      db.close();
    }
  }
}
