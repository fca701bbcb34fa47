package cn.cadre.lms.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Objects;

/**
 * Loads the Huaibei demo data set (or a larger one for benchmarks) with plain JDBC batches. See the
 * package documentation for what is generated and why.
 */
public final class HuaibeiDemo {

  /** The password of every demo person; the caller hashes it once and passes the hash to load. */
  public static final String DEMO_PASSWORD = "Huaibei@2026";

  /** The fixed demo sign-ins, in the order to print them. */
  public static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", "CENTER_ADMIN", "淮北市"),
      new DemoAccount("suixi", "SUBCENTER_ADMIN", "濉溪县"),
      new DemoAccount("xiangshan", "SUBCENTER_ADMIN", "相山区"),
      new DemoAccount("liaison", "LIAISON", DemoGenerator.DEMO_UNIT),
      new DemoAccount("operator", "STATION_OPERATOR", "濉溪镇第一个村 340621100201"),
      new DemoAccount("cadre", "CADRE", DemoGenerator.DEMO_UNIT),
      new DemoAccount("colleague", "CADRE", DemoGenerator.DEMO_UNIT),
      new DemoAccount("xscadre", "CADRE", "相山区"),
      new DemoAccount("teacher", "INSTRUCTOR", "淮北市"),
      new DemoAccount("moderator", "MODERATOR", "淮北市"));

  private static final int BATCH = 1_000;

  private HuaibeiDemo() {
  }

  /**
   * Loads into an empty, migrated schema in one transaction (autocommit off, commit at end, rollback
   * on error). Returns counts.
   *
   * @param passwordHash stored as every person's password hash (demo mode only)
   * @throws IllegalStateException if org_node already has rows
   */
  public static DemoSummary load(Connection c, DemoSpec spec, String passwordHash) throws SQLException {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(passwordHash, "passwordHash");
    DemoModel m = DemoGenerator.generate(spec); // before touching the connection: no half-loads on bugs
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      requireEmpty(c);
      write(c, m, passwordHash);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return new DemoSummary(m.nodes.size(), m.units.size(), m.receivingStations, m.infoPoints,
        m.cadres.size(), m.liaisons, m.persons.size());
  }

  private static void requireEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM org_node")) {
      rs.next();
      if (rs.getLong(1) != 0) {
        throw new IllegalStateException("demo data needs an empty schema; org_node has " + rs.getLong(1) + " rows");
      }
    }
  }

  private static void write(Connection c, DemoModel m, String passwordHash) throws SQLException {
    insert(c, "INSERT INTO org_node (id, parent_id, code, name, tier, path) VALUES (?, ?, ?, ?, ?, ?)",
        m.nodes, (ps, n) -> {
          ps.setLong(1, n.id());
          if (n.parent() == null) {
            ps.setNull(2, Types.BIGINT);
          } else {
            ps.setLong(2, n.parent().id());
          }
          ps.setString(3, n.code());
          ps.setString(4, n.name());
          ps.setString(5, n.tier());
          ps.setString(6, n.path());
        });
    insert(c, "INSERT INTO unit (id, node_id, code, name, kind, path) VALUES (?, ?, ?, ?, ?, ?)",
        m.units, (ps, u) -> {
          ps.setLong(1, u.id());
          ps.setLong(2, u.node().id());
          ps.setString(3, u.code());
          ps.setString(4, u.name());
          ps.setString(5, u.kind());
          ps.setString(6, u.path());
        });
    insert(c, "INSERT INTO station (id, village_id, code, name, kind, path) VALUES (?, ?, ?, ?, ?, ?)",
        m.stations, (ps, s) -> {
          ps.setLong(1, s.id());
          ps.setLong(2, s.village().id());
          ps.setString(3, s.code());
          ps.setString(4, s.name());
          ps.setString(5, s.kind());
          ps.setString(6, s.path());
        });
    insert(c, "INSERT INTO cadre (id, name, gender, unit_id, post, cadre_rank, authority, status, path,"
        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", m.cadres, (ps, k) -> {
          ps.setLong(1, k.id);
          ps.setString(2, k.name);
          ps.setString(3, k.gender);
          ps.setLong(4, k.unit.id());
          ps.setString(5, k.post);
          ps.setString(6, k.rank);
          ps.setString(7, k.authority);
          ps.setString(8, k.status);
          ps.setString(9, k.unit.path());
        });
    // One open posting per cadre; its id is the cadre's.
    insert(c, "INSERT INTO cadre_posting (id, cadre_id, unit_id, post, started_on, ended_on)"
        + " VALUES (?, ?, ?, ?, ?, NULL)", m.cadres, (ps, k) -> {
          ps.setLong(1, k.id);
          ps.setLong(2, k.id);
          ps.setLong(3, k.unit.id());
          ps.setString(4, k.post);
          ps.setDate(5, Date.valueOf(k.startedOn));
        });
    insert(c, "INSERT INTO person (id, username, display_name, password_hash, failed_attempts,"
        + " locked_until, must_change_password, cadre_id, home_path, version)"
        + " VALUES (?, ?, ?, ?, 0, NULL, ?, ?, ?, 0)", m.persons, (ps, p) -> {
          ps.setLong(1, p.id());
          ps.setString(2, p.username());
          ps.setString(3, p.displayName());
          ps.setString(4, passwordHash);
          ps.setBoolean(5, false);
          if (p.cadre() == null) {
            ps.setNull(6, Types.BIGINT);
          } else {
            ps.setLong(6, p.cadre().id);
          }
          ps.setString(7, p.homePath());
        });
    insert(c, "INSERT INTO role_grant (id, person_id, role_name, scope_path) VALUES (?, ?, ?, ?)",
        m.grants, (ps, g) -> {
          ps.setLong(1, g.id());
          ps.setLong(2, g.person().id());
          ps.setString(3, g.role());
          ps.setString(4, g.scope());
        });
    // Ids were assigned here, so move JPA's table generator past them.
    try (PreparedStatement ps = c.prepareStatement("UPDATE id_sequence SET next_value = ? WHERE name = ?")) {
      sequence(ps, "org_node", m.nodes.size());
      sequence(ps, "unit", m.units.size());
      sequence(ps, "station", m.stations.size());
      sequence(ps, "cadre", m.cadres.size());
      sequence(ps, "cadre_posting", m.cadres.size());
      sequence(ps, "person", m.persons.size());
      sequence(ps, "role_grant", m.grants.size());
      ps.executeBatch();
    }
  }

  private static void sequence(PreparedStatement ps, String table, long maxId) throws SQLException {
    ps.setLong(1, maxId);
    ps.setString(2, table);
    ps.addBatch();
  }

  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  private static <T> void insert(Connection c, String sql, List<T> rows, Binder<T> binder)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }
}
