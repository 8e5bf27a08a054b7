"""The real tables as their clerks and systems alter them (tests/documents/variants.py):
each alteration reads as the unaltered page does, but for the few listed in
`variants.KNOWN` with why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.variants import KINDS, KNOWN, PAIRED, Outcome, run


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Outcome]:
    found, _exact = run(list(KINDS), out=Path(tmp_path_factory.mktemp("variants")),
                        say=lambda _line: None)
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_each_alteration_reads_as_the_page_does(
        kind: str, outcomes: dict[tuple[str, str], Outcome]) -> None:
    worse = {name: o for (k, name), o in outcomes.items() if k == kind and o.outcome == "worse"}
    known = {name for (k, name) in KNOWN if k == kind}
    unexpected = {name: o.new_misses[:4] for name, o in worse.items() if name not in known}
    assert not unexpected, f"{kind}: read worse than as read: {unexpected}"
    mended = known - set(worse)
    assert not mended, f"{kind}: now read as read, take them out of variants.KNOWN: {mended}"


def test_every_page_was_altered(outcomes: dict[tuple[str, str], Outcome]) -> None:
    """Every real sample that reads is in the run (a sample that no longer loads would
    silently leave the test)."""
    names = {name for _kind, name in outcomes}
    assert len(names) >= 290
    each = [k for k in KINDS if k not in PAIRED]  # (two forms a file: forms named in a cell)
    assert all((kind, name) in outcomes for kind in each for name in names)
    assert all(sum(kind == k for kind, _name in outcomes) >= 120 for k in PAIRED)


@pytest.mark.parametrize("written_as", ["docx", "xlsx"])
def test_a_grid_written_as_a_clerks_file_reads_back_with_its_merges(
        written_as: str, tmp_path: Path) -> None:
    """`--as docx` / `--as xlsx` (and `word-pdf`, the Word file printed): the grid read from
    a real sample, written as a Word file or a workbook with its merged cells merged, reads
    back as the same grid."""
    from jixiao.parsers.grid import Table
    from jixiao.parsers.parse import read_source
    from samples.registry import SAMPLES
    from tests.documents.variants import _write

    src = read_source(SAMPLES / "real/2022年度共享工程项目自评表.xlsx")
    page = tmp_path / f"page.{written_as}"
    _write(written_as, src, "page", page)
    again = read_source(page)

    def grid(doc: object) -> list[list[tuple[str, int, int, bool]]]:
        return [[(c.text, c.col, c.colspan, c.merged_above) for c in r.cells]
                for b in doc.blocks if isinstance(b, Table) for r in b.rows]  # type: ignore[attr-defined]

    assert grid(again) == grid(src)
    assert any(c[3] for row in grid(again) for c in row)  # (merges there to keep)


# Word's text export writes a merged cell once and keeps no span: each of these pages,
# written so after the alteration named, read worse than its text as read until the
# reading in the comment was taught (by meaning, for every format)
_TEXT_CASES = [
    # the header said again atop the next table in one row: a column that no word names
    # (单位代码 over a blank in the first) is the same column
    ("split-head", "c_02_xiangxi_special_school_meals"),
    # a unit's total row, its figure moved into 项目名称, in full-width digits
    ("fullwidth", "a_02_mata_village_cadres"),
    # 单位名称 over the header's second row: the unit is the first name below that row
    ("header-rows", "a_02_mata_village_cadres"),
    # a header one cell short of the rows under it, 绩效指标 merged down their left: read
    # past a clerk's empty row, and with a blank 备注 at the end
    ("blank-rows", "j_03_zhongxian_shengzhu_diaochu"),
    ("extra-col", "j_03_zhongxian_shengzhu_diaochu"),
    # 预期达到目标 (a header word by its parts) over the blank it is merged down into
    ("header-rows", "z_11_lixian_shiyongjun_dept_whole"),
    # 指标类型 | 指标名称 under 绩效指标, beside 绩效目标 merged down: the targets' column
    ("header-rows", "zy_01_haikou_dangan_zhengji_bianyan_mubiao"),
    # a target written across 指标性质 | 指标值 | 度量单位 (是, 有效减轻) in its sign's column,
    # the row two cells short: the target, not a sign
    ("unit-col", "y_10_hbust_benzhuanke_jiangzhuxuejin_text"),
    ("unit-col", "v_03_lvliang_hugong_peixun_ziping"),
]


@pytest.mark.parametrize(("kind", "module"), _TEXT_CASES)
def test_a_text_export_reads_as_the_page_does(kind: str, module: str, tmp_path: Path) -> None:
    found, _exact = run([kind], [module], out=tmp_path, say=lambda _line: None,
                        written_as="text")
    assert found and {o.outcome for o in found.values()} == {"as read"}, {
        name: o.new_misses[:4] for (_k, name), o in found.items()}


def test_a_two_row_header_over_money_columns_in_a_text_export(tmp_path: Path) -> None:
    """湖南's 部门整体 form as Word's text export writes it: 按收入性质分 over the four
    sources and 按支出性质分 over 基本支出 | 项目支出 in one run of sub-labels, 整体绩效目标
    over a blank; each upper cell takes its own columns, so the goal is read."""
    _found, exact = run([], ["zza_04_hengyang_shehui_fuliyuan_zhengti_mubiao_fanti"], out=tmp_path,
                        say=lambda _line: None, written_as="text")
    assert exact == 1
