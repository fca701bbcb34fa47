package cn.cadre.lms.sync.config;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.common.PlatformRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's role (center, the default, or station) and the sync settings. A station is the
 * same WAR started with {@code lms.role=station} ({@code ./lms station}); the center's sync
 * endpoints answer 404 there and the station's at the center.
 */
@ApplicationScoped
public class SyncConfig {

  @Inject PlatformRole role;

  @Inject
  @ConfigProperty(name = "lms.station.center-url")
  Optional<String> centerUrl;

  @Inject
  @ConfigProperty(name = "lms.station.enrol-code")
  Optional<String> enrolCode;

  @Inject
  @ConfigProperty(name = "lms.sync.interval-seconds", defaultValue = "30")
  int intervalSeconds;

  @Inject
  @ConfigProperty(name = "lms.sync.batch-size", defaultValue = "200")
  int batchSize;

  @Inject
  @ConfigProperty(name = "lms.sync.credit-seconds", defaultValue = "5")
  int creditSeconds;

  /** Shifts the station's clock (hours, either way): a fault-test setting; the protocol never reads clocks. */
  @Inject
  @ConfigProperty(name = "lms.clock.offset-hours", defaultValue = "0")
  int clockOffsetHours;

  public boolean station() {
    return role.station();
  }

  public void requireCenter() {
    if (station()) {
      throw new LmsException(404, "problem.sync.notCenter", List.of());
    }
  }

  public void requireStation() {
    if (!station()) {
      throw new LmsException(404, "problem.sync.notStation", List.of());
    }
  }

  public Optional<String> centerUrl() {
    return centerUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  public Optional<String> enrolCode() {
    return enrolCode.map(String::strip).filter(s -> !s.isEmpty());
  }

  public int intervalSeconds() {
    return Math.max(1, intervalSeconds);
  }

  public int batchSize() {
    return Math.max(1, Math.min(cn.cadre.lms.sync.protocol.Batch.MAX_RECORDS, batchSize));
  }

  public int creditSeconds() {
    return Math.max(1, creditSeconds);
  }

  /** The station's clock: the system's, shifted by lms.clock.offset-hours. */
  public Clock clock() {
    return Clock.offset(Clock.systemUTC(), Duration.ofHours(clockOffsetHours));
  }

  public Instant now() {
    return clock().instant();
  }
}
