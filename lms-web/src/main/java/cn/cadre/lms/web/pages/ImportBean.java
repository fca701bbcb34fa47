package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.CadreImport;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.file.UploadedFile;

/**
 * The cadre import page: upload a CSV or XLSX file; a refused file lists every bad cell by
 * spreadsheet row, column and reason, so the administrator can fix the file and send it again.
 */
@Named
@RequestScoped
public class ImportBean {

  private static final Pattern CELL = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

  @Inject CadreImport importer;
  @Inject CurrentActor current;

  private UploadedFile file;
  private final List<Problem> problems = new ArrayList<>();

  /** One refused cell, worded for the reader. */
  public record Problem(int row, String column, String reason) {}

  public String upload() {
    if (file == null || file.getSize() == 0) {
      PageMessages.field("import:file", "import.empty");
      return null;
    }
    boolean xlsx = file.getFileName() != null && file.getFileName().toLowerCase().endsWith(".xlsx");
    try {
      var report = importer.run(current.get(), file.getContent(), xlsx);
      PageMessages.info("import.done", report.created());
    } catch (LmsException e) {
      report(e);
    }
    return null;
  }

  private void report(LmsException e) {
    boolean perRow = false;
    for (FieldProblem f : e.fields()) {
      Matcher m = CELL.matcher(f.field());
      if (m.matches()) {
        perRow = true;
        problems.add(new Problem(Integer.parseInt(m.group(1)), PageMessages.text("column." + m.group(2)),
            PageMessages.text(f.key(), f.args())));
      } else {
        PageMessages.field("import:file", f.key(), f.args());
      }
    }
    if (perRow || e.fields().isEmpty()) {
      PageMessages.error(e.key(), e.args());
    }
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
