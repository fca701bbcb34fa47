package cn.cadre.lms.courses.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the platform accepts, told by their first bytes, not by the name or the declared
 * type: a renamed executable or an HTML page posing as a PDF would otherwise be served to learners.
 */
public final class MediaKinds {

  /** How many leading bytes {@link #sniff} needs. */
  public static final int HEAD = 16;

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] EBML = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3};

  private MediaKinds() {}

  /** The content type the bytes show, or empty when it is none of mp4, webm, pdf, png, jpeg. */
  public static Optional<String> sniff(byte[] head) {
    if (startsWith(head, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(head, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(head, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(head, EBML)) {
      return Optional.of("video/webm");
    }
    // ISO base media: a box size, then "ftyp" at offset 4
    if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
      return Optional.of("video/mp4");
    }
    return Optional.empty();
  }

  /**
   * Whether a declared type agrees with the sniffed one; an absent or generic declaration agrees,
   * since browsers send application/octet-stream for files they do not know.
   */
  public static boolean agrees(String declared, String sniffed) {
    if (declared == null || declared.isBlank()) {
      return true;
    }
    String d = declared.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    return d.equals("application/octet-stream") || d.equals(sniffed)
        || (d.equals("image/jpg") && sniffed.equals("image/jpeg"));
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
