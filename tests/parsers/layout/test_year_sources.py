"""Where the budget year comes from: a heading or the file name, else the folder, and
only then the year the text mentions most (a 填报日期 or a deadline may name another)."""

from __future__ import annotations

from pathlib import Path

from jixiao.ingest.pipeline import Options, ingest
from jixiao.store.db.engine import open_engine
from tests.helpers import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
# Project 1's table alone: no heading states a year, its deadlines say 2021.
TABLE_ONLY = SEED_TEXT.split("征地拆迁补偿款项目绩效目标表", 1)[1].split("2.  规划环评费")[0]


def _year_of(path: Path, tmp_path: Path) -> int | None:
    engine = open_engine(f"sqlite:///{tmp_path / 'y.db'}")
    summary = ingest(engine, [path.parent.parent], Options(jobs=1))
    assert summary.count("ingested") == 1, summary.as_json()
    from jixiao.store.exports.exporting import export_dicts

    [doc] = export_dicts(engine)
    year: int | None = doc["year"]
    return year


def test_folder_year_beats_a_year_guessed_from_the_text(tmp_path: Path) -> None:
    f = tmp_path / "2022" / "老庄子镇" / "征地拆迁.txt"
    f.parent.mkdir(parents=True)
    f.write_text(TABLE_ONLY, encoding="utf-8")
    assert _year_of(f, tmp_path) == 2022


def test_a_heading_year_beats_the_folder(tmp_path: Path) -> None:
    f = tmp_path / "2022" / "老庄子镇" / "征地拆迁.txt"
    f.parent.mkdir(parents=True)
    f.write_text("2023年项目支出绩效目标\n\n" + TABLE_ONLY, encoding="utf-8")
    assert _year_of(f, tmp_path) == 2023


def test_without_folder_the_text_guess_is_used(tmp_path: Path) -> None:
    f = tmp_path / "in" / "x" / "征地拆迁.txt"
    f.parent.mkdir(parents=True)
    f.write_text(TABLE_ONLY, encoding="utf-8")
    assert _year_of(f, tmp_path) == 2021
