package cn.cadre.lms.demo;

import cn.cadre.lms.demo.DemoModel.Cadre;
import cn.cadre.lms.demo.DemoModel.Node;
import cn.cadre.lms.demo.DemoModel.Person;
import cn.cadre.lms.demo.DemoModel.Unit;
import cn.cadre.lms.demo.HuaibeiPlaces.County;
import cn.cadre.lms.demo.HuaibeiPlaces.Township;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the whole demo data set in memory from one {@link Random}. Draw order is fixed (tree,
 * stations, cadres, people) and only lists and LinkedHashMaps are iterated, so a seed always gives
 * the same rows.
 */
final class DemoGenerator {

  static final int INFO_POINTS = 318;
  static final String DEMO_UNIT = "濉溪县委组织部";
  private static final LocalDate FIRST_POSTING = LocalDate.of(2005, 1, 1);
  private static final int POSTING_DAYS =
      (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_POSTING.toEpochDay() + 1);

  private final Random r;
  private final DemoModel m = new DemoModel();
  private final Map<String, Node> townshipsByName = new LinkedHashMap<>();
  private final List<Node> villages = new ArrayList<>();
  private Posts posts;

  private DemoGenerator(long seed) {
    r = new Random(seed);
  }

  static DemoModel generate(DemoSpec spec) {
    DemoGenerator g = new DemoGenerator(spec.seed());
    g.tree();
    g.units();
    g.stations();
    g.cadres(spec.cadres());
    g.people();
    return g.m;
  }

  private void tree() {
    Node city = m.node(null, HuaibeiPlaces.CITY_CODE, HuaibeiPlaces.CITY_NAME, "CITY");
    List<Node> counties = new ArrayList<>();
    for (County c : HuaibeiPlaces.COUNTIES) {
      counties.add(m.node(city, c.code(), c.name(), "COUNTY"));
    }
    List<Township> townships = new ArrayList<>();
    for (int i = 0; i < counties.size(); i++) {
      for (Township t : HuaibeiPlaces.COUNTIES.get(i).townships()) {
        townshipsByName.put(t.name(), m.node(counties.get(i), t.code(), t.name(), "TOWNSHIP"));
        townships.add(t);
      }
    }
    for (Township t : townships) {
      Node parent = townshipsByName.get(t.name());
      HashSet<String> used = new HashSet<>(); // membership only, never iterated
      for (int v = 0; v < t.villages(); v++) {
        villages.add(m.node(parent, t.code() + (201 + v), ChineseNames.village(r, used), "VILLAGE"));
      }
    }
    if (villages.size() != HuaibeiPlaces.VILLAGES) {
      throw new IllegalStateException("villages: " + villages.size());
    }
  }

  // Weights spread the cadres beyond the first three per unit; countyFactor scales the chance of a
  // county-level (处级) rank: full in city units, low in county units, none below.
  private void units() {
    Node city = m.nodes.get(0);
    HuaibeiPlaces.CITY_ORGANS.forEach(n -> m.unit(city, n, "ORGAN", 3, 1.0));
    HuaibeiPlaces.CITY_INSTITUTIONS.forEach(n -> m.unit(city, n, "INSTITUTION", 4, 1.0));
    HuaibeiPlaces.CITY_ENTERPRISES.forEach(n -> m.unit(city, n, "ENTERPRISE", 5, 1.0));
    HuaibeiPlaces.MINES.forEach((n, t) -> m.unit(townshipsByName.get(t), n, "ENTERPRISE", 4, 0.5));
    for (int i = 0; i < HuaibeiPlaces.COUNTIES.size(); i++) {
      County c = HuaibeiPlaces.COUNTIES.get(i);
      Node node = m.nodes.get(i + 1);
      HuaibeiPlaces.COUNTY_ORGAN_SUFFIXES.forEach(s -> m.unit(node, c.name() + s, "ORGAN", 2, 0.25));
      c.institutions().forEach(n -> m.unit(node, n, "INSTITUTION", 2, 0.25));
    }
    for (County c : HuaibeiPlaces.COUNTIES) {
      for (Township t : c.townships()) {
        Node node = townshipsByName.get(t.name());
        m.unit(node, HuaibeiPlaces.townshipGovName(t), "TOWNSHIP_GOV", 4, 0);
        (t.isStreet() ? HuaibeiPlaces.STREET_INSTITUTIONS : HuaibeiPlaces.TOWN_INSTITUTIONS)
            .forEach(s -> m.unit(node, t.name() + s, "INSTITUTION", 1, 0));
      }
    }
    if (m.units.size() != HuaibeiPlaces.LIAISON_UNITS) {
      throw new IllegalStateException("liaison units: " + m.units.size());
    }
    villages.forEach(v -> m.unit(v, v.name() + "村民委员会", "VILLAGE_COMMITTEE", 0, 0));
  }

