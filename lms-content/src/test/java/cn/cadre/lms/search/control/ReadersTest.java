package cn.cadre.lms.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A cadre's visibility facts are read once per time to live, then afresh. */
class ReadersTest {

  @Test
  void readsOncePerTimeToLive() {
    AtomicLong clock = new AtomicLong(1_000);
    AtomicInteger reads = new AtomicInteger();
    Readers readers = new Readers(30, clock::get);
    Readers.Cadre first = readers.of(7, id -> {
      reads.incrementAndGet();
      return new Readers.Cadre("/340600/340621/u27/", Set.of("garden:" + reads.get()));
    });
    assertEquals(Set.of("garden:1"), first.groups());
    clock.addAndGet(29);
    assertEquals(first, readers.of(7, id -> { throw new AssertionError("read again too soon"); }));
    clock.addAndGet(1);
    assertEquals(Set.of("garden:2"), readers.of(7, id -> {
      reads.incrementAndGet();
      return new Readers.Cadre("/340600/340621/u27/", Set.of("garden:" + reads.get()));
    }).groups(), "a new membership shows once the entry is older than its time to live");
  }

  @Test
  void staysBounded() {
    Readers readers = new Readers(1_000_000, () -> 0);
    for (long id = 0; id <= Readers.MAX_ENTRIES; id++) {
      readers.of(id, i -> new Readers.Cadre("/340600/", Set.of()));
    }
    AtomicInteger reads = new AtomicInteger();
    readers.of(0, i -> {
      reads.incrementAndGet();
      return new Readers.Cadre("/340600/", Set.of());
    });
    assertEquals(1, reads.get(), "a full cache was cleared rather than grown");
  }
}
