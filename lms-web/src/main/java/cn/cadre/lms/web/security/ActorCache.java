package cn.cadre.lms.web.security;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.directory.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers and their grants, and the bearer tokens this node has checked, kept for about two minutes
 * (90-150 s, drawn per entry so entries made together do not expire together), so a
 * busy REST client costs no database read per call: longer than the lesson player's heartbeat
 * interval (30 s), or every heartbeat of a learner would read the caller again. Another node's
 * change reaches this one within that time; this node's own password changes and resets forget at once.
 */
@ApplicationScoped
public class ActorCache {

  static final long TTL_MILLIS = 120_000;

  /**
   * A lifetime of two minutes give or take a quarter, drawn for each entry: callers first seen
   * together (thousands of learners opening a lesson at the start of a class) would otherwise all
   * expire together and be read again in the same few seconds; the heartbeat benchmark saw the
   * replies stall for seconds when 5,000 did.
   */
  static long lifetime() {
    return TTL_MILLIS * 3 / 4 + java.util.concurrent.ThreadLocalRandom.current().nextLong(TTL_MILLIS / 2 + 1);
  }

  @Inject Accounts accounts;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, CachedToken> tokens = new ConcurrentHashMap<>();

  public Optional<Actor> get(String username) {
    long now = System.currentTimeMillis();
    Entry e = entries.get(username);
    if (e == null || e.expires < now) {
      Optional<Actor> loaded = accounts.actor(username);
      loaded.ifPresent(a -> entries.put(username, new Entry(a, now + lifetime())));
      return loaded;
    }
    return Optional.of(e.actor);
  }

  /** Forgets the caller and every token this node cached for them (after a password change or reset). */
  public void forget(String username) {
    entries.remove(username);
    tokens.values().removeIf(t -> t.username().equals(username));
  }

  /** The username a bearer token stood for when last checked, if that is still fresh (about two minutes). */
  Optional<String> cachedToken(String token, long now) {
    CachedToken cached = tokens.get(token);
    if (cached == null || cached.expires() <= now) {
      if (cached != null) {
        tokens.remove(token);
      }
      if (tokens.size() > 10_000) {
        tokens.values().removeIf(t -> t.expires() <= now);
      }
      return Optional.empty();
    }
    return Optional.of(cached.username());
  }

  void cacheToken(String token, String username, long expires) {
    tokens.put(token, new CachedToken(username, expires));
  }

  void forgetToken(String token) {
    tokens.remove(token);
  }

  private record Entry(Actor actor, long expires) {}

  private record CachedToken(String username, long expires) {}
}
