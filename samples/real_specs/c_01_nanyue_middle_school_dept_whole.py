"""南岳区实验中学 2017 部门整体支出绩效目标申报表: no 三级 or 指标值 column; each 二级 cell
holds "质量指标:description"; a leading merged caption column (部门整体支出年度绩效指标);
funding as two multi-line cells (按收入性质分 / 按支出性质分); 填报单位 line left blank."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcg/nyqsyzx/20200211/i950969.html",
    "title": "南岳区实验中学(南岳区第二中学)部门整体支出绩效目标申报表",
    "issuer": "南岳区实验中学",
    "province": "湖南",
    "year": 2017,
    "kind": "部门整体支出绩效目标申报表",
    "format": "html",
}
FILE = "南岳区实验中学部门整体支出绩效目标申报表.docx"

# The stored copy of the page breaks off inside the last row (服务对象满意度指标:社区满意度
# 95%以上,家长满…); that row is left out rather than guessed.


def doc() -> Doc:
    g = Grid(4)
    g.add("部门名称", C("南岳区实验中学 ", span=3))
    g.add(C("年度预算申请\n(万元)", down=3), C("资金总额:704", span=3))
    g.add(C("按收入性质分", span=2), "按支出性质分")
    g.add(C("公共财政拨款:683\n政府性基金拨款:\n纳入专户管理的非税收入拨款:21\n其他资金:", span=2),
          "基本支出:622\n \n项目支出:82\n ")
    g.add("部门职能职责概述",
          C("贯彻执行国家方针政策,实施初中义务教育,促进基础教育发展。", span=3))
    g.add("整体绩效目标",
          C("目标1:把教学放在首位,一切为教学服务,提高师生整体素质。\n"
            "目标2:保障在职人员89人、离退休人员26人的正常办公、生活秩序。\n"
            "目标3改善办学条件,美化教学环境,添置教学设备,重视人才培养,提高教学质量。", span=3))
    g.add(C("部门整体支出\n年度绩效指标", down=7), C("产出指标", down=3),
          C("质量指标:学校的教育教学秩序良好,校园文化建设深受好评,力争毕业生合格率达100%", span=2))
    g.add(C("时效指标:按时完成教学任务,顺利完成中考。", span=2))
    g.add(C("成本指标:全年预算全额用于保障教育教学。", span=2))
    g.add(C("效益指标", down=4),
          C("经济效益指标:完成初中学历教育,收支平衡,确保全年未发生一起安全事故,师生犯罪率为零,"
            "校园安全,稳定、文明、和谐。", span=2))
    g.add(C("社会效益指标:学校的教学秩序良好,中考成绩进一步稳定,深入推进教学改革,倡导教师用心反思,"
            "关注细节,发挥智慧,注重教学行为督查,构建校园安全文明、稳定、和谐。", span=2))
    g.add(C("环境效益指标:学校绿化覆盖达70%,优化校园生态环境。", span=2))
    g.add(C("可持续影响指标:以提高人才培养质量为核心,全力打造学校育人品牌,稳定城区生源,培养合格公民。",
            span=2))
    return Doc("南岳区实验中学部门整体支出绩效目标申报表", [
        "南岳区实验中学(南岳区第二中学)",
        "部门整体支出绩效目标申报表",
        "2017 年度)",
        "填报单位(盖章)                             单位负责人(签名):",
        g,
    ])
