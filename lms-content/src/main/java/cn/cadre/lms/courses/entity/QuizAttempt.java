package cn.cadre.lms.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** One submitted attempt; the unique (cadre, lesson, attempt number) refuses a racing twin. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  @Id private String id;

  @Column(name = "cadre_id")
  private long cadreId;

  @Column(name = "lesson_id")
  private long lessonId;

  @Column(name = "attempt_no")
  private int attemptNo;

  private String answers;

  @Column(name = "score_percent")
  private int scorePercent;

  private boolean passed;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected QuizAttempt() {}

  public QuizAttempt(long cadreId, long lessonId, int attemptNo, String answers, int scorePercent,
      boolean passed, LocalDateTime submittedAt) {
    if (attemptNo < 1 || scorePercent < 0 || scorePercent > 100) {
      throw new IllegalArgumentException("attempt " + attemptNo + ", score " + scorePercent);
    }
    this.id = UUID.randomUUID().toString();
    this.cadreId = cadreId;
    this.lessonId = lessonId;
    this.attemptNo = attemptNo;
    this.answers = answers;
    this.scorePercent = scorePercent;
    this.passed = passed;
    this.submittedAt = submittedAt;
  }

  public String id() {
    return id;
  }

  public long cadreId() {
    return cadreId;
  }

  public long lessonId() {
    return lessonId;
  }

  public int attemptNo() {
    return attemptNo;
  }

  public String answers() {
    return answers;
  }

  public int scorePercent() {
    return scorePercent;
  }

  public boolean passed() {
    return passed;
  }

  public LocalDateTime submittedAt() {
    return submittedAt;
  }
}
