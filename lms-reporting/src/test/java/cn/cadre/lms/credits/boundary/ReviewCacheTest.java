package cn.cadre.lms.credits.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cadre.lms.credits.control.ReviewOrder;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReviewCacheTest {

  final ReviewCache cache = new ReviewCache();
  final AtomicInteger sorts = new AtomicInteger();

  /** Sorting is stood in for by a counter; a null order is enough to tell the calls apart. */
  Supplier<ReviewOrder> sort() {
    return () -> {
      sorts.incrementAndGet();
      return null;
    };
  }

  @Test
  void aKeySortsOnceUntilCleared() {
    cache.order("2026|suixi", sort());
    cache.order("2026|suixi", sort());
    assertEquals(1, sorts.get());
    cache.order("2026|xiangshan", sort());
    assertEquals(2, sorts.get());
    cache.clear();
    cache.order("2026|suixi", sort());
    assertEquals(3, sorts.get());
  }

  @Test
  void aFailedSortIsNotKept() {
    IllegalStateException boom = new IllegalStateException("database down");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> cache.order("k", () -> {
      throw boom;
    })));
    cache.order("k", sort());
    assertEquals(1, sorts.get(), "the next caller sorts again");
  }

  @Test
  void manyKeysNeverGrowPastTheLimit() {
    for (int i = 0; i < ReviewCache.MAX_ORDERS * 3; i++) {
      cache.order("k" + i, sort());
    }
    cache.order("k0", sort());
    assertEquals(ReviewCache.MAX_ORDERS * 3 + 1, sorts.get(), "k0 was dropped on the way");
  }
}
