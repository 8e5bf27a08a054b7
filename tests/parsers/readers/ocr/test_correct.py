"""The correction step: one table of (what the engine read, what the cell says), grouped by
the slip, the raw reading as the test id.  Every correction is recorded; what is not a
slip (a real sign, a thousands separator, a word that is itself a word) stays as read."""

from __future__ import annotations

import pytest

from jixiao.parsers.readers.ocr.correct import doubled_character, line, lost_character

CASES: list[tuple[str, str]] = [
    # level names and header words, one character misread
    ("产出指忭", "产出指标"),
    ("效益指杯", "效益指标"),
    ("满意度指栎", "满意度指标"),
    ("数量措标", "数量指标"),
    ("质量指示", "质量指标"),
    ("时效指杯", "时效指标"),
    ("成木指标", "成本指标"),
    ("社会效益措标", "社会效益指标"),
    ("服务对象满意度指杯", "服务对象满意度指标"),
    ("三级指忭", "三级指标"),
    ("年度绩效目忭", "年度绩效目标"),
    # ... and a label before its colon, on a line with its value (福建's 主管部门名称:…)
    ("主管部内名称:福建省台湾同胞联谊会", "主管部门名称:福建省台湾同胞联谊会"),
    ("部內名称：区疾控中心", "部门名称：区疾控中心"),
    # 部门 with its 门 read as a look-alike, in the middle of a line
    ("是否降低了检验检疫部内的监管成本", "是否降低了检验检疫部门的监管成本"),
    ("2024年祁东县部內整体支出绩效目标表", "2024年祁东县部门整体支出绩效目标表"),
    # 绩效 and 困难群众 read with a look-alike (a bled print's title, batch zq)
    ("提前下达2019年中央财政国难群众救助补助预算指标统效目标表",
     "提前下达2019年中央财政困难群众救助补助预算指标绩效目标表"),
    # digits: letters and punctuation between figures
    ("1O0%", "100%"),
    ("≥9O%", "≥90%"),
    ("2l天", "21天"),
    ("3S0万元", "350万元"),
    ("1B0人次", "180人次"),
    ("12。5万元", "12.5万元"),
    ("0·85", "0.85"),
    # a 一 faded toner broke into strokes, read as dashes (东莞's ---级指标, 十--五, batch zh)
    ("---级指标", "一级指标"),
    ("--级指标", "一级指标"),
    ("是“十--五”期间我市投资兴建的", "是“十一五”期间我市投资兴建的"),
    # a 0 alone in its cell read as a round letter
    ("O", "0"),
    ("o%", "0%"),
    # the percent sign's circles read as characters of their own
    ("各项工作完成及时率0%", "各项工作完成及时率%"),
    ("游客满意度(≥**0%)", "游客满意度(≥**%)"),
    (">=95%o", ">=95%"),
    ("≥98%0", "≥98%"),
    ("%á", "%"),  # the circle with a speck over it (a faded 自评表's 计量单位, batch zo)
    ("100%ö", "100%"),
    ("(≥**%O)", "(≥**%)"),
    # an accented letter alone beside Chinese: a speck by a stroke (a fax's 万元ć, batch zq)
    ("预算执行情况(万元ć)(20分)", "预算执行情况(万元)(20分)"),
    ("年度ö资金", "年度资金"),
    # ... and ‰'s third circle, before the words after the number (云南's 受害率 in prose)
    ("需控制在1%o以内", "需控制在1‰以内"),
    ("≤0.5%0的", "≤0.5‰的"),
    # a gap on the page read as a space beside a Chinese character
    ("指标 4:新建省级中心村数量", "指标4:新建省级中心村数量"),
    ("2022 年", "2022年"),
    ("6.47 亿元", "6.47亿元"),
    # comparators
    ("〉=95%", "≥95%"),
    ("〈=3天", "≤3天"),
    ("==100%", "=100%"),
    # a comparator typed as two marks, alone on its line, its bars or chevron misread on a
    # black-and-white scan (景东's 指标性质 column)
    ("<Ⅱ", "<="),
    ("<リ", "<="),
    ("<二", "<="),
    ("V=", ">="),
    # the slash of a rate paid per unit, a thin stroke a scanning app's filter lost (一
    # 扶贫 申报表's 流转土地补助标准, batch zk)
    ("<=475元亩", "<=475元/亩"),
    ("补助300万元户", "补助300万元/户"),
    # a reviewer's tick in pen after a goal and after an actual value (市场监管's 自评表
    # creased and annotated, batch zm)
    ("加强培训,提高监管人员专业水平√", "加强培训,提高监管人员专业水平"),
    ("4√", "4"),
    ("0.00√√", "0.00"),  # two ticks beside a figure
    ("√100%", "100%"),  # ticked before the figure (batch zo, a 傷殘軍人 table annotated)
    ("√ 52人", "52人"),
    # an amount's thousands comma read as a point (食品药品 评价指标表 photographed, batch zn)
    ("11.000.00", "11,000.00"),
    ("1.234.567.89", "1,234,567.89"),
]

