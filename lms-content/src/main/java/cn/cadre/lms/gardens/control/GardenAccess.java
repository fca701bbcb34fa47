package cn.cadre.lms.gardens.control;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.gardens.entity.Standing;
import cn.cadre.lms.search.control.Visibility;
import java.util.Set;

/**
 * Who may do what in a garden. Reading follows the search contract's {@link Visibility} rule
 * itself, applied to the garden's audience, so a garden, its posts and their search hits are seen
 * by exactly the same people. Members are the cadres that rule admits as cadres; keepers are the
 * center, sub-center and liaison grants whose path covers the audience. Keepers open gardens within
 * their scope; only the center opens a city-wide one.
 */
public final class GardenAccess {

  private static final Set<Role> KEEPERS = Set.of(Role.CENTER_ADMIN, Role.SUBCENTER_ADMIN, Role.LIAISON);

  private GardenAccess() {}

  public static Scope keeperScope(Actor actor) {
    return scopeOf(actor, KEEPERS);
  }

  public static Standing standing(Reader r, Garden g) {
    Set<String> groups = g.group() == null ? Set.of() : r.groups();
    boolean reads = Visibility.of(r.actor(), r.cadrePath(), groups).sees(GardenSearch.probe(g));
    boolean member = r.cadrePath() != null && OrgPath.within(r.cadrePath(), g.path())
        && (g.group() == null || groups.contains(g.group()));
    return new Standing(r.actor().personId(), reads, member, keeperScope(r.actor()).covers(g.path()));
  }

  /** May open a garden of this kind for this audience path. */
  public static boolean opens(Actor actor, GardenKind kind, String audiencePath) {
    Scope scope = kind == GardenKind.CITY ? scopeOf(actor, Set.of(Role.CENTER_ADMIN)) : keeperScope(actor);
    return scope.covers(audiencePath);
  }

  /** The path a city-wide garden is for: the center's own, or null for anyone else. */
  public static String centerPath(Actor actor) {
    Scope center = scopeOf(actor, Set.of(Role.CENTER_ADMIN));
    return center.isEmpty() ? null : center.prefixes().get(0);
  }

  private static Scope scopeOf(Actor actor, Set<Role> roles) {
    return Scope.of(actor.grants().stream().filter(g -> roles.contains(g.role())).map(Grant::path).toList());
  }
}
