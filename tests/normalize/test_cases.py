"""normalize/: the case table (tests/normalize/cases.tsv), money, budget sentences, passes.

The table has one case a line: raw <TAB> context <TAB> expected <TAB> note. Lines starting
with "## " open a group (seed, families, bugs, strict xfail); "#" lines are comments.

context:  "-" or space-separated key=value: level2=成本指标 year=2021 unit=% op=≥
expected: kind and fields, space-separated:
    empty | text | boolean true | qualitative 达标
    percent >= 95            percent range 90..95
    quantity = 37 亩 | ~24666.6667 m2     (after "|": base number and base unit;
    quantity = 12 个                       omitted: the unit is its own base)
    quantity = 15000 -                    ("-": no unit)
    money = 17.3 万元 | 173000 元
    date <= 2021-12-31
  A number starting with "~" is compared to 4 decimals; any other number exactly.
"""

from __future__ import annotations

import dataclasses
import json
import shlex
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.hanzi import plain
from jixiao.normalize import Value, normalize_value
from jixiao.normalize.budget import (
    BudgetReading,
    FundingAmount,
    is_subtotal,
    parse_budget_text,
    parse_funding_label,
)
from jixiao.normalize.canonical import canonical, surface
from jixiao.normalize.dates import NEEDS_YEAR, NO_SUCH_DAY, NOT_A_DATE, read_deadline
from jixiao.normalize.money import closing_amount, parse_amount_yuan
from jixiao.normalize.quantities import Amount, read_phrase
from jixiao.normalize.recognise import _context as value_context
from jixiao.normalize.recognise import _recognise, normalize_jsonl_line
from jixiao.vocab.values import DEADLINE_SUFFIXES, PREFIX_COMPARATORS, SUFFIX_COMPARATORS

CASES = Path(__file__).with_name("cases.tsv")


@dataclass(frozen=True)
class Case:
    group: str
    raw: str
    context: dict[str, Any]
    expected: str
    note: str
    line: int


def load_cases() -> list[Case]:
    cases = []
    group = "?"
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            group = line[3:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) >= 3, f"{CASES.name}:{n}: want raw, context, expected"
        note = cols[3].strip() if len(cols) > 3 else ""
        cases.append(Case(group, cols[0], _context(cols[1]), cols[2].strip(), note, n))
    return cases


def _context(col: str) -> dict[str, Any]:
    ctx: dict[str, Any] = {}
    if col.strip() in ("", "-"):
        return ctx
    for pair in shlex.split(col):  # a value with spaces in quotes: level2="成 本 指 标"
        key, _, value = pair.partition("=")
        ctx[key] = int(value) if key == "year" else value
    return ctx


def _param(case: Case) -> Any:
    ident = case.raw
    if case.context:
        ident += f" [{' '.join(map(str, case.context.values()))}]"
    marks = [pytest.mark.xfail(strict=True, reason="known gap")] if "xfail" in case.group else []
    return pytest.param(case, id=ident, marks=marks)


ALL_CASES = load_cases()


@pytest.mark.parametrize("case", [_param(c) for c in ALL_CASES])
def test_case_table(case: Case) -> None:
    value = normalize_value(case.raw, **case.context)
    assert_matches(value, case.expected, case.raw)


def test_shortcut_agrees_with_the_recognisers() -> None:
    """normalize_value's shortcut for plain numbers gives what the ordered list gives."""
    for case in ALL_CASES:
        c = case.context
        written = case.raw.strip()
        text = plain(written)  # (what normalize_value reads a full-width one as)
        ctx = value_context(c.get("level2"), c.get("year"), c.get("unit"), c.get("op"))
        expected = _recognise(text, canonical(text), ctx)
        if text != written and expected.kind in ("text", "qualitative"):
            expected = dataclasses.replace(expected, label=written)  # (kept as written)
        assert normalize_value(case.raw, **c) == expected, case.raw


