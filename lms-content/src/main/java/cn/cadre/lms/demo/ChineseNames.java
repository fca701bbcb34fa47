package cn.cadre.lms.demo;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;

/** Plausible Chinese person and village names, drawn only from the caller's {@link Random}. */
final class ChineseNames {

  // Roughly the national frequency of each surname, in tenths of a percent; the tail is flattened.
  private static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
          + "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺龚文";
  private static final int[] WEIGHTS = {
      72, 72, 68, 54, 45, 31, 23, 22, 21, 20, 13, 13, 11, 11, 11, 10, 10, 10, 10, 8, 7, 7, 7, 6, 6, 6, 6,
      5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
      3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
      3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2};
  private static final int[] CUMULATIVE = new int[WEIGHTS.length];

  private static final String MALE = "伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰建国志文海东亮成新兵庆春振永光德宏博晨阳昊然泽轩睿航";
  private static final String FEMALE = "芳娜敏静秀丽艳娟霞燕玲桂英丹萍红玉兰琳婷雪慧颖倩洁梅琴云莉佳悦璐晶欣怡萱彤琪蕾薇";
  private static final String MALE_FIRST = "建国志永海宏立家学天德俊文晓子浩宇明";
  private static final String FEMALE_FIRST = "晓文春秀丽玉佳思雨欣子梦雅慧静美";

  private static final String VILLAGE_LEADS = "大小前后东西南北新老";
  private static final String PLACE_WORDS = "柳杨枣桃梨河沟桥塘岗";
  // Repeated suffixes are the common ones in the Huaibei plain (X庄, X楼, X集).
  private static final String[] VILLAGE_SUFFIXES = {"庄村", "庄村", "庄村", "楼村", "楼村", "集村", "圩村",
      "湖村", "庙村", "寨村", "营村", "店村", "桥村", "湾村", "园村"};

  static {
    if (SURNAMES.length() != WEIGHTS.length) {
      throw new IllegalStateException(SURNAMES.length() + " surnames, " + WEIGHTS.length + " weights");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i];
      CUMULATIVE[i] = sum;
    }
  }

  private ChineseNames() {
  }

  static char surname(Random r) {
    int x = r.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
    int i = Arrays.binarySearch(CUMULATIVE, x + 1);
    return SURNAMES.charAt(i >= 0 ? i : -i - 1);
  }

  /** Surname plus a one-character (about a third) or two-character given name. */
  static String person(Random r, boolean female) {
    String pool = female ? FEMALE : MALE;
    StringBuilder sb = new StringBuilder(3).append(surname(r));
    if (r.nextInt(100) >= 35) {
      sb.append(pick(r, female ? FEMALE_FIRST : MALE_FIRST));
    }
    return sb.append(pick(r, pool)).toString();
  }

  /** A village name unique within {@code used} (the township's names so far), which it joins. */
  static String village(Random r, Set<String> used) {
    while (true) {
      int kind = r.nextInt(10);
      String lead = kind < 6 ? String.valueOf(surname(r))
          : kind < 8 ? "" + pick(r, VILLAGE_LEADS) + surname(r)
          : String.valueOf(pick(r, PLACE_WORDS));
      String suffix = VILLAGE_SUFFIXES[r.nextInt(VILLAGE_SUFFIXES.length)];
      String name = lead + suffix;
      // Skip doubled characters such as 桥桥村.
      if (lead.charAt(lead.length() - 1) != suffix.charAt(0) && used.add(name)) {
        return name;
      }
    }
  }

  private static char pick(Random r, String chars) {
    return chars.charAt(r.nextInt(chars.length()));
  }
}
