package cn.cadre.lms.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A cache that is refreshed ahead of expiry, in batches. An entry read after its refresh time is
 * still served, and its key is queued; {@link #refreshQueued} reloads every queued key with one
 * call of the batch loader (one query for hundreds of keys), off the request path. Only an entry
 * read after its expiry, or never loaded, is loaded on the request path. Busy keys therefore never
 * make a request wait on the database, and are never older than the refresh time plus one refresh
 * round; idle keys expire.
 *
 * <p>Both times are drawn per entry (a quarter either side of the nominal one), so keys loaded
 * together (thousands of learners opening a lesson at the start of a class) do not all come due in
 * the same second. A refresh never brings back what {@link #forget} removed meanwhile, nor replaces
 * an entry loaded after the refresh's own read began.
 */
final class RefreshingCache<K, V> {

  /** Loads the given keys in one go: the keys that are gone (deleted, revoked) are absent. */
  interface BatchLoader<K, V> extends Function<Collection<K>, Map<K, V>> {}

  private final long refreshMillis;
  private final long expireMillis;
  private final Function<K, Optional<V>> loadOne;
  private final BatchLoader<K, V> loadMany;
  private final int batchSize;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Set<K> queued = ConcurrentHashMap.newKeySet();

  RefreshingCache(long refreshMillis, long expireMillis, int batchSize, Function<K, Optional<V>> loadOne,
      BatchLoader<K, V> loadMany) {
    // the earliest expiry (3/4 of it) must come after the latest refresh time (5/4 of it)
    if (refreshMillis <= 0 || expireMillis * 3 <= refreshMillis * 5 || batchSize < 1) {
      throw new IllegalArgumentException("expiry must come after the latest refresh time");
    }
    this.refreshMillis = refreshMillis;
    this.expireMillis = expireMillis;
    this.batchSize = batchSize;
    this.loadOne = loadOne;
    this.loadMany = loadMany;
  }

  /** The value for a key: cached, or loaded now when there is none or it expired. */
  Optional<V> get(K key, long now) {
    Entry<V> e = entries.get(key);
    if (e == null || e.expires <= now) {
      Optional<V> loaded = loadOne.apply(key);
      if (loaded.isPresent()) {
        entries.put(key, entry(loaded.get(), now));
      } else if (e != null) {
        entries.remove(key, e);
      }
      return loaded;
    }
    if (e.refresh <= now) {
      queued.add(key);
    }
    return Optional.of(e.value);
  }

  /** Caches a value loaded elsewhere. */
  void put(K key, V value, long now) {
    entries.put(key, entry(value, now));
  }

  void forget(K key) {
    entries.remove(key);
  }

  /** Forgets every key whose value matches. */
  void forgetIf(Predicate<V> which) {
    entries.values().removeIf(e -> which.test(e.value));
  }

  /**
   * Reloads the queued keys, {@code batchSize} per loader call, and drops expired entries.
   *
   * @param now the time the loads begin: an entry loaded at or after it is newer than the batch
   * @return how many keys were reloaded (found or found gone)
   */
  int refreshQueued(long now) {
    entries.entrySet().removeIf(e -> e.getValue().expires <= now);
    List<K> keys = new ArrayList<>(queued);
    queued.removeAll(keys);
    for (int from = 0; from < keys.size(); from += batchSize) {
      List<K> batch = keys.subList(from, Math.min(keys.size(), from + batchSize));
      Map<K, V> loaded = loadMany.apply(batch);
      for (K key : batch) {
        V value = loaded.get(key);
        entries.computeIfPresent(key, (k, old) -> old.loaded > now ? old : value == null ? null : entry(value, now));
      }
    }
    return keys.size();
  }

  int size() {
    return entries.size();
  }

  int queuedCount() {
    return queued.size();
  }

  private Entry<V> entry(V value, long now) {
    return new Entry<>(value, now, now + spread(refreshMillis), now + spread(expireMillis));
  }

  /** The nominal time, give or take a quarter, drawn for each entry. */
  static long spread(long millis) {
    return millis * 3 / 4 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
  }

  private record Entry<V>(V value, long loaded, long refresh, long expires) {}
}
