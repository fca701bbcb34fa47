package cn.cadre.lms.web.security;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.directory.control.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers and their grants, kept for 30 seconds so a busy REST client does not reload its roles on
 * every call. A role change reaches every node within that time; this node's own changes forget at once.
 */
@ApplicationScoped
public class ActorCache {

  private static final long TTL_MILLIS = 30_000;

  @Inject Accounts accounts;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  public Optional<Actor> get(String username) {
    long now = System.currentTimeMillis();
    Entry e = entries.get(username);
    if (e == null || e.expires < now) {
      Optional<Actor> loaded = accounts.actor(username);
      loaded.ifPresent(a -> entries.put(username, new Entry(a, now + TTL_MILLIS)));
      return loaded;
    }
    return Optional.of(e.actor);
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private record Entry(Actor actor, long expires) {}
}