KEPT: list[str] = [
    "≧90%",  # a sign submitters write: the golden keeps it
    "≦5天",
    "1,000人",  # thousands, not a decimal point
    "10,308,00",  # a number wrapped in a narrow cell (10,308,00 | 0.00): its group goes on
    "数量指标",  # a word that is itself a word: no neighbour of it is chosen
    "Zhōngguó项目",  # a pinyin word's toned letters stand among its letters
    "效果指标",  # an older name of 效益指标, one character from it
    "质量指标",
    "Oracle数据库",  # letters beside no figure
    "产出",  # too short to correct by one character
    "二100百分比",  # as printed in the source (a lone 二 is not a known slip)
    "LJUI",
    "O5",  # a letter at the line's start, beside a figure: not a figure (and no error)
    "S0号",
    "100%",  # the 0 before the % is a figure of the number
    "=0%",
    "0%",
    "≥0.5%",
    "5%of",  # a % before a word: not a circle read twice
    "Oracle Database",  # a space between Latin words
    "OA系统",  # a round letter that is not alone
    "O型",
    # spaces the submitter typed: between Chinese characters, beside a half-width bracket
    "经济效益 指标 (选填)",
    "数量指标 (必填硬性指标)",
    "绩 效 目 标",  # a label spaced out, as typed (the golden keeps 产 出 指 标)
    "级指标",  # one character from 一级指标, 二级指标 and 三级指标 alike (the row decides)
    "增长率:3%",  # a label no word is one character from
    ">=", "<=",  # typed comparators as read
    "2022年--2024年",  # dashes between figures, a span typed so
    "项目--名称",  # dashes that make no known word
    "-",  "—",  # one dash is a sign
    "V",  # a V alone: the mark's shape decides (lone_sign), not the reading
    "5万元人民币", "2021元年", "每年300元个人缴费", "补助5万元个体户",  # 元 going on in a word
    "475元/亩",
    "√",  # a tick alone: a 是否 answered by a mark
    "√是",  # a tick before an answer's word: the answer ticked
    "11,000.00", "2023.3.8", "2023.12.31", "1.5",  # grouped by commas; dates; one point
    "整体□区域√", "是☑否□",  # a row of choices: the tick is the choice
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_slip_corrected_and_recorded(raw: str, expected: str) -> None:
    text, fixes = line(raw)
    assert text == expected
    assert fixes and all("→" in f for f in fixes)
    assert fixes[0].startswith(raw)


@pytest.mark.parametrize("raw", KEPT)
def test_not_a_slip(raw: str) -> None:
    assert line(raw) == (raw, [])


def test_a_circle_before_a_percent_is_dropped_only_where_the_engine_was_unsure() -> None:
    assert line("及时率0%", (1.0, 1.0, 1.0, 0.52, 0.98)) == (
        "及时率%", ["及时率0%→及时率% (percent sign)"])
    assert line("及时率0%", (1.0, 1.0, 1.0, 0.99, 0.98)) == ("及时率0%", [])
    # after a sign the 0 is the figure, doubted or not (a 检验检疫 评价表's growth of -0%,
    # read under a seal in batch za)
    assert line("-0%", (1.0, 0.6, 0.98)) == ("-0%", [])
    assert line("+0%", (1.0, 0.6, 0.98)) == ("+0%", [])


def test_a_word_is_changed_only_where_the_engine_was_unsure() -> None:
    assert line("效益指杯", (1.0, 1.0, 1.0, 0.41)) == ("效益指标", ["效益指杯→效益指标 (word)"])
    assert line("效益指杯", (1.0, 1.0, 1.0, 0.99)) == ("效益指杯", [])


def test_a_self_evaluations_level_name_is_a_word_too() -> None:
    """The level names of 财政部's evaluation frameworks (项目决策 / 决策过程 / 决策依据, 立项依据
    充分性), which self-evaluations' tables hold: r13's 决策依据 under a photocopy's black
    seal, read 快策依据 with its 快 doubted."""
    assert line("快策依据", (0.45, 1.0, 1.0, 1.0)) == ("决策依据", ["快策依据→决策依据 (word)"])
    assert line("立项依据充分牲", (1.0,) * 6 + (0.5,)) == (
        "立项依据充分性", ["立项依据充分牲→立项依据充分性 (word)"])
    assert line("快策依据", (0.95, 1.0, 1.0, 1.0)) == ("快策依据", [])


def test_a_circle_the_engine_took_next_for_the_percent_is_dropped() -> None:
    sure = (1.0,) * 7 + (0.95, 0.94, 1.0)
    second = ("",) * 7 + ("%", "", "")
    assert line("满意度(≥**0%)", sure, second) == (
        "满意度(≥**%)", ["满意度(≥**0%)→满意度(≥**%) (percent sign)"])
    assert line("满意度(≥**0%)", sure, ("",) * 10) == ("满意度(≥**0%)", [])


def _gap_at_comma(raw: str, gap: float) -> tuple[float | None, ...]:
    return tuple(gap if ch in ",，;；" else None for ch in raw)


@pytest.mark.parametrize(("raw", "gap", "expected"), [
    ("补偿工作,做到", 0.78, "补偿工作，做到"),  # a full square's blank: the full-width ，
    ("物力保障，解决", 0.13, "物力保障,解决"),  # hardly any: the half-width ,
    ("达到2批次/千人，“两强", 0.1, "达到2批次/千人,“两强"),
    ("安全事故，师生", 0.32, "安全事故,师生"),  # in a face of half-em , (宋体, 楷体)
    ("补偿工作,做到", 0.5, "补偿工作,做到"),  # between the two: as read
    ("补偿工作，做到", 0.5, "补偿工作，做到"),
    ("覆盖达70%，优化", 0.3, "覆盖达70%,优化"),  # after a % too
    ("1,000人", 0.1, "1,000人"),  # not between Chinese characters
    ("制作；完成", 0.1, "制作;完成"),  # a semicolon likewise (黄石's, batch zh)
    ("制作;完成", 0.8, "制作；完成"),
])
def test_a_comma_is_as_wide_as_the_page_shows(raw: str, gap: float, expected: str) -> None:
    text, fixes = line(raw, gaps=_gap_at_comma(raw, gap))
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (comma width)"] if expected != raw else [])


@pytest.mark.parametrize(("raw", "gap", "expected"), [
    ("法为：结余数", 0.1, "法为:结余数"),  # the half-width : read as ：
    ("目标1：完成", 0.15, "目标1:完成"),
    ("目标1:完成", 0.62, "目标1：完成"),  # a square's blank after the dots: ：
    ("时效指标：按时", 0.3, "时效指标:按时"),  # in a face of half-em : (宋体, 楷体)
    ("目标1:完成", 0.5, "目标1:完成"),  # between the two: as read
    ("目标1：完成", 0.5, "目标1：完成"),
    ("负责人：", 0.1, "负责人："),  # at the line's end: nothing to measure against
    ("10:57", 0.12, "10:57"),
])
def test_a_colon_is_as_wide_as_the_page_shows(raw: str, gap: float, expected: str) -> None:
    gaps = tuple(gap if ch in ":：" else None for ch in raw)
    text, fixes = line(raw, gaps=gaps)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (colon width)"] if expected != raw else [])


@pytest.mark.parametrize(("raw", "bands", "expected"), [
    ("≥90%", 3, "≧90%"),  # the chevron and two bars: the sign the submitter wrote
    ("≤5天", 3, "≦5天"),
    ("≥90%", 1, "≥90%"),
    ("≥90%", 2, "≥90%"),  # a bar apart from the chevron: still one bar
])
def test_a_comparator_has_the_bars_the_page_shows(raw: str, bands: int, expected: str) -> None:
    marks = tuple(bands if ch in "≥≤" else None for ch in raw)
    text, fixes = line(raw, bands=marks)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (two bars)"] if expected != raw else [])


def test_a_letter_at_the_end_of_a_line_is_a_stray_mark_where_the_engine_doubted_it() -> None:
    """A seal's or a pen's remains beside the text read as a letter (改善了…条件n)."""
    raw = "生活条件n"
    assert line(raw, (1.0, 1.0, 1.0, 1.0, 0.57)) == ("生活条件", [f"{raw}→生活条件 (stray mark)"])
    assert line(raw, (1.0, 1.0, 1.0, 1.0, 0.97)) == (raw, [])
    assert line("n生活条件", (0.4, 1.0, 1.0, 1.0, 1.0))[0] == "生活条件"
    assert line("指标A", (1.0, 1.0, 0.5))[0] == "指标"
    assert line("B2B", (0.3, 1.0, 0.3)) == ("B2B", [])  # not beside Chinese
    # before an amount, a seal's stroke read as X with doubt (batch zc's 食品药品 grey scan)
    raw = "X24,543.19"
    assert line(raw, (0.5, *[1.0] * 9)) == ("24,543.19", [f"{raw}→24,543.19 (stray mark)"])
    assert line(raw, (0.99, *[1.0] * 9)) == (raw, [])  # read surely: left as read
    assert line("A12", (0.3, 1.0, 1.0)) == ("A12", [])  # a code, not an amount


def test_a_level_name_one_character_off_two_names_takes_the_one_the_engine_thought_next(
        ) -> None:
    """居量指标 is one character from 质量指标 and from 数量指标 alike; the engine's
    runner-up for 居 (toner-saving print, read doubtfully) says which."""
    assert line("居量指标", (0.45, 1.0, 1.0, 1.0), ("质", "", "", "")) == (
        "质量指标", ["居量指标→质量指标 (word)"])
    assert line("居量指标", (0.45, 1.0, 1.0, 1.0), ("", "", "", "")) == ("居量指标", [])
    assert line("居量指标", (0.45, 1.0, 1.0, 1.0), ("启", "", "", "")) == ("居量指标", [])
    assert line("居量指标", (0.95, 1.0, 1.0, 1.0), ("质", "", "", "")) == ("居量指标", [])


@pytest.mark.parametrize(("raw", "chars", "expected"), [
    ("320|", (1.0, 1.0, 1.0, 0.70), "320"),  # a cell's border beside a figure set close
    ("6]", (0.99, 0.58), "6"),  # what worn paper left of the border, read as a bracket
    ("100%|", (1.0, 1.0, 1.0, 1.0, 0.4), "100%"),
    ("达标丨", (1.0, 1.0, 0.3), "达标"),
    ("320|", (1.0, 1.0, 1.0, 0.95), "320|"),  # read surely: left as read
    ("[2022]", (1.0, 1.0, 1.0, 1.0, 1.0, 0.5), "[2022]"),  # it closes what the line opened
    ("A|", (1.0, 0.3), "A|"),  # after a letter: nothing to say it is no part of the text
    # a seal's ring beside a percentage, its red taken out, read as a figure (batch w)
    ("≥95%6", (1.0, 1.0, 1.0, 1.0, 0.6), "≥95%"),
    ("≥95%6", (1.0, 1.0, 1.0, 1.0, 0.99), "≥95%6"),  # read surely: left as read
    ("95%6人", (1.0, 1.0, 1.0, 0.6, 1.0), "95%6人"),  # not at the end: not the ring's
    # a seal ring's arc beside the end of a target's last line, read as ！ (batch zf)
    ("欢迎！", (1.0, 1.0, 0.44), "欢迎"),
    ("欢迎！", (1.0, 1.0, 0.98), "欢迎！"),  # read surely: left as read
])
def test_a_ruling_mark_at_a_lines_end_that_closes_nothing_is_the_cells_border(
        raw: str, chars: tuple[float, ...], expected: str) -> None:
    assert line(raw, chars) == (expected, [f"{raw}→{expected} (stray mark)"]
                                if expected != raw else [])


@pytest.mark.parametrize(("raw", "gap", "expected"), [
    ("千人,“两强", 0.58, "千人,“两强"),  # the blank of “ itself: a half-width comma
    ("千人，“两强", 0.46, "千人,“两强"),
    ("千人,“两强", 1.1, "千人，“两强"),  # a full square and the blank of “
])
def test_a_comma_before_an_opening_mark_is_measured_less_the_marks_blank(
        raw: str, gap: float, expected: str) -> None:
    assert line(raw, gaps=_gap_at_comma(raw, gap))[0] == expected


@pytest.mark.parametrize(("raw", "sure", "expected"), [
    (">", 0.69, "≥"),  # a chevron the engine read without the bar its mark has
    (">", 0.99, "≥"),  # > lacks a bar whatever the engine's faith
    ("V", 0.5, "≥"),
    ("V", 0.87, "≥"),  # a chevron pointing down: a sideways one over a bar is no V
    ("v", 0.95, "≥"),
    ("7", 0.4, "≥"),
    ("7", 0.99, "7"),  # a 7 the engine is sure of
    ("M", 0.3, "≥"),  # ⩾ whose slanted bar crosses the chevron's stroke, doubted
    ("W", 0.99, "≥"),  # a small ≧ blurred, its chevron and bars run together (明朗中学's
    # workbook photographed): no W has bars under it, whatever the engine's faith
])
def test_a_sign_alone_takes_the_comparator_its_mark_shows(
        raw: str, sure: float, expected: str) -> None:
    text, fixes = line(raw, (sure,), shape="≥")
    assert text == expected
    assert fixes == ([f"{raw}→≥ (comparator shape)"] if expected != raw else [])
    assert line(raw, (sure,)) == (raw, [])  # the mark's ink not measured: as read


@pytest.mark.parametrize(("raw", "blanks", "expected"), [
    # 普陀区's 项目资金（元）, its （ read (: 0.7 em of blank before it, a full-width one's
    # own half square (a typed space leaves about 0.3): the full-width pair
    ("项目资金(元)", {3: 0.7}, "项目资金（元）"),
    ("计划(2024-2026)》等", {1: 0.68, 11: 0.54}, "计划（2024-2026）》等"),
    ("居村(街镇)创建", {5: 0.68}, "居村（街镇）创建"),  # the closing one's blank alone
    ("时效指标(必填)", {3: 0.32}, "时效指标 (必填)"),  # a typed space: typed_space's
    ("费用(元)", {1: 0.1}, "费用(元)"),  # the half-width bracket's own blank
])
def test_a_bracket_as_wide_as_the_blank_beside_it(
        raw: str, blanks: dict[int, float], expected: str) -> None:
    text, fixes = line(raw, blanks=tuple(blanks.get(i, 0.1) for i in range(len(raw))))
    assert text == expected
    why = "bracket width" if "（" in expected else "space"
    assert fixes == ([f"{raw}→{expected} ({why})"] if expected != raw else [])


@pytest.mark.parametrize(("raw", "blank", "where", "expected"), [
    ("时效指标(必填)", 0.32, "before", "时效指标 (必填)"),  # typed, the engine did not read it
    ("资金情况(万元)", 0.09, "before", "资金情况(万元)"),  # a bracket's own blank: none typed
    # none typed, the bracket drawn by a browser from a Chinese face (batch zc's 原州区)
    ("推广项目(2022年)", 0.23, "before", "推广项目(2022年)"),
    ("的通知》(陕财办农", 0.52, "before", "的通知》(陕财办农"),  # 》's square's right half
    # inside the brackets (南岳's page printed by Chromium: 0.47 and 0.42 em measured)
    ("收益率(≥**%)", 0.45, "inside", "收益率( ≥**% )"),
    ("资金情况(万元)", 0.08, "inside", "资金情况(万元)"),
    ("满意度(≥90%)", 0.12, "inside", "满意度(≥90%)"),
    ("效益指标(30分)", 0.3, "closing", "效益指标(30分)"),  # 分's own blank before it
    ("发放(缴纳)覆盖率", 0.3, "inside", "发放(缴纳)覆盖率"),
])
def test_a_space_typed_beside_a_bracket_is_read_from_the_blank(
        raw: str, blank: float, where: str, expected: str) -> None:
    """The blank before an opening bracket, after it and before the closing one
    (`inside`), or before the closing one, measured at `blank` ems; every other 0.1."""
    def at(i: int) -> bool:
        opening, closing = raw[i] == "(", raw[i + 1 : i + 2] == ")"
        return {"before": raw[i + 1 : i + 2] == "(", "inside": opening or closing,
                "closing": closing}[where]

    blanks = tuple(blank if at(i) else 0.1 for i in range(len(raw)))
    text, fixes = line(raw, blanks=blanks)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (space)"] if expected != raw else [])


@pytest.mark.parametrize(("cell", "expected"), [
    # a grey seal's ring over one character (batch d's 病媒 photo), the rest read surely
    ("成本指", "成本指标"),
    ("持续影响指标", "可持续影响指标"),
    ("效益标", "效益指标"),
    ("指标", None),  # too short to tell
    ("级指标", None),  # 一级指标, 二级指标 and 三级指标 alike (the row decides)
    ("总目标", None),  # a label some tables write so: only level names and header words
    ("产出指标", None),  # a word itself
])
def test_a_cell_with_a_lost_character_is_its_level_name(cell: str, expected: str | None
                                                         ) -> None:
    assert lost_character(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("社会会效益指标", "社会效益指标"),  # 成安's scan: 会 read twice
    ("产出指指标", "产出指标"),
    ("社会会效益", "社会效益"),  # 黄石's 指标名称 column: the level's name without 指标
    ("社会效益指标", None),  # a word itself
    ("学学生", None),  # 学生 is no level's name
    ("谢谢", None),  # too short, and no word
])
def test_a_cell_with_a_character_read_twice_is_its_level_name(cell: str, expected: str | None
                                                              ) -> None:
    assert doubled_character(cell) == expected


