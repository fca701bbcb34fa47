package cn.cadre.lms.web.pages;

import cn.cadre.lms.web.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The reader's language for this session: Simplified Chinese until they switch. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private Locale locale = Texts.CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String toggle() {
    locale = "en".equals(locale.getLanguage()) ? Texts.CHINESE : Locale.ENGLISH;
    return null;
  }
}
