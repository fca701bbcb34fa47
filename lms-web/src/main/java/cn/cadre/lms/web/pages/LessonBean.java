package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Catalog;
import cn.cadre.lms.courses.boundary.Quizzes;
import cn.cadre.lms.courses.control.PlayerLesson;
import cn.cadre.lms.courses.control.QuizResult;
import cn.cadre.lms.tracking.boundary.StudyTracker;
import cn.cadre.lms.tracking.control.LessonRecord;
import cn.cadre.lms.tracking.control.Reason;
import cn.cadre.lms.web.security.CurrentActor;
import cn.cadre.lms.web.security.LmsAuthentication;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson: the player (whose script reports heartbeats to the API with the session's page token),
 * the quiz form for a quiz lesson, and the cadre's record of verified time with the reasons.
 */
@Named
@ViewScoped
public class LessonBean implements Serializable {

  @Inject Catalog catalog;
  @Inject Quizzes quizzes;
  @Inject StudyTracker tracker;
  @Inject CurrentActor current;

  private Long id;
  private PlayerLesson lesson;
  private LessonRecord record;
  private QuizResult result;
  private final Map<Long, List<String>> multiple = new HashMap<>();
  private final Map<Long, String> single = new HashMap<>();

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.lesson");
      return;
    }
    try {
      lesson = catalog.lesson(current.get(), id);
      refreshRecord();
    } catch (LmsException e) {
      lesson = null;
      PageMessages.show("quiz", e);
    }
  }

  /** The record of verified time; a cadre not enrolled has none yet. */
  public void refreshRecord() {
    try {
      record = lesson == null || "QUIZ".equals(lesson.kind()) ? null : tracker.record(current.get(), id);
    } catch (LmsException e) {
      record = null;
    }
  }

  public String submitQuiz() {
    List<List<Integer>> answers = new ArrayList<>();
    for (PlayerLesson.Question q : lesson.questions()) {
      List<Integer> chosen = new ArrayList<>();
      if ("MULTIPLE".equals(q.kind())) {
        multiple.getOrDefault(q.id(), List.of()).forEach(v -> chosen.add(Integer.valueOf(v)));
      } else if (single.get(q.id()) != null && !single.get(q.id()).isBlank()) {
        chosen.add(Integer.valueOf(single.get(q.id())));
      }
      answers.add(chosen);
    }
    try {
      result = quizzes.submit(current.get(), id, answers);
      lesson = catalog.lesson(current.get(), id);
    } catch (LmsException e) {
      PageMessages.show("quiz", e);
    }
    return null;
  }

  /** The seconds of each verdict, largest first, for the "why" table. */
  public List<Map.Entry<Reason, Integer>> reasons() {
    return record == null ? List.of()
        : record.secondsByReason().entrySet().stream().filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<Reason, Integer>comparingByValue().reversed()).toList();
  }

  public List<String> getReasonNames() {
    return java.util.Arrays.stream(Reason.values()).map(Reason::name).toList();
  }

  public String apiBase() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/";
  }

  public String pageToken() {
    Object token = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(LmsAuthentication.PAGE_TOKEN);
    return token == null ? "" : token.toString();
  }

  /** Minutes and seconds, as the player shows them. */
  public String clock(int seconds) {
    return seconds / 60 + ":" + String.format("%02d", seconds % 60);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PlayerLesson getLesson() {
    return lesson;
  }

  public LessonRecord getRecord() {
    return record;
  }

  public QuizResult getResult() {
    return result;
  }

  public Map<Long, List<String>> getMultiple() {
    return multiple;
  }

  public Map<Long, String> getSingle() {
    return single;
  }
}
