package cn.cadre.lms.search.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.search.control.ChangeFeed;
import cn.cadre.lms.search.control.Checkpoint;
import cn.cadre.lms.search.control.Follower;
import cn.cadre.lms.search.control.IndexGeneration;
import cn.cadre.lms.search.control.Readers;
import cn.cadre.lms.search.control.SearchIndex;
import cn.cadre.lms.search.control.SearchSource;
import cn.cadre.lms.search.control.Sources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this node's search index following the change table: after each commit on this node (a
 * nudge) and every few seconds (for other nodes' changes) a background round applies what is new,
 * loading the items through their modules' sources outside any business transaction, then commits
 * the index with the change id reached. At start it reopens the index on disk and catches up; with
 * no usable index (none, another format, another database, or older than the kept changes) it
 * rebuilds. A rebuild fills a new generation while searches read the old one, then swaps.
 */
@Singleton
@Startup
// start-up runs as one chain (Payara 6 reports a false cycle for several @DependsOn names)
@DependsOn("PeopleIndexer")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
  private static final int BATCH = 2000;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @Any Instance<SearchSource> sourceBeans;

  @Inject CommitSignal signal;

  @Inject
  @ConfigProperty(name = "lms.search.dir", defaultValue = "data/search")
  String dir;

  @Inject
  @ConfigProperty(name = "lms.search.poll-seconds", defaultValue = "2")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "lms.search.late-minutes", defaultValue = "10")
  int lateMinutes;

  @Inject
  @ConfigProperty(name = "lms.search.keep-days", defaultValue = "7")
  int keepDays;

  @Inject
  @ConfigProperty(name = "lms.search.reader-seconds", defaultValue = "30")
  int readerSeconds;

  private SearchIndex index;
  private Sources sources;
  private Readers readers;
  // null while the first rebuild runs: there is nothing to follow into yet
  private volatile Follower follower;
  private volatile Instant lastCommit = Instant.EPOCH;
  private final ReentrantLock writing = new ReentrantLock();
  private final AtomicBoolean queued = new AtomicBoolean();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final List<ScheduledFuture<?>> timers = new ArrayList<>();

  @PostConstruct
  void open() {
    sources = new Sources(sourceBeans);
    readers = new Readers(TimeUnit.SECONDS.toNanos(readerSeconds));
    index = SearchIndex.open(Path.of(dir));
    String unusable = index.found() ? unusable(index.current().checkpoint()) : "no index on disk";
    if (unusable == null) {
      follower = new Follower(index.current().checkpoint(), lateWindow());
      LOG.info(() -> "LMS search index: " + index.current().documents() + " documents in " + index.current().dir()
          + ", following changes after " + follower.mark());
      nudge();
    } else {
      LOG.info(() -> "LMS search index: rebuilding (" + unusable + ") in " + Path.of(dir).toAbsolutePath());
      scheduler.execute(this::firstBuild);
    }
    // after each commit here, follow at once, in the background (the bean itself, not its proxy)
    signal.followWith(this::nudge);
    timers.add(scheduler.scheduleWithFixedDelay(this::follow, pollSeconds, pollSeconds, TimeUnit.SECONDS));
    timers.add(scheduler.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES));
  }

  /** The index searches read. */
  public SearchIndex index() {
    return index;
  }

  /** Who cadres are for visibility, kept briefly on this node. */
  public Readers readers() {
    return readers;
  }


  /**
   * Builds a complete new index from every source beside the one in use (searches keep answering
   * from it), applies the changes made meanwhile, and swaps. One at a time (409 while one runs).
   */
  public Rebuilt rebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      throw LmsException.conflict("search.rebuildRunning");
    }
    try {
      long t0 = System.nanoTime();
      Checkpoint start;
      try (Connection c = dataSource.getConnection()) {
        // noted before reading the sources: whatever commits after this is applied on top
        start = new Checkpoint(ChangeFeed.highWater(c), ChangeFeed.now(c));
      }
      IndexGeneration next = index.next(start);
      try {
        int documents = sources.fill(index, next);
        Follower f = new Follower(start, lateWindow());
        writing.lock();
        try {
          while (round(next, f, true)) {
            // a full batch: more to apply before the swap
          }
          index.swap(next);
          follower = f;
        } finally {
          writing.unlock();
        }
        Rebuilt r = Rebuilt.of(documents, System.nanoTime() - t0);
        LOG.info(() -> "LMS search index rebuilt: " + r);
        return r;
      } catch (RuntimeException e) {
        index.discard(next);
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the change table cannot be read", e);
    } finally {
      rebuilding.set(false);
    }
  }

  void nudge() {
    if (queued.compareAndSet(false, true)) {
      scheduler.execute(() -> {
        queued.set(false);
        follow();
      });
    }
  }

  void follow() {
    Follower f = follower;
    if (f == null) {
      return;
    }
    writing.lock();
    try {
      // the follower may have been replaced by a rebuild while this round waited for the lock
      while (follower == f && round(index.current(), f, false)) {
        // a full batch: keep going
      }
    } catch (RuntimeException | SQLException e) {
      LOG.log(Level.WARNING, "LMS search: a round of changes failed; it is tried again", e);
    } finally {
      writing.unlock();
    }
  }

  /** One round: read, load, write, commit; true when a full batch asks for another. */
  private boolean round(IndexGeneration g, Follower f, boolean alwaysCommit) throws SQLException {
    Follower.Batch b;
    try (Connection c = dataSource.getConnection()) {
      b = f.next(c, BATCH);
    }
    sources.apply(index, g, b.changes());
    // an idle round commits only now and then, to keep the look-back time on disk fresh
    Instant now = Instant.now();
    if (alwaysCommit || !b.changes().isEmpty() || now.isAfter(lastCommit.plusSeconds(60))) {
      index.commit(g, b.reached());
      lastCommit = now;
    }
    f.applied(b);
    return b.more();
  }

  private void firstBuild() {
    try {
      rebuild();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "LMS search: the index could not be built; POST /api/search/rebuild retries", e);
    }
  }

  /** Why the stored index cannot simply catch up, or null when it can. */
  private String unusable(Checkpoint stored) {
    try (Connection c = dataSource.getConnection()) {
      if (stored.mark() > ChangeFeed.issued(c)) {
        return "it follows another database";
      }
      if (stored.swept().isBefore(ChangeFeed.now(c).minus(Duration.ofDays(keepDays)).plus(Duration.ofHours(1)))) {
        return "older than the " + keepDays + " days of changes kept";
      }
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException("the change table cannot be read", e);
    }
  }

  private void prune() {
    try (Connection c = dataSource.getConnection()) {
      int n = ChangeFeed.prune(c, ChangeFeed.now(c).minus(Duration.ofDays(keepDays)));
      if (n > 0) {
        LOG.info(() -> "LMS search: " + n + " change rows older than " + keepDays + " days pruned");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "LMS search: pruning the change table failed", e);
    }
  }

  private Duration lateWindow() {
    return Duration.ofMinutes(lateMinutes);
  }

  @PreDestroy
  void close() {
    timers.forEach(t -> t.cancel(false));
    writing.lock();
    try {
      index.close();
    } finally {
      writing.unlock();
    }
  }
}
