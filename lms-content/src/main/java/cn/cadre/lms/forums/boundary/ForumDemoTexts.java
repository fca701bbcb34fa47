package cn.cadre.lms.forums.boundary;

import java.util.List;

/**
 * The demo forums' content: a city-wide exchange board, a county board, the demo unit's board and
 * a course board, with the threads a month of use might leave. Authors are demo usernames; a
 * reply's {@code quotes} is the 1-based number of the post it quotes, 0 for none.
 */
final class ForumDemoTexts {

  private ForumDemoTexts() {}

  record P(String author, String body, int quotes) {}

  record T(String title, boolean pinned, List<P> posts) {}

  /** where: CITY, COUNTY (Suixi), UNIT (the demo unit), COURSE (the first city course) */
  record B(String where, String creator, String name, String description, List<T> threads) {}

  static List<B> boards() {
    return List.of(
        new B("CITY", "admin", "学习交流", "全市干部网上学习交流：谈体会、提问题、晒心得。", List.of(
            new T("论坛发言须知", true, List.of(
                p("admin", "<p>欢迎来到全市学习交流版块。请文明发言、理性讨论，不发布涉密信息和与学习无关的内容。</p>"
                    + "<p>发现不当内容，可以点击帖子下方的“举报”，版主会及时处理。</p>"))),
            new T("如何把学习成果转化为推动工作的实际成效？", false, List.of(
                p("cadre", "<p>最近学习了<strong>学习贯彻党的二十届四中全会精神</strong>专题课程，收获很大。"
                    + "想请教各位：学完之后怎样才能真正落实到日常工作中？</p>"),
                p("colleague", "<p>我的做法是每学完一讲就列出一条能落实的具体措施，月底对照检查。</p>"),
                p("xscadre", "<p>相山区这边在推行“学习清单+问题清单”，把学习和解决实际问题结合起来，效果不错。</p>"),
                new P("moderator", "<p>这个方法很实用，建议大家借鉴，也欢迎分享更多经验。</p>", 2))),
            new T("推荐课程：淮北科学发展大讲堂系列讲座", false, List.of(
                p("xscadre", "<p>大讲堂关于新能源产业的一讲讲得很透彻，对资源型城市转型很有启发，推荐大家学习。</p>"),
                p("cadre", "<p>已经学完了，课后测验也很有针对性。</p>"))))),
        new B("COUNTY", "suixi", "濉溪县学习交流", "濉溪县干部交流乡村振兴、基层治理的学习体会。", List.of(
            new T("乡村治理实践课程学习心得征集", false, List.of(
                p("suixi", "<p>县分中心开设了<em>濉溪县乡村治理实践</em>课程，欢迎大家结合本村本单位实际谈谈学习体会。</p>"),
                p("liaison", "<p>村级议事协商机制一讲很接地气，我们单位准备组织集中讨论。</p>"))))),
        new B("UNIT", "liaison", "濉溪县委组织部交流区", "本单位干部交流学习安排和心得，仅本单位可见。", List.of(
            new T("本月网络培训学习安排", true, List.of(
                p("liaison", "<p>请 @cadre @colleague 等同志按时完成本月必修课程，年底前学分须达到要求。</p>"
                    + "<p>学习中遇到问题可以在本帖回复。</p>"),
                p("colleague", "<p>收到，本周内完成第一门必修课。</p>"))))),
        new B("COURSE", "admin", "课程讨论：学习贯彻党的二十届四中全会精神", "本课程学员交流学习体会、提出疑问。", List.of(
            new T("“十五五”规划建议中的高质量发展怎么理解？", false, List.of(
                p("cadre", "<p>第二讲提到高质量发展是首要任务，结合基层工作应该从哪些方面入手？</p>"),
                p("moderator", "<p>可以从产业升级、民生改善和基层治理三个方面结合本地实际来理解。</p>"))))));
  }

  private static P p(String author, String body) {
    return new P(author, body, 0);
  }
}
