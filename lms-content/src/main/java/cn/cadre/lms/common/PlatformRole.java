package cn.cadre.lms.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's role, read once from {@code lms.role}: {@code center} (the default) or
 * {@code station}, the same WAR running offline in a village ({@code ./lms station}). Every module
 * asks this bean, so the setting has one reading.
 */
@ApplicationScoped
public class PlatformRole {

  @Inject
  @ConfigProperty(name = "lms.role", defaultValue = "center")
  String role;

  public boolean station() {
    return "station".equalsIgnoreCase(role.strip());
  }
}
