package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.OrgPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule that answers "may this person see that": a set of path prefixes. A path is in scope
 * when it starts with one of them. The same rule runs in code ({@link #covers}) and in SQL ({@link
 * #where}), so a page, a REST call and a guessed id all meet the same filter.
 */
public final class Scope {

  private static final Scope NONE = new Scope(List.of());

  private final List<String> prefixes;

  private Scope(List<String> prefixes) {
    this.prefixes = prefixes;
  }

  /** Keeps only the outermost prefixes: '/340600/' already covers '/340600/340621/'. */
  public static Scope of(List<String> paths) {
    List<String> sorted = new ArrayList<>(paths.stream().map(OrgPath::require).distinct().toList());
    sorted.sort(Comparator.naturalOrder());
    List<String> kept = new ArrayList<>();
    for (String p : sorted) {
      if (kept.stream().noneMatch(p::startsWith)) {
        kept.add(p);
      }
    }
    return kept.isEmpty() ? NONE : new Scope(List.copyOf(kept));
  }

  public static Scope none() {
    return NONE;
  }

  public boolean isEmpty() {
    return prefixes.isEmpty();
  }

  public boolean covers(String path) {
    return prefixes.stream().anyMatch(p -> OrgPath.within(path, p));
  }

  public List<String> prefixes() {
    return prefixes;
  }

  /** Narrows this scope to what also lies under {@code path}; empty when they do not meet. */
  public Scope within(String path) {
    OrgPath.require(path);
    if (covers(path)) {
      return of(List.of(path));
    }
    return of(prefixes.stream().filter(p -> p.startsWith(path)).toList());
  }

  /**
   * A JPQL condition on {@code alias.path} with its parameters. Paths hold only digits, letters and
   * '/', so no LIKE escaping is needed; an empty scope yields a condition that is always false.
   */
  public Condition where(String alias) {
    if (prefixes.isEmpty()) {
      return new Condition("1 = 0", Map.of());
    }
    StringBuilder sql = new StringBuilder("(");
    Map<String, Object> params = new TreeMap<>();
    for (int i = 0; i < prefixes.size(); i++) {
      if (i > 0) {
        sql.append(" OR ");
      }
      sql.append(alias).append(".path LIKE :scope").append(i);
      params.put("scope" + i, prefixes.get(i) + "%");
    }
    return new Condition(sql.append(')').toString(), params);
  }

  /** A piece of a query and the parameters it names. */
  public record Condition(String jpql, Map<String, Object> params) {}

  @Override
  public String toString() {
    return "Scope" + prefixes;
  }
}
