package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.control.ChainBreak.Problem;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one cadre-year chain as stored and reports every break: each entry's hash recomputed from
 * its fields, seq counting 1, 2, 3 without gaps, each entry linking to the stored hash of the one
 * before, and the balance row equal to the sum and ending where the chain ends.
 */
public final class HashChain {

  private HashChain() {}

  /** @param entries the chain in seq order; @param balance its balance row, null when there is none */
  public static List<ChainBreak> verify(long cadreId, int year, List<CreditEntry> entries, Balance balance) {
    List<ChainBreak> breaks = new ArrayList<>();
    int expected = 1;
    String prev = CreditEntry.GENESIS;
    BigDecimal required = BigDecimal.ZERO;
    BigDecimal elective = BigDecimal.ZERO;
    for (CreditEntry e : entries) {
      if (e.seq() != expected) {
        breaks.add(new ChainBreak(cadreId, year, e.seq(), Problem.SEQ_GAP, "expected seq " + expected));
      }
      if (!e.prevHash().equals(prev)) {
        breaks.add(new ChainBreak(cadreId, year, e.seq(), Problem.PREV_LINK, "links to " + e.prevHash() + ", previous is " + prev));
      }
      String computed = e.computeHash();
      if (!computed.equals(e.hash())) {
        breaks.add(new ChainBreak(cadreId, year, e.seq(), Problem.HASH_MISMATCH, "stored " + e.hash() + ", fields hash to " + computed));
      }
      if (e.kind() == CreditKind.REQUIRED) {
        required = required.add(e.amount());
      } else {
        elective = elective.add(e.amount());
      }
      prev = e.hash();
      expected = e.seq() + 1;
    }
    breaks.addAll(balanceBreaks(cadreId, year, entries, balance, required, elective, prev));
    return breaks;
  }

  /** What the balance row says against what the entries add up to and end with. */
  private static List<ChainBreak> balanceBreaks(long cadreId, int year, List<CreditEntry> entries, Balance balance,
      BigDecimal required, BigDecimal elective, String lastHash) {
    List<ChainBreak> breaks = new ArrayList<>();
    int lastSeq = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
    if (balance == null) {
      if (!entries.isEmpty()) {
        breaks.add(new ChainBreak(cadreId, year, lastSeq, Problem.BALANCE_MISSING, entries.size() + " entries"));
      }
      return breaks;
    }
    if (balance.required().compareTo(required) != 0 || balance.elective().compareTo(elective) != 0) {
      breaks.add(new ChainBreak(cadreId, year, balance.lastSeq(), Problem.BALANCE_TOTAL,
          "balance " + balance.required() + "/" + balance.elective() + ", entries sum to " + required + "/" + elective));
    }
    if (balance.lastSeq() != lastSeq || !balance.lastHash().equals(lastHash)) {
      breaks.add(new ChainBreak(cadreId, year, balance.lastSeq(), Problem.BALANCE_HEAD,
          "balance ends at seq " + balance.lastSeq() + ", chain at seq " + lastSeq));
    }
    return breaks;
  }
}
