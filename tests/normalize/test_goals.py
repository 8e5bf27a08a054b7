"""绩效目标 cells → goals: one case a line, the cell as written → the goals read."""

from __future__ import annotations

import pytest

from jixiao.normalize.goals import split_goals
from tests.normalize.harvested_goals import CASES as HARVESTED

CASES = [
    # from the real tables
    ("目标1:确保工资发放;\n目标2:保障办公经费正常运行。",
     ["确保工资发放", "保障办公经费正常运行。"]),
    # 乐昌's 专项 table in traditional characters, 目標3 after a colon typed for a semicolon
    ("目標1:政策得到落實; 目標2:滿足學生基本學習生活需求: 目標3:提升中職教育吸引力",
     ["政策得到落實", "滿足學生基本學習生活需求", "提升中職教育吸引力"]),
    # a scan's wrapped lines joined: the markers counting 1, 2, 3 in order cut the line
    ("达成以下目标：目标1:聘用人员1人,出差8人目标2:聘用人员在岗率100%目标3:2021年12月31日前完成",
     ["达成以下目标", "聘用人员1人,出差8人", "聘用人员在岗率100%", "2021年12月31日前完成"]),
    ("目标一：改善环境目标二：提升满意度", ["改善环境", "提升满意度"]),
    # 炉霍县's 区域 自评表 printed to PDF: a wrap cut 目标 / 2: after the first goal's end
    ("目标1:继续为0-6岁适龄儿童常规接种。目标\n2:减少艾滋病新发感染。",
     ["继续为0-6岁适龄儿童常规接种。", "减少艾滋病新发感染。"]),
    # ... but a goal that ends in 目标 before the next line's 2、 keeps it
    ("1、完成年度目标\n2、加强管理", ["完成年度目标", "加强管理"]),
    # 附表1's goals (2021 中央财政专项扶贫资金绩效表) photographed off a screen: the cell's lines
    # joined, 2、 and 3、 straight after the goal before; a list's 1、 2、 inside a goal is none
    ("1、改善基础实施建设,果园路2公里2、水泥路硬化路面3、极大的改善了生产生活问题",
     ["改善基础实施建设,果园路2公里", "水泥路硬化路面", "极大的改善了生产生活问题"]),
    ("1、完成1、2、3号楼建设", ["完成1、2、3号楼建设"]),
    # 普陀区's 申报表: the cell in the straight quotes a spreadsheet export wraps it in
    ('"1.完成年度拆违任务。\n2.新增违建“零增长”。\n"',
     ["完成年度拆违任务。", "新增违建“零增长”。"]),
    ('"A"组"B"', ['"A"组"B"']),  # quotes inside: not the export's
    ("完成目标2:3的配比目标1:", ["完成目标2:3的配比目标1"]),  # not counting 1, 2: one goal
    # 陈仓区's 区域 table: a caption typed before the goal in its own cell
    ("目标:完成退耕还林政策任务,做好政策的兑现。", ["完成退耕还林政策任务,做好政策的兑现。"]),
    ("年度目标：1、完成道路硬化\n2、提升群众满意度", ["完成道路硬化", "提升群众满意度"]),
    ("目标任务完成率达到95%", ["目标任务完成率达到95%"]),  # no colon: a goal that says 目标
    # 武夷山's 专项资金绩效目标表: two aims numbered ① ② in one run, apart by a comma; the
    # amount in the cell beside them no goal
    ("①邀请不少于3名国际友人,深入了解武夷茶文化,②全年度接待不少于100人次,\n15万元",
     ["邀请不少于3名国际友人,深入了解武夷茶文化", "全年度接待不少于100人次"]),
    ("完成①号楼建设,②号楼装修", ["完成①号楼建设,②号楼装修"]),  # not opening with ①
    ("15万元", []),
    ("1,500万元。", []),
    ("①完成道路硬化、②路灯安装", ["完成道路硬化", "路灯安装"]),  # the 、 before ② no part
    ("①完成A ②完成B", ["完成A", "完成B"]),
    # a 自评表's captions over its goals (预期目标 | 实际完成情况) read as lines of them, their
    # borders lost on a scan, or what is left of one: no goals
    ("预期目标\n实\n加强管理,推进改革。\n实际完成情", ["加强管理,推进改革。"]),
    ("年度目标\n全面改善办学条件。", ["全面改善办学条件。"]),
    ("实际完成情况良好", ["实际完成情况良好"]),  # a goal that starts so is one
    # a text that only points to where the goals are is no goal
    ("详见单位的项目绩效目标表", []),
    ("（包括总目标、年度目标、分解目标等，具体见表格）", []),
    ("详见附件1。", []),
    ("1.完成任务；2.详见附表", ["完成任务"]),
    ("完成培训100人次，见成效", ["完成培训100人次，见成效"]),
    ("见表中所列各项指标全部完成", ["见表中所列各项指标全部完成"]),
    # a goal cell merged over four rows, unmerged with its text written into each
    ("弥补公用经费不足。\n弥补公用经费不足。\n弥补公用经费不足。", ["弥补公用经费不足。"]),
    # new
    ("1、完成道路硬化;2、提升群众满意度", ["完成道路硬化", "提升群众满意度"]),
    ("完成目标1个村的改造", ["完成目标1个村的改造"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "goals"), CASES, ids=[c[0][:24] or "empty" for c in CASES])
def test_split_goals(text: str, goals: list[str]) -> None:
    assert split_goals(text) == goals


@pytest.mark.parametrize(("text", "goals"), HARVESTED, ids=[t[:16] for t, _ in HARVESTED])
def test_harvested_goal_cells(text: str, goals: list[str]) -> None:
    assert split_goals(text) == goals
