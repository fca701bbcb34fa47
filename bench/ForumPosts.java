import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates forum posts for bench/search.sh, straight into the forum tables with JDBC batches:
 * realistic sentences on cadre-study topics, ten posts a thread, on three boards the bench reader
 * (the demo cadre) reads: the city's, Suixi county's and the cadre's own unit's. Seeded, so every
 * run has the same corpus. Usage: java -cp mysql-connector-j.jar ForumPosts.java URL USER PASSWORD COUNT
 */
public class ForumPosts {

  static final String[] OPENERS = {"通过这次网上学习，", "结合本单位实际，", "在支部学习讨论中，", "对照先进典型，",
      "回顾一年来的工作，", "这次专题培训让我认识到，", "在驻村工作中，", ""};
  static final String[] SUBJECTS = {"我们支部", "全体党员干部", "镇党委", "村两委班子", "我县", "各级领导干部", "驻村工作队",
      "机关干部", "基层党组织", "青年干部", "社区网格员", "第一书记"};
  static final String[] VERBS = {"认真学习", "深入贯彻", "扎实推进", "持续深化", "全面落实", "积极探索", "着力加强", "切实抓好",
      "不断完善", "坚定不移推进"};
  static final String[] TOPICS = {"党的二十届四中全会精神", "乡村振兴战略", "基层党建工作", "作风建设", "全面从严治党",
      "数字经济发展", "生态环境保护", "营商环境优化", "安全生产责任制", "民生实事项目", "矛盾纠纷多元化解", "村级集体经济",
      "农村人居环境整治", "党史学习教育", "廉洁从政要求", "科学发展观", "资源型城市转型", "文明城市创建", "河长制工作",
      "网格化社会治理", "干部网络培训", "学分制管理"};
  static final String[] TAILS = {"，取得了明显成效。", "，群众满意度不断提升。", "，形成了一批可复制可推广的经验。",
      "，还需要在抓落实上下更大功夫。", "，切实把学习成果转化为推动工作的实际成效。", "，为淮北高质量发展贡献力量。",
      "，推动各项任务落地见效。", "，下一步将继续查漏补缺。"};
  static final String[] REFLECTIONS = {"我深刻体会到理论学习必须联系工作实际。", "要把群众的事当作自己的事来办。",
      "干部要敢于担当、善于作为，在急难险重任务中经受考验。", "学习不能停留在表面，要入脑入心、见行见效。",
      "濉溪县的做法值得我们认真借鉴。", "相山区社区治理的经验给我很大启发。", "烈山区在采煤塌陷区治理上探索出了新路子。",
      "杜集区发展特色产业的思路很有针对性。", "临涣古镇的文旅融合让我看到了乡村发展的潜力。",
      "网上课堂的视频讲解清楚，案例贴近基层。", "建议多开设一些政策解读类课程。", "每周坚持学习两次，积少成多。"};
  static final String[] TITLES = {"学习心得：", "交流讨论：", "请教：", "工作体会：", "读书笔记：", "经验分享："};

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[3]);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      c.setAutoCommit(false);
      String unitPath = one(c, "SELECT c.path FROM person p JOIN cadre c ON c.id = p.cadre_id WHERE p.username = 'cadre'");
      List<Long> authors = ids(c, "SELECT id FROM person ORDER BY id LIMIT 2000");
      long board = max(c, "forum_board") + 1;
      long thread = max(c, "forum_thread") + 1;
      long post = max(c, "forum_post") + 1;
      String[][] boards = {{"/340600/", null, "CITY", "全市干部学习交流"}, {"/340600/340621/", "340621", "COUNTY", "濉溪县干部论坛"},
          {unitPath, "340621", "UNIT", "本单位学习园地讨论区"}};
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO forum_board (id, kind, name, description, audience_path,"
          + " group_name, course_id, class_id, county_code, created_by, created_at, version)"
          + " VALUES (?, ?, ?, '基准测试生成', ?, NULL, NULL, NULL, ?, ?, ?, 0)")) {
        for (int i = 0; i < boards.length; i++) {
          ps.setLong(1, board + i);
          ps.setString(2, boards[i][2]);
          ps.setString(3, boards[i][3]);
          ps.setString(4, boards[i][0]);
          ps.setString(5, boards[i][1]);
          ps.setLong(6, authors.get(0));
          ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now().minusDays(400)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      write(c, new Random(20261129), count, board, boards.length, thread, post, authors);
      for (String[] seq : new String[][] {{"forum_board", "forum_board"}, {"forum_thread", "forum_thread"}, {"forum_post", "forum_post"}}) {
        try (Statement st = c.createStatement()) {
          st.executeUpdate("UPDATE id_sequence SET next_value = (SELECT MAX(id) + 1000 FROM " + seq[1] + ") WHERE name = '" + seq[0] + "'");
        }
      }
      c.commit();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("generated %d forum posts in %.1f s (%.0f rows/s)%n", count, s, count / s);
  }

  static void write(Connection c, Random r, int count, long board, int boards, long thread, long post, List<Long> authors)
      throws SQLException {
    int perThread = 10;
    LocalDateTime start = LocalDateTime.now().minusDays(365);
    try (PreparedStatement th = c.prepareStatement("INSERT INTO forum_thread (id, board_id, title, author_id, created_at,"
            + " next_seq, last_seq, last_post_at, post_count, pinned, locked, hidden, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, 0)");
        PreparedStatement ps = c.prepareStatement("INSERT INTO forum_post (id, thread_id, seq, author_id, body, quoted_post_id,"
            + " created_at, edited_at, edited_by, revisions, hidden, version) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, NULL, 0, FALSE, 0)")) {
      int made = 0;
      for (long t = thread; made < count; t++) {
        int posts = Math.min(perThread, count - made);
        LocalDateTime at = start.plusMinutes(r.nextInt(365 * 24 * 60 - 2000));
        th.setLong(1, t);
        th.setLong(2, board + (t % boards));
        th.setString(3, pick(r, TITLES) + pick(r, TOPICS) + "的几点思考");
        th.setLong(4, pick(r, authors));
        th.setTimestamp(5, Timestamp.valueOf(at));
        th.setInt(6, posts + 1);
        th.setInt(7, posts);
        th.setTimestamp(8, Timestamp.valueOf(at.plusMinutes(posts * 30L)));
        th.setInt(9, posts);
        th.addBatch();
        for (int seq = 1; seq <= posts; seq++, made++) {
          ps.setLong(1, post + made);
          ps.setLong(2, t);
          ps.setInt(3, seq);
          ps.setLong(4, pick(r, authors));
          ps.setString(5, "<p>" + body(r) + "</p>");
          ps.setTimestamp(6, Timestamp.valueOf(at.plusMinutes(seq * 30L)));
          ps.addBatch();
        }
        if (t % 100 == 0) {
          th.executeBatch();
          ps.executeBatch();
        }
      }
      th.executeBatch();
      ps.executeBatch();
    }
  }

  /** Two to four sentences: what was done on which topic and how it went, and a reflection. */
  static String body(Random r) {
    StringBuilder b = new StringBuilder();
    int sentences = 2 + r.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (r.nextInt(3) == 0) {
        b.append(pick(r, REFLECTIONS));
      } else {
        b.append(pick(r, OPENERS)).append(pick(r, SUBJECTS)).append(pick(r, VERBS)).append(pick(r, TOPICS)).append(pick(r, TAILS));
      }
    }
    return b.toString();
  }

  static <T> T pick(Random r, T[] from) {
    return from[r.nextInt(from.length)];
  }

  static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  static long max(Connection c, String table) throws SQLException {
    return Long.parseLong(one(c, "SELECT COALESCE(MAX(id), 0) FROM " + table));
  }

  static String one(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static List<Long> ids(Connection c, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }
}
