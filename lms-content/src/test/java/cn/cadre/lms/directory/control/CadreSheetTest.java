package cn.cadre.lms.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static cn.cadre.lms.testing.Workbooks.xlsx;

class CadreSheetTest {

  static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void excelsCsvWithBomAndChineseHeadersIsRead() {
    List<CadreSheet.Row> rows =
        CadreSheet.read(csv("\uFEFF姓名,性别,单位编码,职务,职级,管理权限\n张伟,男,U00001,科员,科级以下,县管\n\n李娜,女,U00002,\"主任, 兼\",乡科级,市管\n"), false);
    assertEquals(2, rows.size());
    assertEquals("张伟", rows.get(0).get("name"));
    assertEquals(2, rows.get(0).number(), "the header is row 1");
    assertEquals(4, rows.get(1).number(), "blank lines keep their numbers");
    assertEquals("主任, 兼", rows.get(1).get("post"));
    assertNull(rows.get(0).get("username"));
  }

  @Test
  void csvSavedByChineseExcelInGb18030IsRead() {
    byte[] gbk = "姓名,性别,单位编码,职务,职级,管理权限\n欧阳明,男,U00001,科员,科级以下,县管\n"
        .getBytes(java.nio.charset.Charset.forName("GB18030"));
    List<CadreSheet.Row> rows = CadreSheet.read(gbk, false);
    assertEquals("欧阳明", rows.get(0).get("name"));
    assertEquals(Gender.MALE, CadreValues.gender(rows.get(0).get("gender")));
  }

  @Test
  void xlsxWithEnglishHeadersIsRead() throws IOException {
    byte[] file = xlsx(
        new String[] {"name", "gender", "unitCode", "post", "rank", "authority", "username"},
        new String[] {"王芳", "female", "U00003", "科员", "below_section", "county", "wangfang"});
    List<CadreSheet.Row> rows = CadreSheet.read(file, true);
    assertEquals("wangfang", rows.get(0).get("username"));
    assertEquals(Gender.FEMALE, CadreValues.gender(rows.get(0).get("gender")));
    assertEquals(Rank.BELOW_SECTION, CadreValues.rank(rows.get(0).get("rank")));
    assertEquals(Authority.COUNTY, CadreValues.authority(rows.get(0).get("authority")));
  }

  @Test
  void aMissingRequiredColumnIsNamed() {
    LmsException e = assertThrows(LmsException.class, () -> CadreSheet.read(csv("姓名,性别,单位编码,职务,职级\n张伟,男,U1,科员,乡科级\n"), false));
    assertEquals("import.missingColumn", e.fields().get(0).key());
    assertEquals("authority", e.fields().get(0).args()[0]);
  }

  @Test
  void emptyAndTruncatedFilesAreRefusedNotCrashed() throws IOException {
    assertEquals("import.empty", assertThrows(LmsException.class, () -> CadreSheet.read(new byte[0], false)).fields().get(0).key());
    byte[] whole = xlsx(new String[] {"姓名", "性别", "单位编码", "职务", "职级", "管理权限"}, new String[] {"a", "男", "U1", "b", "乡科级", "市管"});
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    assertEquals("import.unreadable", assertThrows(LmsException.class, () -> CadreSheet.read(truncated, true)).fields().get(0).key());
    assertEquals("import.unreadable", assertThrows(LmsException.class, () -> CadreSheet.read(csv("not a workbook"), true)).fields().get(0).key());
  }

  @Test
  void unknownEnumWordsAreNull() {
    assertNull(CadreValues.gender("未知"));
    assertNull(CadreValues.rank("厅级"));
    assertNull(CadreValues.authority(null));
  }
}
