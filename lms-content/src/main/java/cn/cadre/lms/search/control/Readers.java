package cn.cadre.lms.search.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * A cadre's side of visibility (own path and groups) kept for a short time per node: reading it
 * costs a query per module with groups (and a transaction each), more than the search itself, and
 * a reader searches several times in a row. A transfer or a new membership (an enrolment, a
 * garden joined) therefore reaches search within {@code ttl} on each node.
 */
public final class Readers {

  /** What visibility needs to know of a cadre. */
  public record Cadre(String ownPath, Set<String> groups) {}

  private record Entry(Cadre cadre, long until) {}

  static final int MAX_ENTRIES = 50_000;

  private final ConcurrentHashMap<Long, Entry> byCadre = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final LongSupplier clock;

  public Readers(long ttlNanos) {
    this(ttlNanos, System::nanoTime);
  }

  Readers(long ttlNanos, LongSupplier clock) {
    this.ttlNanos = ttlNanos;
    this.clock = clock;
  }

  /** The cadre as last read within the time to live, or read now by {@code load}. */
  public Cadre of(long cadreId, LongFunction<Cadre> load) {
    long now = clock.getAsLong();
    Entry e = byCadre.get(cadreId);
    if (e != null && now - e.until() < 0) {
      return e.cadre();
    }
    Cadre fresh = load.apply(cadreId);
    if (byCadre.size() >= MAX_ENTRIES) {
      byCadre.values().removeIf(old -> now - old.until() >= 0);
      if (byCadre.size() >= MAX_ENTRIES) {
        byCadre.clear();
      }
    }
    byCadre.put(cadreId, new Entry(fresh, now + ttlNanos));
    return fresh;
  }
}
