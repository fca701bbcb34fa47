package cn.cadre.lms.web.security;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.accounts.boundary.ApiTokens;
import cn.cadre.lms.directory.control.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callers and their grants, and the bearer tokens this node has checked, so a busy REST client
 * costs no database read per call. An entry used after about 45 s (34-56 s, drawn per entry) is
 * still served and is read again in the background, in one query per second for all the entries that
 * came due ({@link RefreshingCache}); one not used for about two minutes (90-150 s) expires and is
 * read on the request path when next used. So another node's change (a revoked token, a new grant)
 * reaches this one within about a minute for a busy caller and at worst 2.5 minutes; this node's
 * own password changes and resets forget at once. The heartbeat benchmark saw the replies stall for
 * seconds when 5,000 learners' entries, read on the request path, came due together.
 */
@ApplicationScoped
public class ActorCache {

  static final long REFRESH_MILLIS = 45_000;
  static final long EXPIRE_MILLIS = 120_000;
  /** Keys per refresh query: well under any database's limit on a statement's parameters. */
  static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(ActorCache.class.getName());

  @Inject Accounts accounts;
  @Inject ApiTokens apiTokens;
  @Resource ManagedScheduledExecutorService scheduler;

  private RefreshingCache<String, Actor> actors;
  private RefreshingCache<String, String> tokens;
  private ScheduledFuture<?> refresher;

  @PostConstruct
  void start() {
    actors = new RefreshingCache<>(REFRESH_MILLIS, EXPIRE_MILLIS, BATCH, accounts::actor, accounts::actors);
    tokens = new RefreshingCache<>(REFRESH_MILLIS, EXPIRE_MILLIS, BATCH, apiTokens::username, apiTokens::usernames);
    refresher = scheduler.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (refresher != null) {
      refresher.cancel(false);
    }
  }

  /** Reads again, in batches, what was used after its refresh time; a failure leaves it for the next round. */
  void refresh() {
    try {
      long now = System.currentTimeMillis();
      tokens.refreshQueued(now);
      actors.refreshQueued(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "LMS: callers could not be refreshed; they are served until they expire", e);
    }
  }

  public Optional<Actor> get(String username) {
    return actors.get(username, System.currentTimeMillis());
  }

  /** The username a live bearer token stands for. */
  Optional<String> username(String token) {
    return tokens.get(token, System.currentTimeMillis());
  }

  /** Forgets the caller and every token this node cached for them (after a password change or reset). */
  public void forget(String username) {
    actors.forget(username);
    tokens.forgetIf(username::equals);
  }

  void forgetToken(String token) {
    tokens.forget(token);
  }
}
