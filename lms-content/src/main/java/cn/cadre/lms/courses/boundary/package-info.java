/**
 * The catalog's way in: courses and lessons for authors ({@code Courses}, {@code Lessons}), media
 * upload and download ({@code Media}), required courses and special classes ({@code Assignments}),
 * a cadre's enrolments and year ({@code Enrolments}), and the contracts study tracking calls:
 * {@code Catalog#studyTarget}, {@code Catalog#lesson}, {@code Progress#lessonCompleted} and
 * {@code Quizzes#submit}. Each takes the caller first; an id outside what the caller may see answers
 * 404 like an unknown one.
 */
package cn.cadre.lms.courses.boundary;
