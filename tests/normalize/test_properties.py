"""Properties of normalize/ that hold for every input, checked with hypothesis."""

from __future__ import annotations

import calendar
import json
import warnings
from datetime import date
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jixiao.normalize import KINDS, Value, normalize_value
from jixiao.normalize.budget import parse_budget_text
from jixiao.normalize.canonical import canonical
from jixiao.normalize.money import parse_amount_yuan
from jixiao.normalize.recognise import _context, _recognise, normalize_jsonl_line
from jixiao.vocab.values import (
    COUNT_UNITS,
    MEASURE_UNITS,
    OP_CELL,
    PREFIX_COMPARATORS,
    SUFFIX_COMPARATORS,
)

# Text that looks like what submitters write: digits, Chinese numerals, units,
# comparators and punctuation mixed, plus anything at all.
_PIECES = [
    *"0123456789.%,，～~-—至到/每（）()年月日底前内以上下", "万", "亿", "千", "元", "万元",
    *"零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟萬億個",
    *[w for w, _ in PREFIX_COMPARATORS], *[w for w, _ in SUFFIX_COMPARATORS],
    *MEASURE_UNITS, *COUNT_UNITS, "百分之", "成", "季度", "第", "次年", "上半年", "无", "是",
    "达标", "满意度", "率", "０", "９", "％", "＞", "≥", "≤", "年底前", "２０２１", "2021", "2019",
]
written = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)
phrases = st.one_of(st.text(max_size=30), written)
level2s = st.one_of(st.none(), st.sampled_from(["成本指标", "数量指标", "时效指标"]), st.text())
years = st.one_of(st.none(), st.integers(min_value=-5, max_value=10000))
unit_cells = st.one_of(
    st.none(), st.sampled_from(["%", "万元", "元", "个", "亩", "次/年", "/", "万人"]), st.text()
)
op_cells = st.one_of(st.none(), st.sampled_from(sorted(OP_CELL)), st.text(max_size=4))

_FIELDS = {
    "quantity": {"op", "number", "unit", "base_number", "base_unit", "number_max",
                 "base_number_max"},
    "money": {"op", "number", "unit", "base_number", "base_unit", "number_max",
              "base_number_max"},
    "percent": {"op", "number", "unit", "base_number", "base_unit", "number_max",
                "base_number_max"},
    "date": {"op", "date"},
    "boolean": {"bool"},
    "qualitative": {"label"},
    "text": {"label"},
    "empty": set(),
}


@settings(max_examples=2000, deadline=None)
@given(phrases, level2s, years, unit_cells, op_cells)
@example("2019年2月29日", None, None, None, None)
@example("9" * 400 + "万元", "成本指标", 2021, None, None)
@example("1e999999", None, None, None, None)
@example("年底前", None, 9999, None, None)
@example("次年3月", None, 9999, None, None)
def test_never_raises_and_is_one_of_the_kinds(
    raw: str, level2: str | None, year: int | None, unit: str | None, op: str | None
) -> None:
    value = normalize_value(raw, level2=level2, year=year, unit=unit, op=op)
    assert value.kind in KINDS
    d = value.to_dict()
    assert len(d) == 11
    json.dumps(d, allow_nan=False)
    used = {k for k, v in d.items() if v is not None and k != "kind"}
    assert used <= _FIELDS[value.kind], d
    if value.kind == "text":
        assert value.label == raw.strip()
    if value.kind in ("quantity", "money", "percent"):
        assert value.op in ("=", ">=", "<=", ">", "<", "range")
        assert value.number is not None and value.number.is_finite()
        assert (value.op == "range") == (value.number_max is not None)
    if value.kind == "money":
        assert value.base_unit == "元" and value.unit in ("元", "千元", "万元", "亿元")
    if value.kind == "date":
        assert value.op == "<="


@given(phrases, level2s, years, unit_cells, op_cells)
def test_shortcut_agrees_with_the_recognisers(
    raw: str, level2: str | None, year: int | None, unit: str | None, op: str | None
) -> None:
    text = raw.strip()
    ctx = _context(level2, year, unit, op)
    assert normalize_value(raw, level2=level2, year=year, unit=unit, op=op) == _recognise(
        text, canonical(text), ctx
    )


