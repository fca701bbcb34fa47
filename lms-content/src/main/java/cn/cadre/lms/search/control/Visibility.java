package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.Scope;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is reading, as far as visibility goes: the places the reader stands (the cadre's own path and
 * the path of every grant held: a county's administrator stands in the county, an instructor in
 * the city), the groups the reader belongs to, and the read scope of the staff roles held. The
 * rule, the same for every kind of item:
 *
 * <ul>
 *   <li>staff see an item when their scope covers its audience path (they look after it);
 *   <li>anyone sees an item when one of their places lies under its audience path and, if the item
 *       names groups, they belong to one of them. So a county's administrator reads the city's
 *       boards and gardens, as a cadre of that county does, but not another county's unit garden.
 * </ul>
 */
public record Visibility(Set<String> places, Set<String> groups, Scope staffScope) {

  public Visibility {
    places = places == null ? Set.of() : Set.copyOf(places);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    staffScope = staffScope == null ? Scope.none() : staffScope;
  }

  /** A reader standing at one path (a cadre's own, or none when null). */
  public static Visibility at(String ownPath, Set<String> groups, Scope staffScope) {
    return new Visibility(ownPath == null ? Set.of() : Set.of(ownPath), groups, staffScope);
  }

  /** The signed-in caller: the cadre's path (null when not a cadre), every grant's path, the groups. */
  public static Visibility of(Actor actor, String cadrePath, Set<String> groups) {
    Set<String> places = new HashSet<>();
    if (cadrePath != null) {
      places.add(cadrePath);
    }
    actor.grants().stream().map(Grant::path).forEach(places::add);
    return new Visibility(places, groups, actor.readScope());
  }

  /** The rule in code; the search index applies the same rule as a query filter. */
  public boolean sees(Searchable item) {
    if (staffScope.covers(item.audiencePath())) {
      return true;
    }
    if (places.stream().noneMatch(p -> p.startsWith(item.audiencePath()))) {
      return false;
    }
    return item.groups().isEmpty() || item.groups().stream().anyMatch(groups::contains);
  }
}
