package cn.cadre.lms.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.demo.HuaibeiDemo;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.testing.MariaDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node's caller and token cache refreshes its entries in batches (one query for all that came
 * due): on real MariaDB each batch answers exactly what the one-by-one reads answer, and leaves out
 * who is gone.
 */
class CallerBatchQueriesIT {

  static MariaDb db;
  static EntityManagerFactory emf;
  static EntityManager em;
  static Accounts accounts;
  static ApiTokens tokens;

  @BeforeAll
  static void migrateAndLoad() throws SQLException {
    db = MariaDb.withDemo("lms_callers", DemoSpec.huaibei());
    emf = db.persistenceUnit();
    em = emf.createEntityManager();
    accounts = new Accounts();
    accounts.em = em;
    tokens = new ApiTokens();
    tokens.em = em;
  }

  @AfterAll
  static void drop() throws Exception {
    if (em != null) {
      em.close();
      emf.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aBatchOfCallersIsWhatTheSingleReadsAre() {
    List<String> names = HuaibeiDemo.ACCOUNTS.stream().map(a -> a.username()).collect(Collectors.toList());
    names.add("nobody-here");
    Map<String, Actor> batch = accounts.actors(names);
    assertEquals(HuaibeiDemo.ACCOUNTS.size(), batch.size(), "every demo account, and not the unknown one");
    assertFalse(batch.containsKey("nobody-here"));
    for (var account : HuaibeiDemo.ACCOUNTS) {
      Actor one = accounts.actor(account.username()).orElseThrow();
      Actor many = batch.get(account.username());
      assertEquals(one.personId(), many.personId());
      assertEquals(new HashSet<>(one.grants()), new HashSet<>(many.grants()), "the same grants, once each: " + many);
      assertEquals(one.grants().size(), many.grants().size());
      assertEquals(one.cadreId(), many.cadreId());
    }
    assertTrue(batch.get("admin").grants().size() >= 1);
    assertTrue(accounts.actors(List.of()).isEmpty());
  }

  @Test
  void aBatchOfFiveHundredCadresIsOneQuery() {
    @SuppressWarnings("unchecked")
    List<String> cadres = em.createNativeQuery(
        "SELECT username FROM person WHERE cadre_id IS NOT NULL ORDER BY id LIMIT 500").getResultList();
    assertEquals(500, cadres.size());
    assertEquals(500, accounts.actors(cadres).size());
  }

  @Test
  void aBatchOfTokensAnswersTheLiveOnesOnly() {
    Person admin = accounts.find("admin").orElseThrow();
    Person cadre = accounts.find("cadre").orElseThrow();
    em.getTransaction().begin();
    String a = tokens.issue(admin).token();
    String b = tokens.issue(cadre).token();
    String expired = tokens.issue(cadre).token();
    em.createNativeQuery("UPDATE api_token SET expires_at = '2020-01-01 00:00:00' WHERE token_hash = ?")
        .setParameter(1, ApiTokens.sha256(expired)).executeUpdate();
    em.getTransaction().commit();

    List<String> asked = new ArrayList<>(List.of(a, b, expired, "not-a-token"));
    IntStream.range(0, 50).forEach(i -> asked.add("made-up-" + i));
    Map<String, String> found = tokens.usernames(asked);
    assertEquals(Map.of(a, "admin", b, "cadre"), found, "the expired token and made-up ones are absent");
    assertEquals(tokens.username(a).orElseThrow(), found.get(a));
    assertTrue(tokens.username(expired).isEmpty());
    assertTrue(tokens.usernames(List.of()).isEmpty());

    em.getTransaction().begin();
    tokens.revoke(b);
    em.getTransaction().commit();
    assertEquals(Map.of(a, "admin"), tokens.usernames(List.of(a, b)), "a revoked token is gone at the next refresh");
  }
}
