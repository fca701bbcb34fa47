package cn.cadre.lms.directory.control;

import cn.cadre.lms.common.LmsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a cadre spreadsheet (XLSX through Apache POI, CSV through Commons CSV) into rows keyed by
 * column. Headers may be Chinese or English; a UTF-8 BOM (Excel's CSV) is skipped.
 */
public final class CadreSheet {

  public static final int MAX_ROWS = 20_000;
  public static final List<String> COLUMNS =
      List.of("name", "gender", "unitCode", "post", "rank", "authority", "username");

  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    String[][] pairs = {
      {"姓名", "name"}, {"性别", "gender"}, {"单位编码", "unitCode"}, {"unit_code", "unitCode"},
      {"职务", "post"}, {"职级", "rank"}, {"管理权限", "authority"}, {"登录名", "username"}
    };
    for (String[] p : pairs) {
      HEADERS.put(p[0].toLowerCase(Locale.ROOT), p[1]);
    }
    COLUMNS.forEach(c -> HEADERS.put(c.toLowerCase(Locale.ROOT), c));
  }

  private CadreSheet() {}

  /** One data row: its number as a spreadsheet user counts (header is row 1) and its cells. */
  public record Row(int number, Map<String, String> cells) {
    public String get(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  public static List<Row> read(byte[] content, boolean xlsx) {
    if (content == null || content.length == 0) {
      throw LmsException.invalid("file", "import.empty");
    }
    try {
      List<List<String>> raw = xlsx ? xlsx(content) : csv(content);
      if (raw.isEmpty()) {
        throw LmsException.invalid("file", "import.empty");
      }
      List<String> header = raw.get(0).stream().map(CadreSheet::column).toList();
      for (String required : List.of("name", "gender", "unitCode", "post", "rank", "authority")) {
        if (!header.contains(required)) {
          throw LmsException.invalid("file", "import.missingColumn", required);
        }
      }
      if (raw.size() - 1 > MAX_ROWS) {
        throw LmsException.invalid("file", "import.tooManyRows", MAX_ROWS);
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < raw.size(); i++) {
        List<String> cells = raw.get(i);
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
          continue;
        }
        Map<String, String> byColumn = new HashMap<>();
        for (int j = 0; j < header.size() && j < cells.size(); j++) {
          if (header.get(j) != null) {
            byColumn.put(header.get(j), cells.get(j));
          }
        }
        rows.add(new Row(i + 1, byColumn));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof LmsException le) {
        throw le;
      }
      throw LmsException.invalid("file", "import.unreadable");
    }
  }

  private static String column(String header) {
    if (header == null) {
      return null;
    }
    String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    return HEADERS.get(h);
  }

  private static List<List<String>> csv(byte[] content) throws IOException {
    try (Reader reader = new java.io.StringReader(decode(content))) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get().parse(reader)) {
        rows.add(r.toList());
      }
      return rows;
    }
  }

  /**
   * UTF-8 when the bytes are valid UTF-8, otherwise GB18030: Excel on a Chinese Windows saves
   * "CSV (逗号分隔)" in the system code page, and such files must import as they are.
   */
  static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content))
          .toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return new String(content, java.nio.charset.Charset.forName("GB18030"));
    }
  }

  private static List<List<String>> xlsx(byte[] content) throws IOException {
    // a workbook's parts may not unpack past 100 MB (a zip bomb is refused, not loaded)
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(100L << 20);
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i <= sheet.getLastRowNum(); i++) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(i);
        List<String> cells = new ArrayList<>();
        if (r != null) {
          for (int j = 0; j < Math.max(r.getLastCellNum(), 0); j++) {
            cells.add(r.getCell(j) == null ? "" : fmt.formatCellValue(r.getCell(j)));
          }
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
