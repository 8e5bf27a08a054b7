"""What OCR slips on in these tables, as data: the words a cell may hold whole, the
characters the engine confuses in figures, and the comparator signs it misreads.

`correct` reads these; a new slip seen on a scan is usually a new line here.
"""

from __future__ import annotations

import re

from jixiao.vocab.categories import CATEGORY_ORDER, OTHER_WORDINGS, SHORT_NAMES
from jixiao.vocab.labels import KEY_LABELS, MONEY_CAPTIONS
from jixiao.vocab.values import COUNT_UNITS, MEASURE_UNITS, MONEY_UNITS

# Words that fill a cell on their own: the level names of the indicator tables and the
# header words of the templates.  A line one character away from exactly one of them (and
# not itself a word here) is that word misread.
LEVEL_NAMES: tuple[str, ...] = (
    *CATEGORY_ORDER,
    *(f"{short}指标" for shorts in SHORT_NAMES.values() for short in shorts),  # 效果指标
    *(w for ws in OTHER_WORDINGS.values() for w in ws),
    "数量指标", "质量指标", "时效指标", "成本指标",
    "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
    "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
)
# ... and as some tables name them, targets (福建's 成本目标, 数量目标): words a cell may
# hold as read, never what a slip is corrected to (数量措标 is 数量指标 misread: 措 and 指
# share a hand, 目 nothing)
TARGET_LEVEL_NAMES = frozenset((
    "产出目标", "效益目标", "满意度目标", "数量目标", "质量目标", "时效目标", "成本目标",
    "经济效益目标", "社会效益目标", "生态效益目标", "可持续影响目标", "服务对象满意度目标",
))
HEADER_WORDS: tuple[str, ...] = (
    "一级指标", "二级指标", "三级指标", "指标值", "指标目标值", "绩效指标", "指标内容",
    "指标名称", "指标性质", "度量单位", "计量单位", "权重", "分值", "得分", "实际完成值",
    "年度指标值", "全年预算数", "全年执行数", "执行率", "偏差原因分析及改进措施",
)
# ... and the level names of the self-evaluations' and evaluations' indicator tables, which
# follow 财政部's common frameworks: 预算绩效评价共性指标体系框架 (财预〔2013〕53号: 项目决策 /
# 资金分配 / 分配办法) and 项目支出绩效评价指标体系 (财预〔2020〕10号: 决策 / 项目立项 /
# 立项依据充分性)
EVALUATION_WORDS: tuple[str, ...] = (
    "项目决策", "项目管理", "项目绩效", "项目目标", "决策过程", "资金分配", "资金到位",
    "资金管理", "组织实施", "项目产出", "项目效益", "目标内容", "决策依据", "决策程序",
    "分配办法", "分配结果", "到位时效", "资金使用", "财务管理", "组织机构", "管理制度",
    "产出数量", "产出质量", "产出时效", "产出成本", "环境效益",
    "项目立项", "资金投入", "立项依据充分性", "立项程序规范性", "绩效目标合理性",
    "绩效指标明确性", "预算编制科学性", "资金分配合理性", "资金到位率", "预算执行率",
    "资金使用合规性", "管理制度健全性", "制度执行有效性", "实际完成率", "质量达标率",
    "完成及时性", "成本节约率", "实施效益",
    "项目效果",  # the 检验检疫 programmes' 项目产出 / 项目效果 (no slip for 项目效益)
    # ... and their 二级 names, short (项目效果 | 社会效益; a faded copy's 社会效)
    "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度",
)
CELL_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    (*LEVEL_NAMES, *HEADER_WORDS, *EVALUATION_WORDS,
     *(w for ws in KEY_LABELS.values() for w in ws))
))
CELL_WORD_SET = frozenset(CELL_WORDS) | TARGET_LEVEL_NAMES  # to ask whether a text is one
# ... and with the captions over a self-evaluation's money columns, the words a form prints
# and no seal bears (a pale line that reads one surely is print: `scan._noise`)
FORM_WORD_SET = CELL_WORD_SET | frozenset(MONEY_CAPTIONS)
# The units a figure is written with (200次, 37亩, 91万元): after a figure, print, whatever
# its ink looks like
UNIT_WORDS = frozenset((*COUNT_UNITS, *MEASURE_UNITS, *MONEY_UNITS, "万", "亿"))
MIN_WORD = 4  # shorter words are too close to each other to correct by one character
# A character is changed only where the engine was unsure of it: read with a probability
# above this, 效果指标 is what the page says, not a slip for 效益指标.
SURE = 0.9
# A Chinese character read with a probability under this, its runner-up Chinese too, is
# read as the runner-up where only that makes a word with its neighbours (`correct.
# runner_up_word`): a word of WORD_SPAN characters at most, used WORD_FREQUENCY times or
# more in jieba's dictionary (体系 7,876; 人员 19,810; rarer words are too many to judge by)
RUNNER_UP_DOUBT = 0.6
# A Chinese character read with a probability under this before or after a known cell word
# that is the whole line is a speck read as one (`correct.extra_character`: 顶项目名称)
EXTRA_DOUBT = 0.5
WORD_FREQUENCY = 100
WORD_SPAN = 4
# How a cell's reading records a line dropped as a seal's or a pen's mark (`scan._recognised`),
# which `headers.whole_cells` asks after
NOISE_MARK = "→ (noise)"

