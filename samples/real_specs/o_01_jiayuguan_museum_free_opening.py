"""嘉峪关城市博物馆 2023 省级部门预算项目支出绩效目标表 (甘肃, 预算管理一体化 template), as a scanned
PDF read back by OCR: a four-column key block of label/value pairs (一*级项目名称 / 二级项目名称,
项目类型 / 项目分类, 项目开始日期 / 项目完成H期 …) with the money in "20万元" cells and no 填报单位
(the unit only as 项目实施单位, beside an 组织实施单位 that is the province's 文物局), 成本指标 as a
一级 of its own with 经济/社会/生态环境成本指标, targets written "=300天", "=100百分比" (百分比
spelt out as the unit) and one OCR'd as "二100百分比", qualitative targets 长远 / 提升 / 增加岗位, and
OCR garble kept as published ("项目完成H期", "LJUI,冈位").  The page goes on with a second
project (博物馆提升改造项目) cut off in its key block: only the first project is rebuilt."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://bigxun.com/view/1667741699571552258",
    "title": "省级部门预算项目支出绩效目标表(2023年度)",
    "issuer": "嘉峪关城市博物馆",
    "province": "甘肃",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "pdf",
}
FILE = "嘉峪关城市博物馆2023年省级部门预算项目支出绩效目标表.pdf"


def doc() -> Doc:
    g = Grid(4)
    g.add("一*级项目名称", "文化事业发展专项资金", "二级项目名称", "博物馆纪念馆市级免费开放补助资金")
    g.add("项目类型", "新增项目", "项目分类", "专项工作经费")
    g.add("资金用途", "业务类项目", "主管部门", "嘉峪关市文化和旅游局")
    g.add("项目开始日期", "2023-01-01", "项目完成H期", "2023-12-31")
    g.add("项目总投资", "20万元", "中央补助安排", "0")
    g.add("省级财政安排", "0", "其他资金", "20万元")
    g.add("预算申报数", "20万元", "资金性质", "一般公共预算")
    g.add("基本情况", C("保障博物馆正常运转", span=3))
    g.add("项目立项必要性", C("保障各项业务正常运行", span=3))
    g.add("保证项目实施的制度措施", C("博物馆绩效考核", span=3))
    g.add("项目实施计划", C("", span=3))
    g.add("组织实施单位", "甘肃省文物局", "监督管理单位", "嘉峪关文旅局")
    g.add("项目实施单位", "嘉峪关城市博物馆", "政策依据", "甘财科[2022]78号")
    g.add("其他依据", "", "需要说明的其他问题", "")
    g.add("年度绩效目标", C("进一步提高博物馆纪念馆运行效率和免费开放服务水平", span=3))
    g.add("一级指标", "二级指标", "三级指标", "指标目标值")
    g.add(C("产出指标", down=3), "数量指标", "免费开放天数", "=300天")
    g.add("质量指标", "博物馆绩效考核指标完成率", "=100百分比")
    g.add("时效指标", "各项工作完成及时率%", "=99百分比")
    g.add(C("成本指标", down=3), "经济成本指标", "资金使用效率", "二100百分比")
    g.add("社会成本指标", "对当地文物保护、文化传承影响", "长远")
    g.add("生态环境成本指标", "提升博物馆绿化水平", "提升")
    g.add(C("效益指标", down=3), "经济效益指标", "为当地提供就业LJUI,冈位", "增加岗位")
    g.add("社会效益指标", "免费开放接待观众人数", "=30000人次")
    g.add("生态效益指标", "历史文化传承环保意识时限", "长远")
    g.add("满意度指标", "服务对象满意度", "服务对象满意度%", "=99百分比")
    return Doc("省级部门预算项目支出绩效目标表", ["省级部门预算项目支出绩效目标表", "(2023年度)", g])
