"""天津市河北区人民法院 2023 项目支出绩效目标表 (中央 绩效目标表 of 法院办案业务、业务装备及审判辅助事务
外包), one sheet holding one block per project: each block opens with a line naming the unit with its
budget code (207101天津市河北区人民法院) and 单位:万元, a 预算规模及资金用途 caption merged over the amounts
row (预算数 / 其中:财政资金 / 其他资金 side by side) and the purpose line under it; a 绩效指标描述 column
that repeats the 三级指标; percentages written with the word 百分比 (≥98百分比); the second project
repeats 数量指标 in its own cell instead of merging it.  The stored page is cut off at the second
project's 效益指标 row: that project ends after its 成本指标 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://tjhbfy.tjcourt.gov.cn/article/detail/2023/02/id/7158363.shtml",
    "title": "项目支出绩效目标表(2023年) 3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表",
    "issuer": "天津市河北区人民法院",
    "province": "天津",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "天津市河北区人民法院2023年项目支出绩效目标表（法院办案业务、业务装备及审判辅助事务外包）.xlsx"

HEAD = ("一级指标", "二级指标", "三级指标", C("绩效指标描述", span=2), C("指标值", span=2))


def _amount(text: str) -> C:
    return C(text, value=float(text), fmt="0.00")


def _block(g: Grid, name: str, amount: str, use: str, goal: str,
           rows: list[tuple[str, str, str]], tail: list[tuple[str, str, str, str]]) -> None:
    g.add(C("207101天津市河北区人民法院", span=3), C("单位:万元", span=4))
    g.add("项目名称", C(name, span=6))
    g.add(C("预算规模及资金用途", down=2), "预算数", _amount(amount), "其中:财政资金", _amount(amount),
          "其他资金", "")
    g.add(C(use, span=6))
    g.add("绩效目标", C(goal, span=6))
    g.add(*HEAD)
    for i, (l2, l3, value) in enumerate(rows):
        lead = [C("产出指标", down=len(rows))] if i == 0 else []
        g.add(*lead, l2, l3, C(l3, span=2), C(value, span=2))
    for l1, l2, l3, value in tail:
        g.add(l1, l2, l3, C(l3, span=2), C(value, span=2))


def doc() -> Doc:
    g = Grid(7)
    _block(g, "安全隐患维修", "20.00", "用于维修审判楼玻璃幕墙等",
           "1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。",
           [("数量指标", "维修面积", "≥400平方米"),
            ("质量指标", "验收合格率", "≥98百分比"),
            ("时效指标", "资金支付及时率", "100百分比"),
            ("成本指标", "项目成本", "20万元")],
           [("效益指标", "可持续影响指标", "消除安全隐患", "持续影响"),
            ("满意度指标", "服务对象满意度指标", "干警满意度", "≥95百分比")])
    _block(g, "办案业务费(陪审员及互联网专线)", "24.00", "用于陪审员参审补助支出及互联网直播支出",
           "1.通过陪审员及调解员参与案件审判调解工作,以及互联网直播方式,提高审判效率,充分化解矛盾纠纷,"
           "实现公平正义",
           [("数量指标", "聘用调解员人数", "1人"),
            ("数量指标", "陪审员参审案件数量", "≥900件"),
            ("质量指标", "案件调解率", "≥90百分比"),
            ("时效指标", "补助发放及时率", "100百分比"),
            ("成本指标", "参审案件补助", "100元")],
           [])
    return Doc("项目支出绩效目标表", [
        "项目支出绩效目标表",
        "(2023年)",
        "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表",
        g,
    ])
