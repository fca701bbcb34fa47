package cn.cadre.lms.courses.entity;

/** What a lesson holds: a video, a PDF document, rich text, or a quiz. */
public enum LessonKind {
  VIDEO, DOCUMENT, TEXT, QUIZ
}