# blanks measured between the characters of lines read without spaces (batch f's scans)
@pytest.mark.parametrize(("raw", "blanks", "expected"), [
    ("产出指标", (0.41, 0.36, 0.36), "产 出 指 标"),  # 兵团's 目标表, a grey feeder scan
    ("产出指标(50分)", (0.32, 0.32, 0.23, 0.32, 0.14, 0.09, 0.09, 0.14),  # 张庄寨's 自评表
     "产 出 指 标 (50分)"),
    ("三级指标", (0.05, 0.05, 0.05), "三级指标"),  # typed together
    ("项目负责人及电话", (0.19, 0.24, 0.14, 0.05, 0.05, 0.14, 0.05), "项目负责人及电话"),
    ("绩效目标", (0.25, 0.21, 0.24), "绩效目标"),  # loose, but no typed space's on average
    ("一级指标", (0.05, 0.32, 0.05), "一级指标"),  # one wide blank tells nothing
    ("产出指标", (0.41, 0.15, 0.36), "产出指标"),  # nor a run of two
    ("二、自有资金:0万元", (0.17, 0.83, 0.21, 0.12, 0.12, 0.12, 0.08, 0.29, 0.08),
     "二、自有资金:0万元"),  # 、's own blank is no space: 、自有 is no run (坝塘镇's 目标表)
    ("基本公共卫生服务", (0.1, 0.12, 0.3, 0.31, 0.12, 0.1, 0.1),
     "基本公共卫生服务"),  # a run inside an unspaced line: blanks a ~100 dpi photo widened
])
def test_a_letter_spaced_run_is_read_from_its_blanks(
        raw: str, blanks: tuple[float, ...], expected: str) -> None:
    text, fixes = line(raw, blanks=(*blanks, None))
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (space)"] if expected != raw else [])


