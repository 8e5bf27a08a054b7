"""Chinese numerals, as data: the characters that write a number and what each is worth.

Whole numbers are read by cn2an (`normalize.canonical.cn_number`); these lists say where
a numeral is (the regex classes of normalize, the layout and the label patterns) and
read the few forms read by hand: a year written digit by digit (二〇二五), 九成 (90%),
三四个 (3 to 4), enumeration markers (一、 (二) 第三部分).
"""

from __future__ import annotations

# The ten digits, in value order: DIGITS[n] is n.
DIGITS = "零一二三四五六七八九"
# One to nine: the digits that count items (一、 二、; 第一季度).
NONZERO_DIGITS = DIGITS[1:]
# 两 is 2 before a measure word (两个, 两成).
TWO = "两"
# 〇 is 0 in a number written digit by digit (二〇二五, 一〇五); ○ (a white circle) is
# typed for it in years only.
CIRCLE_ZERO = "〇"
TYPED_CIRCLE_ZERO = "○"
# Place values.  万 and 亿 are not here: they group places and are read apart, so that
# 一百二十万元 keeps its 万 (120万元).
TEN = "十"
PLACES = TEN + "百千"
# Financial capitals (大写, 壹佰贰拾万元整): one to nine, then 拾 佰 仟.
CAPITAL_DIGITS = "壹贰叁肆伍陆柒捌玖"
CAPITAL_PLACES = "拾佰仟"

# --- derived ------------------------------------------------------------------------------

# Every character of a Chinese number but the groups 万/亿: what normalize looks for.
NUMBER_CHARS = DIGITS + CIRCLE_ZERO + TWO + PLACES + CAPITAL_DIGITS + CAPITAL_PLACES
# A digit character → its value (两 included), for the forms read by hand.
DIGIT_VALUES: dict[str, int] = {c: n for n, c in enumerate(DIGITS)} | {TWO: 2}
# A year written digit by digit (二〇二五年度): character → digit.
YEAR_DIGITS: dict[str, str] = {CIRCLE_ZERO: "0", TYPED_CIRCLE_ZERO: "0"} | {
    c: str(n) for n, c in enumerate(DIGITS)
}
# Numbers that enumerate (一、 (二) 第十部分, 目标三): one to ten and their runs (十一).
ENUMERATION_CHARS = NONZERO_DIGITS + TEN

# Words whose 一 is part of the word, not a number: what follows a 一 that stays 一 (保持一致
# is no count of 致, 一次性验收合格率100% no count of 次, 一线人员满意度 no count of 线).
# ... and what follows any numeral that keeps it a word's: a chemical's count of atoms
# (二氧化碳, 二氧化硫: a unit's 吨二氧化碳 stays whole)
NUMERAL_IN_WORDS: tuple[str, ...] = ("氧化",)
ONE_IN_WORDS: tuple[str, ...] = (
    "致", "次性", "站式", "线", "体", "票否决", "律", "并", "流", "时间", "揽子", "把手",
)
