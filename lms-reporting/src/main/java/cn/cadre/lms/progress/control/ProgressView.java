package cn.cadre.lms.progress.control;

import cn.cadre.lms.directory.control.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One level of the report: the node shown, the trail of nodes down to it, a row per child region
 * the caller may read (with zeros when it has no cadres yet), a row for the units placed at the
 * node when any of their cadres are in scope, and the total of those rows.
 *
 * @param node null when the caller reads no one
 * @param trail the nodes from where the caller's view starts down to {@code node}
 */
public record ProgressView(int year, Region node, List<Region> trail, List<ProgressRow> rows, ProgressRow total) {

  public ProgressView {
    trail = List.copyOf(trail);
    rows = List.copyOf(rows);
  }

  /** The view of a caller who reads no one. */
  public static ProgressView empty(int year) {
    return new ProgressView(year, null, List.of(), List.of(), ProgressRow.of(ProgressRow.TOTAL, null, null, null, null,
        Figures.ZERO));
  }

  /**
   * Assembles the level from its sums by segment ({@link LevelTotals#of}). {@code scope} is the
   * caller's scope cut to the node: a child region that does not meet it is left out.
   */
  public static ProgressView of(int year, Region node, List<Region> trail, List<Region> children, Scope scope,
      Map<String, Figures> sums) {
    List<ProgressRow> rows = new ArrayList<>();
    Figures total = Figures.ZERO;
    for (Region child : children) {
      if (!scope.within(child.path()).isEmpty()) {
        Figures f = sums.getOrDefault(child.segmentBelow(node.path()), Figures.ZERO);
        rows.add(ProgressRow.region(child, f));
        total = total.plus(f);
      }
    }
    Figures atNode = sums.get(LevelTotals.UNITS_AT_NODE);
    if (atNode != null) {
      rows.add(ProgressRow.of(ProgressRow.UNITS, null, null, null, null, atNode));
      total = total.plus(atNode);
    }
    return new ProgressView(year, node, trail,
        rows, ProgressRow.of(ProgressRow.TOTAL, node.id(), node.code(), node.name(), node.tier(), total));
  }

  /**
   * The trail shown above a level: the nodes enclosing it from where the caller's view starts
   * ({@code top}); all of them when the level lies above that start (a county administrator who
   * asked for the city).
   */
  public static List<Region> trail(List<Region> enclosing, Region top) {
    List<Region> from = enclosing.stream().filter(r -> r.path().startsWith(top.path())).toList();
    return from.isEmpty() ? enclosing : from;
  }
}
