"""The real published tables (samples/real/, one module each in samples/real_specs/) read
as a careful human reads them: their truths (tests/documents/real/) were written from the
published sources before the reader was run on them.

Each sample must miss exactly what tests/documents/real_gaps.json records for it, with
the reason: a reader change that fixes a gap or opens a new one shows here, and the gap
list is rewritten with `make score SCORE_ARGS=--gaps` after a look.  Every other sample
is read exactly (structure, typed values, project fields and unit name).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import openpyxl
import pytest

from samples.layouts_unlike_the_seed import write_text
from samples.real_tables import REAL
from samples.templates import Grid, place, write_docx, write_xlsx
from tests.documents.scoring import export_documents, read_gaps, score, score_sample, truth_of

CASES = [(real.module, path) for real in REAL for path in real.paths]
GAPS = read_gaps()


@pytest.mark.parametrize(("module", "path"), CASES, ids=[p for _m, p in CASES])
def test_real_sample_reads_as_its_truth(module: str, path: str) -> None:
    s = score_sample(module, path)
    assert sorted(s.misses) == GAPS.get(path, {}).get("misses", [])


def test_every_gap_says_why_and_belongs_to_a_sample() -> None:
    paths = {p for _m, p in CASES}
    assert sorted(set(GAPS) - paths) == []
    assert [p for p, gap in GAPS.items() if not gap["why"].strip()] == []


def test_at_least_thirty_real_tables_with_their_sources() -> None:
    assert len(REAL) >= 30
    for real in REAL:
        assert real.source["url"].startswith("http"), real.module
        truth_of(real.module)  # every table has its truth


# Tables whose merges a text export loses in a way the layout must make up for (Word's
# "plain text": a merged cell written once, blank below): the text export of each reads
# as its truth, as the document it was published as does.
TEXT_EXPORT_MODULES = [
    "zr_01_suzhou_caizheng_zaibei_zhongxin_ziping",  # 投入目标 over unmapped rows, filled down
    "m_04_lingling_linye_dept_ziping",  # 项目支出:2985.5万元 beside a source, no amount of it
    "zv_03_guangshui_jiaotong_xiangcun_daolu_ziping_pdf",  # 项目资金来源 over money columns
    "x_02_huoshan_yiliao_jiuzhu_zhuanyi_ziping",
    "zs_01_taoyuan_zaijiuye_yuanzhu_gangwei_buzhu_zhuanxiang_xlsx",
]


@pytest.mark.parametrize("module", TEXT_EXPORT_MODULES)
def test_real_table_as_a_text_export_reads_as_its_truth(module: str, tmp_path: Path) -> None:
    spec = importlib.import_module(f"samples.real_specs.{module}")
    target = tmp_path / (Path(spec.FILE).stem + ".txt")
    write_text(spec.doc(), target)
    documents, failures = export_documents([target])
    s = score(truth_of(module), documents)
    assert failures == []
    assert s.misses == []


# Tables written into a sheet with no merges (a budget system's export: a merged cell's
# text in its first cell, the others blank), read as their truths.
UNMERGED_SHEET_MODULES = [
    "j_03_zhongxian_shengzhu_diaochu",  # 一级指标 | blank over 绩效指标 | 产出指标
    "zr_01_suzhou_caizheng_zaibei_zhongxin_ziping",
    "x_02_huoshan_yiliao_jiuzhu_zhuanyi_ziping",
]


# ... and sheets that write a merged cell's text into every cell it covered (WPS's unmerge
# and fill, a system's export): runs of one text side by side read as one cell.
FILLED_SHEET_MODULES = [
    "a_01_shengdengshan_party_secretary",  # 经办人及联系电话 across the row, 4 times
    "b_03_lijiang_guchengqu_weipian",  # the goal across the row, 5 times
    "l_01_langzhong_chegoushui_shengdao",  # target | result 20 | 20 as one cell
    "zv_01_huoqiu_kejiju_tepaiyuan_ziping_xlsx",
]


@pytest.mark.parametrize(("module", "filled"), [(m, False) for m in UNMERGED_SHEET_MODULES]
                         + [(m, True) for m in FILLED_SHEET_MODULES])
def test_real_table_in_a_sheet_without_merges_reads_as_its_truth(
    module: str, filled: bool, tmp_path: Path
) -> None:
    spec = importlib.import_module(f"samples.real_specs.{module}")
    target = tmp_path / (Path(spec.FILE).stem + ".xlsx")
    write_xlsx(spec.doc(), target)
    book = openpyxl.load_workbook(target)
    for sheet in book.worksheets:
        for merged in list(sheet.merged_cells.ranges):
            text = sheet.cell(merged.min_row, merged.min_col).value
            sheet.unmerge_cells(str(merged))
            for row in sheet.iter_rows(min_row=merged.min_row, max_row=merged.max_row,
                                       min_col=merged.min_col, max_col=merged.max_col):
                for cell in row:
                    cell.value = text if filled else cell.value
    book.save(target)
    documents, failures = export_documents([target])
    assert failures == []
    assert score(truth_of(module), documents).misses == []


def _filled(grid: Grid) -> Grid:
    """The grid with its merges undone, each merged cell's text in every cell it covered."""
    texts = {(r + dr, c + dc): x.text for r, c, x in place(grid)
             for dr in range(x.down) for dc in range(x.span)}
    out = Grid(grid.ncols)
    for r in range(len(grid.rows)):
        out.add(*(texts.get((r, c), "") for c in range(grid.ncols)))
    return out


@pytest.mark.parametrize("module", ["a_01_shengdengshan_party_secretary",
                                    "b_03_lijiang_guchengqu_weipian"])
def test_real_table_in_a_word_table_filled_across_reads_as_its_truth(module: str,
                                                                      tmp_path: Path) -> None:
    spec = importlib.import_module(f"samples.real_specs.{module}")
    doc = spec.doc()
    doc.blocks = [_filled(b) if isinstance(b, Grid) else b for b in doc.blocks]
    target = tmp_path / (Path(spec.FILE).stem + ".docx")
    write_docx(doc, target)
    documents, failures = export_documents([target])
    assert failures == []
    assert score(truth_of(module), documents).misses == []
