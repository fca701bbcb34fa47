package cn.cadre.lms.gardens.control;

import cn.cadre.lms.directory.control.Actor;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The caller as the gardens need it for one request: the actor, the cadre's own path (null for
 * staff without a cadre record) and the cadre's groups, asked for only when a garden names one.
 */
public final class Reader {

  private final Actor actor;
  private final String cadrePath;
  private final Supplier<Set<String>> groupSource;
  private Set<String> groups;

  public Reader(Actor actor, String cadrePath, Supplier<Set<String>> groups) {
    this.actor = actor;
    this.cadrePath = cadrePath;
    this.groupSource = groups;
  }

  public Actor actor() {
    return actor;
  }

  public String cadrePath() {
    return cadrePath;
  }

  public Set<String> groups() {
    if (groups == null) {
      groups = cadrePath == null ? Set.of() : Set.copyOf(groupSource.get());
    }
    return groups;
  }
}