# Characters read in place of a digit, when the characters on both sides are figures
# (digits, the decimal point, %): O in 1O0 is 0, l in 9l% is 1.
DIGIT_LOOKALIKES: dict[str, str] = {
    "O": "0", "o": "0", "D": "0", "Q": "0",
    "l": "1", "I": "1", "|": "1", "i": "1",
    "Z": "2", "z": "2",
    "S": "5", "s": "5",
    "B": "8",
    "g": "9", "q": "9",
}
# Letters read in place of a 0 alone in its cell (or before a % alone): round ones.
ROUND_ZEROS = frozenset("OoDQ")
# A Latin letter at either end of a line of Chinese read with a probability under this is
# the remains of a seal's or a pen's stroke (改善了农民生产生活条件n), not text.
STRAY_DOUBT = 0.7

# Punctuation read between two digits that can only be the decimal point.
DECIMAL_LOOKALIKES: tuple[str, ...] = ("。", "·", "，", ",")
FIGURE_CHARS = frozenset("0123456789.%")

# A comparator sign read as another character at the start of a value, before a figure:
# only what the sign cannot be as written (≧ and ≦ are signs submitters use: kept).
COMPARATOR_LOOKALIKES: dict[str, str] = {
    "〉=": "≥", "〈=": "≤", "==": "=",
}
# A comparator typed as two marks (<=, >=), alone on its line, its = read as another
# pair of bars (<Ⅱ, <リ, <二) or its > as a V (V=, 济南's and 景东's 指标性质 columns in
# black and white): no reading of such a line means anything else
TYPED_COMPARATOR_RE = re.compile(r"^(?P<sign>[<>〈〉＜＞Vv])(?P<bars>[=＝Ⅱ‖リニ二〓])$")
TYPED_SIGNS: dict[str, str] = {"<": "<", "〈": "<", "＜": "<", ">": ">", "〉": ">", "＞": ">",
                               "V": ">", "v": ">"}

# The percent sign's circles read as letters of their own: `率0%`, `**0%`, `95%o`.  A
# character here beside a % is the sign's circle when it cannot be a figure of the number:
# after the %, always; before it, when the engine doubted it and what stands before it is
# no figure, no comparator, no sign and not the line's start (100%, =0%, -0% and 0% stay as
# read: a 检验检疫 评价表's growth target of -0%).
PERCENT_CIRCLES = frozenset("0oO°")
NOT_BEFORE_A_CIRCLE = frozenset("0123456789.=<>≥≤≧≦＝＜＞-+±－＋")

# A comma between two Chinese characters is the full-width ， or the half-width , as the
# submitter typed it; the engine tells them apart by shape, but they differ in width only:
# a blank after the mark of WIDE_COMMA ems or more is the full-width one, of NARROW_COMMA
# or less the half-width one (between the two: left as read).  Measured: the full-width
# one leaves 0.63-0.77 em; the half-width one 0.0-0.16 in Noto, whose , is a third of an
# em wide, and 0.19-0.35 in a face whose half-width glyphs are half an em (宋体, 仿宋 and
# 楷体 as Windows has them, AR PL UKai), where the engine reads nearly every one ，.
COMMAS = frozenset(",，")
# ... and a semicolon the same way (其中;…;…): the full-width ； sits at the left of its
# square as ， does, the half-width ; fills half a square as , does
SEMICOLONS = frozenset(";；")
WIDE_COMMA = 0.55
NARROW_COMMA = 0.45
# A colon between two characters likewise (目标1:完成, 其中:财政): its dots stand in the
# left of a square for the full-width ：, a blank of WIDE_COLON ems or more after them
# (measured 0.77 to 0.81); the half-width : leaves NARROW_COLON or less (measured 0.10 to
# 0.18 in Noto, 0.21 to 0.32 in a face of half-em half-width glyphs)
COLONS = frozenset(":：")
WIDE_COLON = 0.55
NARROW_COLON = 0.45
OPENING_MARKS = frozenset("“‘（《「『【(")  # may follow a comma where a character would
# ... and the blank on the left of their square, in ems, which the blank after the comma
# takes in: a half-width comma before “ leaves ~0.5 em of paper, a full-width one ~1 em
OPENING_BLANK = 0.4

