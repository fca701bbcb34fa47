package cn.cadre.lms.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's PBKDF2 hash, set to OWASP ASVS 5's figure for SHA-512 (210,000 iterations,
 * about 150 ms here) instead of the 2,048 default. Stored hashes carry their own parameters, so
 * raising the figure later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "lms.security.pbkdf2-iterations", defaultValue = "210000")
  int iterations;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String stored) {
    return stored != null && password != null && hash.verify(password.toCharArray(), stored);
  }

  /**
   * Spends the same time as a real check, for an unknown user or an account without a password, so
   * response times do not tell which usernames exist.
   */
  public void spendEquivalentTime(String password) {
    if (decoy == null) {
      decoy = hash("decoy-" + System.nanoTime());
    }
    hash.verify(String.valueOf(password).toCharArray(), decoy);
  }

  private volatile String decoy;
}