def assert_matches(value: Value, expected: str, raw: str) -> None:
    words = expected.split()
    kind = words[0]
    got = value.to_dict()
    assert value.kind == kind, f"{raw!r}: {got}"
    if kind == "empty":
        assert value == Value("empty")
    elif kind == "text":
        assert value == Value("text", label=raw.strip()), got
    elif kind == "boolean":
        assert value == Value("boolean", bool=words[1] == "true"), got
    elif kind == "qualitative":
        assert value == Value("qualitative", label=" ".join(words[1:]) or raw.strip()), got
    elif kind == "date":
        assert (value.op, value.date) == (words[1], date.fromisoformat(words[2])), got
        assert value.number is None and value.unit is None, got
    else:
        _assert_amount(value, words, got)


def _assert_amount(value: Value, words: list[str], got: dict[str, Any]) -> None:
    op, numbers = words[1], words[2]
    unit = words[3] if len(words) > 3 and words[3] != "|" else None
    if unit == "-":
        unit = None
    elif unit is None and value.kind == "percent":
        unit = "%"
    assert value.op == op, got
    low, high = _numbers(numbers)
    _close(value.number, low, got)
    _close(value.number_max, high, got)
    assert value.unit == unit, got
    if "|" in words:
        base = words[words.index("|") + 1 :]
        blow, bhigh = _numbers(base[0])
        _close(value.base_number, blow, got)
        _close(value.base_number_max, bhigh, got)
        assert value.base_unit == (None if base[1] == "-" else base[1]), got
    elif value.kind == "money":
        raise AssertionError("money cases must give the base amount in 元")
    else:  # percent, counts, no unit: the number is its own base
        assert (value.base_number, value.base_number_max) == (value.number, value.number_max), got
        assert value.base_unit == value.unit, got


def _numbers(text: str) -> tuple[str, str | None]:
    low, sep, high = text.partition("..")
    return low, (high if sep else None)


def _close(actual: Decimal | None, expected: str | None, got: dict[str, Any]) -> None:
    if expected is None:
        assert actual is None, got
        return
    assert actual is not None, got
    if expected.startswith("~"):
        assert abs(actual - Decimal(expected[1:])) < Decimal("0.0001"), got
    else:
        assert actual == Decimal(expected), got


def test_table_covers_every_kind_and_is_large() -> None:
    kinds = {c.expected.split()[0] for c in ALL_CASES}
    assert kinds == {"quantity", "money", "percent", "date", "boolean", "qualitative", "text",
                     "empty"}
    assert len(ALL_CASES) >= 400


def test_every_text_case_says_why() -> None:
    """What the table expects as `text` is there on purpose, with the reason beside it."""
    silent = [f"line {c.line}: {c.raw!r}" for c in ALL_CASES
              if c.expected == "text" and not c.note]
    assert not silent


def test_table_has_no_duplicate_cases() -> None:
    seen = [(c.raw, tuple(sorted(c.context.items()))) for c in ALL_CASES]
    dupes = {s for s in seen if seen.count(s) > 1}
    assert not dupes


# ---------------------------------------------------------------------------------------
# The value object's shape
# ---------------------------------------------------------------------------------------

def test_value_object_has_eleven_keys_and_json_numbers() -> None:
    d = normalize_value("37亩").to_dict()
    assert list(d) == ["kind", "op", "number", "number_max", "unit", "base_number",
                       "base_number_max", "base_unit", "date", "bool", "label"]
    assert d["number"] == 37 and isinstance(d["number"], int)
    assert d["base_number"] == pytest.approx(24666.67, abs=0.01)
    assert json.loads(json.dumps(d)) == d


def test_money_is_exact() -> None:
    value = normalize_value("17.3万元", level2="成本指标")
    assert value.base_number == Decimal("173000")
    assert value.to_dict()["base_number"] == 173000


@pytest.mark.parametrize(
    ("obj", "kind", "number"),
    [
        ({"raw": "95%以上"}, "percent", 95),
        ({"raw": "91万", "level2": "成本指标"}, "money", 91),
        ({"raw": "95", "op": "≥", "unit": "%"}, "percent", 95),
        ({"raw": "年底前", "year": "2021"}, "date", None),
        ({"raw": "年底前", "year": 2021.5}, "text", None),
        ({"raw": None}, "empty", None),
        ({"raw": 37}, "quantity", 37),
        ({}, "empty", None),
    ],
)
def test_jsonl_line(obj: dict[str, Any], kind: str, number: int | None) -> None:
    out = normalize_jsonl_line(obj)
    assert out["kind"] == kind
    assert out["number"] == number


