"""Scans and photos of real tables (samples/scans/, built by samples/scans.py) read by OCR
into the same export as their text PDF: each is scored against its source's golden
(`accuracy`), and held to the figures measured when the reader was written, less a margin.

What a scan does not give back is listed as known (`KNOWN`): spaces the source typed inside
a line (`( ≥**个 )`), which the page does not show; what lies on pages the scan leaves out.
A
misreading is never silent: `test_corrections_are_listed` holds every corrected cell to
its record of the change.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import UnreadableFile
from jixiao.parsers import parse
from jixiao.parsers.readers import ocr
from samples.registry import SAMPLES
from samples.scans import SCANS
from tests.documents.scoring import Score
from tests.parsers.readers.ocr.accuracy import score_scan
from tests.parsers.readers.ocr.conftest import needs_ocr

MARGIN = 0.05
# (structure, values, project fields, unit names) measured on each scan
MEASURED: dict[str, tuple[float, float, float, float]] = {
    "scans/flatbed_seal_skew.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/phone_photo.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/mixed_text_and_scan.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/flatbed_grey.png": (1.0, 1.0, 1.0, 1.0),
    "scans/seed_pages_4_5.tif": (1.0, 1.0, 0.76, 0.0),
    "scans/borderless_pages_4_5.tif": (1.0, 1.0, 0.76, 1.0),
    "scans/real_phone_seal.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_flatbed_two_pages.pdf": (0.94, 0.94, 1.0, 1.0),
    "scans/real_feeder_grey.tif": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_scores.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_desk_corner.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_grey_seal.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_comparators.jpg": (1.0, 1.0, 0.86, 1.0),
    "scans/real_feeder_letter_spaced.tif": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_lost_numeral.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_bw_feeder.tif": (1.0, 1.0, 1.0, 1.0),
    "scans/real_phone_pages_bowed.pdf": (1.0, 1.0, 0.86, 1.0),
    "scans/real_app_filter_seal.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_feeder_sideways.tif": (1.0, 1.0, 1.0, 1.0),
    "scans/real_searchable_scan.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_faded_toner.pdf": (0.8, 0.8, 0.86, 1.0),
    "scans/real_copy_of_copy.pdf": (0.73, 0.87, 1.0, 1.0),
    "scans/real_riding_seal.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_two_up.pdf": (1.0, 1.0, 0.86, 1.0),
    "scans/real_night_photo.pdf": (1.0, 1.0, 0.86, 1.0),
    "scans/real_violet_seal.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_toner_saving.pdf": (0.86, 0.86, 1.0, 1.0),
    "scans/real_feeder_streaks.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_dotted_borders.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_dashed_borders.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_blue_figures.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_red_figures.pdf": (0.71, 0.71, 1.0, 1.0),
    "scans/real_screenshot.png": (1.0, 1.0, 1.0, 1.0),
    "scans/real_published_scan.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/text_as_outlines.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_scan_as_ofd.ofd": (1.0, 1.0, 1.0, 1.0),
    "scans/real_scan_pasted_in_excel.xlsx": (0.8, 0.8, 1.0, 1.0),
    "scans/real_scan_pasted_in_word.docx": (0.89, 0.89, 1.0, 1.0),
    "scans/real_photo_pasted_in_word.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_sticky_note.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_overlapping_photos.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_row_alone_atop_page.pdf": (1.0, 1.0, 1.0, 1.0),
    "scans/real_sleeve_glare.jpg": (1.0, 1.0, 1.0, 1.0),
    "scans/real_thumb_on_sheet.jpg": (1.0, 1.0, 0.86, 1.0),
}
# the differences a scan may show from its source's golden, and no others
KNOWN: dict[str, list[str]] = {
    # the spaces inside the brackets are not on the page
    "scans/real_flatbed_two_pages.pdf": [
        "project 1 row missing: 产出指标 | 数量指标 | 贫困地区旅游景点开发数量( ≥**个 ) | >=4个",
        "project 1 row not in the table: 产出指标 | 数量指标 | "
        "贫困地区旅游景点开发数量(≥**个) | >=4个",
        "project 1 value of '>=4个': row missing != 'quantity >= 4 个'",
    ],
    # under the seal: 月 read as 用, and a goal's wrapped line taken for a new paragraph
    "scans/real_phone_comparators.jpg": [
        "project 2 goals: ['按月及时足额发放在职村社干部', '的工资。'] != "
        "['按月及时足额发放在职村社干部的工资。']",
        "project 2 purpose: '对村民委员会村党支部的补助,按用发放给在职村社干部的工资' != "
        "'对村民委员会村党支部的补助,按月发放给在职村社干部的工资'",
    ],
    # the name's small hyphen (﹣, U+FE63) reads as the hyphen it looks like
    "scans/real_phone_pages_bowed.pdf": [
        "project 1 name: '彩票市场调控资金-宁夏福彩AP系统改版升级' != "
        "'彩票市场调控资金﹣宁夏福彩AP系统改版升级'",
    ],
    # a space read after the name (the bracket's blank on a pale line), and under the seal in
    # a streak the border between 3 and its 实际完成值 lost, the 9.3 beyond read with it
    "scans/real_faded_toner.pdf": [
        "project 1 name: '南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目 (续建)' != "
        "'南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)'",
        "project 1 row missing: 产出指标(50分) | 数量指标 | 配套电力设施1250KVA变压器3台 | 3",
        "project 1 row not in the table: 产出指标(50分) | 数量指标 | "
        "配套电力设施1250KVA变压器3台 | 39.3",
        "project 1 value of '3': row missing != 'quantity = 3'",
    ],
    # the copy's bold print, thickened, fills its tight rows: 目's stroke, top line to
    # bottom, read as a border; 决 read 快; 配, under the seal's ring (as dark as print), lost
    "scans/real_copy_of_copy.pdf": [
        "project 1 row missing: 项目决策 | 项目目标 | 目标内容 | None",
        "project 1 row missing: 项目决策 | 决策过程 | 决策依据 | None",
        "project 1 row missing: 项目决策 | 资金分配 | 分配办法 | None",
        "project 1 row missing: 项目决策 | 资金分配 | 分配结果 | None",
        "project 1 row not in the table: 项目决策 | 项目目标 | 目 | None",
        "project 1 row not in the table: 项目决策 | 决策过程 | 快策依据 | None",
        "project 1 row not in the table: 项目决策 | 资金分 | 分配办法 | None",
        "project 1 row not in the table: 项目决策 | 资金分 | 分配结果 | None",
        "project 1 value of None: row missing != 'empty'",
    ],
    # two pages on one sheet, each at 71 %: 年度目标 read 度目标 (so the 长期目标 beside it
    # is taken for a goal too), and a stroke of the 备注 column's border parts its text
    "scans/real_two_up.pdf": [
        "project 1 goals: ['改善镇域内基础设施,振兴乡村经济', '全面完成集镇立面改造、机关', "
        "'等项目,搞好提质改造', '学校、乡村振兴'] != "
        "['全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造']",
    ],
    # at 150 dpi in the sensor's noise, the 、 between ” and “ of the name read surely as
    # nothing (it is read in the lines below)
    "scans/real_night_photo.pdf": [
        "project 1 name: '“四好农村路”“三个一号旅游路”工作经费' != "
        "'“四好农村路”、“三个一号旅游路”工作经费'",
    ],
    # printed in toner-saving mode, a pale 农 read as 7 and 行 lost: no word to correct
    # it by (an indicator's name is free text)
    "scans/real_toner_saving.pdf": [
        "project 1 row missing: 产出指标 | 质量指标 | 农产品例行监测合格率 | ≥98%",
        "project 1 row not in the table: 产出指标 | 质量指标 | 7产品例监测合格率 | ≥98%",
        "project 1 value of '≥98%': row missing != 'percent >= 98 %'",
    ],
    # figures typed in red under the red seal: nothing tells the one red from the other
    "scans/real_red_figures.pdf": [
        "project 1 row missing: 产出指标 | 数量指标 | 雾炮车风炮射程 | 80M",
        "project 1 row missing: 产出指标 | 时效指标 | 服务周期 | 180",
        "project 1 row not in the table: 产出指标 | 数量指标 | 雾炮车风炮射程 | None",
        "project 1 row not in the table: 产出指标 | 时效指标 | 服务周期 | None",
        "project 1 value of '80M': row missing != 'quantity = 80 米'",
        "project 1 value of '180': row missing != 'quantity = 180'",
    ],
    # print under a grey seal (as dark as the print's grey): 54 read with the star's point
    # (54▲{), and 仓库's name, under the ring, lost (its row read as the row above's)
    "scans/real_scan_pasted_in_word.docx": [
        "project 1 row missing: 产出指标(40分) | 数量指标 | 隔离舍(≥**平方米) | 54",
        "project 1 row missing: 产出指标(40分) | 数量指标 | 仓库(≥**平方米) | 104",
        "project 1 row not in the table: 产出指标(40分) | 数量指标 | 隔离舍(≥**平方米) | 54▲{",
        "project 1 row not in the table: 产出指标(40分) | 数量指标 | None | 104",
        "project 1 value of '54': row missing != 'quantity = 54'",
        "project 1 value of '104': row missing != 'quantity = 104'",
    ],
    # under the grey seal's ring: the 5 of the name read as the seal's (dropped as noise),
    # and the border between 目标值 and 实际值 lost (5亿元 twice); 区建设,医 and 院东津医疗,
    # joined by the ring's strokes in the gap, are read as two lines (`lines._stacked`)
    "scans/real_scan_pasted_in_excel.xlsx": [
        "project 1 row missing: 效益指标 | 经济效益 | "
        "完成东津院区建设,医院东津医疗收入达到5亿元 | 5亿元",
        "project 1 row not in the table: 效益指标 | 经济效益 | "
        "完成东津院区建设,医院东津医疗收入达到亿元 | 5亿元\n5亿元",
        "project 1 value of '5亿元': row missing != 'money = 5 亿元'",
    ],
    # project 1's first rows (page 3) are not in the scan (nor the unit's name, in the
    # file's name, but the source's golden has none either: pdf_variants/borderless.pdf)
    "scans/borderless_pages_4_5.tif": [
        "project 1 name: None != '征地拆迁补偿款'",
        "project 1 budget_total_yuan: None != 5612000.0",
        "project 1 funding: [] != [{'source': '政府性基金', 'amount_yuan': 5612000.0}]",
        "project 1 spend_plan: None != [30, 50, 75, 100]",
        "project 1 purpose: None != '主要用于我镇沙雾庄37亩土地的安置地连补偿工作。'",
    ],
    # the spaces the source typed where its goal's lines wrap (预算内 投资, 就 近) are not
    # on the page
    "scans/real_thumb_on_sheet.jpg": [
        "project 1 goals: ['支持舒城县结合重点工程配套基础设施建设需求,实施一批以工代赈中央"
        "预算内投资项目,严格按照不低于中央投资30%的比例发放劳务报酬,广泛吸纳当地群众就近就业"
        "增收,充分发挥对重点工程推广以工代赈方式的激励和带动作用。'] != ['支持舒城县结合重点"
        "工程配套基础设施建设需求,实施一批以工代赈中央预算内 投资项目,严格按照不低于中央投资"
        "30%的比例发放劳务报酬,广泛吸纳当地群众就 近就业增收,充分发挥对重点工程推广以工代赈"
        "方式的激励和带动作用。']",
    ],
    # the unit's name (page 1) and project 1's first rows (page 3) are not in the scan
    "scans/seed_pages_4_5.tif": [
        "unit_name None != '老庄子镇'",
        "project 1 name: None != '征地拆迁补偿款'",
        "project 1 budget_total_yuan: None != 5612000.0",
        "project 1 funding: [] != [{'source': '政府性基金', 'amount_yuan': 5612000.0}]",
        "project 1 spend_plan: None != [30, 50, 75, 100]",
        "project 1 purpose: None != '主要用于我镇沙雾庄37亩土地的安置地连补偿工作。'",
    ],
}
PATHS = [s.path for s in SCANS]


@cache
def scored(path: str) -> tuple[Score, list[dict[str, Any]]]:
    s, _seconds, docs = score_scan(path)
    return s, docs


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS)
def test_scan_reads_as_its_source(path: str) -> None:
    s, _ = scored(path)
    r = s.ratios()
    for measure, measured in zip(r, MEASURED[path], strict=True):
        assert r[measure] >= measured - MARGIN, (measure, s.misses)
    assert set(s.misses) <= set(KNOWN.get(path, [])), s.misses


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("path", ["scans/flatbed_seal_skew.pdf", "scans/phone_photo.jpg",
                                  "scans/borderless_pages_4_5.tif"])
def test_every_scanned_row_keeps_its_readings(path: str) -> None:
    """Each indicator read from a scan carries its cells' readings: text as corrected, raw
    text, confidence, page and box on the page, corrections (a table found from where its
    text stands too, its cells read line by line: their lines' readings joined)."""
    _, docs = scored(path)
    [doc] = docs
    indicators = [i for p in doc["projects"] for i in p["indicators"]]
    assert indicators
    for ind in indicators:
        cells = json.loads(ind["extra"][ocr.OCR_KEY])
        assert ind["value_raw"] in {c["text"] for c in cells}
        for c in cells:
            assert 0.0 <= c["confidence"] <= 1.0
            assert c["page"] == 1 or (path.endswith("pages_4_5.tif") and c["page"] == 2)
            x0, top, x1, bottom = c["box"]
            assert 0 <= x0 < x1 <= 842 and 0 <= top < bottom <= 842
            assert (c["raw"] == c["text"]) == (not c["corrections"])


@needs_ocr
@pytest.mark.slow
def test_mixed_pdf_reads_only_its_scanned_page_by_ocr() -> None:
    """The text page is read from its text layer, the scanned one by OCR, and the table
    goes on from the one onto the other (the scanned page, 841.92 pt wide beside the text
    page's 841.89, was taken for a page of another size: two tables): the
    labels merged down from the text page's last rows are carried onto the scanned page's
    first, and every other cell there has its OCR reading."""
    src = parse.read_source(SAMPLES / "scans/mixed_text_and_scan.pdf")
    assert src.format == "pdf" and src.pages == 2
    [table] = src.tables
    assert {r.page for r in table.rows} == {1, 2}
    last = [r for r in table.rows if r.page == 1][-1]
    above = {c.col: c.text for c in last.cells}
    by_page: dict[int, list[object]] = {1: [], 2: []}
    for r in table.rows:
        for c in r.cells:
            carried = r.page == 2 and c.merged_above and c.ocr is None
            if c.text and not carried:
                by_page[r.page or 0].append(c.ocr)
            elif carried:
                assert c.text == above[c.col]
    assert by_page[1] and all(o is None for o in by_page[1])  # the text layer, as before
    assert by_page[2] and all(o is not None and o.page == 2 for o in by_page[2])


def test_image_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    path = SAMPLES / "scans/phone_photo.jpg"
    with pytest.raises(UnreadableFile) as e:
        parse.parse_file(path)
    assert str(e.value).startswith("phone_photo.jpg: the file is an image")
    assert "pip install 'jixiao[ocr]'" in e.value.reason


def test_mixed_pdf_without_the_extra_reads_its_text_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    src = parse.read_source(SAMPLES / "scans/mixed_text_and_scan.pdf")
    assert {r.page for t in src.tables for r in t.rows} == {1}
    assert src.warnings == ["page(s) 2 are scans without text (read them with the OCR extra: "
                            "pip install 'jixiao[ocr]')"]


def test_scan_samples_are_small() -> None:
    """CI reads them by OCR on two cores: a few pages, none over ~300 KB."""
    for s in SCANS:
        assert (SAMPLES / s.path).stat().st_size <= 300 * 1024, s.path
    assert Path(SAMPLES / "scans").is_dir()


@needs_ocr
@pytest.mark.slow
def test_corrections_are_listed() -> None:
    """The % misread on the sealed scan (its circle read as a 0) is corrected, and the
    cell keeps the reading as the engine gave it and the correction beside it."""
    _, docs = scored("scans/flatbed_seal_skew.pdf")
    [ind] = [i for p in docs[0]["projects"] for i in p["indicators"]
             if i["level3"] == "各项工作完成及时率%"]
    [cell] = [c for c in json.loads(ind["extra"][ocr.OCR_KEY]) if c["corrections"]]
    assert cell["text"] == "各项工作完成及时率%" != cell["raw"]
    assert cell["corrections"][0].endswith("(percent sign)")


@needs_ocr
@pytest.mark.slow
def test_each_page_of_a_long_scan_is_said(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=ocr.log.name):
        ocr.read(SAMPLES / "scans/seed_pages_4_5.tif")
    said = [r.getMessage() for r in caplog.records if r.name == ocr.log.name]
    assert [m.split(" read (")[0] for m in said] == [
        "ocr        seed_pages_4_5.tif: page 1 of 2", "ocr        seed_pages_4_5.tif: page 2 of 2"]


def test_ingest_workers_print_the_ocr_readers_lines() -> None:
    from jixiao.ingest import worker

    assert ocr.log.name == worker.OCR_LOG


@needs_ocr
def test_a_one_page_scan_says_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=ocr.log.name):
        ocr.progress("photo.jpg", 1, 1, 2.0)
        ocr.progress("scan.pdf", 1, 2, 2.0)
    assert [r.getMessage() for r in caplog.records] == [
        "ocr        scan.pdf: page 1 of 2 read (2.0 s)"]


