package cn.cadre.lms.web.pages;

import cn.cadre.lms.accounts.boundary.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginBean {

  @Inject SecurityContext security;
  @Inject Accounts accounts;

  private String username;
  private String password;

  public String signIn() {
    FacesContext ctx = FacesContext.getCurrentInstance();
    ExternalContext ext = ctx.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    if (status == AuthenticationStatus.SUCCESS) {
      boolean mustChange = accounts.find(username).map(p -> p.mustChangePassword()).orElse(false);
      return mustChange ? "/password?faces-redirect=true" : "/index?faces-redirect=true";
    }
    ctx.getExternalContext().setResponseStatus(200);
    Instant lockedUntil =
        accounts.find(username).filter(p -> p.isLocked(Instant.now())).map(p -> p.lockedUntil()).orElse(null);
    if (lockedUntil != null) {
      PageMessages.error("login.locked",
          DateTimeFormatter.ofPattern("HH:mm").withZone(cn.cadre.lms.web.Texts.ZONE).format(lockedUntil));
    } else {
      PageMessages.error("login.failed");
    }
    return null;
  }

  public String signOut() throws ServletException {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) ext.getRequest()).logout();
    ext.invalidateSession();
    return "/login?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
