"""新洲区楚剧团's 2020 项目支出绩效自评表 (湖北, 武汉 新洲区), a Word file of one table per project as a document
library (淘文阁) shows it, its name beginning with an ellipsis (……项目支出绩效自评表.docx): one title, then the
projects' tables one after another with no title or unit line between them.  主管部门 and 实施单位 are the
wrong way round (主管部门 新洲区楚剧团, 实施单位 新洲区文化和旅游局机关), no unit line, a 项目资金(万元) block
年初预算数 | 全年预算数 | 全年执行 | 分值 | 执行率 | 得分 in which the first project's 年度资金总额 row leaves
全年执行 and 得分 blank while 其中:当年财政拨款 fills all three amounts, 预期目标 beside 实际完成情况 (已完成),
then 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 with the template's 指标1: / 指标2: prompts left
in the rows nobody filled (时效, 经济效益, 社会效益 have nothing else; an orphan 指标2: row under 社会效益 has lost
its 二级 cell), three-level names as the print shows them (更新剧团老化、损坏的音, cut by its cell; 望新点胸艮必具
and 演出设备成本件/件 as the library's text reads them), a 总分 row 100 | 98.  The library's text breaks the
wrapped captions (年度 总体 目标, 分 值, 满意度指 标); they are rebuilt whole.  Its copy stops after the
second project's indicator header (中青年演员培训经费): that table ends there, with no indicator."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.taowenge.com/p-96795578.html",
    "title": "……项目支出绩效自评表.docx",
    "issuer": "新洲区楚剧团",
    "province": "湖北",
    "year": 2020,
    "kind": "绩效自评表",
    "format": "docx",
}
FILE = "新洲区楚剧团2020年度项目支出绩效自评表.docx"

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def blank(prompt: str) -> list[str]:
    """A template row nobody filled: its 指标n: prompt and empty cells."""
    return [prompt, "", "", "", "", ""]


def key_block(g: Grid, name: str, rows: list[list[str]], goal: str) -> None:
    g.add(C("项目名称", span=2), C(name, span=7))
    g.add(C("主管部门", span=2), C("新洲区楚剧团", span=3), "实施单位", C("新洲区文化和旅游局机关", span=3))
    g.add(C("项目资金\n(万元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行", "分值", "执行率",
          "得分")
    for label, *cells in rows:
        g.add(C(label, span=2), *cells)
    g.add(C("年度\n总体\n目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(goal, span=4), C("已完成", span=4))


def first() -> Grid:
    g = Grid(9)
    key_block(g, "演出设备更新专项经费", [
        ["年度资金总额", "30", "30", "", "10", "100%", ""],
        ["其中:当年财政拨款", "30", "30", "30", "", "100%", ""],
        ["上年结转资金", "", "", "", "", "", ""],
        ["其他资金", "", "", "", "", "", ""],
    ], "更新剧团老化、损坏的音响、灯光、道具、服装等设备,并添置一些新剧目所必需的演出设备。")
    g.add(C("绩\n效\n指\n标", down=16), *HEAD)
    g.add(C("产出指标", down=8), C("数量指标", down=2), "更新剧团老化、损坏的音", "50件", "50件", "20", "20", "")
    g.add("望新点胸艮必具", "100件", "100件", "20", "20", "")
    g.add(C("质量指标", down=2), "音响、灯光、道具、服装质量等", "合格", "合格", "20", "20", "")
    g.add(*blank("指标2:"))
    g.add(C("时效指标", down=2), *blank("指标1:"))
    g.add(*blank("指标2:"))
    g.add(C("成本指标", down=2), "演出设备成本件/件", "2万元", "2万元", "20", "18", "")
    g.add(*blank("指标2:"))
    g.add(C("效益指标", down=5), C("经济效益指标", down=2), *blank("指标1:"))
    g.add(*blank("指标2:"))
    g.add(C("社会效益指标", down=2), *blank("指标1:"))
    g.add(*blank("指标2:"))
    g.add("", *blank("指标2:"))
    g.add(C("满意度指标", down=2), C("服务对象满意度指标", down=2), "演出人员满意度", "100%", "100%", "20", "20",
          "")
    g.add(*blank("指标2:"))
    g.add(C("总分", span=6), "100", "98", "")
    return g


def second() -> Grid:
    g = Grid(9)
    key_block(g, "中青年演员培训经费", [
        ["年度资金总额", "40", "40", "40", "10", "100%", ""],
        ["其中:当年财政拨款", "40", "40", "40", "", "100%", ""],
        ["上年结转资金", "", "", "", "", "", ""],
        ["其他资金", "", "", "", "", "", ""],
    ], "请省市艺术专家驻团培训,送优秀青年演员到省市专业院团随团培训。")
    g.add("绩\n效\n指\n标", *HEAD)
    return g


def doc() -> Doc:
    return Doc("项目支出绩效自评表", ["项目支出绩效自评表(2020 年度)", first(), "", second()])
