package cn.cadre.lms.web.pages;

import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.sync.config.SyncConfig;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Which role this server runs (the center or a village station) as the nav needs it: a station
 * holds only its village's slice, so the center's editing pages are hidden there, and the
 * station's own page is offered to its operator.
 */
@Named
@RequestScoped
public class SiteBean {

  @Inject SyncConfig config;
  @Inject CurrentActor current;

  public boolean isStation() {
    return config.station();
  }

  /** The station's page: an operator at a station. */
  public boolean isOperatesStation() {
    return config.station() && current.signedIn() && current.get().has(Role.STATION_OPERATOR);
  }

  /** The stations page: center and sub-center administrators at the center. */
  public boolean isAdministersStations() {
    return !config.station() && current.signedIn() && !current.get().manageScope().isEmpty();
  }
}