@needs_ocr
def test_page_time_limit(tmp_path: Path) -> None:
    from jixiao.errors import LimitExceeded
    from jixiao.parsers.readers.limits import Limits

    with pytest.raises(LimitExceeded, match="JIXIAO_MAX_SCAN_PAGE_SECONDS"):
        ocr.read(SAMPLES / "scans/phone_photo.jpg", limits=Limits(max_scan_page_seconds=0.0))


@needs_ocr
def test_model_loaded_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.parsers.readers.ocr import engine

    first = engine.recogniser()
    assert engine.recogniser() is first
    monkeypatch.setattr(engine.os, "getpid", lambda: -1)  # as in a forked worker
    assert engine.recogniser() is not first


@needs_ocr
@pytest.mark.slow
def test_garbage_text_layer_read_by_ocr() -> None:
    """A page whose text layer is private-use characters is read from its picture."""
    src = parse.read_source(SAMPLES / "pdf_variants/garbage_private_use.pdf")
    cells = [c for t in src.tables for r in t.rows for c in r.cells if c.text]
    assert cells and all(c.ocr is not None for c in cells)
    assert any("指标" in c.text for c in cells)


def test_missing_model_file_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.parsers.readers.ocr import engine

    monkeypatch.setattr(engine, "MODEL_FILE", "models/no_such_model.onnx")
    monkeypatch.setattr(engine.os, "getpid", lambda: -2)  # a process that has not loaded it
    with pytest.raises(UnreadableFile, match=r"pip install 'jixiao\[ocr\]'"):
        engine.recogniser()


@needs_ocr
@pytest.mark.slow
def test_lone_comparators_read_by_their_marks_shape_and_listed() -> None:
    """The ≥ alone in the 指标性质 cells of a phone photo, which the engine reads as >, V or
    7, come out as ≥, each cell keeping the engine's reading and the correction."""
    _, docs = scored("scans/real_phone_comparators.jpg")
    cells = [c for p in docs[0]["projects"] for i in p["indicators"]
             for c in json.loads(i["extra"][ocr.OCR_KEY]) if c["text"] == "≥"]
    assert len(cells) >= 4 and any(c["corrections"] for c in cells)
    for c in cells:
        assert c["raw"] == c["text"] or c["corrections"] == [f"{c['raw']}→≥ (comparator shape)"]
