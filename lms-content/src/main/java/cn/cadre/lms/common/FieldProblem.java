package cn.cadre.lms.common;

/** One field's fault: the field name as the client sent it, and a message key with its arguments. */
public record FieldProblem(String field, String key, Object... args) {}
