package cn.cadre.lms.credits.control;

/**
 * One break found in a cadre's chain.
 *
 * @param seq the entry at fault; for a balance problem the last seq the balance names
 * @param problem what broke, as a stable code a script can read
 * @param detail the values that disagree, for the person investigating
 */
public record ChainBreak(long cadreId, int year, int seq, Problem problem, String detail) {

  /** The ways a chain can break. */
  public enum Problem {
    /** The stored hash is not the hash of the stored fields: a field was changed. */
    HASH_MISMATCH,
    /** The seq does not follow the one before: an entry was removed or renumbered. */
    SEQ_GAP,
    /** The entry does not link to the hash of the one before it: removed, inserted or reordered. */
    PREV_LINK,
    /** The balance's totals are not the sum of the entries. */
    BALANCE_TOTAL,
    /** The balance names another last entry than the chain ends with: the tail was cut. */
    BALANCE_HEAD,
    /** Entries without a balance row. */
    BALANCE_MISSING
  }
}
