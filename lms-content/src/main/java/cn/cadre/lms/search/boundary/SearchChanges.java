package cn.cadre.lms.search.boundary;

import cn.cadre.lms.search.control.SearchableChanged;
import cn.cadre.lms.search.entity.SearchChange;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a change row for each changed item, synchronously, in the transaction that fired the
 * event: the row commits with the change or not at all. (Fired outside a transaction, the rows get
 * one of their own.)
 */
@Stateless
public class SearchChanges {

  @PersistenceContext EntityManager em;

  public void record(@Observes SearchableChanged change) {
    for (long id : change.ids()) {
      em.persist(new SearchChange(change.kind(), id));
    }
  }
}
