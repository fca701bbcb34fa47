package cn.cadre.lms.search.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every module's {@link SearchSource}, by kind: turns a batch of change rows into index writes
 * (each changed item loaded afresh; one not returned is removed) and fills a new generation from
 * scratch. A kind without a source (its module not deployed) has nothing to find, so its keys are
 * removed.
 */
public final class Sources {

  private static final Logger LOG = Logger.getLogger(Sources.class.getName());
  static final int CHUNK = 500;

  private final Map<SearchKind, SearchSource> byKind = new EnumMap<>(SearchKind.class);

  public Sources(Iterable<SearchSource> sources) {
    for (SearchSource s : sources) {
      SearchSource before = byKind.put(s.kind(), s);
      if (before != null) {
        throw new IllegalStateException("two search sources for " + s.kind() + ": " + before + ", " + s);
      }
    }
  }

  public Set<SearchKind> kinds() {
    return byKind.keySet();
  }

  /** Loads the changed items and writes them into {@code g}; returns how many items were loaded. */
  public int apply(SearchIndex index, IndexGeneration g, Collection<ChangeFeed.Change> changes) {
    Map<SearchKind, Set<Long>> ids = new EnumMap<>(SearchKind.class);
    changes.forEach(ch -> ids.computeIfAbsent(ch.kind(), k -> new LinkedHashSet<>()).add(ch.itemId()));
    int loaded = 0;
    for (Map.Entry<SearchKind, Set<Long>> e : ids.entrySet()) {
      List<Long> all = new ArrayList<>(e.getValue());
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        SearchSource source = byKind.get(e.getKey());
        List<Searchable> found = source == null ? List.of() : source.load(chunk);
        Set<String> removed = new HashSet<>();
        chunk.forEach(id -> removed.add(Searchable.key(e.getKey(), id)));
        found.forEach(s -> removed.remove(s.key()));
        index.apply(g, found, removed);
        loaded += found.size();
      }
    }
    return loaded;
  }

  /** Writes every findable item of every kind into {@code g}; returns how many. */
  public int fill(SearchIndex index, IndexGeneration g) {
    int total = 0;
    for (SearchSource source : byKind.values()) {
      List<Searchable> batch = new ArrayList<>(CHUNK);
      int[] count = {0};
      source.each(s -> {
        batch.add(s);
        count[0]++;
        if (batch.size() == CHUNK) {
          index.apply(g, batch, List.of());
          batch.clear();
        }
      });
      index.apply(g, batch, List.of());
      LOG.info(() -> "LMS search: " + count[0] + " items of " + source.kind() + " indexed");
      total += count[0];
    }
    return total;
  }
}