@pytest.mark.parametrize(("raw", "probability", "second", "expected"), [
    ("人数(人）", 0.58, ")", "人数(人)"),  # d13 of batch d: the bracket against the border
    ("人数（人)", 0.4, "）", "人数（人）"),
    # read surely, or no second thought of the matching bracket: the line keeps it (the
    # cell's pairs are matched once it is whole: headers.matched_brackets)
    ("人数(人）", 0.97, ")", "人数(人）"),
    ("人数(人）", 0.58, "", "人数(人）"),
    ("人数（人）", 0.3, ")", "人数（人）"),  # already matching
    ("人数人）", 0.3, ")", "人数人）"),  # nothing opened in the line
])
def test_a_doubted_closing_bracket_takes_the_width_of_the_opening(
        raw: str, probability: float, second: str, expected: str) -> None:
    chars = tuple(probability if i == len(raw) - 1 else 1.0 for i in range(len(raw)))
    seconds = tuple(second if i == len(raw) - 1 else "" for i in range(len(raw)))
    text, fixes = line(raw, chars, seconds)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (bracket)"] if expected != raw else [])


def test_a_doubted_zero_that_takes_a_share_past_a_hundred_is_the_percent_signs_circle() -> None:
    # 昌吉's 资助经费到位率100%: the % sign's left circle read, doubtfully, as one more 0
    conf = (1.0, 1.0, 1.0, 1.0, 0.36, 0.81)
    assert line("率1000%", conf) == ("率100%", ["率1000%→率100% (percent sign)"])
    assert line("率1000%", (1.0, 1.0, 1.0, 1.0, 0.99, 0.99)) == ("率1000%", [])  # sure
    assert line("增长1500%", (1.0, 1.0, 1.0, 1.0, 1.0, 0.36, 0.99))[0] == "增长1500%"  # not 100


