package cn.cadre.lms.gardens.control;

import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.gardens.entity.PostKind;
import java.util.List;

/**
 * The demo gardens' content: the city's lecture-hall garden, Suixi county's garden and the garden of
 * the demo cadre's unit, with reflections, a reading list, a shared link, comments and likes.
 * Authors are demo usernames, or "suixi-cadre" and "duji-cadre" for a generated cadre of that
 * county or district. Times are hours before the demo was planted.
 */
final class DemoGardenTexts {

  private DemoGardenTexts() {}

  /** A garden; opener is a username, target "unit" (the demo cadre's), "340621" or "city". */
  record G(String key, GardenKind kind, String name, String description, String opener) {}

  /** A post; body is HTML; items are "label|url|course title" lines for a reading list. */
  record P(String key, String garden, PostKind kind, String author, String title, String body, String course,
      String url, List<String> items, String featuredBy, int hoursAgo) {}

  /** A comment or (text null) a like on a post. */
  record R(String post, String author, String text, int hoursAgo) {}

  static final List<G> GARDENS = List.of(
      new G("city", GardenKind.CITY, "淮北科学发展大讲堂",
          "市委组织部主办的科学发展讲堂系列讲座的学习园地，交流听课心得，分享延伸阅读。", "admin"),
      new G("county", GardenKind.COUNTY, "濉溪县干部学习园地",
          "濉溪县干部共享学习资源、交流基层治理经验的园地。", "suixi"),
      new G("unit", GardenKind.UNIT, "濉溪县委组织部学习园地",
          "本单位干部交流学习心得、分享学习资料的园地。", "liaison"));

  static final List<P> POSTS = List.of(
      new P("unit-1", "unit", PostKind.REFLECTION, "colleague", "学习四中全会精神的几点体会",
          "<p>通过参加单位组织的专题学习，我对党的二十届四中全会精神有了更深的理解。</p>"
              + "<p><strong>一是</strong>要深刻把握“十五五”规划建议提出的目标任务，把高质量发展作为首要任务。</p>"
              + "<p><strong>二是</strong>要结合组织工作实际，在干部教育培训中突出实干导向，推动学用结合。</p>"
              + "<p>下一步，我将把学习成果转化为做好本职工作的实际行动。</p>",
          "学习贯彻党的二十届四中全会精神", null, List.of(), "liaison", 30),
      new P("unit-2", "unit", PostKind.READING_LIST, "liaison", "组织工作必读书目",
          "<p>结合年度学习计划，推荐以下书目和课程，供大家自学。</p>", null, null,
          List.of("《习近平新时代中国特色社会主义思想学习纲要》||", "《干部教育培训工作条例》||",
              "党章党规党纪学习教育（平台课程）||党章党规党纪学习教育", "共产党员网专题学习|https://www.12371.cn/|"),
          null, 20),
      new P("county-1", "county", PostKind.REFLECTION, "suixi-cadre", "乡村治理实践中的几点思考",
          "<p>学习《濉溪县乡村治理实践》课程后，我结合所在镇的情况谈几点体会。</p>"
              + "<ul><li>村级议事协商要让群众真正参与进来，议题从群众中来。</li>"
              + "<li>网格化管理要与村民小组长、党员中心户结合起来。</li></ul>"
              + "<p>基层治理既要有制度，也要有温度。</p>",
          "濉溪县乡村治理实践", null, List.of(), null, 50),
      new P("county-2", "county", PostKind.RESOURCE, "colleague", "市政府政策文件查阅入口",
          "<p>淮北市人民政府网站的政策文件栏目，便于随时查阅乡村振兴相关文件。</p>", null, "https://www.huaibei.gov.cn/",
          List.of(), null, 40),
      new P("city-1", "city", PostKind.REFLECTION, "xscadre", "听《资源型城市转型发展》讲座有感",
          "<p>陈志远老师从“因煤而建”讲到“转型而兴”，让我对淮北的发展路径有了系统的认识。</p>"
              + "<p>讲座中南湖湿地由采煤塌陷区修复而来的例子，说明<em>生态修复</em>本身就可以成为发展的新动能。</p>"
              + "<p>作为相山区的干部，我们要在城市更新和产业培育中主动作为。</p>",
          "淮北市科学发展讲堂：资源型城市转型发展", null, List.of(), "admin", 70),
      new P("city-2", "city", PostKind.REFLECTION, "duji-cadre", "新能源与新材料产业讲座学习心得",
          "<p>第二讲介绍了光伏、储能和铝基新材料的发展趋势。</p>"
              + "<p>我体会到，地方发展新兴产业要立足比较优势，避免同质化竞争，更要重视人才和创新平台建设。</p>",
          "淮北市科学发展讲堂：新能源与新材料产业", null, List.of(), null, 60),
      new P("city-3", "city", PostKind.READING_LIST, "duji-cadre", "科学发展讲堂延伸阅读",
          "<p>讲座之后可以继续阅读的材料。</p>", null, null,
          List.of("资源型城市转型发展（平台课程）||淮北市科学发展讲堂：资源型城市转型发展",
              "《全国资源型城市可持续发展规划》||"),
          null, 55));

  static final List<R> REACTIONS = List.of(
      new R("unit-1", "cadre", "写得很实在，第二点对我们做好培训工作很有启发。", 26),
      new R("unit-1", "liaison", "已推荐为精华，欢迎大家结合工作多交流。", 25),
      new R("unit-1", "cadre", null, 26),
      new R("unit-1", "liaison", null, 25),
      new R("county-1", "colleague", "村级议事协商的做法值得在全县推广。", 45),
      new R("county-1", "colleague", null, 45),
      new R("city-1", "cadre", "南湖湿地的例子很有说服力。", 65),
      new R("city-1", "cadre", null, 65),
      new R("city-1", "colleague", null, 64),
      new R("city-2", "xscadre", null, 58));
}
