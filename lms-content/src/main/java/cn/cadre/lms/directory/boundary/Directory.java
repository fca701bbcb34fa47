package cn.cadre.lms.directory.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.CadreDraft;
import cn.cadre.lms.directory.control.CadresChanged;
import cn.cadre.lms.directory.control.PeopleIndex;
import cn.cadre.lms.directory.control.CadreQuery;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.control.TreeEntry;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.CadrePosting;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.Station;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.directory.entity.Unit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The way into the directory: the tree with counts, the people list, a cadre's record, its changes
 * and transfers. Every method takes the caller and filters by the caller's scope; an id outside it
 * answers exactly like an unknown id.
 */
@Stateless
public class Directory {

  @PersistenceContext EntityManager em;
  @Inject PeopleIndexer indexer;
  @Inject Event<CadresChanged> changed;

  /** This node's people index; a test outside the server sets it directly. */
  PeopleIndex index;

  @PostConstruct
  void init() {
    index = indexer.index();
  }

  /** The nodes the caller's scope starts at: the deepest node above each of its prefixes. */
  public List<TreeEntry> roots(Actor actor) {
    Scope scope = actor.readScope();
    List<TreeEntry> roots = new ArrayList<>();
    for (String prefix : scope.prefixes()) {
      em.createQuery(
              "SELECT n FROM OrgNode n WHERE :p LIKE CONCAT(n.path, '%') ORDER BY LENGTH(n.path) DESC",
              OrgNode.class)
          .setParameter("p", prefix)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(n -> roots.add(nodeEntry(n, scope)));
    }
    return roots;
  }

  /** A node's child regions, the units placed at it and a village's stations, those the caller may see. */
  public List<TreeEntry> children(Actor actor, long nodeId) {
    Scope scope = actor.readScope();
    OrgNode node = visibleNode(scope, nodeId);
    List<TreeEntry> entries = new ArrayList<>();
    for (OrgNode child :
        em.createQuery("SELECT n FROM OrgNode n WHERE n.parent = :p ORDER BY n.code", OrgNode.class)
            .setParameter("p", node)
            .getResultList()) {
      if (reaches(scope, child.path())) {
        entries.add(nodeEntry(child, scope));
      }
    }
    Scope.Condition in = scope.where("u");
    TypedQuery<Unit> units =
        em.createQuery(
            "SELECT u FROM Unit u WHERE u.node = :n AND " + in.jpql() + " ORDER BY u.code",
            Unit.class);
    bind(units, in.params()).setParameter("n", node);
    for (Unit u : units.getResultList()) {
      entries.add(
          new TreeEntry("UNIT", u.id(), u.code(), u.name(), null, u.path(), count(scope, u.path()), false));
    }
    Scope.Condition stationsIn = scope.where("s");
    TypedQuery<Station> stations =
        em.createQuery(
            "SELECT s FROM Station s WHERE s.village = :n AND " + stationsIn.jpql() + " ORDER BY s.kind DESC, s.code",
            Station.class);
    bind(stations, stationsIn.params()).setParameter("n", node);
    for (Station s : stations.getResultList()) {
      entries.add(new TreeEntry("STATION", s.id(), s.code(), s.name(), s.kind().name(), s.path(), 0, false));
    }
    return entries;
  }

  public OrgNode node(Actor actor, long nodeId) {
    return visibleNode(actor.readScope(), nodeId);
  }

  /**
   * The people list, answered by this node's people index: no database round trip, an exact total,
   * names matched anywhere (伟 finds 张伟). Reads only, so no transaction.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<CadreCard> search(Actor actor, CadreQuery query) {
    Scope scope = actor.readScope();
    String nodePath = query.nodeId() == null ? null : visibleNode(scope, query.nodeId()).path();
    return index.search(scope, nodePath, query);
  }

  /** How many cadres the caller may see (the home page's figure). */
  public long count(Actor actor) {
    return index.count(actor.readScope());
  }

  /** A cadre the caller may read: in the read scope, or the caller's own record. */
  public Cadre cadre(Actor actor, long id) {
    Cadre cadre = em.find(Cadre.class, id);
    if (cadre == null
        || !(actor.readScope().covers(cadre.path()) || Long.valueOf(id).equals(actor.cadreId()))) {
      throw LmsException.notFound("cadre");
    }
    return cadre;
  }

  public List<CadrePosting> postings(Actor actor, long cadreId) {
    Cadre cadre = cadre(actor, cadreId);
    return em.createQuery(
            "SELECT p FROM CadrePosting p JOIN FETCH p.unit WHERE p.cadre = :c ORDER BY p.startedOn, p.id",
            CadrePosting.class)
        .setParameter("c", cadre)
        .getResultList();
  }

