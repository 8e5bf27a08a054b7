"""Every target of the real tables, written in the other ways clerks write the same bound
or wrapped by a typed line break, reads as the target itself reads.

The targets are the real samples' truths (tests/documents/real/*.json): each plain one (a
sign, a figure and a unit: ≥95%, 230人, ≤475元/亩) is written again with each wording of
its comparator below, and each deadline at a month's end with each way of writing the
day; and every target, broken by a line break at each place in turn (效果 / 明显, as a
clerk wraps it by hand in a narrow cell).  A wording the normalizer does not know shows
up here as hundreds of misses at once (等于100% and 475元/亩(含)以下 read as text did,
before 6 December).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jixiao.normalize import normalize_value
from tests.documents.scoring import value_key

TRUTHS = Path(__file__).resolve().parents[1] / "documents" / "real"

# How a bound is written, by the comparator it means ({n} the figure, {u} its unit)
WORDINGS: dict[str, tuple[str, ...]] = {
    ">=": ("{n}{u}以上", "不低于{n}{u}", "大于等于{n}{u}", "{n}{u}及以上", "≥ {n} {u}",
           "不少于{n}{u}", "达到{n}{u}以上", "{n}{u}（含）以上", "至少{n}{u}", "≧{n}{u}",
           ">={n}{u}", "{n}{u}以上（含{n}{u}）"),
    "<=": ("{n}{u}以内", "不超过{n}{u}", "小于等于{n}{u}", "{n}{u}及以下", "≤ {n} {u}",
           "不高于{n}{u}", "控制在{n}{u}以内", "{n}{u}（含）以下", "≦{n}{u}", "<={n}{u}",
           "最多{n}{u}"),
    ">": ("大于{n}{u}", "超过{n}{u}", "高于{n}{u}", "多于{n}{u}", "＞{n}{u}"),
    "<": ("小于{n}{u}", "低于{n}{u}", "少于{n}{u}", "＜{n}{u}"),
    "=": ("{n}{u}", "={n}{u}", "等于{n}{u}"),
}
# How the last day of a month is written as a deadline
DEADLINES = ("{y}年{m}月底前", "{y}年{m}月{d}日前", "{y}.{m}.{d}前", "{y}年{m}月{d}日之前",
             "{y}-{m:02d}-{d:02d}前", "{y}年{m}月前完成", "{y}年{m}月", "{y}/{m}/{d}",
             "截至{y}年{m}月{d}日", "{y}年{m}月末", "{y}年{m}月{d}日以前")

# a plain target: a sign or none, a figure, a unit with no bound word in it
_PLAIN = re.compile(r"(?:≥|≤|>|<|=|≧|≦|＞|＜|>=|<=)?\s*(?P<n>\d+(?:\.\d+)?)\s*"
                    r"(?P<u>%|[\u4e00-\u9fff/]{1,4})")
_BOUND_WORDS = re.compile("以|上|下|内|左右|余|多|整|完成|及")


def _typed(raw: str, level2: str | None, year: int | None) -> str:
    return value_key(normalize_value(raw, level2=level2, year=year).to_dict())


def _targets() -> Iterator[tuple[str, str | None, int | None, str]]:
    """Each real target as (raw, level 2, year, its typed value as the truth writes it)."""
    for path in sorted(TRUTHS.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        for project in truth["projects"]:
            for _l1, l2, _l3, raw, want in project.get("indicators", []):
                if isinstance(raw, str) and isinstance(want, str):
                    yield raw.strip(), l2, truth.get("year"), want


def _rephrasings() -> Iterator[tuple[str, str, str | None, int | None]]:
    """(raw, its rephrasing, level 2, year) for every plain target and month-end deadline
    that reads as its truth says."""
    for raw, l2, year, want in _targets():
        kind, op, *rest = [*want.split(), "", ""]  # ("text": no op)
        m = _PLAIN.fullmatch(raw)
        if (kind in ("percent", "quantity", "money") and m is not None
                and _BOUND_WORDS.search(m["u"]) is None and _typed(raw, l2, year) == want):
            for wording in WORDINGS.get(op, ()):
                yield raw, wording.format(n=m["n"], u=m["u"]), l2, year
        if kind == "date" and op == "<=" and re.fullmatch(r"\d{4}-\d\d-\d\d", rest[0]):
            y, mo, d = map(int, rest[0].split("-"))
            if d == calendar.monthrange(y, mo)[1] and _typed(raw, l2, year) == want:
                for wording in DEADLINES:
                    yield raw, wording.format(y=y, m=mo, d=d), l2, year


def test_there_are_thousands_of_rephrasings() -> None:
    assert len(list(_rephrasings())) > 4000


def test_every_rephrasing_reads_as_the_target_itself() -> None:
    misses = [f"{again!r} read {_typed(again, l2, year)}, {raw!r} {_typed(raw, l2, year)}"
              for raw, again, l2, year in _rephrasings()
              if _typed(again, l2, year) != _typed(raw, l2, year)]
    assert not misses, f"{len(misses)} rephrasings read otherwise: {misses[:20]}"


@pytest.mark.parametrize(("raw", "again"), [
    ("100%", "等于100%"), ("≤475元/亩", "475元/亩（含）以下"), ("100%", "百分百"),
    (">=101人/次", "101人/次以上（含101人/次）"), ("≥0.97比例", "0.97比例以上"),
])
def test_the_wordings_that_once_read_as_text(raw: str, again: str) -> None:
    assert _typed(again, "成本指标", 2022) == _typed(raw, "成本指标", 2022) != "text"


def test_every_target_wrapped_by_a_typed_line_break_reads_as_itself() -> None:
    misses, tried = [], 0
    for raw, l2, year, _want in _targets():
        if len(raw) < 4 or "\n" in raw or (typed := _typed(raw, l2, year)) == "text":
            continue
        for cut in range(1, len(raw)):
            tried += 1
            wrapped = f"{raw[:cut]}\n{raw[cut:]}"
            if _typed(wrapped, l2, year) != typed:
                misses.append(f"{wrapped!r} read {_typed(wrapped, l2, year)}, not {typed}")
    assert tried > 3000
    assert not misses, f"{len(misses)} wrapped targets read otherwise: {misses[:20]}"
