package cn.cadre.lms.search.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one index generation still has to apply from the change table. Each round takes the rows
 * above the mark (lowest first, a bounded batch) and the rows of the last {@code lateWindow} at or
 * below the mark that it has not applied yet: ids are handed out in blocks per node, so a row can
 * commit after a higher id was applied. A transaction that stays open longer than the window after
 * writing its row would be missed; the window is minutes, far beyond any request here.
 */
public final class Follower {

  /** The changes of one round and the checkpoint reached once they are in the index. */
  public record Batch(List<ChangeFeed.Change> changes, Checkpoint reached, boolean more) {}

  private final Duration lateWindow;
  private long mark;
  private Instant lookBackFrom;
  // change id -> database time of the round that applied it; forgotten once out of the window
  private final Map<Long, Instant> seen = new HashMap<>();

  public Follower(Checkpoint start, Duration lateWindow) {
    this.lateWindow = lateWindow;
    this.mark = start.mark();
    this.lookBackFrom = start.swept().minus(lateWindow);
  }

  /** The next round's changes; {@code more} when the batch was full and another round should follow. */
  public Batch next(Connection c, int limit) throws SQLException {
    Instant now = ChangeFeed.now(c);
    List<ChangeFeed.Change> changes = new ArrayList<>();
    for (ChangeFeed.Change late : ChangeFeed.lateSince(c, lookBackFrom, mark)) {
      if (!seen.containsKey(late.id())) {
        changes.add(late);
      }
    }
    List<ChangeFeed.Change> fresh = ChangeFeed.after(c, mark, limit);
    changes.addAll(fresh);
    long reached = fresh.isEmpty() ? mark : fresh.get(fresh.size() - 1).id();
    return new Batch(changes, new Checkpoint(reached, now), fresh.size() == limit);
  }

  /** Records a batch as applied (after its commit). */
  public void applied(Batch b) {
    Instant at = b.reached().swept();
    b.changes().forEach(ch -> seen.put(ch.id(), at));
    mark = Math.max(mark, b.reached().mark());
    lookBackFrom = at.minus(lateWindow);
    // a row applied before the window began was also written before it: no look back finds it again
    seen.values().removeIf(t -> t.isBefore(lookBackFrom));
  }

  public long mark() {
    return mark;
  }
}
