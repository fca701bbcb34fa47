package cn.cadre.lms.directory.boundary;

import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.CadresChanged;
import cn.cadre.lms.directory.control.PeopleIndex;
import cn.cadre.lms.directory.entity.Cadre;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps this node's people index: built from the database at start, then told of each committed
 * change (never inside the transaction, so a rolled-back change never shows). Lucene handles its
 * own concurrency, so the container adds no lock around searches.
 */
@Singleton
@Startup
// start-up runs as one chain: schema, demo data, first administrator, this index. Payara 6 reported
// a false "cyclic dependency" for the same order declared as several @DependsOn names.
@DependsOn("FirstAdministrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PeopleIndexer {

  private static final Logger LOG = Logger.getLogger(PeopleIndexer.class.getName());
  private static final int CHUNK = 1000;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  private final PeopleIndex index = new PeopleIndex();

  @PostConstruct
  void build() {
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      int n = index.rebuild(c);
      LOG.info(() -> "LMS people index: " + n + " cadres in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("the people index cannot be built", e);
    }
  }

  public PeopleIndex index() {
    return index;
  }

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CadresChanged change) {
    List<Long> ids = change.ids();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Cadre> cadres =
          em.createQuery("SELECT c FROM Cadre c JOIN FETCH c.unit WHERE c.id IN :ids", Cadre.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .getResultList();
      index.upsert(cadres.stream().map(CadreCard::of).toList());
    }
  }

  @PreDestroy
  void close() {
    try {
      index.close();
    } catch (IOException e) {
      LOG.warning(() -> "people index did not close cleanly: " + e);
    }
  }
}
