package cn.cadre.lms.courses.control;

import cn.cadre.lms.courses.entity.QuestionKind;
import java.util.List;

/** A quiz question as an author sends it: options in order, the right ones by index. */
public record QuestionDraft(QuestionKind kind, String prompt, List<String> options, List<Integer> answer) {}
