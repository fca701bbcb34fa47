package cn.cadre.lms.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bundle files: read back exactly; cut short or altered anywhere, refused whole. */
class BundleTest {

  static byte[] bundle() {
    var key = BatchSigningTest.STATION.getPrivate();
    return Bundle.write("RS340621100201", List.of(Signed.of(BatchSigningTest.batch(1, 3), key),
        Signed.of(BatchSigningTest.batch(4, 2), key)));
  }

  @Test
  void aBundleReadsBackItsBatchesAndSignatures() {
    byte[] file = bundle();
    Bundle.Read read = Bundle.read(file);
    assertEquals("RS340621100201", read.station());
    assertEquals(2, read.batches().size());
    Signed second = read.batches().get(1);
    assertEquals(4, Batch.parse(second.body()).from());
    assertEquals(true, Keys.verify(second.body(), second.signature(), BatchSigningTest.STATION.getPublic()));
    assertArrayEquals(file, Bundle.write(read.station(), read.batches()));
  }

  @Test
  void anEmptyBundleIsValid() {
    assertEquals(0, Bundle.read(Bundle.write("RS1", List.of())).batches().size());
  }

  @Test
  void aFileCutAnywhereIsRefusedAsTruncated() {
    byte[] file = bundle();
    for (int cut : new int[] {0, 10, file.length / 2, file.length - 30, file.length - 1}) {
      truncated(Arrays.copyOf(file, cut));
    }
  }

  @Test
  void aChangedByteOrALostLineIsRefused() {
    String text = new String(bundle(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    // drop the second batch but keep the trailer
    truncated((lines[0] + "\n" + lines[1] + "\n" + lines[3] + "\n").getBytes(StandardCharsets.UTF_8));
    char[] chars = text.toCharArray();
    chars[lines[0].length() + 5] = chars[lines[0].length() + 5] == 'A' ? 'B' : 'A';
    truncated(new String(chars).getBytes(StandardCharsets.UTF_8));
    truncated("hello\n".getBytes(StandardCharsets.UTF_8));
  }

  static void truncated(byte[] file) {
    SyncRefused e = assertThrows(SyncRefused.class, () -> Bundle.read(file));
    assertEquals(Refusal.TRUNCATED, e.reason());
    assertEquals(422, e.status());
  }
}
