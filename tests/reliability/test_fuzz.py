"""Issue 9.3: fuzzing.  The normalizer and the text parser always return a defined
result for any input (hypothesis); mutants of the docx, pdf and xlsx samples each
ingest or fail with a reason through the real pipeline, and the run always finishes.

`JIXIAO_FUZZ_CASES` sets the mutants per format (default 60; the seed is fixed, so CI
tries the same files every time) and `JIXIAO_FUZZ_SEED` the seed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.errors import ParseError
from jixiao.normalize import KINDS, normalize_value
from jixiao.parsers.layout.document import to_document_record
from jixiao.parsers.readers.text import decode, text_to_blocks
from tests.reliability import harness, hostile, mutate
from tests.reliability.harness import TALLY, Tally

CASES = int(os.environ.get("JIXIAO_FUZZ_CASES", "60"))
SEED = int(os.environ.get("JIXIAO_FUZZ_SEED", "20210901"))
SAMPLES = hostile.ROOT / "samples"


# -- hypothesis: total functions -------------------------------------------------------------

# Stretches of the real seed text with noise spliced in, so that examples reach deep into
# the layout and normalizing and not only the "no table here" path; and anything at all.
_SEED_LINES = hostile.SEED_TXT.read_text(encoding="utf-8").split("\n")
_noise = st.one_of(
    st.sampled_from(["\t", "\n", "\n\n", "\f", "\r\n", "\t\t", "\u3000", "", "项目名称"]),
    st.text(max_size=20),
)


@st.composite
def seed_like_text(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(_SEED_LINES) - 1))
    length = draw(st.integers(0, 400))
    lines = _SEED_LINES[start : start + length]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(_noise))
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(seed_like_text(), st.text()))
def test_text_parser_is_total(text: str) -> None:
    """Any text reads as blocks, and as a document record or a ParseError with a reason."""
    blocks = list(text_to_blocks(text))
    from jixiao.parsers.grid import SourceDocument

    try:
        rec = to_document_record(SourceDocument(blocks, format="txt"), file_name="x.txt")
    except ParseError as e:
        assert e.reason.strip()
        TALLY.add("hypothesis: text parser", "ParseError with reason")
    else:
        assert all(p.seq >= 1 for p in rec.projects)
        TALLY.add("hypothesis: text parser", "document record")


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000))
def test_text_decoding_is_total(data: bytes) -> None:
    """Any bytes decode, or fail with UnreadableFile (a ParseError) and a reason."""
    try:
        decode(data)
    except ParseError as e:
        assert e.reason.strip()
        TALLY.add("hypothesis: text decoding", "ParseError with reason")
    else:
        TALLY.add("hypothesis: text decoding", "decoded")


@settings(max_examples=300, deadline=None)
@given(
    raw=st.one_of(st.none(), st.text(), st.sampled_from(_SEED_LINES[:600])),
    level2=st.one_of(st.none(), st.text(max_size=6)),
    year=st.one_of(st.none(), st.integers()),
    unit=st.one_of(st.none(), st.text(max_size=4)),
    op=st.one_of(st.none(), st.text(max_size=3)),
)
def test_normalizer_is_total(
    raw: str | None, level2: str | None, year: int | None, unit: str | None, op: str | None
) -> None:
    """Any raw value and context gives a value of a known kind with all eleven keys."""
    v = normalize_value(raw, level2=level2, year=year, unit=unit, op=op)
    d = v.to_dict()
    assert d["kind"] in KINDS
    assert len(d) == 11
    TALLY.add("hypothesis: normalizer", f"kind {d['kind']}")


# -- mutation fuzz through the pipeline ------------------------------------------------------


def _sample(fmt: str) -> Path:
    preferred = {
        "docx": hostile.SEED_DOCX,
        "pdf": hostile.SEED_PDF,
        "xlsx": SAMPLES / "templates" / "柳河镇_2022_项目绩效目标表.xlsx",
    }[fmt]
    if preferred.exists():
        return preferred
    found = sorted(SAMPLES.rglob(f"*.{fmt}"))
    if not found:
        pytest.skip(f"no .{fmt} sample under samples/ to mutate")
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_mutants_ingest_or_fail_with_a_reason(fmt: str, tmp_path: Path, tally: Tally) -> None:
    sample = _sample(fmt)
    folder = tmp_path / "in"
    folder.mkdir()
    names: list[str] = []
    for i, (how, data) in enumerate(mutate.mutants(sample.read_bytes(), fmt, CASES, SEED)):
        name = f"{i:03d}_{how}.{fmt}"
        (folder / name).write_bytes(data)
        names.append(name)
    (folder / f"original.{fmt}").write_bytes(sample.read_bytes())

    summary = harness.run(folder, tmp_path / "fuzz.db", jobs=2)

    harness.assert_defined(summary, CASES + 1)
    by_name = {Path(f.file).name: f for f in summary.files}
    assert by_name[f"original.{fmt}"].outcome == "ingested", by_name[f"original.{fmt}"].reason
    for name in names:
        r = by_name[name]
        tally.add(f"mutant {fmt}", harness.outcome(r), f"{name}: {r.reason or ''}")
    engine = harness.open_engine(f"sqlite:///{tmp_path / 'fuzz.db'}")
    try:
        assert harness.orphans(engine) == []
        stored = harness.counts(engine)["documents"]
    finally:
        engine.dispose()
    assert stored == summary.count("ingested")
