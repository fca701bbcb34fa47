package cn.cadre.lms.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed Huaibei geography and unit names. Township names are real; their 9-digit codes follow the
 * national scheme (towns 1xx, sub-districts 0xx) but are assigned in list order. Village counts are
 * chosen so the city has exactly 526 villages, most of them in rural Suixi.
 */
final class HuaibeiPlaces {

  static final String CITY_CODE = "340600";
  static final String CITY_NAME = "淮北市";
  static final int VILLAGES = 526;
  static final int LIAISON_UNITS = 320;

  record Township(String code, String name, int villages) {
    boolean isStreet() {
      return name.endsWith("街道");
    }
  }

  /** {@code name} is the full name (濉溪县); organ names are built as name + suffix. */
  record County(String code, String name, List<Township> townships, List<String> institutions) {
  }

  static final List<County> COUNTIES = List.of(
      county("340602", "杜集区", "朔里镇:14 石台镇:16 段园镇:15 矿山集街道:6 高岳街道:8",
          "杜集区委党校 杜集区融媒体中心 杜集区人民医院 杜集区实验学校"),
      county("340603", "相山区",
          "渠沟镇:18 南黎街道:6 相南街道:4 东街道:3 西街道:3 任圩街道:5 三堤口街道:4 曲阳街道:5",
          "相山区委党校 相山区融媒体中心 相山区人民医院 相山区实验小学"),
      county("340604", "烈山区", "烈山镇:22 宋疃镇:30 古饶镇:38 杨庄街道:16 任楼街道:19",
          "烈山区委党校 烈山区融媒体中心 烈山区人民医院 烈山区实验学校"),
      county("340621", "濉溪县",
          "濉溪镇:30 韩村镇:28 刘桥镇:26 五沟镇:27 临涣镇:30 双堆集镇:26 铁佛镇:24 南坪镇:28 百善镇:26"
              + " 孙疃镇:25 四铺镇:24",
          "濉溪县委党校 濉溪县融媒体中心 濉溪县医院 濉溪县中医医院 濉溪中学 濉溪县第二中学"));

  static final List<String> CITY_ORGANS = words(
      "市委办公室 市委组织部 市委宣传部 市委统战部 市委政法委员会 市纪委监委 市委机构编制委员会办公室"
          + " 市委网络安全和信息化委员会办公室 市人大常委会办公室 市政府办公室 市政协办公室"
          + " 市发展和改革委员会 市教育局 市科学技术局 市经济和信息化局 市公安局 市民政局 市司法局 市财政局"
          + " 市人力资源和社会保障局 市自然资源和规划局 市生态环境局 市住房和城乡建设局 市交通运输局 市水务局"
          + " 市农业农村局 市商务局 市文化和旅游局 市卫生健康委员会 市退役军人事务局 市应急管理局 市审计局"
          + " 市市场监督管理局 市统计局 市医疗保障局 市林业局 市数据资源管理局 市信访局 市城市管理局"
          + " 市人民政府国有资产监督管理委员会 市机关事务管理局 市总工会 团市委 市妇联");

  static final List<String> CITY_INSTITUTIONS = words(
      "市委党校 淮北师范大学 淮北职业技术学院 淮北理工学院 淮北市第一中学 淮北市实验高级中学"
          + " 淮北市第一实验小学 淮北市人民医院 淮北市中医医院 淮北市妇幼保健院 淮北市疾病预防控制中心"
          + " 淮北市融媒体中心 淮北市档案馆 淮北市图书馆 淮北市博物馆 淮北市公共资源交易中心"
          + " 淮北市住房公积金管理中心 淮北市农业科学研究院");

  static final List<String> CITY_ENTERPRISES = words(
      "淮北矿业（集团）有限责任公司 淮北矿业集团矿工总医院 淮北市建投控股集团有限公司"
          + " 淮北市交通投资控股集团有限公司 国网淮北供电公司 安徽淮北农村商业银行");

  /** Coal mines of the Huaibei mining group, each at the township it works under. */
  static final Map<String, String> MINES = pairs(
      "淮北矿业集团临涣煤矿:临涣镇 淮北矿业集团童亭煤矿:五沟镇 淮北矿业集团孙疃煤矿:孙疃镇"
          + " 淮北矿业集团刘桥一矿:刘桥镇 淮北矿业集团百善煤矿:百善镇 淮北矿业集团朔里煤矿:朔里镇"
          + " 淮北矿业集团石台煤矿:石台镇 淮北矿业集团朱庄煤矿:矿山集街道 淮北矿业集团杨庄煤矿:杨庄街道");

  /** Appended to the county's full name: 濉溪县 + 委组织部, 相山区 + 教育局. */
  static final List<String> COUNTY_ORGAN_SUFFIXES = words(
      "委办公室 委组织部 委宣传部 委统战部 委政法委员会 纪委监委 人大常委会办公室 政府办公室 政协办公室"
          + " 发展和改革委员会 教育局 公安局 民政局 司法局 财政局 人力资源和社会保障局 自然资源和规划局"
          + " 住房和城乡建设局 交通运输局 水利局 农业农村局 文化和旅游局 卫生健康委员会 退役军人事务局"
          + " 应急管理局 审计局 市场监督管理局 统计局 医疗保障局 信访局");

  /** Appended to a town's name (towns) or a sub-district's name (streets). */
  static final List<String> TOWN_INSTITUTIONS = words("卫生院 中心学校 农业综合服务中心");
  static final List<String> STREET_INSTITUTIONS = words("社区卫生服务中心 便民服务中心");

  private HuaibeiPlaces() {
  }

  static String townshipGovName(Township t) {
    return t.name() + (t.isStreet() ? "办事处" : "人民政府");
  }

  private static County county(String code, String name, String townships, String institutions) {
    List<Township> list = new ArrayList<>();
    int town = 100;
    int street = 1;
    for (String entry : words(townships)) {
      String[] nv = entry.split(":");
      int n = nv[0].endsWith("街道") ? street++ : town++;
      list.add(new Township(code + DemoModel.pad(n, 3), nv[0], Integer.parseInt(nv[1])));
    }
    return new County(code, name, List.copyOf(list), words(institutions));
  }

  private static List<String> words(String s) {
    return List.of(s.trim().split(" +"));
  }

  private static Map<String, String> pairs(String s) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : words(s)) {
      String[] kv = entry.split(":");
      map.put(kv[0], kv[1]);
    }
    return map;
  }
}
