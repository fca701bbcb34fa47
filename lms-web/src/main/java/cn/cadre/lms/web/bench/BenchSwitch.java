package cn.cadre.lms.web.bench;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hides the {@link BenchOnly} resources unless {@code lms.bench.endpoints=true}: the 404 is thrown
 * before the body is read and mapped like JAX-RS's own unknown path, so a production server cannot
 * be told apart from one without the endpoints.
 */
@Provider
@BenchOnly
public class BenchSwitch implements ContainerRequestFilter {

  public static final String KEY = "lms.bench.endpoints";

  private final BooleanSupplier enabled;

  public BenchSwitch() {
    this(() -> ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false));
  }

  BenchSwitch(BooleanSupplier enabled) {
    this.enabled = enabled;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!enabled.getAsBoolean()) {
      throw new NotFoundException();
    }
  }
}
