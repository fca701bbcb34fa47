package cn.cadre.lms.web.rest;

import cn.cadre.lms.courses.boundary.Catalog;
import cn.cadre.lms.courses.boundary.Lessons;
import cn.cadre.lms.courses.boundary.Quizzes;
import cn.cadre.lms.courses.control.PlayerLesson;
import cn.cadre.lms.courses.control.QuestionDraft;
import cn.cadre.lms.courses.control.QuizResult;
import cn.cadre.lms.courses.entity.QuestionKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lessons: the player's view, the author's edits, quiz questions and quiz attempts. */
@ApplicationScoped
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {

  @Inject Catalog catalog;
  @Inject Lessons lessons;
  @Inject Quizzes quizzes;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** One question: kind SINGLE, MULTIPLE or TRUE_FALSE; options in order; answer by option index. */
  public static class QuestionInput {
    @NotNull(message = "field.required")
    public QuestionKind kind;

    public String prompt;
    public List<String> options;
    public List<Integer> answer;
  }

  /** A quiz's questions, replacing the ones it had. */
  public static class QuestionsInput {
    @NotNull(message = "field.required")
    @Size(max = 50, message = "field.tooLarge")
    @Valid
    public List<QuestionInput> questions;
  }

  /** One answer per question, in order: the chosen option indexes. */
  public static class AttemptInput {
    @NotNull(message = "field.required")
    @Size(max = 50, message = "field.tooLarge")
    public List<List<Integer>> answers;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A lesson as the player shows it: sanitised body or media URL, quiz without answers, my attempts")
  public PlayerLesson get(@PathParam("id") long id) {
    return catalog.lesson(me.get(), id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a lesson of a draft course")
  public CourseViews.LessonView update(@PathParam("id") long id, CoursesResource.LessonInput input) {
    Bodies.valid(validator, input);
    return CourseViews.LessonView.of(lessons.update(me.get(), id, input.draft()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a lesson from a draft course; the others close up")
  public void delete(@PathParam("id") long id) {
    lessons.delete(me.get(), id);
  }

  @GET
  @Path("{id}/questions")
  @Operation(summary = "A quiz's questions with their answers, for the course's authors")
  public List<CourseViews.QuestionView> questions(@PathParam("id") long id) {
    return lessons.questions(me.get(), id).stream().map(CourseViews.QuestionView::of).toList();
  }

  @PUT
  @Path("{id}/questions")
  @Operation(summary = "Set a quiz's questions (replacing any it had) while the course is a draft")
  public List<CourseViews.QuestionView> setQuestions(@PathParam("id") long id, QuestionsInput input) {
    Bodies.valid(validator, input);
    var drafts = input.questions.stream()
        .map(q -> q == null ? null : new QuestionDraft(q.kind, q.prompt, q.options, q.answer)).toList();
    return lessons.setQuestions(me.get(), id, drafts).stream().map(CourseViews.QuestionView::of).toList();
  }

  @POST
  @Path("{id}/attempts")
  @Operation(summary = "Submit a quiz attempt; 409 past the attempt limit; a pass completes the lesson")
  public QuizResult attempt(@PathParam("id") long id, AttemptInput input) {
    Bodies.valid(validator, input);
    return quizzes.submit(me.get(), id, input.answers);
  }
}
