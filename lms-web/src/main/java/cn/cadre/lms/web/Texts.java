package cn.cadre.lms.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words, from the bundles i18n/messages (Simplified Chinese first, English on request).
 * Pages read the same bundle through Faces; REST problems through this class.
 */
public final class Texts {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  /** Times on pages are shown in China Standard Time, whatever the server's own zone. */
  public static final java.time.ZoneId ZONE = cn.cadre.lms.common.ChinaTime.ZONE;

  private Texts() {}

  public static String get(Locale locale, String key, Object... args) {
    try {
      ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", supported(locale));
      String pattern = bundle.getString(key);
      if (args == null || args.length == 0) {
        return pattern;
      }
      Object[] shown = args.clone();
      for (int i = 0; i < shown.length; i++) {
        // an argument that is itself a message key ("what.cadre") is shown in the reader's language
        if (shown[i] instanceof String s && s.startsWith("what.") && bundle.containsKey(s)) {
          shown[i] = bundle.getString(s);
        }
      }
      return new MessageFormat(pattern, locale).format(shown);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The supported locale closest to the one asked for; Chinese when nothing matches. */
  public static Locale supported(Locale asked) {
    if (asked != null && "en".equals(asked.getLanguage())) {
      return Locale.ENGLISH;
    }
    return CHINESE;
  }

  public static Locale fromAcceptLanguage(List<Locale> acceptable) {
    for (Locale l : acceptable) {
      if ("en".equals(l.getLanguage()) || "zh".equals(l.getLanguage())) {
        return supported(l);
      }
    }
    return CHINESE;
  }
}
