package cn.cadre.lms.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small XLSX files made on the fly for import tests. */
public final class Workbooks {

  private Workbooks() {}

  public static byte[] xlsx(String[]... rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("干部");
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          row.createCell(j).setCellValue(rows[i][j]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
