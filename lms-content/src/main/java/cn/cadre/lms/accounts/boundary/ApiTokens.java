package cn.cadre.lms.accounts.boundary;

import cn.cadre.lms.directory.entity.Person;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens for REST clients: 256 random bits, shown once, stored only as SHA-256, so a copy of
 * the database cannot be replayed. Paying PBKDF2 once per token instead of once per call keeps REST
 * fast.
 */
@Stateless
public class ApiTokens {

  public static final Duration LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  public Issued issue(Person person) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = Instant.now();
    Instant expires = now.plus(LIFETIME);
    // expired tokens are swept here, per person, so the table never grows without bound
    em.createNativeQuery("DELETE FROM api_token WHERE person_id = ? AND expires_at <= ?")
        .setParameter(1, person.id())
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    em.createNativeQuery("INSERT INTO api_token (token_hash, person_id, expires_at) VALUES (?, ?, ?)")
        .setParameter(1, sha256(token))
        .setParameter(2, person.id())
        .setParameter(3, Timestamp.from(expires))
        .executeUpdate();
    return new Issued(token, expires);
  }

  /** The username a live token belongs to. */
  public Optional<String> username(String token) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT p.username FROM api_token t JOIN person p ON p.id = t.person_id"
                    + " WHERE t.token_hash = ? AND t.expires_at > ?")
            .setParameter(1, sha256(token))
            .setParameter(2, Timestamp.from(Instant.now()))
            .getResultList();
    return rows.stream().findFirst().map(String::valueOf);
  }

  /** The usernames of several tokens in one query (the node's token cache); dead tokens are absent. */
  public Map<String, String> usernames(Collection<String> tokens) {
    Map<String, String> byHash = new HashMap<>();
    tokens.forEach(t -> byHash.put(sha256(t), t));
    Map<String, String> found = new HashMap<>();
    if (byHash.isEmpty()) {
      return found;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(byHash.size(), "?"));
    var query = em.createNativeQuery(
        "SELECT t.token_hash, p.username FROM api_token t JOIN person p ON p.id = t.person_id"
            + " WHERE t.token_hash IN (" + marks + ") AND t.expires_at > ?");
    int i = 1;
    for (String hash : byHash.keySet()) {
      query.setParameter(i++, hash);
    }
    query.setParameter(i, Timestamp.from(Instant.now()));
    for (Object row : query.getResultList()) {
      Object[] cols = (Object[]) row;
      found.put(byHash.get(String.valueOf(cols[0])), String.valueOf(cols[1]));
    }
    return found;
  }

  public void revoke(String token) {
    em.createNativeQuery("DELETE FROM api_token WHERE token_hash = ?")
        .setParameter(1, sha256(token))
        .executeUpdate();
  }

  static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public record Issued(String token, Instant expiresAt) {}
}
