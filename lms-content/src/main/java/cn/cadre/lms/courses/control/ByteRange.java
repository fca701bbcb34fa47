package cn.cadre.lms.courses.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, from an HTTP Range header (RFC 9110 section 14). Only a single range is
 * honoured; a list of ranges or a header that cannot be read is ignored and the whole file sent, as
 * the RFC allows. A range that starts past the end cannot be satisfied (416).
 *
 * @param first the first byte, inclusive
 * @param last the last byte, inclusive
 */
public record ByteRange(long first, long last, long size) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

  /** A range no byte of the file satisfies; answered 416 with "Content-Range: bytes * /size". */
  public static final class Unsatisfiable extends RuntimeException {
    public Unsatisfiable() {
      super(null, null, false, false);
    }
  }

  /** Empty when the whole file is to be sent. */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0 || size == 0) {
        throw new Unsatisfiable();
      }
      return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
    }
    long first = Long.parseLong(m.group(1));
    long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
    if (last < first) {
      return Optional.empty();
    }
    if (first >= size) {
      throw new Unsatisfiable();
    }
    return Optional.of(new ByteRange(first, Math.min(last, size - 1), size));
  }

  public long length() {
    return last - first + 1;
  }

  /** The Content-Range header value. */
  public String contentRange() {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
