package cn.cadre.lms.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signed batches as a file, for a station without a link (a USB stick): a header line, one line per
 * batch ({@code signature body}, both base64), and a trailer with the number of batches and the
 * SHA-256 of every line before it. A file cut short or altered has no valid trailer and is refused
 * whole before any batch is looked at.
 */
public final class Bundle {

  static final String MAGIC = "LMS-SYNC-BUNDLE 1 ";

  private Bundle() {}

  public record Read(String station, List<Signed> batches) {}

  public static byte[] write(String station, List<Signed> batches) {
    StringBuilder sb = new StringBuilder(MAGIC).append(station).append('\n');
    for (Signed s : batches) {
      sb.append(s.signature()).append(' ').append(Base64.getEncoder().encodeToString(s.body())).append('\n');
    }
    String digest = Keys.sha256(sb.toString());
    sb.append("END ").append(batches.size()).append(' ').append(digest).append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The station and batches of a bundle; SyncRefused TRUNCATED when the file is cut short or altered. */
  public static Read read(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    if (!text.startsWith(MAGIC)) {
      throw new SyncRefused(Refusal.TRUNCATED, "not a sync bundle (no header line)");
    }
    int end = text.lastIndexOf("\nEND ");
    if (end < 0 || !text.endsWith("\n")) {
      throw new SyncRefused(Refusal.TRUNCATED, "the bundle has no trailer: it was cut short");
    }
    String head = text.substring(0, end + 1);
    String[] trailer = text.substring(end + 1).strip().split(" ");
    String[] lines = head.split("\n");
    if (trailer.length != 3 || !trailer[2].equals(Keys.sha256(head))) {
      throw new SyncRefused(Refusal.TRUNCATED, "the bundle's digest does not match its contents: it was altered or cut");
    }
    if (!trailer[1].equals(Integer.toString(lines.length - 1))) {
      throw new SyncRefused(Refusal.TRUNCATED, "the bundle says " + trailer[1] + " batches but holds " + (lines.length - 1));
    }
    String station = lines[0].substring(MAGIC.length()).strip();
    List<Signed> batches = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] parts = lines[i].split(" ");
      try {
        if (parts.length != 2) {
          throw new IllegalArgumentException("two fields expected");
        }
        batches.add(new Signed(Base64.getDecoder().decode(parts[1]), parts[0]));
      } catch (IllegalArgumentException e) {
        throw new SyncRefused(Refusal.TRUNCATED, "line " + (i + 1) + " of the bundle is not a signed batch");
      }
    }
    return new Read(station, batches);
  }
}
