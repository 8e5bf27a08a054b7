"""`jixiao serve`: the SQLite database in a browser through Datasette.

Datasette does the serving; this module only gives it metadata: titles, Chinese
labels (the Chinese views 指标, 项目 … carry Chinese column names, since Datasette has
no column labels of its own), facets and saved queries, and hides the bookkeeping
tables.  The saved queries are SQLite SQL over the analyst views.  Plugins the command
gives (the review page of scanned cells, `jixiao.ingest.reviewing`) are loaded from a
plugins folder made for the run.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jixiao.store.db.views import whole

# Facets per view: the English views facet on their columns, the Chinese ones on theirs.
FACETS: dict[str, list[str]] = {
    "v_indicators": ["unit_name", "year", "level1", "level2", "kind"],
    "指标": ["单位", "年度", "一级指标", "二级指标", "值类型"],
    "v_projects": ["unit_name", "year", "funding_sources"],
    "项目": ["单位", "年度", "资金来源"],
    "v_funding": ["unit_name", "year", "source"],
    "资金来源": ["单位", "年度", "资金来源"],
    "v_findings": ["unit_name", "year", "severity", "code"],
    "问题": ["单位", "年度", "严重程度", "类别"],
    "v_documents": ["unit_name", "year", "format"],
    "文件": ["单位", "年度", "格式"],
    "v_corrections": ["unit_name", "year", "status", "field", "author"],
    "更正": ["单位", "年度", "更正状态", "更正栏目", "更正人"],
}
TITLES: dict[str, str] = {
    "指标": "指标 — 每行一个绩效指标（单位、年度、项目、一级/二级/三级指标、指标值及其类型）",
    "项目": "项目 — 预算数、资金来源、季度支出计划",
    "资金来源": "资金来源 — 每个项目的每一项资金来源",
    "文件": "文件 — 每个现行文件的项目数、指标数和预算合计",
    "问题": "问题 — jixiao check 发现的不一致之处",
    "更正": "更正 — 分析人员对读取结果的更正（原读取值、更正后、更正人、时间和理由）",
    "v_indicators": "v_indicators (indicators, English column names)",
    "v_projects": "v_projects (projects, English column names)",
    "v_funding": "v_funding (funding lines)",
    "v_findings": "v_findings (consistency findings)",
    "v_documents": "v_documents (documents)",
    "v_corrections": "v_corrections (analysts' corrections, with the value as read)",
}
HIDDEN = (
    "runs", "run_files", "alembic_version", "jixiao_meta", "search_docs", "search_fts",
    "search_fts_data", "search_fts_idx", "search_fts_docsize", "search_fts_config",
    "search_fts_content", "v_documents_all", "v_projects_all", "v_funding_all",
    "v_indicators_all", "v_findings_all", "v_corrections_all",
)
# Saved (canned) queries: name → (title, SQL).  Amounts in 元, an integer when whole
# (17052600, not 17052600.0), as in the views.
_MEASURABLE_SUM = "SUM(CASE WHEN measurable_outputs > 0 THEN budget_total_yuan ELSE 0 END)"
QUERIES: dict[str, tuple[str, str]] = {
    "no_satisfaction": (
        "缺少满意度指标的项目",
        "SELECT unit_name AS 单位, year AS 年度, source AS 文件, seq AS 序号, "
        "name AS 项目名称, budget_total_yuan AS \"预算数(元)\" FROM v_projects "
        "WHERE satisfaction_indicators = 0 ORDER BY unit_name, year, source, seq",
    ),
    "measurable_budget": (
        "有可计量产出指标的预算占比",
        "SELECT unit_name AS 单位, year AS 年度, COUNT(*) AS 项目数, "
        f"{whole('SUM(budget_total_yuan)')} AS \"预算合计(元)\", "
        f"{whole(_MEASURABLE_SUM)} AS \"有可计量产出的预算(元)\", "
        f"ROUND(100.0 * {_MEASURABLE_SUM} / SUM(budget_total_yuan), 1) AS \"占比(%)\" "
        "FROM v_projects GROUP BY unit_name, year ORDER BY unit_name, year",
    ),
    "budget_by_source": (
        "按资金来源的预算",
        "SELECT unit_name AS 单位, year AS 年度, source AS 资金来源, "
        f"{whole('SUM(amount_yuan)')} AS \"金额(元)\", COUNT(*) AS 项目数 FROM v_funding "
        "GROUP BY unit_name, year, source ORDER BY unit_name, year, SUM(amount_yuan) DESC",
    ),
    "funding_mismatch": (
        "资金来源合计与预算数不符的项目",
        "SELECT unit_name AS 单位, year AS 年度, name AS 项目名称, "
        "budget_total_yuan AS \"预算数(元)\", funding_total_yuan AS \"资金来源合计(元)\", "
        f"{whole('ROUND(budget_total_yuan - funding_total_yuan, 2)')} AS \"差额(元)\" "
        "FROM v_projects "
        "WHERE ABS(budget_total_yuan - funding_total_yuan) > 1 ORDER BY unit_name, year",
    ),
    "indicators_like": (
        "三级指标含某词的指标",
        "SELECT unit_name AS 单位, year AS 年度, project AS 项目名称, level1 AS 一级指标, "
        "level2 AS 二级指标, level3 AS 三级指标, value_raw AS 指标值, kind_zh AS 值类型 "
        "FROM v_indicators WHERE level3 LIKE '%' || :word || '%' "
        "ORDER BY unit_name, year, project_seq, seq",
    ),
    "errors": (
        "严重问题（错误）",
        "SELECT unit_name AS 单位, year AS 年度, source AS 文件, message AS 说明 "
        "FROM v_findings WHERE severity = 'error' ORDER BY unit_name, year, source",
    ),
}


def database_name(path: Path) -> str:
    """Datasette names a database after its file's stem."""
    return path.stem