# Amounts as clerks write them: up to 9 integer digits, up to 4 decimals.
amounts = st.decimals(
    min_value=0, max_value=Decimal("999999999.9999"), places=4, allow_nan=False
).map(lambda d: d.normalize() if d != 0 else Decimal(0))


def _written(d: Decimal) -> str:
    return format(d, "f")


@given(amounts, st.booleans())
def test_wan_yuan_round_trips(n: Decimal, cost: bool) -> None:
    value = normalize_value(f"{_written(n)}万元", level2="成本指标" if cost else None)
    assert value == Value("money", op="=", number=n, unit="万元", base_number=n * 10000,
                          base_unit="元")


@given(amounts)
def test_bare_wan_in_a_cost_row_is_money(n: Decimal) -> None:
    value = normalize_value(f"{_written(n)}万", level2="成本指标")
    assert (value.kind, value.unit, value.base_number) == ("money", "万元", n * 10000)


@given(amounts)
def test_amount_yuan_round_trips(n: Decimal) -> None:
    assert parse_amount_yuan(f"{_written(n)}万元") == n * 10000
    assert parse_amount_yuan(_written(n), default_unit="万元") == n * 10000
    assert parse_amount_yuan(f"{_written(n)}元") == n


@given(amounts)
def test_percent_round_trips_and_full_width_reads_the_same(n: Decimal) -> None:
    half = f"{_written(n)}%以上"
    full = half.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    value = normalize_value(half)
    assert (value.kind, value.op, value.number, value.base_number) == ("percent", ">=", n, n)
    assert normalize_value(full) == value


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["low", "up"]))
def test_chinese_numerals_read_like_digits(n: int, mode: str) -> None:
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = cn2an.an2cn(n, mode)
    value = normalize_value(f"{written}个")
    assert (value.kind, value.number, value.unit) == ("quantity", Decimal(n), "个"), written


@given(st.sampled_from(PREFIX_COMPARATORS), st.integers(min_value=0, max_value=100))
def test_every_prefix_comparator_gives_its_op(word_op: tuple[str, str], n: int) -> None:
    word, op = word_op
    value = normalize_value(f"{word}{n}%")
    assert (value.kind, value.op, value.number) == ("percent", op, Decimal(n))


@given(st.sampled_from(SUFFIX_COMPARATORS), st.integers(min_value=0, max_value=10**6))
def test_every_suffix_comparator_gives_its_op(word_op: tuple[str, str], n: int) -> None:
    word, op = word_op
    value = normalize_value(f"{n}人{word}")
    assert (value.kind, value.op, value.number, value.unit) == ("quantity", op, Decimal(n), "人")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_read_back(d: date) -> None:
    for written in (
        f"{d.year}年{d.month}月{d.day}日前",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}-{d.month:02}-{d.day:02}",
        f"截至{d.year}年{d.month}月{d.day}日",
    ):
        assert normalize_value(written) == Value("date", op="<=", date=d), written


@given(st.integers(min_value=1990, max_value=2099), st.integers(min_value=1, max_value=12))
def test_month_deadlines_are_the_months_last_day(year: int, month: int) -> None:
    last = date(year, month, calendar.monthrange(year, month)[1])
    assert normalize_value(f"{month}月底前", year=year) == Value("date", op="<=", date=last)
    assert normalize_value(f"{year}年{month}月") == Value("date", op="<=", date=last)


@given(written)
@example("壹成佰")  # a capital digit before 成 became a digit only after the tenths were read
def test_canonical_is_idempotent(raw: str) -> None:
    once = canonical(raw)
    assert canonical(once) == once


@given(st.text(max_size=80))
def test_budget_text_never_raises(text: str) -> None:
    reading = parse_budget_text(text)
    assert reading.purpose is None or reading.purpose.strip()


@given(st.dictionaries(st.sampled_from(["raw", "level2", "year", "unit", "op", "x"]),
                       st.one_of(st.none(), st.text(max_size=10), st.integers(), st.floats())))
def test_jsonl_line_never_raises(obj: dict[str, object]) -> None:
    assert normalize_jsonl_line(obj)["kind"] in KINDS
