package cn.cadre.lms.credits.control;

import cn.cadre.lms.directory.entity.Rank;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The review list as an XLSX workbook, written as it streams: SXSSF keeps a window of rows in
 * memory and flushes the rest to a temporary file, so a county of 100,000 cadres exports in
 * constant memory. The header row and the rank names come in the reader's language.
 */
public final class ReviewSheet implements Consumer<ReviewRow>, AutoCloseable {

  private static final int WINDOW = 200;

  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final Map<Rank, String> rankNames;
  private int next;

  /** @param header the eight column titles: id, name, unit, rank, required, elective, requirement, shortfall */
  public ReviewSheet(String title, List<String> header, Map<Rank, String> rankNames) {
    this.sheet = book.createSheet(title);
    this.rankNames = Map.copyOf(rankNames);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < header.size(); i++) {
      row.createCell(i).setCellValue(header.get(i));
    }
  }

  @Override
  public void accept(ReviewRow r) {
    Row row = sheet.createRow(next++);
    row.createCell(0).setCellValue(r.cadreId());
    row.createCell(1).setCellValue(r.name());
    row.createCell(2).setCellValue(r.unitName());
    row.createCell(3).setCellValue(rankNames.getOrDefault(r.rank(), r.rank().name()));
    row.createCell(4).setCellValue(r.required().doubleValue());
    row.createCell(5).setCellValue(r.elective().doubleValue());
    row.createCell(6).setCellValue(r.requirement().doubleValue());
    row.createCell(7).setCellValue(r.shortfall().doubleValue());
  }

  public int rows() {
    return next - 1;
  }

  public void write(OutputStream out) throws IOException {
    book.write(out);
  }

  @Override
  public void close() {
    try {
      book.close(); // also deletes the temporary files of the flushed rows
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
