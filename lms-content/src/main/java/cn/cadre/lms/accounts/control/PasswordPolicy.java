package cn.cadre.lms.accounts.control;

import cn.cadre.lms.common.LmsException;
import java.security.SecureRandom;

/**
 * What a new password must be: 8 to 64 characters with a letter and a digit (NIST 800-63B allows
 * long passphrases; the digit rule is the city's own). Temporary passwords are random and readable.
 */
public final class PasswordPolicy {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  public static void check(String field, String password) {
    if (password == null || password.isEmpty()) {
      throw LmsException.invalid(field, "field.required");
    }
    if (password.length() < 8) {
      throw LmsException.invalid(field, "field.passwordTooShort", 8);
    }
    if (password.length() > 64) {
      throw LmsException.invalid(field, "field.tooLong", 64);
    }
    if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
      throw LmsException.invalid(field, "field.passwordWeak");
    }
  }

  /** 12 characters from an alphabet without look-alikes (0/O, 1/l), always with a digit. */
  public static String temporary() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.append((char) ('2' + RANDOM.nextInt(8))).toString();
  }
}