  private void stations() {
    villages.forEach(v -> m.station(v, "RS", "远程教育接收站", "RECEIVING_STATION"));
    List<Node> shuffled = new ArrayList<>(villages);
    Collections.shuffle(shuffled, r);
    List<Node> points = new ArrayList<>(shuffled.subList(0, INFO_POINTS));
    points.sort((a, b) -> Long.compare(a.id(), b.id()));
    points.forEach(v -> m.station(v, "IP", "信息点", "INFO_POINT"));
    m.receivingStations = villages.size();
    m.infoPoints = INFO_POINTS;
  }

  private void cadres(int n) {
    List<Unit> liaisonUnits = m.units.subList(0, HuaibeiPlaces.LIAISON_UNITS);
    List<Unit> committees = m.units.subList(HuaibeiPlaces.LIAISON_UNITS, m.units.size());
    int inVillages = (int) Math.round(n * 0.15);
    int inLiaisonUnits = n - inVillages;
    Unit[] assigned = new Unit[n];
    int k = 0;
    for (int round = 0; round < 3; round++) { // every liaison unit gets at least three cadres
      for (Unit u : liaisonUnits) {
        assigned[k++] = u;
      }
    }
    int[] cumulative = new int[liaisonUnits.size()];
    int total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += liaisonUnits.get(i).weight();
      cumulative[i] = total;
    }
    while (k < inLiaisonUnits) {
      int i = Arrays.binarySearch(cumulative, r.nextInt(total) + 1);
      assigned[k++] = liaisonUnits.get(i >= 0 ? i : -i - 1);
    }
    for (int i = 0; k < n; i++) { // one per village first, so most villages have a party secretary
      assigned[k++] = committees.get(i < committees.size() ? i : r.nextInt(committees.size()));
    }
    // Group by unit, as a unit-by-unit import would: ids run through each unit's cadres and
    // the path index is filled in order.
    Arrays.sort(assigned, (a, b) -> Long.compare(a.id(), b.id()));
    // Calibrate so that about 7% are county-level and 38% section-level over the whole set.
    double factorSum = 0;
    for (Unit u : assigned) {
      factorSum += u.countyFactor();
    }
    double countyTarget = n * 0.07;
    double pCounty = Math.min(0.9, countyTarget / factorSum);
    double pSection = Math.min(0.95, n * 0.38 / (inLiaisonUnits - countyTarget));
    posts = new Posts(m.units.size());
    for (int i = 0; i < n; i++) {
      Unit u = assigned[i];
      boolean female = r.nextInt(100) < 30;
      String rank = u.kind().equals("VILLAGE_COMMITTEE") ? "BELOW_SECTION"
          : r.nextDouble() < pCounty * u.countyFactor() ? "COUNTY"
          : r.nextDouble() < pSection ? "SECTION" : "BELOW_SECTION";
      Cadre c = new Cadre(i + 1L, ChineseNames.person(r, female), female ? "FEMALE" : "MALE", u,
          FIRST_POSTING.plusDays(r.nextInt(POSTING_DAYS)));
      int s = r.nextInt(100);
      c.status = s < 95 ? "SERVING" : s < 98 ? "TRANSFERRED" : "RETIRED";
      setRank(c, rank);
      m.cadres.add(c);
    }
  }

  private void setRank(Cadre c, String rank) {
    c.rank = rank;
    c.post = posts.next(c.unit, rank, r);
    c.authority = rank.equals("COUNTY") || c.unit.node().tier().equals("CITY") ? "CITY" : "COUNTY";
  }

  private void people() {
    List<List<Cadre>> members = new ArrayList<>();
    for (int i = 0; i < HuaibeiPlaces.LIAISON_UNITS; i++) {
      members.add(new ArrayList<>());
    }
    for (Cadre c : m.cadres) {
      if (c.unit.id() <= HuaibeiPlaces.LIAISON_UNITS) {
        members.get((int) c.unit.id() - 1).add(c);
      }
    }
    boolean[] liaison = new boolean[m.cadres.size() + 1];
    Cadre demoLiaison = null;
    Cadre demoCadre = null;
    Cadre colleague = null;
    for (List<Cadre> unitCadres : members) {
      Cadre l = chooseLiaison(unitCadres);
      liaison[(int) l.id] = true;
      if (l.unit.name().equals(DEMO_UNIT)) {
        demoLiaison = l;
        demoCadre = chooseDemoCadre(unitCadres, l);
        colleague = chooseServing(unitCadres, List.of(l, demoCadre));
      }
    }
    m.liaisons = HuaibeiPlaces.LIAISON_UNITS;

    Node city = m.nodes.get(0);
    Node suixi = node("340621");
    Node xiangshan = node("340603");
    Node firstSuixiVillage = villages.stream()
        .filter(v -> v.path().startsWith(suixi.path())).findFirst().orElseThrow();
    // a cadre of another county, for what must not cross a county line (a unit garden's posts)
    Cadre outsider = chooseServing(m.cadres.stream().filter(c -> c.unit.id() <= HuaibeiPlaces.LIAISON_UNITS
        && c.unit.path().startsWith(xiangshan.path()) && !liaison[(int) c.id]).toList(), List.of());
    fixed("admin", "市网络培训中心管理员", city, "CENTER_ADMIN");
    fixed("suixi", "濉溪县网络培训分中心管理员", suixi, "SUBCENTER_ADMIN");
    fixed("xiangshan", "相山区网络培训分中心管理员", xiangshan, "SUBCENTER_ADMIN");
    fixed("teacher", ChineseNames.person(r, true), city, "INSTRUCTOR");
    fixed("moderator", ChineseNames.person(r, false), city, "MODERATOR");
    fixed("operator", ChineseNames.person(r, false), firstSuixiVillage, "STATION_OPERATOR");
    for (Cadre c : m.cadres) {
      String username = c == demoLiaison ? "liaison" : c == demoCadre ? "cadre"
          : c == colleague ? "colleague" : c == outsider ? "xscadre" : "c" + DemoModel.pad(c.id, 6);
      Person p = m.person(username, c.name, c, c.unit.path());
      m.grant(p, "CADRE", c.unit.path());
      if (liaison[(int) c.id]) {
        m.grant(p, "LIAISON", c.unit.path());
      }
    }
    for (Node v : villages) {
      Person p = m.person("op" + v.code(), ChineseNames.person(r, r.nextInt(100) < 30), null, v.path());
      m.grant(p, "STATION_OPERATOR", v.path());
    }
  }

  /** A serving staff member if there is one (liaisons do the paperwork), else any serving cadre. */
  private static Cadre chooseLiaison(List<Cadre> unitCadres) {
    for (String rank : List.of("BELOW_SECTION", "SECTION", "COUNTY")) {
      for (Cadre c : unitCadres) {
        if (c.rank.equals(rank) && c.status.equals("SERVING")) {
          return c;
        }
      }
    }
    Cadre first = unitCadres.get(0);
    first.status = "SERVING";
    return first;
  }

  /** The 'cadre' account: a serving section-level colleague of the 'liaison' account. */
  private Cadre chooseDemoCadre(List<Cadre> unitCadres, Cadre liaison) {
    for (Cadre c : unitCadres) {
      if (c != liaison && c.rank.equals("SECTION") && c.status.equals("SERVING")) {
        return c;
      }
    }
    Cadre c = unitCadres.get(unitCadres.get(0) == liaison ? 1 : 0);
    c.status = "SERVING";
    setRank(c, "SECTION");
    return c;
  }

  /** The first serving cadre of the list that is none of the ones already chosen. */
  private static Cadre chooseServing(List<Cadre> cadres, List<Cadre> taken) {
    return cadres.stream().filter(c -> c.status.equals("SERVING") && !taken.contains(c)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no serving cadre left for a demo account"));
  }

  private void fixed(String username, String displayName, Node scope, String role) {
    m.grant(m.person(username, displayName, null, scope.path()), role, scope.path());
  }

  private Node node(String code) {
    return m.nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
  }
}
