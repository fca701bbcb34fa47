package cn.cadre.lms.directory.control;

import java.util.List;

/** One page of results and the total that matched. */
public record Page<T>(long total, int page, int size, List<T> items) {}
