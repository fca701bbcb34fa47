package cn.cadre.lms.courses.control;

import cn.cadre.lms.courses.entity.LessonKind;

/** A lesson as an author sends it; each kind reads only its own fields (see Lesson#define). */
public record LessonDraft(
    String title, LessonKind kind, Integer lengthSeconds, String mediaId, String mediaUrl, String body,
    Integer passPercent, Integer maxAttempts) {}