# ems of blank between a Chinese character and a half-width bracket that is a typed space
# (measured: 0.28-0.35 where one was typed, 0.07-0.13 where none was; 0.23 where none was
# and a browser drew the bracket from a Chinese face, 推广项目(2022年…, batch zc)
TYPED_BLANK = 0.25
# ... and one this wide or wider is a full-width bracket's own half square, read as the
# half-width one (项目资金(元): 0.6-0.72 measured beside （, where a typed space and ( leave
# 0.28-0.35): the bracket is the full-width one, and no space was typed
FULL_BRACKET_BLANK = 0.45
# A run of SPACED_RUN Chinese characters or more, each blank between them LOOSE_BLANK ems
# or more and SPACED_BLANK on average, is letter-spaced with typed spaces (产 出 指 标:
# measured 0.23-0.45 on scans of such cells; 0.05-0.2 between most characters typed
# together, and fewer than 1 in 500 pairs of these above 0.3, mostly a seal's letters)
SPACED_RUN = 3
LOOSE_BLANK = 0.2
SPACED_BLANK = 0.28

# Signs a cell may hold alone, whatever the engine's confidence: the comparator of a 指标性质
# column (≥), a unit column's %.  Never taken for a speck of the page.
SIGNS_ALONE = frozenset("≥≤≧≦><=＞＜＝%％")

# What the engine reads a comparator alone in its cell as (the ≥ of a 指标性质 column, on a
# phone photo: >, V, 7): such a reading is checked against the mark's ink, a chevron over
# one or two bars (`lines.comparator_shape`), and takes the sign the ink shows.  > and <
# whatever the engine's confidence (a bar under them is what they lack), and V and v too
# (a chevron pointing down, which the ink's, pointing sideways, is not: a V the engine
# is sure of over a ≥'s mark is still the mark); the others only where the engine
# doubted them (a 7 it is sure of is a 7; M, a ⩽ whose slanted bar crosses the chevron's
# lower stroke; N, a small ≧ whose bars the blur joined).  W is a small ≧ whose chevron
# and bars a phone's blur ran together (a workbook's 指标性质 column photographed, read W
# at 0.99): no letter W has bars under it, so the ink's shape decides whatever the
# engine's confidence, as for V.
LONE_SIGN_LOOKALIKES = frozenset("><≥≤≧≦Vv7Zz2LMNW")
SIGNS_WITHOUT_A_BAR = frozenset("><VvW")

# A comparator with two bars (≧ ≦, which submitters write) is read as the one-bar sign:
# the engine never writes the two-bar one.  The mark's bands of ink tell them apart: the
# chevron and DOUBLE_BAR_BANDS - 1 bars one above the other.
DOUBLE_BARS: dict[str, str] = {"≥": "≧", "≤": "≦"}
DOUBLE_BAR_BANDS = 3

# A flat mark alone in its line (a band of ink thinner than a character's strokes make it:
# `scan.FLAT_SHARE` of the page's line height) read as a character is the sign of that
# shape: two bars (read 二) are =, which a 指标性质 column holds alone; a single bar is the
# dash a cell holds as a placeholder, — where it is at least HYPHEN_LENGTH ems long (read
# 一, the character, which is never alone in these tables' cells), else the hyphen -.
FLAT_BARS: dict[str, str] = {"二": "=", "ニ": "=", "〓": "=", "＝": "=",
                             "三": "=",  # = with a speck read as a third bar
                             "Ⅱ": "="}  # (a phone app's clipped =, its bars read upright)
FLAT_DASHES = frozenset("-—－–一_―")
HYPHEN_LENGTH = 0.55

# What follows a 一 that a scan loses (one thin stroke, read as nothing or as a piece of a
# ruling line) where no word goes on without it: 次性 is 一次性 (b05: 次性通过省文物局验收).
LOST_ONE_BEFORE: tuple[str, ...] = ("次性",)

# Words the engine makes of a common one by a look-alike character, which these tables do
# not write: 部门 with its 门 read 内 or 內 (three scans of batches o and p: 部內名称,
# 检验检疫部内的监管成本, 主管部内名称); 绩效 with its 绩 read 统 (the same 纟 beside a
# stroke bled by a damp print: 统效目标表, batch zq); 困难群众 with its 困 read 国 (a
# frame round a stroke: 国难 is a word, 国难群众 is none); 人员 with its 员 read 贝 (a
# photocopy's faint 口 atop 貝: 編外人貝數量, batch zr).  Changed wherever read, and
# recorded.
MISREAD_WORDS: dict[str, str] = {"部内": "部门", "部內": "部门", "统效": "绩效",
                                 "国难群众": "困难群众", "人贝": "人员", "人貝": "人員"}

# A page is printed in traditional characters where, of the Chinese characters read on it
# that are written one way in traditional and another in simplified text, this share or
# more are traditional, and at least TRADITIONAL_LEAST of them (`scan._in_traditional`: a
# simplified page the engine read a few traditional characters on, 財 for 财, is none)
TRADITIONAL_SHARE = 0.8
TRADITIONAL_LEAST = 20
