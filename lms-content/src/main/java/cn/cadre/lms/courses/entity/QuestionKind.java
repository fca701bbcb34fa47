package cn.cadre.lms.courses.entity;

/** A quiz question: one right option, one or more right options, or true/false (two options). */
public enum QuestionKind {
  SINGLE, MULTIPLE, TRUE_FALSE
}
