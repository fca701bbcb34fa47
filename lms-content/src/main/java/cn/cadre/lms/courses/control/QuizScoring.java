package cn.cadre.lms.courses.control;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.entity.QuestionKind;
import cn.cadre.lms.courses.entity.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Scores a quiz: a question is right only when exactly its right options are chosen (no partial
 * credit for a multiple choice), and the score is the share of right questions, rounded down, so
 * a pass mark is never reached by rounding.
 */
public final class QuizScoring {

  private QuizScoring() {}

  /** The score, whether it passes, and each question right or wrong. */
  public record Score(int percent, boolean passed, List<Boolean> right) {}

  public static Score score(List<QuizQuestion> questions, List<List<Integer>> answers, int passPercent) {
    check(questions, answers);
    List<Boolean> right = new ArrayList<>();
    int correct = 0;
    for (int i = 0; i < questions.size(); i++) {
      boolean ok = new TreeSet<>(answers.get(i)).equals(new TreeSet<>(questions.get(i).answer()));
      right.add(ok);
      correct += ok ? 1 : 0;
    }
    int percent = questions.isEmpty() ? 0 : correct * 100 / questions.size();
    return new Score(percent, percent >= passPercent, List.copyOf(right));
  }

  /** One answer per question, each choosing options that exist, one only where one is right. */
  static void check(List<QuizQuestion> questions, List<List<Integer>> answers) {
    if (answers == null || answers.size() != questions.size()) {
      throw LmsException.invalid("answers", "field.answerCount", questions.size());
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      List<Integer> chosen = answers.get(i);
      QuizQuestion q = questions.get(i);
      String field = "answers[" + i + "]";
      if (chosen == null || chosen.isEmpty()) {
        problems.add(new FieldProblem(field, "field.required"));
      } else if (chosen.stream().anyMatch(c -> c == null || c < 0 || c >= q.options().size())
          || new TreeSet<>(chosen).size() != chosen.size()) {
        problems.add(new FieldProblem(field, "field.invalid"));
      } else if (q.kind() != QuestionKind.MULTIPLE && chosen.size() != 1) {
        problems.add(new FieldProblem(field, "field.oneAnswer"));
      }
    }
    if (!problems.isEmpty()) {
      throw LmsException.invalid(problems);
    }
  }
}
