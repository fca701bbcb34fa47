package cn.cadre.lms.credits.control;

import java.util.List;

/** A page of the review list and the total of the whole filtered list. */
public record ReviewPage(long total, int page, int size, List<ReviewRow> items) {}