# ---------------------------------------------------------------------------------------
# First pass (canonical form)
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "canon"),
    [
        ("９５％以上", "95%以上"),
        ("1，200萬元", "1200万元"),
        ("82，225.00元", "82225.00元"),
        ("3,309,840.00", "3309840.00"),
        ("一百二十万元", "120万元"),
        ("壹佰贰拾万元整", "120万元整"),
        ("百分之九十五", "95%"),
        ("九成以上", "90%以上"),
        ("九成五", "95%"),
        ("三十七亩", "37亩"),
        ("两个", "2个"),
        ("5千米", "5千米"),
        ("三千元", "3000元"),
        ("1.5万人", "1.5万人"),
        ("二〇二一年十二月底前", "2021年12月底前"),
        ("完成", "完成"),
        ("95 %", "95%"),
        ("≥ 95 %", "≥95%"),
        ("12個", "12个"),
    ],
)
def test_canonical(raw: str, canon: str) -> None:
    assert canonical(raw) == canon


# ---------------------------------------------------------------------------------------
# Money amounts and budget sentences
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "default_unit", "yuan"),
    [
        ("561.2万元", "元", "5612000"),
        ("100万元", "元", "1000000"),
        ("3,309,840.00", "元", "3309840"),
        ("82，225.00元", "元", "82225"),
        ("壹佰贰拾万元整", "元", "1200000"),
        ("5万", "元", "50000"),
        ("1.2亿元", "元", "120000000"),
        ("17.3万元", "元", "173000"),
        ("30", "万元", "300000"),
        ("30", "（万元）", "300000"),
        ("30.5", "元", "30.5"),
        ("5万", "万元", "50000"),  # the written unit wins over the header's
        ("３０万元", "元", "300000"),
        ("1.5千元", "元", "1500"),
        ("2百万元", "元", "2000000"),
        ("人民币5000元", "元", "5000"),
        ("1 437", "元", "1437"),  # thousands parted by a space
        ("100\n(其中中央50)", "万元", "1000000"),  # the breakdown on a line of its own
    ],
)
def test_parse_amount_yuan(text: str, default_unit: str, yuan: str) -> None:
    assert parse_amount_yuan(text, default_unit) == Decimal(yuan)


@pytest.mark.parametrize("text", ["", "abc", "37亩", "95%", "万元", "30", "1.2.3元"])
def test_parse_amount_yuan_refuses(text: str) -> None:
    assert parse_amount_yuan(text, default_unit="个") is None


@pytest.mark.parametrize("text", ["213.4\n259", "213.4 259", "12,000.00\n8,000.00", "30\n 40万元"])
def test_parse_amount_yuan_refuses_two_figures(text: str) -> None:
    """Two figures (two years' columns run into one cell) are no amount, never one fused."""
    assert parse_amount_yuan(text, default_unit="万元") is None


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("中央财政衔接推进乡村振兴补助资金(以工代赈任务)375万元", "3750000"),
        ("中央財政銜接推進鄉村振興補助資金(以工代賑任務)375萬元。", "3750000"),  # 井研縣
        ("财政资金5000元", "5000"),
        ("共50万元,其中30万元", None),  # two amounts: a sentence, read otherwise
        ("375万元用于修路", None),  # the text goes on after it
        ("补助资金375万", None),  # no 元: a bare 万 may count people
    ],
)
def test_closing_amount(text: str, yuan: str | None) -> None:
    found = closing_amount(surface(text))
    assert (found.yuan if found else None) == (Decimal(yuan) if yuan else None)