def metadata(path: Path) -> dict[str, Any]:
    tables: dict[str, Any] = {name: {"hidden": True} for name in HIDDEN}
    for name, facets in FACETS.items():
        tables[name] = {"title": TITLES.get(name, name), "facets": facets}
    return {
        "title": "绩效目标数据 jixiao",
        "description": "项目绩效目标表：文件、项目、资金来源、指标和问题。"
                       "中文视图（指标、项目、资金来源、文件、问题）可按单位、年度、指标类别筛选。"
                       "扫描件中识别把握不大或经自动更正的单元格在“扫描件核对”页（/-/review）核对。",
        "databases": {
            database_name(path): {
                "title": "绩效目标",
                "tables": tables,
                "queries": {k: {"title": t, "sql": sql} for k, (t, sql) in QUERIES.items()},
            }
        },
    }


def available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def command(path: Path, metadata_file: Path, *, host: str, port: int,
            plugins: Path | None = None) -> list[str]:
    return [
        sys.executable, "-m", "datasette", "serve", str(path),
        "--metadata", str(metadata_file), "--host", host, "--port", str(port),
        *(["--plugins-dir", str(plugins)] if plugins else []),
        "--setting", "sql_time_limit_ms", "5000",
        "--setting", "default_facet_size", "20",
    ]


def run(path: Path, *, host: str, port: int, plugins: Mapping[str, str] | None = None) -> int:
    """Serve until interrupted; returns Datasette's exit code.  `plugins`: modules for
    Datasette to load, by file name → source."""
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(path), ensure_ascii=False), encoding="utf-8")
        folder = Path(tmp) / "plugins"
        folder.mkdir()
        for name, source in (plugins or {}).items():
            (folder / name).write_text(source, encoding="utf-8")
        try:
            return subprocess.call(command(path, meta, host=host, port=port,
                                           plugins=folder if plugins else None))
        except KeyboardInterrupt:
            return 0
