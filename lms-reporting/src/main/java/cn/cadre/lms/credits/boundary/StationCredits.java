package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.common.PlatformRole;
import cn.cadre.lms.credits.control.RuleBook;
import cn.cadre.lms.credits.control.StationEarning;
import cn.cadre.lms.credits.entity.CreditRules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The center's crediting of station attendance: every lms.sync.credit-seconds it books the applied
 * attendance still PENDING, each in its own transaction, so the sync inbox writes at the database's
 * pace and a failing entry holds up only itself. At a station ({@code lms.role=station}) it does
 * nothing: a station's ledger books nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StationCredits {

  private static final Logger LOG = Logger.getLogger(StationCredits.class.getName());
  static final int BATCH = 500;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource TimerService timers;
  @Resource UserTransaction tx;
  @Inject ReviewCache reviews;

  @Inject PlatformRole role;

  @Inject
  @ConfigProperty(name = "lms.sync.credit-seconds", defaultValue = "5")
  int seconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    if (role.station()) {
      return;
    }
    long ms = Math.max(1, seconds) * 1000L;
    timers.createIntervalTimer(ms, ms, new TimerConfig("station-credits", false));
  }

  @Timeout
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int done;
      do {
        done = run();
      } while (done >= BATCH);
    } finally {
      running.set(false);
    }
  }

  /** Books up to one batch of pending attendance; answers how many were looked at. */
  int run() {
    List<StationEarning.Pending> pending;
    try (Connection c = dataSource.getConnection()) {
      pending = StationEarning.pending(c, BATCH);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "could not read pending station attendance", e);
      return 0;
    }
    int booked = 0;
    for (StationEarning.Pending p : pending) {
      try {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
          Optional<CreditRules> rules = RuleBook.forYear(c, p.day().getYear());
          if (rules.isPresent()) {
            if (StationEarning.credit(c, p, rules.get(), LocalDateTime.now(ZoneOffset.UTC)).isPresent()) {
              booked++;
            }
          } else {
            LOG.warning(() -> "no credit rules for " + p.day().getYear() + "; attendance " + p.id() + " waits");
          }
        }
        tx.commit();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "crediting station attendance " + p.id() + " failed; it is tried again", e);
        try {
          tx.rollback();
        } catch (Exception ignored) {
          // nothing more to undo
        }
      }
    }
    if (booked > 0) {
      reviews.clear();
    }
    return pending.size();
  }
}