def _f(source: str, yuan: str) -> FundingAmount:
    return FundingAmount(source, Decimal(yuan))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "预算数561.2万元。其中：政府性基金561.2万元。主要用于我镇沙雾庄37亩土地的安置地连补偿工作。",
            BudgetReading(Decimal("5612000"), (_f("政府性基金", "5612000"),),
                          "主要用于我镇沙雾庄37亩土地的安置地连补偿工作。"),
        ),
        (  # seed project 12: the quirk stays as stated
            "预算数393.97万元。其中：财政资金39.97万元。主要用于老庄子镇集贸市场附件管道的增粗能及时排水积水。",
            BudgetReading(Decimal("3939700"), (_f("财政资金", "399700"),),
                          "主要用于老庄子镇集贸市场附件管道的增粗能及时排水积水。"),
        ),
        (
            "预算数92.8万元。其中：财政资金92.8万元。主要用于村两委考核奖金、大学生村官考核奖金、离任补贴",
            BudgetReading(Decimal("928000"), (_f("财政资金", "928000"),),
                          "主要用于村两委考核奖金、大学生村官考核奖金、离任补贴"),
        ),
        (
            "项目预算100万元，其中财政资金80万元、自筹资金20万元，用于修建道路。",
            BudgetReading(Decimal("1000000"), (_f("财政资金", "800000"), _f("自筹资金", "200000")),
                          "用于修建道路。"),
        ),
        (
            "总投资 1,200万元（中央资金500万元，省级资金700万元）",
            BudgetReading(Decimal("12000000"),
                          (_f("中央资金", "5000000"), _f("省级资金", "7000000")), None),
        ),
        ("预算数：30万元", BudgetReading(Decimal("300000"), (), None)),
        ("主要用于我镇地下水进行检测。", BudgetReading(None, (), "主要用于我镇地下水进行检测。")),
        (
            "财政资金80万元，自筹资金20万元，合计100万元。用于修路",
            BudgetReading(Decimal("1000000"), (_f("财政资金", "800000"), _f("自筹资金", "200000")),
                          "用于修路"),
        ),
        ("预算数30万元主要用于信访维稳", BudgetReading(Decimal("300000"), (), "主要用于信访维稳")),
        (
            "预算资金82，225.00元，其中：一般公共预算82，225.00元。用于办公",
            BudgetReading(Decimal("82225"), (_f("一般公共预算", "82225"),), "用于办公"),
        ),
        (
            "預算數561.2萬元。其中：政府性基金561.2萬元。主要用於補償",
            BudgetReading(Decimal("5612000"), (_f("政府性基金", "5612000"),), "主要用於補償"),
        ),
        (
            "本项目预算为壹佰贰拾万元整，用于购置设备",
            BudgetReading(Decimal("1200000"), (), "用于购置设备"),
        ),
        (
            "预算数为100万元，其中：中央财政资金50万元，省级财政资金30万元，县级财政资金20万元。主要用于道路维修。",
            BudgetReading(Decimal("1000000"), (_f("中央财政资金", "500000"),
                          _f("省级财政资金", "300000"), _f("县级财政资金", "200000")),
                          "主要用于道路维修。"),
        ),
        (
            "本项目总投资约500万元，其中申请上级补助资金300万元，镇自筹200万元。",
            BudgetReading(Decimal("5000000"),
                          (_f("上级补助资金", "3000000"), _f("镇自筹", "2000000")), None),
        ),
        (
            "该项目预算资金3,309,840.00元，全部为财政资金。用于购买服务",
            BudgetReading(Decimal("3309840"), (_f("财政资金", "3309840"),), "用于购买服务"),
        ),
        ("2021年预算数100万元，用于办公", BudgetReading(Decimal("1000000"), (), "用于办公")),
        ("预算：五十万元。用于绿化", BudgetReading(Decimal("500000"), (), "用于绿化")),
        (  # amounts in the purpose stay in the purpose
            "预算数100万元。其中：财政资金100万元。主要用于购置37台电脑，单价5000元。",
            BudgetReading(Decimal("1000000"), (_f("财政资金", "1000000"),),
                          "主要用于购置37台电脑，单价5000元。"),
        ),
        (  # no total named: the sources are kept, the total is not guessed
            "资金来源：财政拨款100万元",
            BudgetReading(None, (_f("财政拨款", "1000000"),), None),
        ),
        ("", BudgetReading(None, (), None)),
    ],
)
def test_parse_budget_text(text: str, expected: BudgetReading) -> None:
    assert parse_budget_text(text) == expected


