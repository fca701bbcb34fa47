package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.required;
import static cn.cadre.lms.courses.entity.Checks.text;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A quiz question with its options (stored one per line) and the right option indexes (stored
 * "0,2"). A single-choice or true/false question has exactly one right option; a true/false one has
 * exactly two options.
 */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

  public static final int MAX_PROMPT = 1000;
  public static final int MAX_OPTION = 200;
  public static final int MAX_OPTIONS = 8;

  @Id
  @TableGenerator(name = "quiz_question_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "quiz_question", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "quiz_question_ids")
  private Long id;

  @Column(name = "lesson_id")
  private long lessonId;

  private int position;

  @Enumerated(EnumType.STRING)
  private QuestionKind kind;

  private String prompt;
  private String options;
  private String answer;

  protected QuizQuestion() {}

  /** {@code field} prefixes the field names in errors, e.g. "questions[2]". */
  public QuizQuestion(long lessonId, int position, QuestionKind kind, String prompt, List<String> options,
      List<Integer> answer, String field) {
    this.lessonId = lessonId;
    this.position = position;
    this.kind = required(kind, field + ".kind");
    this.prompt = text(prompt, MAX_PROMPT, field + ".prompt");
    List<String> opts = options(options, field + ".options");
    if (kind == QuestionKind.TRUE_FALSE && opts.size() != 2) {
      throw LmsException.invalid(field + ".options", "field.trueFalseOptions");
    }
    this.options = String.join("\n", opts);
    TreeSet<Integer> right = new TreeSet<>(required(answer, field + ".answer"));
    if (right.isEmpty() || right.first() < 0 || right.last() >= opts.size() || right.size() != answer.size()) {
      throw LmsException.invalid(field + ".answer", "field.invalid");
    }
    if (kind != QuestionKind.MULTIPLE && right.size() != 1) {
      throw LmsException.invalid(field + ".answer", "field.oneAnswer");
    }
    this.answer = String.join(",", right.stream().map(String::valueOf).toList());
  }

  private static List<String> options(List<String> given, String field) {
    required(given, field);
    if (given.size() < 2 || given.size() > MAX_OPTIONS) {
      throw LmsException.invalid(field, "field.between", 2, MAX_OPTIONS);
    }
    List<String> kept = new ArrayList<>();
    for (String o : given) {
      // one option per line in storage, so an option cannot hold a line break
      kept.add(text(o == null ? null : o.replaceAll("\\s+", " "), MAX_OPTION, field));
    }
    return kept;
  }

  public Long id() {
    return id;
  }

  public long lessonId() {
    return lessonId;
  }

  public int position() {
    return position;
  }

  public QuestionKind kind() {
    return kind;
  }

  public String prompt() {
    return prompt;
  }

  public List<String> options() {
    return List.of(options.split("\n"));
  }

  public List<Integer> answer() {
    return Arrays.stream(answer.split(",")).map(Integer::valueOf).toList();
  }
}
