package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.boundary.Enrolments;
import cn.cadre.lms.courses.boundary.Lessons;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.courses.control.CourseDetail;
import cn.cadre.lms.courses.control.CourseDraft;
import cn.cadre.lms.courses.control.LessonDraft;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalog: list, read, create, edit, publish and withdraw courses; add and order lessons; enrol. */
@ApplicationScoped
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject Courses courses;
  @Inject Lessons lessons;
  @Inject Enrolments enrolments;
  @Inject CurrentActor me;
  @Inject Validator validator;

  /** A course's fields; summary is HTML and is sanitised. ownerPath only when creating. */
  public static class CourseInput {
    @NotBlank(message = "field.required")
    @Size(max = 120, message = "field.tooLong")
    public String title;

    @NotBlank(message = "field.required")
    @Size(max = 60, message = "field.tooLong")
    public String teacher;

    @NotBlank(message = "field.required")
    @Size(max = 40, message = "field.tooLong")
    public String category;

    @Size(max = 20000, message = "field.tooLong")
    public String summary;

    @NotNull(message = "field.required")
    public BigDecimal credits;

    public boolean attentionChecks;
    public String coverId;
    public String ownerPath;
    public Long version;

    CourseDraft draft() {
      return new CourseDraft(title, teacher, category, summary, credits, attentionChecks, coverId, ownerPath);
    }
  }

  /** A lesson: kind VIDEO (mediaId or mediaUrl), DOCUMENT (mediaId of a PDF), TEXT (body), QUIZ. */
  public static class LessonInput {
    @NotBlank(message = "field.required")
    @Size(max = 120, message = "field.tooLong")
    public String title;

    @NotNull(message = "field.required")
    public LessonKind kind;

    public Integer lengthSeconds;
    public String mediaId;
    public String mediaUrl;

    @Size(max = 200000, message = "field.tooLong")
    public String body;

    public Integer passPercent;
    public Integer maxAttempts;

    LessonDraft draft() {
      return new LessonDraft(title, kind, lengthSeconds, mediaId, mediaUrl, body, passPercent, maxAttempts);
    }
  }

  /** Every lesson id of the course, once each, in the new order. */
  public static class OrderInput {
    @NotNull(message = "field.required")
    public List<Long> lessonIds;
  }

  @GET
  @Operation(summary = "Courses the caller may see, by category, title or teacher (q) and status")
  public List<CourseCard> list(@QueryParam("category") String category, @QueryParam("q") String q,
      @QueryParam("status") String status) {
    if (q != null && q.length() > 60) {
      throw LmsException.invalid("q", "field.tooLong", 60);
    }
    return courses.list(me.get(), category, q, Bodies.enumParam("status", status, CourseStatus.class));
  }

  @GET
  @Path("categories")
  @Operation(summary = "The categories of the courses the caller may see")
  public List<String> categories() {
    return courses.categories(me.get());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A course with its lessons and the caller's progress and enrolment; 404 when not visible")
  public CourseDetail get(@PathParam("id") long id) {
    return courses.detail(me.get(), id);
  }

  @POST
  @Operation(summary = "Create a draft course owned by a path within the author's scope (center, instructor, sub-center)")
  public Response create(CourseInput input) {
    Bodies.valid(validator, input);
    long id = courses.create(me.get(), input.draft()).id();
    return Response.created(URI.create("courses/" + id)).entity(courses.detail(me.get(), id)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a course; credits only while a draft; send the version read to avoid lost updates")
  public CourseDetail update(@PathParam("id") long id, CourseInput input) {
    Bodies.valid(validator, input);
    courses.update(me.get(), id, input.draft(), input.version);
    return courses.detail(me.get(), id);
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish a draft course: it needs lessons, and every quiz its questions")
  public CourseDetail publish(@PathParam("id") long id) {
    courses.publish(me.get(), id);
    return courses.detail(me.get(), id);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw a published course from the catalog")
  public CourseDetail withdraw(@PathParam("id") long id) {
    courses.withdraw(me.get(), id);
    return courses.detail(me.get(), id);
  }

  @POST
  @Path("{id}/lessons")
  @Operation(summary = "Add a lesson at the end of a draft course")
  public Response addLesson(@PathParam("id") long id, LessonInput input) {
    Bodies.valid(validator, input);
    var lesson = lessons.add(me.get(), id, input.draft());
    return Response.created(URI.create("lessons/" + lesson.id())).entity(CourseViews.LessonView.of(lesson)).build();
  }

  @PUT
  @Path("{id}/lessons/order")
  @Operation(summary = "Reorder a draft course's lessons")
  public List<CourseViews.LessonView> reorder(@PathParam("id") long id, OrderInput input) {
    Bodies.valid(validator, input);
    return lessons.reorder(me.get(), id, input.lessonIds).stream().map(CourseViews.LessonView::of).toList();
  }

  @POST
  @Path("{id}/enrolment")
  @Operation(summary = "Enrol the calling cadre for this assessment year; required when an assignment reaches the cadre")
  public CourseViews.EnrolmentView enrol(@PathParam("id") long id) {
    return CourseViews.EnrolmentView.of(enrolments.enrol(me.get(), id));
  }
}