@pytest.mark.parametrize(
    ("label", "clean", "subtotal"),
    [
        ("(一)财政拨款小计", "财政拨款小计", True),
        ("（一）财政拨款小计", "财政拨款小计", True),
        ("1、一般公共预算", "一般公共预算", False),
        ("2.政府性基金", "政府性基金", False),
        ("其中：财政资金", "财政资金", False),
        ("（二）其他资金", "其他资金", False),
        ("合计", "合计", True),
        ("  ①中央补助资金：", "中央补助资金", False),
    ],
)
def test_funding_labels(label: str, clean: str, subtotal: bool) -> None:
    assert parse_funding_label(label) == clean
    assert is_subtotal(parse_funding_label(label)) is subtotal


# ---------------------------------------------------------------------------------------
# Second pass, taken alone: phrase → comparator + amounts; phrase + year → deadline
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("canon", "op", "low", "high"),
    [
        ("95%以上", ">=", ("95", "", "%"), None),
        ("不低于12个", ">=", ("12", "", "个"), None),
        ("90-95%", "range", ("90", "", "%"), ("95", "", "%")),
        ("1.5万人", None, ("1.5", "万", "人"), None),
        ("17.3万元", None, ("17.3", "万", "元"), None),
        ("满意度≥95%", ">=", ("95", "", "%"), None),
        ("95%以上(不含)", ">", ("95", "", "%"), None),
        ("10余个", ">", ("10", "", "个"), None),
        ("1-2万人", "range", ("1", "万", "人"), ("2", "万", "人")),
    ],
)
def test_read_phrase(
    canon: str, op: str | None, low: tuple[str, str, str], high: tuple[str, str, str] | None
) -> None:
    reading = read_phrase(canon)
    assert reading is not None
    assert reading.op == op
    assert reading.low == Amount(Decimal(low[0]), low[1], low[2])
    assert reading.high == (Amount(Decimal(high[0]), high[1], high[2]) if high else None)


@pytest.mark.parametrize("canon", ["", "达标", "95%满意", "≥95%以下", "≥90-95%", "1,2", "%"])
def test_read_phrase_refuses(canon: str) -> None:
    assert read_phrase(canon) is None


@pytest.mark.parametrize(
    ("canon", "year", "answer"),
    [
        ("2021年12月底前", None, date(2021, 12, 31)),
        ("12月底前", 2021, date(2021, 12, 31)),
        ("12月底前", None, NEEDS_YEAR),
        ("2019年2月29日", None, NO_SUCH_DAY),
        ("95%", 2021, NOT_A_DATE),
        ("2021年6月以后", 2021, NOT_A_DATE),
        ("次年3月", 2021, date(2022, 3, 31)),
        ("次年", 9999, NO_SUCH_DAY),
    ],
)
def test_read_deadline(canon: str, year: int | None, answer: object) -> None:
    assert read_deadline(canon, year) == answer


# ---------------------------------------------------------------------------------------
# Vocabulary and packaging
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("words", "at_start"),
    [
        ([w for w, _ in PREFIX_COMPARATORS], True),
        ([w for w, _ in SUFFIX_COMPARATORS], False),
        (list(DEADLINE_SUFFIXES), False),
    ],
    ids=["prefix comparators", "suffix comparators", "deadline suffixes"],
)
def test_order_sensitive_lists_try_longer_words_first(words: list[str], at_start: bool) -> None:
    """The lists are matched longest first (patterns.alternation); their written order
    must say the same (不低于 before 低于, 及以上 before 以上), so vocab.py reads true."""
    for i, word in enumerate(words):
        for later in words[i + 1 :]:
            contains = later.startswith(word) if at_start else later.endswith(word)
            assert not contains, f"{later!r} must come before {word!r}"


def test_vocabulary_words_are_unique() -> None:
    for pairs in (PREFIX_COMPARATORS, SUFFIX_COMPARATORS):
        words = [w for w, _ in pairs]
        assert len(words) == len(set(words))


def test_importing_normalize_is_light() -> None:
    """`jixiao normalize` must start fast: no cn2an (≈100 ms), pandas or SQLAlchemy."""
    code = (
        "import sys, normalize; normalize.normalize_value('95%以上'); "
        "print(sorted(m for m in ('cn2an', 'numpy', 'pandas', 'sqlalchemy', 'pdfplumber') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
