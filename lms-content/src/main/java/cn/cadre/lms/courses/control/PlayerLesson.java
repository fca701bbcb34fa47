package cn.cadre.lms.courses.control;

import java.util.List;

/**
 * What the lesson player shows: the lesson with its sanitised body or media URL, the quiz without
 * its answers, my attempts, and the neighbouring lessons.
 */
public record PlayerLesson(
    long id, String title, String kind, long courseId, String courseTitle, int lengthSeconds, String body,
    String mediaUrl, String mediaType, List<Question> questions, Integer passPercent, int attemptsUsed,
    int attemptsAllowed, boolean completed, Long previousId, Long nextId) {

  /** A question as the learner sees it: no answer. */
  public record Question(long id, String kind, String prompt, List<String> options) {}
}
