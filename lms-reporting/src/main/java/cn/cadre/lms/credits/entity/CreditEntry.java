package cn.cadre.lms.credits.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One credit movement in a cadre's chain for a year. Its hash is SHA-256 over {@link #canonical()}:
 * every field in a fixed order, each written as its length and its text, so no value can pass for
 * another by containing a separator, followed by the previous entry's hash.
 *
 * @param seq 1, 2, 3 ... within the cadre's year
 * @param amount two decimals; negative only for a reversal
 * @param sourceRef the session, the enrolment or the reversed seq; null for an adjustment
 * @param courseId the course the credits come from, when they come from one
 * @param studyDay the China-time day study time is booked on (the daily cap), else null
 * @param reasonKey a message key; shown with {@code reasonArgs} in the reader's language
 * @param createdAt UTC, whole seconds (what every database keeps of a TIMESTAMP)
 * @param createdBy the administrator's person id; null when the platform credited it
 */
public record CreditEntry(
    long cadreId, int year, int seq, CreditKind kind, BigDecimal amount, SourceType sourceType,
    String sourceRef, Long courseId, LocalDate studyDay, String reasonKey, List<String> reasonArgs,
    LocalDateTime createdAt, Long createdBy, String prevHash, String hash) {

  /** The previous hash of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  public CreditEntry {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(sourceType);
    Objects.requireNonNull(reasonKey);
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(prevHash);
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    reasonArgs = List.copyOf(reasonArgs);
    if (seq < 1) {
      throw new IllegalArgumentException("seq starts at 1");
    }
    if (amount.signum() < 0 && sourceType != SourceType.CORRECTION) {
      throw new IllegalArgumentException("only a correction takes credits away");
    }
  }

  /** A new entry after {@code prevHash}, its time cut to whole seconds and its hash computed. */
  public static CreditEntry seal(
      long cadreId, int year, int seq, CreditKind kind, BigDecimal amount, SourceType sourceType,
      String sourceRef, Long courseId, LocalDate studyDay, String reasonKey, List<String> reasonArgs,
      LocalDateTime createdAt, Long createdBy, String prevHash) {
    CreditEntry draft = new CreditEntry(cadreId, year, seq, kind, amount.setScale(2, RoundingMode.DOWN),
        sourceType, sourceRef, courseId, studyDay, reasonKey, reasonArgs,
        createdAt.truncatedTo(ChronoUnit.SECONDS), createdBy, prevHash, "");
    return draft.withHash(draft.computeHash());
  }

  private CreditEntry withHash(String h) {
    return new CreditEntry(cadreId, year, seq, kind, amount, sourceType, sourceRef, courseId, studyDay,
        reasonKey, reasonArgs, createdAt, createdBy, prevHash, h);
  }

  /** The hash these stored fields should have; differs from {@link #hash()} when a row was changed. */
  public String computeHash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The text the hash covers: version tag, fields in order, then the previous hash. */
  public String canonical() {
    StringBuilder sb = new StringBuilder("credit-entry/1");
    field(sb, Long.toString(cadreId));
    field(sb, Integer.toString(year));
    field(sb, Integer.toString(seq));
    field(sb, kind.name());
    field(sb, amount.toPlainString());
    field(sb, sourceType.name());
    field(sb, sourceRef);
    field(sb, courseId == null ? null : courseId.toString());
    field(sb, studyDay == null ? null : studyDay.toString());
    field(sb, reasonKey);
    field(sb, Integer.toString(reasonArgs.size()));
    reasonArgs.forEach(a -> field(sb, a));
    field(sb, createdAt.toString());
    field(sb, createdBy == null ? null : createdBy.toString());
    field(sb, prevHash);
    return sb.toString();
  }

  private static void field(StringBuilder sb, String value) {
    // null and "" differ: a null is written as -1 with no text
    sb.append('|').append(value == null ? -1 : value.length()).append(':');
    if (value != null) {
      sb.append(value);
    }
  }
}
