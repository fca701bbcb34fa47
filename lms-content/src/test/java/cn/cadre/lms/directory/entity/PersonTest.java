package cn.cadre.lms.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {

  static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void theFifthFailureInARowLocksForTheConfiguredTime() {
    Person p = new Person("suixi", "管理员", "/340600/340621/", null);
    for (int i = 1; i <= 4; i++) {
      assertFalse(p.recordFailure(T0, 5, Duration.ofMinutes(15)), "failure " + i);
      assertFalse(p.isLocked(T0));
    }
    assertTrue(p.recordFailure(T0, 5, Duration.ofMinutes(15)));
    assertTrue(p.isLocked(T0.plusSeconds(14 * 60)));
    assertFalse(p.isLocked(T0.plusSeconds(15 * 60)), "the lock runs out by itself");
  }

  @Test
  void aSuccessClearsTheCounter() {
    Person p = new Person("suixi", "管理员", "/340600/340621/", null);
    p.recordFailure(T0, 5, Duration.ofMinutes(15));
    p.recordFailure(T0, 5, Duration.ofMinutes(15));
    p.recordSuccess();
    assertEquals(0, p.failedAttempts());
  }

  @Test
  void anAdminResetIsTemporaryAndUnlocks() {
    Person p = new Person("suixi", "管理员", "/340600/340621/", null);
    for (int i = 0; i < 5; i++) {
      p.recordFailure(T0, 5, Duration.ofMinutes(15));
    }
    p.setPassword("hash", true);
    assertFalse(p.isLocked(T0));
    assertTrue(p.mustChangePassword());
  }

  @Test
  void grantingTheSameRoleTwiceKeepsOneGrant() {
    Person p = new Person("l", "联络员", "/340600/340621/u1/", null);
    p.grant(Role.LIAISON, "/340600/340621/u1/");
    p.grant(Role.LIAISON, "/340600/340621/u1/");
    p.grant(Role.CADRE, "/340600/340621/u1/");
    assertEquals(2, p.grants().size());
  }
}
