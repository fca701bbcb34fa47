package cn.cadre.lms.web.pages;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Changing one's own password; a temporary password from a reset leads here first. */
@Named
@RequestScoped
public class PasswordBean {

  @Inject Accounts accounts;
  @Inject CurrentActor current;
  @Inject cn.cadre.lms.web.security.ActorCache actors;

  private String current0;
  private String next;
  private String confirm;

  public String change() {
    if (next == null || !next.equals(confirm)) {
      PageMessages.field("pw:confirm", "password.mismatch");
      return null;
    }
    try {
      accounts.changePassword(current.get(), current0, next);
      actors.forget(current.get().username());
      PageMessages.info("password.changed");
    } catch (LmsException e) {
      PageMessages.show("pw", e);
    }
    return null;
  }

  public String getCurrent() {
    return current0;
  }

  public void setCurrent(String current) {
    this.current0 = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
