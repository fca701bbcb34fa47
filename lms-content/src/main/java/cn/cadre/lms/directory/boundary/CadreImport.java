package cn.cadre.lms.directory.boundary;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.CadreSheet;
import cn.cadre.lms.directory.control.CadreValues;
import cn.cadre.lms.directory.control.CadresChanged;
import cn.cadre.lms.directory.control.ImportReport;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.CadrePosting;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.directory.entity.Unit;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk import of cadres from a spreadsheet: every row is checked first; if any row is rejected the
 * whole file is refused with a per-row report and nothing is stored, so a fixed file can simply be
 * sent again. Each imported cadre gets an account (no password until an administrator resets it).
 */
@Stateless
public class CadreImport {

  @PersistenceContext EntityManager em;
  @Inject Event<CadresChanged> changed;

  public ImportReport run(Actor actor, byte[] content, boolean xlsx) {
    if (actor.manageScope().isEmpty()) {
      throw LmsException.forbidden();
    }
    List<CadreSheet.Row> rows = CadreSheet.read(content, xlsx);
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Unit> units = new HashMap<>();
    Set<String> usernames = new HashSet<>();
    List<Cadre> cadres = new ArrayList<>();
    List<String> logins = new ArrayList<>();
    for (CadreSheet.Row row : rows) {
      int before = problems.size();
      Unit unit = unit(actor, row, units, problems);
      String username = username(row, usernames, problems);
      var gender = CadreValues.gender(row.get("gender"));
      var rank = CadreValues.rank(row.get("rank"));
      var authority = CadreValues.authority(row.get("authority"));
      check(row, "gender", gender != null, problems);
      check(row, "rank", rank != null, problems);
      check(row, "authority", authority != null, problems);
      text(row, "name", Cadre.MAX_NAME, problems);
      text(row, "post", Cadre.MAX_POST, problems);
      if (problems.size() == before) {
        cadres.add(new Cadre(row.get("name"), gender, unit, row.get("post"), rank, authority));
        logins.add(username);
      }
    }
    if (!problems.isEmpty()) {
      throw new LmsException(422, "import.rejected", problems, problems.size());
    }
    LocalDate today = cn.cadre.lms.common.ChinaTime.today();
    for (Cadre cadre : cadres) {
      em.persist(cadre);
      em.persist(new CadrePosting(cadre, cadre.unit(), cadre.post(), today));
    }
    em.flush();
    for (int i = 0; i < cadres.size(); i++) {
      em.persist(Person.forCadre(cadres.get(i), logins.get(i)));
    }
    changed.fire(new CadresChanged(cadres.stream().map(Cadre::id).toList()));
    return new ImportReport(rows.size(), cadres.size(), List.of());
  }

  private Unit unit(Actor actor, CadreSheet.Row row, Map<String, Unit> cache, List<FieldProblem> problems) {
    String code = row.get("unitCode");
    if (code == null) {
      problems.add(problem(row, "unitCode", "field.required"));
      return null;
    }
    Unit unit =
        cache.computeIfAbsent(
            code,
            c -> em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                .setParameter("c", c)
                .getResultStream()
                .findFirst()
                .orElse(null));
    if (unit == null || !actor.manageScope().covers(unit.path())) {
      problems.add(problem(row, "unitCode", "field.unknownUnit"));
      return null;
    }
    return unit;
  }

  private String username(CadreSheet.Row row, Set<String> seen, List<FieldProblem> problems) {
    String username = row.get("username");
    if (username == null) {
      return null;
    }
    username = username.toLowerCase();
    if (!Person.isUsername(username)) {
      problems.add(problem(row, "username", "field.username"));
    } else if (!seen.add(username)
        || !em.createQuery("SELECT p.id FROM Person p WHERE p.username = :u")
            .setParameter("u", username)
            .getResultList()
            .isEmpty()) {
      problems.add(problem(row, "username", "field.usernameTaken"));
    }
    return username;
  }

  private static void text(CadreSheet.Row row, String column, int max, List<FieldProblem> problems) {
    String v = row.get(column);
    if (v == null) {
      problems.add(problem(row, column, "field.required"));
    } else if (v.length() > max) {
      problems.add(new FieldProblem("rows[" + row.number() + "]." + column, "field.tooLong", max));
    }
  }

  private static void check(CadreSheet.Row row, String column, boolean ok, List<FieldProblem> problems) {
    if (!ok) {
      problems.add(problem(row, column, row.get(column) == null ? "field.required" : "field.badValue"));
    }
  }

  private static FieldProblem problem(CadreSheet.Row row, String column, String key) {
    return new FieldProblem("rows[" + row.number() + "]." + column, key);
  }
}
