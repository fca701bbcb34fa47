package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.search.control.Visibility;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.gardens.control.ActivityFeed;
import cn.cadre.lms.gardens.control.Counties;
import cn.cadre.lms.gardens.control.GardenAccess;
import cn.cadre.lms.gardens.control.GardenActivity;
import cn.cadre.lms.gardens.control.GardenCard;
import cn.cadre.lms.gardens.control.GardenDraft;
import cn.cadre.lms.gardens.control.Reader;
import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.gardens.entity.Standing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gardens a caller sees, one garden's card and activity, and opening a garden: keepers within
 * their scope (a liaison for the unit, a sub-center in its county), the center anywhere and alone
 * for a city-wide garden.
 */
@Stateless
public class Gardens {

  @PersistenceContext EntityManager em;
  // every module's groups (course and class members, ...), as the search asks them
  @Inject ReaderGroups groups;

  /** Gardens the caller reads, widest audience first, then by name; {@code kind} narrows them. */
  public List<GardenCard> list(Actor actor, GardenKind kind) {
    Reader reader = Place.reader(em, groups, actor);
    List<Garden> candidates = candidates(reader, kind);
    Map<Long, Standing> standings = new HashMap<>();
    candidates.forEach(g -> standings.put(g.id(), GardenAccess.standing(reader, g)));
    List<Garden> seen = candidates.stream().filter(g -> standings.get(g.id()).reads())
        .sorted(Comparator.comparing(Garden::kind).thenComparing(Garden::name).thenComparing(Garden::id))
        .toList();
    Map<Long, Long> posts = postCounts(seen.stream().map(Garden::id).toList());
    Map<Long, String> names = Names.of(em, seen.stream().map(Garden::openedBy).toList());
    return seen.stream().map(g -> card(g, standings.get(g.id()), posts.getOrDefault(g.id(), 0L), names)).toList();
  }

  public GardenCard card(Actor actor, long id) {
    Place place = Place.of(em, groups, actor, id);
    Garden g = place.garden();
    return card(g, place.standing(), postCounts(List.of(g.id())).getOrDefault(g.id(), 0L),
        Names.of(em, List.of(g.openedBy())));
  }

  public GardenActivity activity(Actor actor, long id) {
    Place.of(em, groups, actor, id);
    return ActivityFeed.of(em, id);
  }

  public GardenCard open(Actor actor, GardenDraft draft) {
    if (GardenAccess.keeperScope(actor).isEmpty()) {
      throw LmsException.forbidden();
    }
    if (draft.kind() == null) {
      throw LmsException.invalid("kind", "field.required");
    }
    Garden.requireName(draft.name()); // before the target, whose lookup may fail on its own field
    Reader reader = Place.reader(em, groups, actor);
    GardenAudience audience = new Audiences(em, reader).of(draft);
    Garden g = new Garden(draft.kind(), draft.name(), draft.description(), audience, actor.personId(), Place.now());
    em.persist(g);
    return card(g, GardenAccess.standing(reader, g), 0, Map.of(actor.personId(), actor.displayName()));
  }

  /**
   * Gardens whose audience encloses a place the caller stands (the cadre's path, every grant's
   * path: the same places as {@link Visibility#of}), or lies in the caller's read scope.
   */
  private List<Garden> candidates(Reader reader, GardenKind kind) {
    List<String> own = Visibility.of(reader.actor(), reader.cadrePath(), Set.of()).places().stream()
        .flatMap(place -> Counties.enclosing(place).stream()).distinct().toList();
    Scope.Condition staff = reader.actor().readScope().where("g");
    String jpql = "SELECT g FROM Garden g WHERE (" + (own.isEmpty() ? "" : "g.path IN :own OR ") + staff.jpql() + ")"
        + (kind == null ? "" : " AND g.kind = :kind");
    TypedQuery<Garden> q = em.createQuery(jpql, Garden.class);
    if (!own.isEmpty()) {
      q.setParameter("own", own);
    }
    staff.params().forEach(q::setParameter);
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    return new ArrayList<>(q.getResultList());
  }

  private Map<Long, Long> postCounts(List<Long> gardenIds) {
    Map<Long, Long> out = new HashMap<>();
    if (!gardenIds.isEmpty()) {
      em.createQuery("SELECT p.gardenId, COUNT(p) FROM GardenPost p WHERE p.gardenId IN :ids GROUP BY p.gardenId",
              Object[].class)
          .setParameter("ids", gardenIds).getResultList()
          .forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    }
    return out;
  }

  private static GardenCard card(Garden g, Standing s, long posts, Map<Long, String> names) {
    return new GardenCard(g.id(), g.kind().name(), g.name(), g.description(), g.path(), g.countyCode(), g.refId(),
        names.get(g.openedBy()), g.openedAt().toInstant(ZoneOffset.UTC), posts, s.member(), s.manages());
  }
}
