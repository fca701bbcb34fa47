package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.control.Scope;
import java.util.Set;

/**
 * Who is reading, as far as visibility goes: the cadre's own organisation path (null for staff who
 * are not cadres), the groups the cadre belongs to, and the read scope of the staff roles held. The
 * rule, the same for every kind of item:
 *
 * <ul>
 *   <li>staff see an item when their scope covers its audience path;
 *   <li>a cadre sees an item when the cadre's path lies under its audience path and, if the item
 *       names groups, the cadre belongs to one of them.
 * </ul>
 */
public record Visibility(String ownPath, Set<String> groups, Scope staffScope) {

  public Visibility {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    staffScope = staffScope == null ? Scope.none() : staffScope;
  }

  /** The rule in code; the search index applies the same rule as a query filter. */
  public boolean sees(Searchable item) {
    if (staffScope.covers(item.audiencePath())) {
      return true;
    }
    if (ownPath == null || !ownPath.startsWith(item.audiencePath())) {
      return false;
    }
    return item.groups().isEmpty() || item.groups().stream().anyMatch(groups::contains);
  }
}
