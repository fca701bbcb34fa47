package cn.cadre.lms.directory.control;

import java.util.List;

/**
 * One page of results and how many matched: exactly, or at least {@code total} when {@code exact}
 * is false (a count stops at a cap, so a broad search costs no more than a narrow one).
 */
public record Page<T>(long total, boolean exact, int page, int size, List<T> items) {}
