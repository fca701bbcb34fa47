package cn.cadre.lms.tracking.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.tracking.control.Beat;
import cn.cadre.lms.tracking.control.LiveSession;
import cn.cadre.lms.tracking.control.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's open study sessions, and the heartbeat's way in: a heartbeat is judged in memory on
 * the request's own thread, with no transaction and no EJB call around it (the container's
 * invocation, its security check and its transaction check cost as much as the judging). The
 * decisions reach the database with {@link StudyTracker}'s next write, which holds the same sessions.
 */
@ApplicationScoped
public class Heartbeats {

  private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();
  private final Map<Long, String> activeByCadre = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** Judges a heartbeat; 404 for a session that is not the caller's or not open on this node. */
  public Verdict beat(Actor actor, String sessionId, Beat beat) {
    return own(actor, sessionId).beat(beat, now());
  }

  /** The caller's open session by its id; 404 otherwise, as for a session that does not exist. */
  public LiveSession own(Actor actor, String sessionId) {
    var live = sessionId == null ? null : sessions.get(sessionId);
    if (live == null || actor.cadreId() == null || live.target().cadreId() != actor.cadreId()) {
      throw LmsException.notFound("studySession");
    }
    return live;
  }

  /** The open sessions by id (for {@link StudyTracker}). */
  public Map<String, LiveSession> sessions() {
    return sessions;
  }

  /** Each cadre's one active session on this node (for {@link StudyTracker}). */
  public Map<Long, String> activeByCadre() {
    return activeByCadre;
  }

  public Instant now() {
    return clock.instant();
  }
}
