package cn.cadre.lms.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated rows, in insert order, before they touch the database. Ids are list positions + 1,
 * so they can be assigned in-process and written in one pass.
 */
final class DemoModel {

  record Node(long id, Node parent, String code, String name, String tier, String path) {
  }

  record Unit(long id, Node node, String name, String kind, String path, int weight,
      double countyFactor) {

    String code() {
      return "U" + pad(id, 5);
    }
  }

  record Station(long id, Node village, String code, String name, String kind, String path) {
  }

  /** Mutable because the demo accounts may adjust a rank or status after the first pass. */
  static final class Cadre {
    final long id;
    final String name;
    final String gender;
    final Unit unit;
    final LocalDate startedOn;
    String post;
    String rank;
    String authority;
    String status;

    Cadre(long id, String name, String gender, Unit unit, LocalDate startedOn) {
      this.id = id;
      this.name = name;
      this.gender = gender;
      this.unit = unit;
      this.startedOn = startedOn;
    }
  }

  record Person(long id, String username, String displayName, Cadre cadre, String homePath) {
  }

  record Grant(long id, Person person, String role, String scope) {
  }

  /** Zero-padded decimal; String.format is slow at 100,000 calls and follows the default locale. */
  static String pad(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  final List<Node> nodes = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final List<Station> stations = new ArrayList<>();
  final List<Cadre> cadres = new ArrayList<>();
  final List<Person> persons = new ArrayList<>();
  final List<Grant> grants = new ArrayList<>();
  int receivingStations;
  int infoPoints;
  int liaisons;

  Node node(Node parent, String code, String name, String tier) {
    String path = (parent == null ? "/" : parent.path()) + code + "/";
    Node n = new Node(nodes.size() + 1L, parent, code, name, tier, path);
    nodes.add(n);
    return n;
  }

  Unit unit(Node node, String name, String kind, int weight, double countyFactor) {
    long id = units.size() + 1L;
    Unit u = new Unit(id, node, name, kind, node.path() + "u" + id + "/", weight, countyFactor);
    units.add(u);
    return u;
  }

  Station station(Node village, String codePrefix, String nameSuffix, String kind) {
    long id = stations.size() + 1L;
    Station s = new Station(id, village, codePrefix + village.code(), village.name() + nameSuffix, kind,
        village.path() + "s" + id + "/");
    stations.add(s);
    return s;
  }

  Person person(String username, String displayName, Cadre cadre, String homePath) {
    Person p = new Person(persons.size() + 1L, username, displayName, cadre, homePath);
    persons.add(p);
    return p;
  }

  void grant(Person person, String role, String scope) {
    grants.add(new Grant(grants.size() + 1L, person, role, scope));
  }
}
