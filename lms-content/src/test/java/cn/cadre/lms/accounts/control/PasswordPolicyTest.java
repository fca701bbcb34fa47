package cn.cadre.lms.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cadre.lms.common.LmsException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void shortWeakOrMissingPasswordsAreRefusedWithTheirReason() {
    assertEquals("field.passwordTooShort", key(() -> PasswordPolicy.check("p", "abc123")));
    assertEquals("field.passwordWeak", key(() -> PasswordPolicy.check("p", "abcdefghij")));
    assertEquals("field.passwordWeak", key(() -> PasswordPolicy.check("p", "1234567890")));
    assertEquals("field.required", key(() -> PasswordPolicy.check("p", "")));
    assertEquals("field.tooLong", key(() -> PasswordPolicy.check("p", "a1".repeat(33))));
    assertDoesNotThrow(() -> PasswordPolicy.check("p", "淮北abc2026"));
  }

  @Test
  void temporaryPasswordsPassThePolicyAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String t = PasswordPolicy.temporary();
      PasswordPolicy.check("p", t);
      seen.add(t);
    }
    assertEquals(200, seen.size());
  }

  private static String key(Runnable r) {
    return assertThrows(LmsException.class, r::run).fields().get(0).key();
  }
}
