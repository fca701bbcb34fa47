package cn.cadre.lms.courses.control;

import java.util.List;

/** A submitted attempt's outcome: score, pass, attempts left, and each question right or wrong. */
public record QuizResult(int attemptNo, int scorePercent, boolean passed, int attemptsLeft, List<Boolean> right) {}
