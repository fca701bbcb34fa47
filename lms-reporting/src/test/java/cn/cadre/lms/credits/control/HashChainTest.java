package cn.cadre.lms.credits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.credits.control.ChainBreak.Problem;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.SourceType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HashChainTest {

  static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 8, 30, 15, 123_000_000);

  /** A chain of four: three study entries and a reversal of the second. */
  static List<CreditEntry> chain() {
    List<CreditEntry> list = new ArrayList<>();
    Balance b = Balance.empty(7, 2026);
    String[] amounts = {"1.50", "2.00", "0.75"};
    for (String a : amounts) {
      CreditEntry e = CreditEntry.seal(7, 2026, b.lastSeq() + 1, CreditKind.REQUIRED, new BigDecimal(a),
          SourceType.STUDY_TIME, "s" + b.lastSeq(), 3L, T.toLocalDate(), "credits.reason.study",
          List.of("党章", "45"), T.plusHours(b.lastSeq()), null, b.lastHash());
      list.add(e);
      b = b.after(e);
    }
    list.add(CreditEntry.seal(7, 2026, 4, CreditKind.REQUIRED, new BigDecimal("-2.00"), SourceType.CORRECTION, "2",
        3L, null, "credits.reason.reversal", List.of("2", ""), T.plusDays(1), 99L, b.lastHash()));
    return list;
  }

  static Balance balanceOf(List<CreditEntry> entries) {
    Balance b = Balance.empty(7, 2026);
    for (CreditEntry e : entries) {
      b = b.after(e);
    }
    return b;
  }

  static Set<Problem> problems(List<CreditEntry> entries, Balance b) {
    return HashChain.verify(7, 2026, entries, b).stream().map(ChainBreak::problem).collect(Collectors.toSet());
  }

  @Test
  void anUntouchedChainVerifies() {
    List<CreditEntry> c = chain();
    assertEquals(List.of(), HashChain.verify(7, 2026, c, balanceOf(c)));
    assertEquals(new BigDecimal("2.25"), balanceOf(c).required());
    assertEquals(0, T.withNano(0).compareTo(c.get(0).createdAt()), "times are kept to the second, as stored");
  }

  @Test
  void aChangedAmountIsDetectedAtItsEntry() {
    List<CreditEntry> c = chain();
    Balance b = balanceOf(c);
    CreditEntry e = c.get(1);
    c.set(1, new CreditEntry(e.cadreId(), e.year(), e.seq(), e.kind(), new BigDecimal("9.00"), e.sourceType(),
        e.sourceRef(), e.courseId(), e.studyDay(), e.reasonKey(), e.reasonArgs(), e.createdAt(), e.createdBy(),
        e.prevHash(), e.hash()));
    List<ChainBreak> breaks = HashChain.verify(7, 2026, c, b);
    assertEquals(Problem.HASH_MISMATCH, breaks.get(0).problem());
    assertEquals(2, breaks.get(0).seq());
    assertTrue(problems(c, b).contains(Problem.BALANCE_TOTAL), "the balance no longer matches the sum");
  }

  @Test
  void aChangedReasonOrKindIsDetectedToo() {
    List<CreditEntry> c = chain();
    CreditEntry e = c.get(0);
    c.set(0, new CreditEntry(e.cadreId(), e.year(), e.seq(), CreditKind.ELECTIVE, e.amount(), e.sourceType(),
        e.sourceRef(), e.courseId(), e.studyDay(), e.reasonKey(), List.of("党章", "450"), e.createdAt(), e.createdBy(),
        e.prevHash(), e.hash()));
    assertTrue(problems(c, balanceOf(chain())).contains(Problem.HASH_MISMATCH));
  }

  @Test
  void aRemovedEntryIsDetected() {
    List<CreditEntry> c = chain();
    Balance b = balanceOf(c);
    c.remove(1);
    List<ChainBreak> breaks = HashChain.verify(7, 2026, c, b);
    assertEquals(Set.of(Problem.SEQ_GAP, Problem.PREV_LINK, Problem.BALANCE_TOTAL), problems(c, b));
    assertEquals(3, breaks.get(0).seq());
  }

  @Test
  void aRemovedLastEntryIsDetectedByTheBalance() {
    List<CreditEntry> c = chain();
    Balance b = balanceOf(c);
    c.remove(3);
    assertEquals(Set.of(Problem.BALANCE_TOTAL, Problem.BALANCE_HEAD), problems(c, b));
  }

  @Test
  void reorderedEntriesAreDetected() {
    List<CreditEntry> c = chain();
    Balance b = balanceOf(c);
    // swapping two rows' places (their seq numbers too) keeps the sum but not the links
    CreditEntry first = c.get(0);
    CreditEntry second = c.get(1);
    c.set(0, renumbered(second, 1));
    c.set(1, renumbered(first, 2));
    Set<Problem> found = problems(c, b);
    assertTrue(found.contains(Problem.PREV_LINK));
    assertTrue(found.contains(Problem.HASH_MISMATCH));
    // and swapped without renumbering, the seq order itself breaks
    List<CreditEntry> d = chain();
    CreditEntry x = d.get(2);
    d.set(2, d.get(1));
    d.set(1, x);
    assertTrue(problems(d, b).contains(Problem.SEQ_GAP));
  }

  @Test
  void entriesWithoutABalanceAreABreak() {
    assertEquals(Set.of(Problem.BALANCE_MISSING), problems(chain(), null));
    assertEquals(List.of(), HashChain.verify(7, 2026, List.of(), null));
  }

  @Test
  void theCanonicalTextCannotBeForgedBySeparators() {
    CreditEntry a = CreditEntry.seal(1, 2026, 1, CreditKind.REQUIRED, BigDecimal.ONE, SourceType.ADJUSTMENT, null, null,
        null, "k", List.of("a|1:b"), T, 1L, CreditEntry.GENESIS);
    CreditEntry b = CreditEntry.seal(1, 2026, 1, CreditKind.REQUIRED, BigDecimal.ONE, SourceType.ADJUSTMENT, null, null,
        null, "k", List.of("a", "b"), T, 1L, CreditEntry.GENESIS);
    assertNotEquals(a.hash(), b.hash());
    CreditEntry empty = CreditEntry.seal(1, 2026, 1, CreditKind.REQUIRED, BigDecimal.ONE, SourceType.ADJUSTMENT, "",
        null, null, "k", List.of(), T, 1L, CreditEntry.GENESIS);
    CreditEntry nul = CreditEntry.seal(1, 2026, 1, CreditKind.REQUIRED, BigDecimal.ONE, SourceType.ADJUSTMENT, null,
        null, null, "k", List.of(), T, 1L, CreditEntry.GENESIS);
    assertNotEquals(empty.hash(), nul.hash());
  }

  @Test
  void reasonArgumentsSurviveTheStoredForm() {
    for (List<String> args : List.of(List.<String>of(), List.of(""), List.of("a", ""), List.of("课程", "45"))) {
      assertEquals(args, CreditLedger.splitArgs(CreditLedger.joinArgs(args)));
    }
  }

  private static CreditEntry renumbered(CreditEntry e, int seq) {
    return new CreditEntry(e.cadreId(), e.year(), seq, e.kind(), e.amount(), e.sourceType(), e.sourceRef(),
        e.courseId(), e.studyDay(), e.reasonKey(), e.reasonArgs(), e.createdAt(), e.createdBy(), e.prevHash(), e.hash());
  }
}
