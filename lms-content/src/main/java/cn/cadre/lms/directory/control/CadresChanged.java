package cn.cadre.lms.directory.control;

import java.util.List;

/** Cadres whose list fields changed in the current transaction; the people index follows after commit. */
public record CadresChanged(List<Long> ids) {}
