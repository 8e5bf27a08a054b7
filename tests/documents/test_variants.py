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
