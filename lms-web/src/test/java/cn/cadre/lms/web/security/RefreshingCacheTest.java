package cn.cadre.lms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The caller and token cache: busy keys are read again in batches off the request path, idle ones
 * expire, and a refresh never undoes a forget or a newer load. Time is passed in, so each rule is
 * checked at the moments that matter.
 */
class RefreshingCacheTest {

  /** What the "database" holds, and every read of it. */
  private final Map<String, String> store = new HashMap<>();
  private final List<String> singleReads = new ArrayList<>();
  private final List<List<String>> batchReads = new ArrayList<>();
  private Consumer<Collection<String>> duringBatch = keys -> {};
  private final RefreshingCache<String, String> cache = new RefreshingCache<>(1_000, 4_000, 3,
      key -> {
        singleReads.add(key);
        return Optional.ofNullable(store.get(key));
      },
      keys -> {
        batchReads.add(List.copyOf(keys));
        duringBatch.accept(keys);
        Map<String, String> found = new HashMap<>();
        keys.forEach(k -> {
          if (store.containsKey(k)) {
            found.put(k, store.get(k));
          }
        });
        return found;
      });

  @Test
  void aMissIsReadOnTheRequestPathOnceThenServedFromMemory() {
    store.put("cadre1", "v1");
    assertEquals(Optional.of("v1"), cache.get("cadre1", 0));
    assertEquals(Optional.of("v1"), cache.get("cadre1", 700));
    assertEquals(List.of("cadre1"), singleReads);
    assertEquals(0, cache.queuedCount(), "not due before its refresh time (at least 750 ms)");
    assertEquals(0, cache.refreshQueued(700));
    assertTrue(batchReads.isEmpty());
  }

  @Test
  void anUnknownKeyIsNotCached() {
    assertEquals(Optional.empty(), cache.get("nobody", 0));
    assertEquals(Optional.empty(), cache.get("nobody", 1));
    assertEquals(List.of("nobody", "nobody"), singleReads);
    assertEquals(0, cache.size());
  }

  @Test
  void aDueEntryIsServedAsItIsAndReadAgainInTheBackground() {
    store.put("cadre1", "v1");
    cache.get("cadre1", 0);
    store.put("cadre1", "v2");
    // past the latest refresh time (1,250 ms), before the earliest expiry (3,000 ms)
    assertEquals(Optional.of("v1"), cache.get("cadre1", 1_300), "no wait: the cached value");
    assertEquals(List.of("cadre1"), singleReads, "no read on the request path");
    assertEquals(1, cache.queuedCount());
    assertEquals(1, cache.refreshQueued(1_400));
    assertEquals(List.of(List.of("cadre1")), batchReads);
    assertEquals(Optional.of("v2"), cache.get("cadre1", 1_500));
    assertEquals(0, cache.queuedCount(), "the refreshed entry is fresh again");
  }

  @Test
  void dueKeysAreReadTogetherInBatchesOfAtMostTheBatchSize() {
    for (int i = 0; i < 7; i++) {
      store.put("c" + i, "v" + i);
      cache.get("c" + i, 0);
    }
    for (int i = 0; i < 7; i++) {
      cache.get("c" + i, 1_300);
      cache.get("c" + i, 1_301);
    }
    assertEquals(7, cache.queuedCount(), "queued once each, however often used");
    assertEquals(7, cache.refreshQueued(1_400));
    assertEquals(List.of(3, 3, 1), batchReads.stream().map(List::size).toList());
    assertEquals(7, batchReads.stream().flatMap(List::stream).distinct().count());
    assertEquals(7, singleReads.size(), "only the first loads were single reads");
  }

  @Test
  void aKeyGoneFromTheStoreIsDroppedAtItsRefresh() {
    store.put("token", "cadre1");
    cache.get("token", 0);
    store.remove("token"); // revoked
    cache.get("token", 1_300);
    cache.refreshQueued(1_400);
    assertEquals(0, cache.size());
    assertEquals(Optional.empty(), cache.get("token", 1_500), "read again, and refused");
  }

  @Test
  void anIdleEntryExpiresAndIsReadOnTheRequestPath() {
    store.put("cadre1", "v1");
    cache.get("cadre1", 0);
    store.put("cadre1", "v2");
    // past the latest expiry (5,000 ms): never served stale beyond it
    assertEquals(Optional.of("v2"), cache.get("cadre1", 5_001));
    assertEquals(List.of("cadre1", "cadre1"), singleReads);
  }

  @Test
  void expiredEntriesAreDroppedByTheRefreshRound() {
    store.put("a", "1");
    store.put("b", "2");
    cache.get("a", 0);
    cache.get("b", 4_000);
    cache.refreshQueued(5_001);
    assertEquals(1, cache.size(), "a expired (by 5,000 ms at the latest), b did not (3,000 ms at the earliest)");
  }

  @Test
  void aRefreshDoesNotBringBackWhatWasForgottenWhileItRead() {
    store.put("cadre1", "old grants");
    cache.get("cadre1", 0);
    cache.get("cadre1", 1_300);
    duringBatch = keys -> cache.forget("cadre1"); // a password reset on this node, mid-refresh
    cache.refreshQueued(1_400);
    assertEquals(0, cache.size());
  }

  @Test
  void aRefreshDoesNotReplaceAnEntryLoadedAfterItsReadBegan() {
    store.put("cadre1", "read by the refresh");
    cache.get("cadre1", 0);
    cache.get("cadre1", 1_300);
    duringBatch = keys -> cache.put("cadre1", "loaded later", 1_401);
    cache.refreshQueued(1_400);
    assertEquals(Optional.of("loaded later"), cache.get("cadre1", 1_402));
  }

  @Test
  void forgetIfDropsEveryMatchingValue() {
    store.put("t1", "cadre1");
    store.put("t2", "cadre1");
    store.put("t3", "cadre2");
    cache.get("t1", 0);
    cache.get("t2", 0);
    cache.get("t3", 0);
    cache.forgetIf("cadre1"::equals);
    assertEquals(1, cache.size());
  }

  @Test
  void expiryMustComeAfterTheLatestRefresh() {
    assertThrows(IllegalArgumentException.class, () -> new RefreshingCache<String, String>(
        1_000, 1_600, 10, k -> Optional.empty(), keys -> Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new RefreshingCache<String, String>(
        1_000, 4_000, 0, k -> Optional.empty(), keys -> Map.of()));
  }

  @Test
  void timesAreSpreadAQuarterEitherSideSoEntriesLoadedTogetherComeDueApart() {
    LongSummaryStatistics s = LongStream.range(0, 5_000)
        .map(i -> RefreshingCache.spread(ActorCache.EXPIRE_MILLIS)).summaryStatistics();
    assertTrue(s.getMin() >= 90_000 && s.getMax() <= 150_000, "90-150 s: " + s);
    assertTrue(s.getMax() - s.getMin() > 55_000, "spread over most of it: " + s);
    long inOneSecond = LongStream.range(0, 5_000).map(i -> RefreshingCache.spread(ActorCache.REFRESH_MILLIS) / 1000)
        .boxed().collect(Collectors.groupingBy(x -> x, Collectors.counting()))
        .values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(inOneSecond < 400, "at most a few percent come due in any one second: " + inOneSecond);
    // a busy key is never older than its latest refresh time plus a round when it is read again
    assertTrue(ActorCache.REFRESH_MILLIS * 5 / 4 < ActorCache.EXPIRE_MILLIS * 3 / 4);
  }
}