@pytest.mark.parametrize(("raw", "chars", "seconds", "expected"), [
    # 市场监管's ≥124 photographed (batch zi): its ≥ read 2 at 0.81, ≥ the runner-up
    ("2124", (0.81, 1.0, 1.0, 1.0), ("≥", "", "", ""), "≥124"),
    # ≥90 read - at 0.43, = next: the sign, not a negative figure
    ("-90", (0.43, 1.0, 1.0), ("=", "", ""), "=90"),
    ("2124", (0.95, 1.0, 1.0, 1.0), ("≥", "", "", ""), "2124"),  # read surely
    ("2124", (0.81, 1.0, 1.0, 1.0), ("3", "", "", ""), "2124"),  # no sign next
    ("2", (0.5,), ("≥",), "2"),  # no figure after it
    ("约124", (0.6, 1.0, 1.0, 1.0), ("≥", "", "", ""), "约124"),  # a word, not a figure
])
def test_a_doubted_first_figure_the_engine_thought_next_a_comparator_is_that_sign(
        raw: str, chars: tuple[float, ...], seconds: tuple[str, ...], expected: str) -> None:
    text, fixes = line(raw, chars, seconds)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (comparator, the engine's second reading)"]
                     if expected != raw else [])


@pytest.mark.parametrize(("raw", "chars", "seconds", "expected"), [
    # 衡陽市社會福利院's traditional table photocopied (batch zr): 員 and 體 read as their
    # look-alikes with doubt, the runner-up making the word
    ("人貝", (1.0, 0.5), ("", "員"), "人員"),
    ("怕系，", (0.26, 1.0, 0.75), ("體", "", ","), "體系，"),
    ("教量指", (0.48, 1.0, 1.0), ("数", "", ""), "数量指"),
    ("經清", (1.0, 0.5), ("", "濟"), "經濟"),
    ("經清", (1.0, 0.95), ("", "濟"), "經清"),  # read surely: left as read
    ("满意度", (1.0, 0.5, 1.0), ("", "息", ""), "满意度"),  # a word already: kept
    ("經清", (1.0, 0.5), ("", "青"), "經清"),  # the runner-up makes no word either
    ("經清", (1.0, 0.5), ("", "2"), "經清"),  # a runner-up not Chinese
])
def test_a_doubted_character_whose_runner_up_makes_a_word_is_the_runner_up(
        raw: str, chars: tuple[float, ...], seconds: tuple[str, ...], expected: str) -> None:
    text, fixes = line(raw, chars, seconds)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (runner-up word)"] if expected != raw else [])


