"""廊坊市食品工程学校 2019 项目支出绩效自评表 (河北), as the school's site published it (修改): the 财预
template with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over the funds, the goals only the
two amounts (43.2 planned, 37.24 done), the caption left of 一级指标 blank, every 三级 cell numbered
without a separator (指标1工程资金金额, 指标2工程验收合格率), the template's empty 指标2 and …… rows kept,
bare numbers for every target and result (43.2, 100) with no unit anywhere, a 0 typed in the 偏差 column,
and 效益指标 written a second time for the 可持续影响 block.  The stored page ends inside the 满意度 block
(after its 指标2 row): the table ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.lfsp.cn/newsinfo/1158053.html",
    "title": "办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)",
    "issuer": "廊坊市食品工程学校",
    "province": "河北",
    "year": 2019,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "廊坊市食品工程学校办公宿舍楼、食堂及餐厅暖通改造经费绩效自评表.docx"

WHY = "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"


def _block(g: Grid, rows: list[tuple[str, ...]]) -> None:
    for r in rows:
        g.add(*r)


def doc() -> Doc:
    g = Grid(10)
    g.add("项目名称", C("办公宿舍楼、食堂及餐厅暖通改造经费", span=9))
    g.add("主管部门", C("廊坊市发改委", span=4), "实施单位", C("廊坊市食品工程学校", span=4))
    g.add(C("项目资金\n(万元)", down=4), C("", span=3), "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值",
          "执行率", "得分")
    g.add(C("年度资金总额", span=3), "43.2", "43.2", "37.24", "10", "86%", "9")
    g.add(C("其中:当年财政拨款", span=3), "43.2", "43.2", "37.24", "", "", "")
    g.add(C("上年结转资金", span=3), "", "", "", "", "", "")
    g.add(C("其他资金", span=3), "", "", "", "", "", "")
    g.add(C("年度总体目标", down=2), C("预期目标", span=5), C("实际完成情况", span=4))
    g.add(C("43.2", span=5), C("37.24", span=4))
    g.add(C("", down=27), "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
          C("偏差原因分析及改进措施", span=2))
    g.add(C("产出指标", down=12), C("数量指标", down=3), "指标1工程资金金额", "43.2", "37.24", "10", "9",
          C(WHY, span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("质量指标", down=3), "指标1工程完工率", "100", "100", "10", "10", C("", span=2))
    _block(g, [("指标2工程验收合格率", "100", "100", "10", "10", C("", span=2)),
               ("……", "", "", "", "", C("", span=2))])
    g.add(C("时效指标", down=3), "指标1项目完成及时率", "100", "100", "10", "10", C("", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("成本指标", down=3), "指标1成本控制率", "100", "100", "10", "10", C("", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("效益指标", down=9), C("经济效益\n指标", down=3), "指标1安全率", "100", "100", "10", "10",
          C("0", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("社会效益\n指标", down=3), "指标1学校发展能力", "100", "100", "10", "10", C("0", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("生态效益\n指标", down=3), "指标1", "", "", "", "", C("", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("效益指标", down=3), C("可持续影响\n指标", down=3), "指标1长期使用性", "100", "100", "10", "10",
          C("", span=2))
    _block(g, [("指标2", "", "", "", "", C("", span=2)), ("……", "", "", "", "", C("", span=2))])
    g.add(C("满意度\n指标", down=2), C("服务对象满意度指标", down=2), "指标1学生满意度", "100", "100", "10",
          "10", C("0", span=2))
    g.add("指标2", "", "", "", "", C("", span=2))
    return Doc("项目支出绩效自评表", [
        "办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)",
        "附件1",
        "项目支出绩效自评表",
        "2019年度)",
        g,
    ])
