"""宁晋县 2019 高中助学金项目绩效评价指标表 (河北, 教育局): a seven-column sheet headed
评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注 (no 一级/二级/三级 headers, levels told
by the cells), a first row 项目年度绩效目标(定量指标)/制度指标 with no 目标值, 数量/质量/时效/成本
under a bare 产出, a 满意度 indicator filed under 质量指标, a 分值 column and a 总分 row; no unit
or amount anywhere but the title."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ningjin.gov.cn/content/26279.html",
    "title": "2019年度宁晋县高中助学金项目绩效评价指标表",
    "issuer": "宁晋县教育局",
    "province": "河北",
    "year": 2019,
    "kind": "项目绩效评价指标表",
    "format": "xlsx",
}
FILE = "2019年度宁晋县高中助学金项目绩效评价指标表.xlsx"


def _pct(text: str) -> C:
    return C(text, value=float(text.rstrip("%")) / 100, fmt="0%")


def _n(n: int) -> C:
    return C(str(n), value=float(n), fmt="0")


def doc() -> Doc:
    g = Grid(7)
    g.add("评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注")
    g.add("项目年度绩效目标(定量指标)", "制度指标", "规章制度建立与否", "", "", _n(20), "")
    g.add(C("产出", down=6), C("数量指标", down=2), "享受资助人数", "达到预计值", _n(2100), _n(10), "")
    g.add("资金支出率", "达到目标值", _pct("95%"), _n(10), "")
    g.add(C("质量指标", down=2), "建档立卡学生全面覆盖", "", _pct("100%"), _n(10), "")
    g.add("资助对象满意度", "达到目标值", "95%以上", _n(10), "")
    g.add("时效指标", "及时发放率", "达到目标值", _pct("100%"), _n(20), "")
    g.add("成本指标", "资助标准达标率", "", _pct("100%"), _n(20), "")
    g.add("总分", "", "", "", "", _n(100), "")
    return Doc("2019年度宁晋县高中助学金项目绩效评价指标表", [
        "2019年度宁晋县高中助学金项目绩效评价指标表",
        g,
    ])
