"""A submission in traditional characters (as Hong Kong-style mirrors print the seed) is
read by the same vocabulary as the simplified one, and every text is stored as written."""

from __future__ import annotations

import dataclasses

import opencc

from jixiao.hanzi import has_traditional, simplified
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.layout.traditional import Restorer
from jixiao.parsers.parse import read_source
from tests.helpers import SEED


def _both(tmp_path):  # type: ignore[no-untyped-def]
    to_traditional = opencc.OpenCC("s2t")
    traditional = tmp_path / "老莊子鎮_2021.txt"
    traditional.write_text(to_traditional.convert(SEED.read_text(encoding="utf-8")),
                           encoding="utf-8")
    simple = to_document_record(read_source(SEED), file_name=SEED.name)
    trad = to_document_record(read_source(traditional), file_name=traditional.name)
    return simple, trad, to_traditional


def test_the_seed_in_traditional_characters_reads_as_the_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    simple, trad, _ = _both(tmp_path)
    assert trad.unit_name == "老莊子鎮" and trad.year == 2021
    assert len(trad.projects) == len(simple.projects) == 12
    for s, t in zip(simple.projects, trad.projects, strict=True):
        assert simplified(t.name or "") == s.name
        assert t.budget_text and simplified(t.budget_text) == s.budget_text
        assert len(t.indicators) == len(s.indicators)
        for si, ti in zip(s.indicators, t.indicators, strict=True):
            assert [simplified(x or "") for x in (ti.level1, ti.level2, ti.level3, ti.value_raw)] \
                == [x or "" for x in (si.level1, si.level2, si.level3, si.value_raw)]


def test_texts_are_stored_as_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    simple, trad, to_traditional = _both(tmp_path)
    first = trad.projects[0]
    assert first.name == to_traditional.convert(simple.projects[0].name or "")
    levels = {i.level1 for p in trad.projects for i in p.indicators}
    assert "產出指標" in levels and "产出指标" not in levels
    assert all(has_traditional(i.level2 or "") for i in first.indicators)


def test_a_part_of_a_cell_is_restored_by_its_place() -> None:
    r = Restorer([("项目名称：乡村道路", "項目名稱：鄉村道路")])
    assert r.text("乡村道路") == "鄉村道路"
    assert r.text("乡村道路\n其他") == "鄉村道路\n其他"
    assert r.restore(dataclasses.make_dataclass("R", ["a"])("项目名称")).a == "項目名稱"


def test_a_text_joined_from_two_cells_is_restored_character_by_character() -> None:
    # a 三级 name split at a page break (編外人員 | 數量), joined by the layout: no cell
    # holds it whole, and each of its characters is written one way in the document
    r = Restorer([("编外人员", "編外人員"), ("数量", "數量"), ("数量指标", "數量指標")])
    assert r.text("编外人员数量") == "編外人員數量"
    # a character the document writes both ways is left as the layout gave it
    r = Restorer([("发展", "發展"), ("头发", "頭髮"), ("编外人员", "編外人員")])
    assert r.text("发编外") == "发編外"


def test_the_kind_of_a_form_stays_a_word_of_the_vocabulary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, trad, _ = _both(tmp_path)
    # (the traditional seed writes 項目 in its cells: before, its kind came back 項目)
    assert {p.kind for p in trad.projects} == {"项目"}
