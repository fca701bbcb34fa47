package cn.cadre.lms.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/** A batch's exact bytes and the station's signature of them, as sent over HTTP or in a bundle. */
public record Signed(byte[] body, String signature) {

  public static Signed of(Batch batch, PrivateKey key) {
    byte[] bytes = batch.toBytes();
    return new Signed(bytes, Keys.sign(bytes, key));
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
