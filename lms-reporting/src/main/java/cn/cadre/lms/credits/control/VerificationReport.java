package cn.cadre.lms.credits.control;

import java.util.List;

/**
 * What a verification walked and what it found.
 *
 * @param chains cadre-year chains checked (a balance row or entries make a chain)
 * @param entries ledger entries checked
 * @param breakCount every break found; {@code breaks} lists the first {@link #MAX_LISTED}
 */
public record VerificationReport(int year, long chains, long entries, long breakCount, List<ChainBreak> breaks) {

  public static final int MAX_LISTED = 1000;

  public boolean ok() {
    return breakCount == 0;
  }
}
