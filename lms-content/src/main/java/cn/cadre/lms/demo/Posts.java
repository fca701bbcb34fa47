package cn.cadre.lms.demo;

import cn.cadre.lms.demo.DemoModel.Unit;
import java.util.Random;

/**
 * Post titles consistent with a cadre's rank and unit: the first cadres of the right rank take the
 * head posts, the next ones the deputy posts, the rest rank-level titles (主任科员, 科员, ...).
 */
final class Posts {

  private static final String[] VILLAGE = {"村党支部书记", "村委会主任", "村委会副主任", "村务监督委员会主任"};
  private static final String[] TOWN_DEPUTIES = {"副镇长", "党委副书记", "人大主席", "副镇长", "党委委员"};
  private static final String[] STREET_DEPUTIES = {"办事处副主任", "党工委副书记", "党工委委员", "办事处副主任"};
  private static final String[] CITY_SECTION = {"科长", "科长", "副科长", "副科长", "一级主任科员", "二级主任科员"};
  private static final String[] ORGAN_STAFF = {"一级科员", "二级科员", "科员"};
  private static final String[] COUNTY_ORGAN_STAFF = {"股长", "科员", "一级科员", "办事员"};
  private static final String[] OTHER_STAFF = {"科员", "干事", "职员"};

  private final int[] heads;
  private final int[] deputies;

  Posts(int units) {
    heads = new int[units + 1];
    deputies = new int[units + 1];
  }

  String next(Unit u, String rank, Random r) {
    int id = (int) u.id();
    String kind = u.kind();
    if (kind.equals("VILLAGE_COMMITTEE")) {
      int seat = heads[id]++;
      return seat < VILLAGE.length ? VILLAGE[seat] : "村委会委员";
    }
    boolean city = u.node().tier().equals("CITY");
    boolean township = kind.equals("TOWNSHIP_GOV");
    boolean street = u.name().endsWith("办事处");
    String[] titles = titles(u);
    // A township has two heads: the party secretary and the town head.
    String[] headPosts = township ? new String[] {titles[0], street ? "办事处主任" : "镇长"}
        : new String[] {titles[0]};
    switch (rank) {
      case "COUNTY":
        if (heads[id] < headPosts.length) {
          return headPosts[heads[id]++];
        }
        if (city && deputies[id] < 4) {
          deputies[id]++;
          return titles[1];
        }
        return r.nextBoolean() ? "一级调研员" : "二级调研员";
      case "SECTION":
        if (city) {
          return pick(r, CITY_SECTION);
        }
        if (heads[id] < headPosts.length) {
          return headPosts[heads[id]++];
        }
        String[] deputyPosts = township ? (street ? STREET_DEPUTIES : TOWN_DEPUTIES) : new String[] {
            titles[1], titles[1], titles[1]};
        if (deputies[id] < deputyPosts.length) {
          return deputyPosts[deputies[id]++];
        }
        return r.nextBoolean() ? "一级主任科员" : "四级主任科员";
      default:
        if (kind.equals("ORGAN")) {
          return pick(r, city ? ORGAN_STAFF : COUNTY_ORGAN_STAFF);
        }
        return township ? pick(r, ORGAN_STAFF) : pick(r, OTHER_STAFF);
    }
  }

  /** {head, deputy} for the unit, from its kind and the end of its name. */
  static String[] titles(Unit u) {
    String n = u.name();
    switch (u.kind()) {
      case "TOWNSHIP_GOV":
        return n.endsWith("办事处") ? new String[] {"党工委书记", "办事处副主任"}
            : new String[] {"党委书记", "副镇长"};
      case "ORGAN":
        if (n.contains("政法委员会") || n.endsWith("纪委监委") || n.startsWith("团")) {
          return pair("书记");
        }
        if (n.endsWith("总工会") || n.endsWith("妇联")) {
          return pair("主席");
        }
        return n.endsWith("局") ? pair("局长") : n.endsWith("部") ? pair("部长") : pair("主任");
      case "INSTITUTION":
        if (n.endsWith("党校")) {
          return new String[] {"常务副校长", "副校长"};
        }
        if (n.endsWith("院") && !n.endsWith("学院")) {
          return pair("院长");
        }
        if (n.endsWith("学校") || n.endsWith("中学") || n.endsWith("小学") || n.endsWith("学院")
            || n.endsWith("大学")) {
          return pair("校长");
        }
        return n.endsWith("馆") ? pair("馆长") : pair("主任");
      default:
        if (n.endsWith("矿")) {
          return pair("矿长");
        }
        if (n.endsWith("银行")) {
          return pair("行长");
        }
        return n.endsWith("医院") ? pair("院长") : pair("总经理");
    }
  }

  private static String[] pair(String head) {
    return new String[] {head, "副" + head};
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
