package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.Role;
import java.util.List;

/**
 * The signed-in caller as every boundary sees it: who, which cadre record, which grants, and
 * whether the password is a temporary one that must be changed before anything else.
 */
public record Actor(
    long personId, String username, String displayName, Long cadreId, List<Grant> grants,
    boolean mustChangePassword) {

  public Actor {
    grants = List.copyOf(grants);
  }

  public Actor(long personId, String username, String displayName, Long cadreId, List<Grant> grants) {
    this(personId, username, displayName, cadreId, grants, false);
  }

  /** What the caller may read in the directory: the paths of every role that reads it. */
  public Scope readScope() {
    return Scope.of(grants.stream().filter(g -> g.role().readsDirectory()).map(Grant::path).toList());
  }

  /** What the caller may change: the paths of the roles that manage people. */
  public Scope manageScope() {
    return Scope.of(grants.stream().filter(g -> g.role().managesPeople()).map(Grant::path).toList());
  }

  public boolean has(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }
}
