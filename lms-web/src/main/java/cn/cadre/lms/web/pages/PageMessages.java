package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts messages from the bundles on a page: next to a field when the problem names one. */
final class PageMessages {

  private PageMessages() {}

  static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
  }

  static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, key, args);
  }

  static void field(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /** Field problems go next to "form:field"; the rest at the top of the page. */
  static void show(String form, LmsException e) {
    if (e.fields().isEmpty()) {
      error(e.key(), e.args());
      return;
    }
    for (FieldProblem f : e.fields()) {
      add(form + ":" + f.field(), FacesMessage.SEVERITY_ERROR, f.key(), f.args());
    }
  }

  /** A bundle text in the session's language. */
  static String text(String key, Object... args) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    // the session's choice, not the view root's: a view action runs before f:view sets the locale
    java.util.Locale locale = ctx.getApplication().evaluateExpressionGet(ctx, "#{localeBean.locale}", java.util.Locale.class);
    return Texts.get(locale, key, args);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
