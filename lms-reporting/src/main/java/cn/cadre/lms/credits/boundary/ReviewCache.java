package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.credits.control.ReviewOrder;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * This node's review orders, each kept {@value #TTL_MS} ms: sorting every cadre of a county costs
 * 0.3-0.7 s, and twenty administrators paging the same list must not each pay it. Twenty asking at
 * once wait for one sort. Any credit appended on this node drops them all; on another node's
 * appends the order may lag by up to the lifetime (the rows themselves are always read fresh).
 * The database stays the source of truth: the cache only ever holds a sorted list of ids.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReviewCache {

  static final long TTL_MS = 60_000;
  static final int MAX_ORDERS = 64;

  private record Held(long at, CompletableFuture<ReviewOrder> order) {}

  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  /** The order under {@code key}, sorted now by {@code sort} when none is fresh. */
  public ReviewOrder order(String key, Supplier<ReviewOrder> sort) {
    long now = System.currentTimeMillis();
    if (held.size() > MAX_ORDERS) {
      held.values().removeIf(h -> now - h.at() >= TTL_MS);
      if (held.size() > MAX_ORDERS) {
        held.clear();
      }
    }
    Held fresh = new Held(now, new CompletableFuture<>());
    Held h = held.compute(key, (k, old) ->
        old != null && now - old.at() < TTL_MS && !old.order().isCompletedExceptionally() ? old : fresh);
    if (h == fresh) {
      try {
        fresh.order().complete(sort.get());
      } catch (RuntimeException e) {
        fresh.order().completeExceptionally(e);
        held.remove(key, fresh);
        throw e;
      }
    }
    try {
      return h.order().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** A credit was appended here: every order may have changed. */
  public void clear() {
    held.clear();
  }
}
