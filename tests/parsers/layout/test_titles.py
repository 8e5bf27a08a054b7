"""A table's title line, read alone: the unit, the year and the project it names.

`harvested_titles.tsv` holds real titles of 绩效目标表 / 自评表 and of the pages that hold
them (159, gathered from published pages; the note names each source), with what a careful
reader takes from the title alone, written before the reader was run on them.  Each is set
as the one heading above a plain indicator table that names no project and no unit, and the
document read.  The lines under a "## strict xfail" header are read otherwise still, each
group with its reason; one that starts to pass fails, to be moved up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from jixiao.parsers.grid import Paragraph, SourceDocument, Table, row_from_texts
from jixiao.parsers.layout.document import to_document_record

TITLES = Path(__file__).with_name("harvested_titles.tsv")
_TABLE = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "完成数量", "10个"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
]


@dataclass(frozen=True)
class Title:
    text: str
    unit: str | None
    year: int | None
    name: str | None
    xfail: str


def _or_none(text: str) -> str | None:
    return None if text in ("", "-") else text


def load_titles() -> list[Title]:
    out, xfail = [], ""
    for line in TITLES.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            xfail = line[3:] if "xfail" in line else ""
            continue
        if not line.strip() or line.startswith("#"):
            continue
        text, unit, year, name = [*line.split("\t"), "", "", ""][:4]
        y = _or_none(year.strip())
        out.append(Title(text, _or_none(unit.strip()), int(y) if y else None,
                         _or_none(name.strip()), xfail))
    return out


def read_title(text: str) -> tuple[str | None, int | None, str | None]:
    table = Table([row_from_texts(r, index=i) for i, r in enumerate(_TABLE)])
    record = to_document_record(SourceDocument([Paragraph(text), table], format="html"),
                                file_name="t.html")
    name = record.projects[0].name if record.projects else None
    return record.unit_name, record.year, name


@pytest.mark.parametrize("title", [
    pytest.param(t, id=t.text[:40], marks=[pytest.mark.xfail(strict=True, reason=t.xfail)]
                 if t.xfail else []) for t in load_titles()])
def test_title(title: Title) -> None:
    assert read_title(title.text) == (title.unit, title.year, title.name)


def test_the_table_is_large_and_varied() -> None:
    titles = load_titles()
    assert len(titles) >= 150
    assert sum(t.xfail == "" for t in titles) >= 100
    assert {t.unit is None for t in titles} == {True, False}
