package cn.cadre.lms.web.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchSwitchTest {

  @Test
  void offTheBenchEndpointsAnswerLikeAnUnknownPath() {
    var e = assertThrows(NotFoundException.class, () -> new BenchSwitch(() -> false).filter(null));
    assertEquals(404, e.getResponse().getStatus());
  }

  @Test
  void onTheRequestPassesAndTheSettingIsAskedEachTime() {
    AtomicInteger asked = new AtomicInteger();
    var on = new BenchSwitch(() -> asked.incrementAndGet() > 0);
    assertDoesNotThrow(() -> on.filter(null));
    assertDoesNotThrow(() -> on.filter(null));
    assertEquals(2, asked.get());
  }
}
