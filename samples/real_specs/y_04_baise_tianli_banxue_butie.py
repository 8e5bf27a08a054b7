"""百色市教育局 2023年度预算项目绩效目标公开表 for 百色天立学校办学补贴 (广西), a mid-year (2023年6月) addition to
the budget, as a site mirrors the bureau's page, here as the Word file and its PDF print.  The sentence saying how
many projects the department publishes sits in the table's first row, the title in the second; 项目属性 is left
blank; the funding block is 项目资金(万元) merged down over 合计 | 1800, then 一般公共预算拨款 merged down over
小计 | 1800, 市本级 | 1800 and 中央及自治区补助 (blank), then 政府性基金预算拨款, 国有资本经营预算拨款 and 其他资金
left blank; a 项目实施内容 quoting a contract clause (“7.2 ……2.8亿元……”), 项目起止时间 2023年6月至12月, a
进度计划 that is a deadline, a 年度绩效目标 AND a 中期绩效目标 row, then the indicators under a merged label
项目年度绩效目标衡量指标 with the header 一级指标 | 二级指标 | 指标内容 | 指标值 (指标内容 for 三级), 二级 names of the
older kind (产出数量指标), and a target that is a sentence of three counts and a proviso (2023年预计在校生:小学600人,
初中700人,高中1000人,最后以实际招生人数为准。).  The stored page is cut inside the second indicator row
(产出质量指标 | 协议履约): the table ends after the first."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://frenduro.com/zwgk/t16797836.html",
    "title": "2023年度预算项目绩效目标公开表 百色天立学校办学补贴",
    "issuer": "百色市教育局",
    "province": "广西",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "百色市教育局2023年度预算项目绩效目标公开表（百色天立学校办学补贴）.pdf"

INTRO = ("百色市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为百色天立学校办学"
         "补贴,项目绩效目标详见附件。")
CONTENT = ("根据2020年9月29日市人民政府与神州天立教育投资有限责任公司签署的《百色天立学校项目投资合同》第七条支持政策中:"
           "“7.2 ……土地出让收益其中的2.8亿元给乙方或乙方在当地注册的教育公司或学校(具体由乙方确定),作为乙方前期办学"
           "运营成本支出补贴……”。")
YEAR_GOAL = ("投入1800万元,根据协议支付合作办学经费,确保协议履约,推进学校二期项目建设,实现学校正常运行,增加百色优质高中"
             "教育资源,缓解市学位不足的问题,满足社会需求,促进百色教育事业的全面发展。")
MID_GOAL = ("引进优质教育品牌、与名校合作办学,多渠道增加优质教育资源供给,培育和催生一批新的优质教育资源,进一步提升区域教育"
            "优质均衡发展水平和教育品牌影响力。")
PLACES = "2023年预计在校生:小学600人,初中700人,高中1000人,最后以实际招生人数为准。"


def doc() -> Doc:
    g = Grid(6)
    g.add(C(INTRO, span=6))
    g.add(C("2023年度预算项目绩效目标公开表", span=6))
    g.add("项目名称", C("百色天立学校办学补贴", span=5))
    g.add("项目主管部门", C("百色市教育局", span=2), "项目实施单位", C("百色市教育局", span=2))
    g.add("项目属性", C("", span=5))
    g.add(C("项目资金\n(万元)", down=7), C("合计", span=2), C("1800", span=3))
    g.add(C("一般公共预算拨款", down=3), "小计", C("1800", span=3))
    g.add("市本级", C("1800", span=3))
    g.add("中央及自治区补助", C("", span=3))
    g.add(C("政府性基金预算拨款", span=2), C("", span=3))
    g.add(C("国有资本经营预算拨款", span=2), C("", span=3))
    g.add(C("其他资金", span=2), C("", span=3))
    g.add("项目实施内容", C(CONTENT, span=5))
    g.add("项目起止时间", C("2023年6月至12月", span=5))
    g.add("项目实施\n进度计划", C("2023年12月31日前完成", span=5))
    g.add("年度绩效目标", C(YEAR_GOAL, span=5))
    g.add("中期绩效目标", C(MID_GOAL, span=5))
    g.add(C("项目年度绩效目标衡量指标", down=2), "一级指标", "二级指标", "指标内容", C("指标值", span=2))
    g.add("产出指标", "产出数量指标", "新增学位", C(PLACES, span=2))
    return Doc("2023年度预算项目绩效目标公开表", [g])
