"""`jixiao search`: jieba words over SQLite FTS5 and PostgreSQL tsvector."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from jixiao.errors import StoreError
from jixiao.store.analysis.search import Hit, count, highlight, query_terms, search, snippet
from jixiao.store.db.engine import open_engine
from tests.helpers import SEED, database, ingest_into, jixiao


def hits(url: str, words: str, limit: int = 50) -> list[Hit]:
    engine = open_engine(url)
    try:
        with Session(engine) as s, s.begin():
            return search(s, words, limit=limit)
    finally:
        engine.dispose()


def test_a_word_in_names_purposes_indicators_and_narrative(seeded_url: str) -> None:
    found = hits(seeded_url, "排水")
    assert {h.field for h in found} == {"project", "purpose", "indicator", "section"}
    assert all(h.unit_name == "老庄子镇" and h.year == 2021 for h in found)
    named = next(h for h in found if h.field == "project")
    assert named.snippet == "老庄子镇集贸市场附近修建【排水】沟"
    assert named.project == "老庄子镇集贸市场附近修建排水沟"
    indicator = next(h for h in found if h.field == "indicator")
    assert indicator.snippet == "做到改造【排水】管道268米：268米"
    assert indicator.label == "产出指标/数量指标"


def test_every_satisfaction_indicator(seeded_url: str) -> None:
    found = hits(seeded_url, "满意度")
    assert all("【满意度】" in h.snippet for h in found)
    indicators = [h for h in found if h.field == "indicator"]
    assert len(indicators) == 12
    assert {h.label for h in indicators} == {"满意度指标/服务对象满意度指标"}
    # the narrative mentions it too (绩效指标：…增加群众满意度)
    assert {h.field for h in found} == {"indicator", "section"}


def test_results_are_ranked(seeded_url: str) -> None:
    found = hits(seeded_url, "空气指数")
    assert [h.project for h in found] == ["锅炉维修费", "防火站工作经费"] or \
        [h.project for h in found] == ["防火站工作经费", "锅炉维修费"]
    ranks = [h.rank for h in hits(seeded_url, "乡村振兴")]
    assert ranks == sorted(ranks, reverse=True)
    assert len(ranks) == 2


def test_several_words_must_all_occur(seeded_url: str) -> None:
    found = hits(seeded_url, "信访 村")
    assert {h.field for h in found} == {"goal", "indicator"}
    assert all("【信访】" in h.snippet and "【村】" in h.snippet for h in found)


def test_part_of_a_word_is_found_by_its_characters(seeded_url: str) -> None:
    """老庄 is no jieba word (老庄子镇 is cut 老/庄子/镇): found as adjacent characters."""
    found = hits(seeded_url, "老庄")
    assert found
    assert all("【老庄】" in h.snippet for h in found)
    assert {h.field for h in found} >= {"document", "project"}


def test_no_match_and_no_words(seeded_url: str) -> None:
    assert hits(seeded_url, "航天飞机") == []
    assert hits(seeded_url, "it's \"quoted\"") == []
    with pytest.raises(StoreError, match="give one or more words"):
        hits(seeded_url, " ，。 ")


def test_search_command_prints_marked_matches(seeded_url: str) -> None:
    r = jixiao("search", "排水", "--db", seeded_url)
    assert r.exit_code == 0, r.stderr
    assert "【排水】" in r.stdout
    assert f"《{SEED.name}》" in r.stdout
    r = jixiao("search", "满意度", "--db", seeded_url, "--json", "-n", "3")
    out = json.loads(r.stdout)
    assert out["query"] == "满意度"
    assert len(out["hits"]) == 3
    assert set(out["hits"][0]) >= {"field", "unit_name", "year", "source", "project", "snippet",
                                   "text", "rank"}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_index_follows_the_current_documents(kind: str, tmp_path: Path) -> None:
    """A new document is searchable at once; a replaced version no longer is."""
    with database(kind, tmp_path) as url:
        ingest_into(url, [SEED])
        assert {h.field for h in hits(url, "排水沟")} == {"project", "section"}
        newer = tmp_path / "new" / SEED.name  # the same file name: a new version
        newer.parent.mkdir()
        newer.write_text(SEED.read_text(encoding="utf-8").replace("排水沟", "雨水沟"),
                         encoding="utf-8")
        ingest_into(url, [newer])
        assert hits(url, "排水沟") == []
        assert {h.field for h in hits(url, "雨水沟")} == {"project", "section"}
        other = tmp_path / "其他.txt"
        shutil.copy(SEED, other)
        with other.open("a", encoding="utf-8") as fh:
            fh.write("\n")
        ingest_into(url, [other])
        assert {h.source for h in hits(url, "排水沟")} == {"其他.txt"}


# --- words and highlighting ---------------------------------------------------------------


@pytest.mark.parametrize(("query", "terms"), [
    ("满意度", ["满意度"]),
    ("空气指数", ["空气", "指数"]),
    ("信访  村", ["信访", "村"]),
    ("排水，排水", ["排水"]),
    ("  ", []),
])
def test_query_terms(query: str, terms: list[str]) -> None:
    assert query_terms(query) == terms


def test_highlight_prefers_the_longest_term() -> None:
    assert highlight("群众满意度95%", ["满意度", "满意"]) == "群众【满意度】95%"
    assert highlight("满意，满意度", ["满意度", "满意"]) == "【满意】，【满意度】"


def test_snippet_of_a_long_text_keeps_the_context_of_the_first_match() -> None:
    text = "甲" * 200 + "乡村振兴" + "乙" * 200
    s = snippet(text, ["乡村振兴"])
    assert "【乡村振兴】" in s
    assert s.startswith("…") and s.endswith("…")
    assert len(s) < 100


@pytest.mark.parametrize("words", ["排水", "满意度", "排水 工程", "老庄子镇", "庄子", "无此词语"])
def test_count_is_the_number_of_matches_whatever_the_limit(seeded_url: str, words: str) -> None:
    engine = open_engine(seeded_url)
    try:
        with Session(engine) as s, s.begin():
            n = count(s, words)
            every = search(s, words, limit=10_000)
            first = search(s, words, limit=1)
    finally:
        engine.dispose()
    assert n == len(every)
    assert first == every[:1]
