package cn.cadre.lms.courses.control;

import java.math.BigDecimal;

/**
 * A course's editable fields as an author sends them; {@code summary} is raw HTML, cleaned before
 * it is stored. {@code ownerPath} is only read when creating: null means the author's own scope.
 */
public record CourseDraft(
    String title, String teacher, String category, String summary, BigDecimal credits,
    boolean attentionChecks, String coverId, String ownerPath) {}
