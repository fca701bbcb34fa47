package cn.cadre.lms.demo;

import java.util.List;

/**
 * The demo catalog's content, shaped like a city's 2026 online-training catalog: topic courses, the
 * city's science-development lecture series, one county course and one short course a browser test
 * completes in two minutes. Bodies are modest HTML, as an author would paste them.
 */
final class DemoCourseTexts {

  private DemoCourseTexts() {}

  /** A lesson: kind TEXT, QUIZ, DOCUMENT or VIDEO; body HTML for TEXT, a URL for VIDEO. */
  record L(String title, String kind, int seconds, String body) {}

  /** A course: owner "city" or "suixi"; required city-wide this year when dueMonthDay is set. */
  record C(String title, String teacher, String category, String credits, String owner, String dueMonthDay,
      String summary, List<L> lessons) {}

  static final String SHORT_COURSE = "廉洁从政微课（快速体验）";

  static List<C> courses() {
    return List.of(
        new C("学习贯彻党的二十届四中全会精神", "王建国", "专题教育", "3.0", "city", "12-20",
            "<p>系统解读党的二十届四中全会精神，把握“十五五”时期经济社会发展的指导思想、主要目标和重大举措。</p>",
            List.of(
                text("全会的重大意义", 600, "党的二十届四中全会是在全面建设社会主义现代化国家新征程上召开的一次重要会议。",
                    "全会审议通过了关于制定国民经济和社会发展第十五个五年规划的建议，为今后五年发展指明了方向。"),
                text("“十五五”规划建议的主要内容", 900, "规划建议围绕高质量发展这一首要任务，提出了科技自立自强、扩大内需、城乡融合等重点任务。",
                    "各级干部要把思想和行动统一到全会精神上来，结合本地实际抓好贯彻落实。"),
                text("结合淮北实际抓落实", 480, "淮北市正处于资源型城市转型的关键阶段。",
                    "要把全会精神转化为推动产业升级、改善民生、加强基层治理的具体举措。"))),
        new C("党章党规党纪学习教育", "李红梅", "党性教育", "2.0", "city", "12-31",
            "<p>学习党章和《中国共产党纪律处分条例》等党内法规，增强纪律意识和规矩意识。</p>",
            List.of(
                text("党章是立党治党管党的总章程", 540, "党章集中体现了党的性质和宗旨、党的理论和路线方针政策。",
                    "学习党章要逐章逐条学，做到知其然更知其所以然。"),
                text("六项纪律解读", 720, "政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律，是党员干部必须遵守的行为底线。",
                    "要以案为鉴，把纪律规矩内化于心、外化于行。"),
                new L("党规党纪知识测验", "QUIZ", 0, null))),
        new C("淮北市科学发展讲堂：资源型城市转型发展", "陈志远", "科学发展讲堂", "2.0", "city", null,
            "<p>科学发展讲堂第一讲：从“因煤而建”到“转型而兴”，探讨资源型城市的转型路径。</p>",
            List.of(
                text("资源型城市转型的共性问题", 600, "资源型城市普遍面临产业结构单一、生态修复压力大、人才外流等问题。",
                    "转型需要在培育接续产业与保障民生之间找到平衡。"),
                text("淮北转型的实践与思考", 660, "近年来淮北推动采煤塌陷区治理，发展新材料、高端装备等产业。",
                    "南湖湿地等生态修复项目成为城市转型的亮丽名片。"))),
        new C("淮北市科学发展讲堂：新能源与新材料产业", "周晓峰", "科学发展讲堂", "1.5", "city", null,
            "<p>科学发展讲堂第二讲：新能源、新材料产业的发展趋势与地方机遇。</p>",
            List.of(
                text("新能源产业发展趋势", 540, "光伏、储能和氢能产业正在快速发展，产业链竞争日趋激烈。",
                    "地方政府要立足比较优势，避免同质化布局。"),
                text("新材料产业的机遇", 480, "以铝基、碳基新材料为代表的产业为传统工业城市带来新的增长点。",
                    "要强化企业创新主体地位，完善产学研协同机制。"))),
        new C("全面推进乡村振兴", "刘桂兰", "乡村振兴", "2.0", "city", "12-15",
            "<p>围绕产业、人才、文化、生态、组织五个振兴，学习乡村振兴的政策要求和典型经验。</p>",
            List.of(
                text("乡村振兴战略的总要求", 600, "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕，是乡村振兴的总要求。",
                    "要巩固拓展脱贫攻坚成果，守住不发生规模性返贫的底线。"),
                text("村级集体经济发展路径", 720, "发展壮大村级集体经济，是增强农村基层党组织凝聚力的重要抓手。",
                    "可以通过资源发包、物业出租、入股经营等方式增加集体收入。"))),
        new C("数字政府建设与政务服务", "赵明", "数字政府", "1.5", "city", null,
            "<p>了解数字政府建设的总体框架，提升运用数字化手段服务群众的能力。</p>",
            List.of(
                new L("数字政府建设导论（视频）", "VIDEO", 300,
                    "https://interactive-examples.mdn.mozilla.net/media/cc0-videos/flower.mp4"),
                text("“一网通办”的实践", 480, "推进政务服务事项网上办、掌上办、一次办，让数据多跑路、群众少跑腿。",
                    "基层干部要熟悉皖事通等平台的办理流程，主动帮助群众解决实际问题。"))),
        new C("安全生产责任与应急管理", "孙伟", "安全生产", "2.0", "city", "12-25",
            "<p>落实安全生产责任制，提升应急处置能力。</p>",
            List.of(
                text("安全生产责任制", 600, "管行业必须管安全、管业务必须管安全、管生产经营必须管安全。",
                    "要建立健全全员安全生产责任制，压紧压实各方责任。"),
                new L("安全生产工作通知（文档）", "DOCUMENT", 300, null))),
        new C(SHORT_COURSE, "吴静", "廉政教育", "1.0", "city", null,
            "<p>两节一分钟的廉洁从政微课，适合快速体验在线学习流程。</p>",
            List.of(
                text("微课一：守住底线", 60, "廉洁从政，首先要守住底线、不碰红线。", "一次失守，可能毁掉一生。"),
                text("微课二：用好权力", 60, "权力就是责任，用权必须为民。", "要自觉接受监督，让权力在阳光下运行。"))),
        new C("濉溪县乡村治理实践", "马立新", "乡村振兴", "1.0", "suixi", null,
            "<p>濉溪县分中心课程：介绍本县村级治理、矛盾纠纷化解的做法。</p>",
            List.of(
                text("村级议事协商机制", 420, "濉溪县推行村民议事会、乡贤参事会，引导群众有序参与村级事务。",
                    "重大事项坚持“四议两公开”，保障群众的知情权、参与权和监督权。"),
                text("矛盾纠纷多元化解", 360, "坚持和发展新时代“枫桥经验”，做到小事不出村、大事不出镇。",
                    "村级调解组织要及时排查化解各类矛盾纠纷。"))));
  }

  static L text(String title, int seconds, String first, String second) {
    return new L(title, "TEXT", seconds, "<h3>" + title + "</h3><p>" + first + "</p><p>" + second + "</p>");
  }

  /** The quiz of the party-rules course: prompt, kind, options, right options. */
  record Q(String prompt, String kind, List<String> options, String answer) {}

  static List<Q> quiz() {
    return List.of(
        new Q("党章是立党治党管党的总章程。", "TRUE_FALSE", List.of("对", "错"), "0"),
        new Q("下列哪一项属于党的六项纪律？", "SINGLE", List.of("政治纪律", "财经纪律", "外事纪律", "保密纪律"), "0"),
        new Q("以下哪些属于党的六项纪律？（多选）", "MULTIPLE", List.of("廉洁纪律", "群众纪律", "交通纪律", "生活纪律"), "0,1,3"));
  }
}
