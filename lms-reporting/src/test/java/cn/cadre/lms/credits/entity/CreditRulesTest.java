package cn.cadre.lms.credits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.directory.entity.Rank;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

  static final CreditRules Y2026 = new CreditRules(2026, 45, d("8"), d("40"),
      CreditRules.requirements(d("60"), d("50"), d("50")));

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void fortyFiveMinutesEarnOneCreditAndShorterTimeRoundsDown() {
    assertEquals(d("1.00"), Y2026.creditsFor(45 * 60));
    assertEquals(d("0.50"), Y2026.creditsFor(45 * 30));
    // 100 seconds are 0.037 credits: a hundredth is never credited for time not studied
    assertEquals(d("0.03"), Y2026.creditsFor(100));
    assertEquals(d("0.00"), Y2026.creditsFor(26));
    assertEquals(d("0.00"), Y2026.creditsFor(0));
    assertEquals(d("0.00"), Y2026.creditsFor(-60));
  }

  @Test
  void studyTimeWithinEveryCapEarnsItsFullCredits() {
    Award a = Y2026.studyAward(90 * 60, d("3"), d("0"), d("0"), CreditKind.REQUIRED, d("0"));
    assertEquals(d("2.00"), a.amount());
    assertNull(a.cappedBy());
  }

  @Test
  void theCourseCapCutsToWhatTheCourseMayStillEarn() {
    Award a = Y2026.studyAward(90 * 60, d("3"), d("2.5"), d("0"), CreditKind.REQUIRED, d("0"));
    assertEquals(d("0.50"), a.amount());
    assertEquals(Award.Cap.COURSE, a.cappedBy());
    Award none = Y2026.studyAward(90 * 60, d("3"), d("3"), d("0"), CreditKind.REQUIRED, d("0"));
    assertTrue(none.nothing());
    assertEquals(Award.Cap.COURSE, none.cappedBy());
  }

  @Test
  void theDailyCapCutsWhatTheDayMayStillEarn() {
    Award a = Y2026.studyAward(180 * 60, d("10"), d("0"), d("6.5"), CreditKind.REQUIRED, d("0"));
    assertEquals(d("1.50"), a.amount());
    assertEquals(Award.Cap.DAY, a.cappedBy());
    assertTrue(Y2026.studyAward(60 * 60, d("10"), d("0"), d("8"), CreditKind.REQUIRED, d("0")).nothing());
  }

  @Test
  void theFirstCapThatCutsIsTheOneNamed() {
    Award a = Y2026.studyAward(600 * 60, d("3"), d("1"), d("7.5"), CreditKind.REQUIRED, d("0"));
    assertEquals(d("0.50"), a.amount());
    assertEquals(Award.Cap.COURSE, a.cappedBy(), "the course cut 13.33 to 2 before the day cut it to 0.5");
  }

  @Test
  void electiveCreditsStopAtTheElectiveCapAndRequiredOnesDoNot() {
    Award e = Y2026.studyAward(90 * 60, d("5"), d("0"), d("0"), CreditKind.ELECTIVE, d("39.25"));
    assertEquals(d("0.75"), e.amount());
    assertEquals(Award.Cap.ELECTIVE, e.cappedBy());
    Award r = Y2026.studyAward(90 * 60, d("5"), d("0"), d("0"), CreditKind.REQUIRED, d("39.25"));
    assertEquals(d("2.00"), r.amount());
  }

  @Test
  void completionTopsTheCourseUpToItsCreditValue() {
    assertEquals(d("1.25"), Y2026.completionAward(d("3"), d("1.75"), CreditKind.REQUIRED, d("0")).amount());
    assertTrue(Y2026.completionAward(d("3"), d("3"), CreditKind.REQUIRED, d("0")).nothing());
    assertTrue(Y2026.completionAward(d("3"), d("3.5"), CreditKind.REQUIRED, d("0")).nothing());
    Award e = Y2026.completionAward(d("3"), d("0"), CreditKind.ELECTIVE, d("39"));
    assertEquals(d("1.00"), e.amount());
    assertEquals(Award.Cap.ELECTIVE, e.cappedBy());
  }

  @Test
  void theRequirementFollowsTheRank() {
    assertEquals(d("60.00"), Y2026.requirement(Rank.COUNTY));
    assertEquals(d("50.00"), Y2026.requirement(Rank.SECTION));
    assertEquals(d("50.00"), Y2026.requirement(Rank.BELOW_SECTION));
    assertEquals(2027, Y2026.forYear(2027).year());
    assertEquals(d("60.00"), Y2026.forYear(2027).requirement(Rank.COUNTY));
  }

  @Test
  void badRulesNameEveryFieldAtFault() {
    var bad = new CreditRules(1999, 0, d("-1"), d("0.001"), CreditRules.requirements(d("60"), null, d("5000")));
    List<String> fields = bad.problems().stream().map(FieldProblem::field).toList();
    assertEquals(List.of("year", "minutesPerCredit", "dailyCap", "electiveCap", "requiredSection",
        "requiredBelowSection"), fields);
    assertTrue(Y2026.problems().isEmpty());
    var noElectiveCap = new CreditRules(2026, 45, d("8"), null, Y2026.required());
    assertTrue(noElectiveCap.problems().isEmpty());
    assertNull(noElectiveCap.electiveLeft(d("100")));
  }
}
