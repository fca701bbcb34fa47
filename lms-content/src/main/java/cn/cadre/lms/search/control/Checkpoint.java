package cn.cadre.lms.search.control;

import java.time.Instant;
import java.util.Map;

/**
 * How far an index has followed the change table, kept in its Lucene commit so it survives a
 * restart exactly as far as the documents it describes: {@code mark}, the highest change id
 * applied, and {@code swept}, the database time of the last look back for changes that committed
 * out of id order.
 */
public record Checkpoint(long mark, Instant swept) {

  static final String FORMAT = "lms.search.format";
  static final String MARK = "lms.search.mark";
  static final String SWEPT = "lms.search.swept";

  Map<String, String> userData(int format) {
    return Map.of(FORMAT, String.valueOf(format), MARK, String.valueOf(mark),
        SWEPT, String.valueOf(swept.toEpochMilli()));
  }

  /** The checkpoint of a commit of this format, or null when it was written by another format. */
  static Checkpoint of(Map<String, String> userData, int format) {
    if (!String.valueOf(format).equals(userData.get(FORMAT))) {
      return null;
    }
    try {
      return new Checkpoint(Long.parseLong(userData.get(MARK)),
          Instant.ofEpochMilli(Long.parseLong(userData.get(SWEPT))));
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }
}
