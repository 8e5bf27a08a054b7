"""Issue 14.8: OFD files (GB/T 33190) read into the same grid as PDFs: positioned text
and ruling paths through the PDF reader's ruled-table steps.  The sample is the seed's
project 12 laid out by hand (samples/archives_and_ofd.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import UnreadableFile
from jixiao.parsers.readers import reader_for
from jixiao.parsers.readers.detect import detect_format
from jixiao.parsers.readers.ofd import deltas_of, read, subpaths
from samples.archives_and_ofd import OFD, ofd_page, ofd_parts, write_ofd
from samples.registry import SAMPLES
from samples.seed_docs import seed_projects

DRAIN = seed_projects()[11]  # 老庄子镇集贸市场附近修建排水沟


def test_detected_by_content_whatever_the_name(tmp_path: Path) -> None:
    renamed = tmp_path / "绩效目标表.pdf"
    renamed.write_bytes((SAMPLES / OFD).read_bytes())
    assert detect_format(renamed) == "ofd"
    assert reader_for("ofd") is read


def test_table_read_with_its_merged_cells() -> None:
    src = read(SAMPLES / OFD)
    assert src.format == "ofd" and src.pages == 1
    [table] = src.tables
    texts = [[c.text for c in row.cells] for row in table.rows]
    assert texts[1][:4] == ["项目编码", "", "项目名称", "老庄子镇集贸市场附近修建排水沟"]
    assert ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"] in texts
    assert ["产出指标", "数量指标", "做到改造排水管道268米", "做到改造排水管道268米", "268米",
            "年度计划"] in texts
    # 产出指标 is drawn once over four rows: the cells below it are the same cell
    start = texts.index(["产出指标", "数量指标", "做到改造排水管道268米", "做到改造排水管道268米",
                         "268米", "年度计划"])
    merged = [table.rows[start + k].cells[0] for k in range(4)]
    assert [c.text for c in merged] == ["产出指标"] * 4
    assert [c.merged_above for c in merged] == [False, True, True, True]
    assert all(row.page == 1 for row in table.rows)
    assert any(p.text.startswith("12") for p in src.paragraphs)


def test_ofd_export_matches_the_docx_project(
    sample_export: Callable[[str], dict[str, Any]],
) -> None:
    """The same project, read from the OFD and from the seed .docx, gives the same record."""
    [doc] = sample_export(OFD)["documents"]
    seed = sample_export("seed/老庄子镇_2021.docx")["documents"][0]
    [ofd_project] = doc["projects"]
    docx_project = seed["projects"][11]

    def values(p: dict[str, Any]) -> list[tuple[str, ...]]:
        return [(i["level1"], i["level2"], i["level3"], i["value_raw"]) for i in p["indicators"]]

    assert (doc["format"], doc["unit_name"], doc["year"]) == ("ofd", "老庄子镇", 2021)
    assert ofd_project["name"] == docx_project["name"] == "老庄子镇集贸市场附近修建排水沟"
    assert ofd_project["budget_total_yuan"] == docx_project["budget_total_yuan"] == 3939700
    assert values(ofd_project) == values(docx_project)


def test_deltas_and_paths() -> None:
    assert deltas_of("g 3 3.5 1.9", 5) == [3.5, 3.5, 3.5, 1.9, 1.9]
    assert deltas_of(None, 2, 4.0) == [4.0, 4.0]
    assert subpaths("M 0 0 L 10 0 L 10 5 C M 1 1 B 2 2 3 3 4 4 L 9 4") == [
        ([(0.0, 0.0), (10.0, 0.0), (10.0, 5.0)], True),
        ([(4.0, 4.0), (9.0, 4.0)], False),
    ]


def _write(tmp_path: Path, parts: dict[str, str]) -> Path:
    path = tmp_path / "x.ofd"
    write_ofd(path, parts)
    return path


def test_entities_refused(tmp_path: Path) -> None:
    parts = ofd_parts([ofd_page(DRAIN.heading, DRAIN.rows)])
    page = "Doc_0/Pages/Page_0/Content.xml"
    parts[page] = parts[page].replace(
        "?>\n", '?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', 1)
    with pytest.raises(UnreadableFile, match="declares XML entities"):
        read(_write(tmp_path, parts))


def test_scan_and_damage_refused_with_a_reason(tmp_path: Path) -> None:
    scan = ofd_parts([ofd_page("", [])])
    page = "Doc_0/Pages/Page_0/Content.xml"
    scan[page] = scan[page].replace(
        '<ofd:Layer ID="2">', '<ofd:Layer ID="2"><ofd:ImageObject ID="9" ResourceID="1" '
        'Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>')
    scan[page] = scan[page].replace("<ofd:TextObject", "<ofd:Unused").replace(
        "</ofd:TextObject>", "</ofd:Unused>")
    with pytest.raises(UnreadableFile, match="it is a scan"):
        read(_write(tmp_path, scan))
    broken = ofd_parts([ofd_page(DRAIN.heading, DRAIN.rows)])
    broken["OFD.xml"] = broken["OFD.xml"].replace("<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>",
                                                  "")
    with pytest.raises(UnreadableFile, match="names no document"):
        read(_write(tmp_path, broken))
