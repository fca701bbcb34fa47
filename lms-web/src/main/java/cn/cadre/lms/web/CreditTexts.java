package cn.cadre.lms.web;

import cn.cadre.lms.credits.entity.CreditEntry;
import java.util.Locale;

/**
 * A ledger entry's reason in the reader's language: the entry stores a message key and its
 * arguments, and an argument that is itself a key (which cap cut the credits) is translated too.
 */
public final class CreditTexts {

  private CreditTexts() {}

  public static String reason(Locale locale, CreditEntry e) {
    Object[] args = e.reasonArgs().stream()
        .map(a -> a.startsWith("credits.cap.") ? Texts.get(locale, a) : a)
        .toArray();
    return Texts.get(locale, e.reasonKey(), args);
  }
}
