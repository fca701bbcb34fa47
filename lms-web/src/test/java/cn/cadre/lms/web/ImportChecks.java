package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import static cn.cadre.lms.testing.Workbooks.xlsx;

/** The cadre import through REST: a broken file stores nothing and says why per row; a good one stores all. */
final class ImportChecks {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Api api;

  ImportChecks(Api api) {
    this.api = api;
  }

  void run() throws IOException {
    String suixi = api.token("suixi");
    String center = api.token("admin");
    String suixiUnit = api.get("api/org/units?max=1", suixi).expect(200).array().getJsonObject(0).getString("code");
    String otherUnit = api.get("api/org/units?q=相山区", center).expect(200).array().getJsonObject(0).getString("code");
    long before = total(suixi);

    String broken = "姓名,性别,单位编码,职务,职级,管理权限,登录名\n"
        + "钱一,男," + suixiUnit + ",科员,科级以下,县管,\n"
        + "钱二,未知," + suixiUnit + ",科员,科级以下,县管,\n"
        + "钱三,女,U99999,科员,乡科级,县管,\n"
        + "钱" + "四".repeat(40) + ",女," + suixiUnit + ",科员,乡科级,县管,\n"
        + "钱五,女," + otherUnit + ",科员,乡科级,县管,\n"
        + "钱六,男," + suixiUnit + ",科员,乡科级,县管,suixi\n";
    var refused = api.postFile("api/imports/cadres", suixi, broken.getBytes(StandardCharsets.UTF_8), "text/csv").expectProblem(422);
    assertEquals(
        Map.of("rows[3].gender", "field.badValue", "rows[4].unitCode", "field.unknownUnit",
            "rows[5].name", "field.tooLong", "rows[6].unitCode", "field.unknownUnit",
            "rows[7].username", "field.usernameTaken"),
        refused.fieldErrors());
    assertEquals(before, total(suixi), "nothing of a refused file is stored, not even its good row");

    byte[] good = xlsx(
        new String[] {"姓名", "性别", "单位编码", "职务", "职级", "管理权限"},
        new String[] {"孙导入", "女", suixiUnit, "副科长", "乡科级", "县管"},
        new String[] {"孙导出", "男", suixiUnit, "科员", "科级以下", "县管"});
    var report = api.postFile("api/imports/cadres", suixi, good, XLSX).expect(200).json();
    assertEquals(2, report.getInt("created"));
    assertEquals(before + 2, total(suixi));
    assertEquals(2, api.get("api/cadres?q=孙导", suixi).expect(200).json().getInt("total"));

    var truncated = api.postFile("api/imports/cadres", suixi, Arrays.copyOf(good, good.length / 2), XLSX).expectProblem(422);
    assertEquals(Map.of("file", "import.unreadable"), truncated.fieldErrors());
    var empty = api.postFile("api/imports/cadres", suixi, new byte[0], "text/csv").expectProblem(422);
    assertEquals(Map.of("file", "import.empty"), empty.fieldErrors());
    api.postFile("api/imports/cadres", api.token("liaison"), good, XLSX).expectProblem(403);
    var huge = api.postFile("api/imports/cadres", suixi, new byte[(10 << 20) + 1], "text/csv").expectProblem(422);
    assertEquals(Map.of("file", "import.tooLarge"), huge.fieldErrors());
    assertEquals(before + 2, total(suixi));
  }

  /** The county's exact cadre count, from the tree (a list's total stops at its cap). */
  private long total(String token) {
    return api.get("api/org/roots", token).expect(200).array().getJsonObject(0).getJsonNumber("cadres").longValue();
  }
}
