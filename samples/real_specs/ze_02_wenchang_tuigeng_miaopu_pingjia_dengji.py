"""文昌市林业局's 财政支出绩效评价报告 for 2017年退耕还林苗圃建设市级配套项目 (海南 文昌; the province's evaluation-report
template, shared on a document library, 天天文库, as 2017年退耕还林苗圃建设级配套项目, 15 pages), as the library's
preview text gives its first pages.  The cover keeps its tick boxes (评价类型:□实施过程评价☑完成结果评价, 组织方式 and
评价机构 likewise, ☑ before the chosen word) and names the project twice in two spellings: 2017年退耕还林苗圃建设市级
配套项目 on the cover, 2017年度退耕还林苗圃建设市级配套项目 in the 项目名称: line above the target table.  The 项目绩效
目标表 is the same template as zb_01's but a leaner, filled one: no 调整后 column, the first header 项目指标类型 (not
指标类型), one 绩效目标 column, then 绩效标准 over four graded columns 优 / 良 / 中 / 差 with the grades written as
values (600万 / 500万 / 300万 / 200万, 较好 / 好 / 一般 / 差, 100% / 80%-100% / 60%-80% / <50%, 按时完成 / 延期15天以内 /
延期15-30天 / 延期30天以上).  Only two levels: 产出指标, 成效指标 and 效率指标 as the type, the indicator beside it; the
targets are a count with 万 in it (600万株), two sentences that repeat the indicator's name (对经济和社会的影响较好,
群众满意度较好), a rate inside a sentence (资金按时到位率为100%) and a deadline (2017年12月31日前完成).  Then 项目基本信息 /
一、项目基本情况, a key block with three 其中: lists side by side (计划投资额 110.00, 实际到位资金 84.74, 实际使用情况
84.74 万元, each split into 中央财政 / 省财政预算 / 市县财政预算 / 地方债券资金, only 市县财政预算 filled) and 项目类型
经常性项目(√)一次性项目().  The library's page markers (1、 2、 3、 and the footer -15-) are not kept; the preview runs
on into 二、绩效评价指标评分 and is cut in its first row, so the rebuild ends after the 其中: lists."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.wenku365.com/p-18528595.html",
    "title": "2017年退耕还林苗圃建设级配套项目",
    "issuer": "文昌市林业局",
    "province": "海南",
    "year": 2017,
    "kind": "项目绩效目标表",
    "format": "doc",
}
FILE = "2017年退耕还林苗圃建设级配套项目.doc"

PROJECT = "2017年退耕还林苗圃建设市级配套项目"
UNIT = "文昌市林业局"

COVER = [
    PROJECT,
    "财政支出绩效评价报告",
    "评价类型:□实施过程评价☑完成结果评价",
    f"项目名称:{PROJECT}",
    f"项目单位:{UNIT}",
    "主管部门:文昌市人民政府",
    "评价时间:2018年6月15日至2018年6月25日",
    "组织方式:□财政部门□主管部门☑项目单位",
    "评价机构:□中介机构□专家组☑项目单位评价组",
    f"评价单位(盖章):{UNIT}",
    "上报时间:2018年6月30日",
]


def targets() -> Grid:
    g = Grid(7)
    g.add(C("项目指标类型", down=2), C("绩效指标", down=2), C("绩效目标", down=2), C("绩效标准", span=4))
    g.add("优", "良", "中", "差")
    g.add("产出指标", "年育苗数量", "600万株", "600万", "500万", "300万", "200万")
    g.add(C("成效指标", down=2), "对经济和社会的影响", "对经济和社会的影响较好", "较好", "好", "一般", "差")
    g.add("群众满意度", "群众满意度较好", "较好", "好", "一般", "差")
    g.add(C("效率指标", down=2), "资金按时到位", "资金按时到位率为100%", "100%", "80%-100%", "60%-80%", "<50%")
    g.add("按时完成既定目标", "2017年12月31日前完成", "按时完成", "延期15天以内", "延期15-30天", "延期30天以上")
    return g


def basics() -> Grid:
    g = Grid(6)
    g.add("项目实施单位", C(UNIT, span=5))
    g.add("主管部门", C("文昌市人民政府", span=2), "项目负责人", C("洪忠师", span=2))
    g.add("联系电话", C("63222166", span=5))
    g.add("地址", C("文昌市文城镇文建街84号", span=2), "邮编", C("571300", span=2))
    g.add("项目类型", C("经常性项目(√)一次性项目()", span=5))
    g.add("计划投资额(万元)", "110.00", "实际到位资金(万元)", "84.74", "实际使用情况(万元)", "84.74")
    g.add("其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "")
    g.add("省财政预算", "", "省财政预算", "", "省财政预算", "")
    g.add("市县财政预算", "110.00", "市县财政预算", "84.74", "市县财政预算", "84.74")
    g.add("地方债券资金", "", "地方债券资金", "", "地方债券资金", "")
    return g


def doc() -> Doc:
    return Doc(f"{PROJECT}财政支出绩效评价报告", [
        *COVER,
        "项目绩效目标表",
        "项目名称:2017年度退耕还林苗圃建设市级配套项目",
        targets(),
        "项目基本信息",
        "一、项目基本情况",
        basics(),
    ])
