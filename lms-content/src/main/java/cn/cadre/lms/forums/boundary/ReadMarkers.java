package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.forums.entity.ReadMarker;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moves a reader's marker in a transaction of its own, after the page was read in another, so that
 * reading never fails on it: two tabs opening the same thread for the first time race to insert the
 * marker, and the loser's reading should still succeed (the caller ignores the failure; the winner's
 * marker stands). Called outside any transaction ({@link Threads#open}); never nested in one.
 */
@Stateless
public class ReadMarkers {

  @PersistenceContext EntityManager em;

  /** In a transaction of its own (the caller has none): for a thread already stored, after reading it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void readUpTo(long personId, long threadId, int seq) {
    move(em, personId, threadId, seq);
  }

  /** In the caller's transaction: a writer has read what they just wrote. */
  static void move(EntityManager em, long personId, long threadId, int seq) {
    ReadMarker m = em.find(ReadMarker.class, new ReadMarker.Key(personId, threadId));
    if (m == null) {
      em.persist(new ReadMarker(personId, threadId, seq));
    } else {
      m.readUpTo(seq);
    }
  }
}
