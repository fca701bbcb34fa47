package cn.cadre.lms.directory.control;

import cn.cadre.lms.common.FieldProblem;
import java.util.List;

/** What an import did: rows read, cadres created, and every rejected cell with its reason. */
public record ImportReport(int rows, int created, List<FieldProblem> rejected) {}