  public Cadre create(Actor actor, CadreDraft draft, LocalDate startedOn) {
    Unit unit = managedUnit(actor, draft.unitId(), "unitId");
    Cadre cadre =
        new Cadre(draft.name(), draft.gender(), unit, draft.post(), draft.rank(), draft.authority());
    em.persist(cadre);
    em.persist(new CadrePosting(cadre, unit, cadre.post(), startedOn));
    em.flush();
    em.persist(Person.forCadre(cadre, null));
    announce(List.of(cadre.id()));
    return cadre;
  }

  public Cadre update(Actor actor, long id, CadreDraft draft, Long expectedVersion) {
    Cadre cadre = managedCadre(actor, id);
    if (expectedVersion != null && expectedVersion != cadre.version()) {
      throw LmsException.conflict("problem.staleVersion");
    }
    cadre.correct(draft.name(), draft.gender(), draft.post(), draft.rank(), draft.authority());
    announce(List.of(cadre.id()));
    return cadre;
  }

  /** Serving, transferred out of the system, or retired: only serving cadres owe credits. */
  public Cadre changeStatus(Actor actor, long id, CadreStatus status) {
    Cadre cadre = managedCadre(actor, id);
    cadre.changeStatus(status);
    announce(List.of(cadre.id()));
    return cadre;
  }

  /** Ends the current posting and opens one in the target unit; both must lie in the caller's scope. */
  public Cadre transfer(Actor actor, long id, long unitId, String post, LocalDate date) {
    Cadre cadre = managedCadre(actor, id);
    Unit target = managedUnit(actor, unitId, "unitId");
    em.createQuery(
            "SELECT p FROM CadrePosting p WHERE p.cadre = :c AND p.endedOn IS NULL", CadrePosting.class)
        .setParameter("c", cadre)
        .getResultList()
        .forEach(p -> p.end(date));
    CadrePosting next = cadre.transferTo(target, post, date);
    em.persist(next);
    em.createQuery("SELECT p FROM Person p WHERE p.cadreId = :c", Person.class)
        .setParameter("c", cadre.id())
        .getResultList()
        .forEach(p -> p.followCadreTo(target.path()));
    announce(List.of(cadre.id()));
    return cadre;
  }

  /** A unit the caller may read. */
  public Unit unit(Actor actor, long id) {
    Unit unit = em.find(Unit.class, id);
    if (unit == null || !actor.readScope().covers(unit.path())) {
      throw LmsException.notFound("unit");
    }
    return unit;
  }

  public List<Unit> units(Actor actor, String text, int max) {
    Scope.Condition in = actor.readScope().where("u");
    String filter = text == null || text.isBlank() ? "" : " AND (u.name LIKE :t OR u.code = :code)";
    TypedQuery<Unit> q =
        em.createQuery("SELECT u FROM Unit u WHERE " + in.jpql() + filter + " ORDER BY u.path", Unit.class);
    bind(q, in.params());
    if (!filter.isEmpty()) {
      q.setParameter("t", "%" + text.strip() + "%").setParameter("code", text.strip());
    }
    return q.setMaxResults(Math.min(Math.max(max, 1), 200)).getResultList();
  }

  /** Tells the people index, after commit, which cadres to re-read. */
  void announce(List<Long> ids) {
    if (changed != null) {
      changed.fire(new CadresChanged(ids));
    }
  }

  Cadre managedCadre(Actor actor, long id) {
    Cadre cadre = em.find(Cadre.class, id);
    if (cadre == null || !actor.readScope().covers(cadre.path())) {
      throw LmsException.notFound("cadre");
    }
    if (!actor.manageScope().covers(cadre.path())) {
      throw LmsException.forbidden();
    }
    return cadre;
  }

  Unit managedUnit(Actor actor, Long unitId, String field) {
    Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
    if (unit == null || !actor.manageScope().covers(unit.path())) {
      throw LmsException.invalid(field, "field.unknownUnit");
    }
    return unit;
  }

  private OrgNode visibleNode(Scope scope, long nodeId) {
    OrgNode node = em.find(OrgNode.class, nodeId);
    if (node == null || !reaches(scope, node.path())) {
      throw LmsException.notFound("node");
    }
    return node;
  }

  /** A node is shown when it lies in scope or leads down to something in scope. */
  private static boolean reaches(Scope scope, String path) {
    return scope.covers(path) || scope.prefixes().stream().anyMatch(p -> p.startsWith(path));
  }

  private TreeEntry nodeEntry(OrgNode n, Scope scope) {
    return new TreeEntry(
        "NODE", n.id(), n.code(), n.name(), n.tier().name(), n.path(), count(scope, n.path()), true);
  }

  private long count(Scope scope, String path) {
    return index.count(scope.within(path));
  }

  static <Q extends jakarta.persistence.Query> Q bind(Q query, Map<String, Object> params) {
    params.forEach(query::setParameter);
    return query;
  }
}
