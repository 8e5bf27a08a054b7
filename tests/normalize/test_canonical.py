"""The canonical pass reads a standard Chinese numeral by hand exactly as cn2an would."""

from __future__ import annotations

import itertools
import warnings

import pytest

from jixiao.normalize.canonical import _STANDARD, _standard_value


def _cn2an(run: str) -> int | float | None:
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return cn2an.cn2an(run, "smart")  # type: ignore[no-any-return]
        except ValueError:
            return None


def test_every_standard_numeral_of_up_to_six_characters_reads_as_cn2an_reads_it() -> None:
    checked = 0
    for length in range(1, 7):
        for chars in itertools.product("零一二九十百千万", repeat=length):
            run = "".join(chars)
            if _STANDARD.fullmatch(run):
                assert _standard_value(run) == _cn2an(run), run
                checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("run", "value"),
    [("零", 0), ("十", 10), ("十五", 15), ("一十五", 15), ("二十", 20), ("一百零五", 105),
     ("三千二百", 3200), ("一千零十五", 1015), ("一万二千零五", 12005), ("十万", 100000),
     ("九千九百九十九万九千九百九十九", 99999999)],
)
def test_a_standard_numeral_has_its_positional_value(run: str, value: int) -> None:
    assert _STANDARD.fullmatch(run)
    assert _standard_value(run) == value == _cn2an(run)


@pytest.mark.parametrize("run", ["一万五", "一二三", "两百", "壹佰", "二〇二一", "一亿", "一点五",
                                 "一百十", "一千二十", "零五"])
def test_other_forms_are_left_to_cn2an(run: str) -> None:
    assert _STANDARD.fullmatch(run) is None