def test_a_traditional_level_name_is_a_word_and_is_corrected_in_its_own_characters() -> None:
    """經濟成本指標 is 经济成本指标 in traditional characters: no slip; read 經清成本指標
    (濟 doubted) it takes 濟, not 济 nor 指标; a 內 read for 门 in a simplified label is no
    sign of a traditional table."""
    assert line("經濟成本指標", (0.5,) * 6) == ("經濟成本指標", [])
    assert line("經清成本指標", (1.0, 0.5, 1.0, 1.0, 1.0, 1.0))[0] == "經濟成本指標"
    assert line("主管部內名称", (1.0, 1.0, 1.0, 0.5, 1.0, 1.0))[0] == "主管部门名称"
    assert line("數量措標", (1.0, 1.0, 0.5, 1.0))[0] == "數量指標"


@pytest.mark.parametrize(("raw", "chars", "expected"), [
    # 安溪's 强制免疫 目标表 by fax (batch zs): a speck before the label read 顶, doubted
    ("顶项目名称", (0.35, 0.9, 0.82, 1.0, 1.0), "项目名称"),
    ("项目名称表", (1.0, 1.0, 1.0, 1.0, 0.3), "项目名称"),
    ("顶项目名称", (0.75, 0.9, 0.82, 1.0, 1.0), "顶项目名称"),  # not doubted enough
    ("总项目名称", (0.3, 1.0, 1.0, 1.0, 1.0), "项目名称"),
    ("顶项目名", (0.3, 1.0, 1.0, 1.0), "顶项目名"),  # no known word after it
    ("1项目名称", (0.3, 1.0, 1.0, 1.0, 1.0), "1项目名称"),  # a figure: no speck's reading
])
def test_a_doubted_character_beside_a_whole_label_is_a_speck(
        raw: str, chars: tuple[float, ...], expected: str) -> None:
    text, fixes = line(raw, chars)
    assert text == expected
    assert fixes == ([f"{raw}→{expected} (extra character)"] if expected != raw else [])
