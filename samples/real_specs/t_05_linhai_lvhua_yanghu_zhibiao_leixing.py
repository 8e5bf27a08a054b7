"""临海市's 绿化养护经费 project form (浙江), as the city's page shows it, here as its PDF print: a 项目库 form
whose key rows come in pairs (项目名称: | 绿化养护经费 | 项目编号: | blank; 项目联系人: | 联系电话:), rows of
checkboxes left unticked (项目类型, 项目属性, 重要程度, 项目口径), 项目期限 全年, a merged 项目主要内容、立项依据
label over 立项依据 / 主要内容 / 项目实施计划, and under a merged 项目绩效目标 label one 绩效目标总体描述 and an
indicator block headed 指标类型 | 指标名称 | 指标值 | 指标描述: the 一级 under 指标类型, the 二级 names
(数量指标, 可持续性发展影响指标, 服务对象或受益者满意度指标) under 指标名称 with no 三级 at all, targets
375万平方米, 100%, 全年, 是 and ≥95%, each explained in 指标描述.  The page names neither the unit nor the
year.  The stored page breaks off in the 最近年度绩效评价情况 row after the block, which is left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.linhai.gov.cn/art/2024/6/7/art_1229304929_3933549.html",
    "title": "绿化养护经费",
    "issuer": None,  # a 临海市 office; the stored page does not name it
    "province": "浙江",
    "year": None,  # not stated; the page was published 2024-06-07
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "绿化养护经费.pdf"

TYPES = ("其他运转类: □专项运转类□信息化维护类 特定目标类:□重大活动类 □基建类 □信息网络购建类 "
         "□发展建设类")
GOAL = ("完成我市建成区的绿化养护工作,改善了城市生态环境,提升城市品位,提高人民群众满意度,保障绿化养护的稳定"
        "正常运行,促进城市园林绿化事业的发展。")


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称:", C("绿化养护经费", span=2), "项目编号:", "")
    g.add("项目联系人:", C("汤义青", span=2), "联系电话:", "13867656030")
    g.add("对应一级项目", C("城市基础设施配套费", span=2), "项目功能科目", "其他城市基础设施配套费安排的支出")
    g.add("项目类型:", C(TYPES, span=4))
    g.add("项目属性:", C("新增□ 延续□ 往年备选□", span=2), "重要程度:", "重要工作□ 一般工作□")
    g.add("项目口径:", C("经常性□ 阶段性□ 一次性□", span=2), "项目期限:", "全年")
    g.add(C("项目主要内容、立项依据", down=3), "立项依据", C("根据历年支出情况及养护外包投标情况", span=3))
    g.add("主要内容", C("市区绿化分成六个标段承包,绿地性质有道路、广场、公园、河道等", span=3))
    g.add("项目实施计划", C("绿化养护及配套设施设立、维修等", span=3))
    g.add(C("项目绩效目标", down=9), "绩效目标\n总体描述", C(GOAL, span=3))
    g.add("指标类型", "指标名称", "指标值", "指标描述")
    g.add(C("产出指标", down=3), "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等")
    g.add("质量指标", "100%", "达到绿化绿地全覆盖")
    g.add("时效指标", "全年", "全年")
    g.add(C("效益指标", down=3), "社会效益指标", "是", "满足市民生存环境的需求")
    g.add("生态效益指标", "是", "改善城市生态环境,保持生态平衡、保护自然环境")
    g.add("可持续性发展影响指标", "是", "保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展,形成绿化系统")
    g.add("满意度指标", "服务对象或受益者满意度指标", "≥95%", "服务对象对于绿化的养护及配套设施的维护满意率应该在95%以上")
    return Doc("绿化养护经费", [g])
