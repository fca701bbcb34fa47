package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.demo.boundary.DemoLoader;
import cn.cadre.lms.gardens.control.DemoGardens;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Plants the demo gardens once: only when the demo data is active and no garden exists yet, so a
 * restart or a real installation never gets them. The posts are announced to the search index like
 * any member's, after the commit.
 */
@Singleton
@Startup
// after the people index, by one name: Payara 6 misreads several @DependsOn names as a cycle
@DependsOn("PeopleIndexer")
public class DemoGardensLoader {

  private static final Logger LOG = Logger.getLogger(DemoGardensLoader.class.getName());

  @PersistenceContext EntityManager em;
  @Inject DemoLoader demo;
  @Inject Event<SearchableChanged> changed;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void plant() {
    if (!demo.active() || em.createQuery("SELECT COUNT(g) FROM Garden g", Long.class).getSingleResult() > 0) {
      return;
    }
    List<Long> posts = DemoGardens.plant(em, LocalDateTime.now(ZoneOffset.UTC));
    changed.fire(new SearchableChanged(SearchKind.GARDEN_POST, posts));
    LOG.info(() -> "LMS demo gardens planted: " + posts.size() + " posts");
  }
}
