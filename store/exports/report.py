"""`jixiao report`: one unit's year as a self-contained HTML page.

Everything is inside the file (inline CSS, inline SVG charts from jixiao.store.exports.charts, no
script, no link to the network), so the page can be opened offline or mailed.
"""

from __future__ import annotations

from html import escape
from typing import Any

from jixiao.store.analysis.checks import wan
from jixiao.store.analysis.summary import UnitYear
from jixiao.store.db.views import SEVERITY_ZH
from jixiao.store.exports import charts
from jixiao.vocab.categories import CATEGORY_ORDER

QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
KIND_ORDER = ("数量", "金额", "百分比", "日期", "是否", "定性", "未识别文字", "空")

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",
sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;margin-top:2em;
border-bottom:1px solid #ccc;padding-bottom:.2em}
.figures{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}
.figure{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
.figure b{display:block;font-size:1.4em}
table{border-collapse:collapse;width:100%;font-size:.9em} th,td{border:1px solid #ddd;
padding:4px 6px;text-align:left;vertical-align:top} th{background:#f4f4f4}
td.num{text-align:right;white-space:nowrap} .error{color:#b00} .warning{color:#a60}
.info{color:#06c} .muted{color:#777} svg{max-width:100%;height:auto}
"""


def _figure(label: str, value: str) -> str:
    return f'<div class="figure">{escape(label)}<b>{escape(value)}</b></div>'


def _ordered(counts: dict[str, int], order: tuple[str, ...]) -> list[str]:
    return [k for k in order if k in counts] + [k for k in counts if k not in order]


def charts_html(f: UnitYear) -> dict[str, str]:
    """The report's charts, by heading."""
    by_project = [(p.name or f"项目{p.seq}", p.budget_yuan or 0.0) for p in f.project_list]
    by_source = sorted(f.funding.items(), key=lambda kv: -kv[1])
    plans = spend_plan_series(f)
    # categories in their order (jixiao.vocab.categories); others follow in the order met
    cats = _ordered(f.by_category, CATEGORY_ORDER)
    kinds = _ordered(f.by_kind, KIND_ORDER)
    severities = [(SEVERITY_ZH[k], float(f.findings.get(k, 0))) for k in SEVERITY_ZH]
    return {
        "各项目预算数": charts.hbar(by_project, title="各项目预算数（万元）",
                               fmt=wan),
        "按资金来源的预算": charts.hbar(by_source, title="按资金来源的预算（万元）",
                                fmt=wan, colours=charts.PALETTE),
        "季度资金支出计划（累计）": charts.lines(
            plans, QUARTERS, title="季度资金支出计划（累计%）"),
        "指标：按类别和值类型": charts.stacked_hbar(
            [(c, _kinds_of_category(f, c)) for c in cats], kinds, title="指标数：按类别和值类型"),
        "问题：按严重程度": charts.hbar(
            severities, title="问题数：按严重程度", fmt=lambda v: f"{v:g}",
            colours=[charts.SEVERITY_COLOURS[k] for k in SEVERITY_ZH]),
    }


def spend_plan_series(f: UnitYear) -> list[tuple[str, list[float | None]]]:
    """One line per distinct plan: projects with the same plan share a line (named
    after the first, with the count), so that no line hides behind another."""
    groups: dict[tuple[float | None, ...], list[str]] = {}
    for p in f.project_list:
        if any(v is not None for v in p.spend_plan):
            groups.setdefault(tuple(p.spend_plan), []).append(p.name or f"项目{p.seq}")
    return [
        (names[0] if len(names) == 1 else f"{names[0]}等{len(names)}个项目", list(plan))
        for plan, names in groups.items()
    ]


def _kinds_of_category(f: UnitYear, category: str) -> dict[str, float]:
    return {k: float(n) for (c, k), n in f.by_category_kind.items() if c == category}


def _projects_table(f: UnitYear) -> str:
    head = ("<tr><th>#</th><th>项目名称</th><th>预算数</th><th>资金来源</th>"
            "<th>支出计划(%)</th><th>指标</th><th>可计量产出</th></tr>")
    rows = []
    for p in f.project_list:
        funding = "；".join(f"{escape(k)} {wan(v)}" for k, v in p.funding.items())
        plan = " / ".join("–" if v is None else f"{v:g}" for v in p.spend_plan)
        rows.append(
            f"<tr><td>{p.seq}</td><td>{escape(p.name or '')}</td>"
            f'<td class="num">{wan(p.budget_yuan) if p.budget_yuan is not None else ""}</td>'
            f"<td>{funding}</td><td>{plan}</td><td class=\"num\">{p.indicators}</td>"
            f'<td class="num">{p.measurable_outputs}</td></tr>')
    return f"<table>{head}{''.join(rows)}</table>"


def _findings_table(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return '<p class="muted">没有发现问题。</p>'
    rows = "".join(
        f'<tr><td class="{escape(r["severity"])}">{escape(r["severity_zh"])}</td>'
        f"<td>{escape(r['source'])}</td><td>{escape(r['message'])}</td></tr>"
        for r in findings)
    return f"<table><tr><th>严重程度</th><th>文件</th><th>说明</th></tr>{rows}</table>"


def render_report(f: UnitYear, findings: list[dict[str, Any]]) -> str:
    """The whole page as one string."""
    unit = f.unit_name or "（未识别单位）"
    share = f"{f.measurable_share:.0%}" if f.measurable_share is not None else "–"
    figures = "".join([
        _figure("申报", str(f.submissions)),
        _figure("文件", str(f.documents)), _figure("项目", str(f.projects)),
        _figure("预算合计", wan(f.budget_yuan)), _figure("指标", str(f.indicators)),
        _figure("有可计量产出的预算占比", share),
        _figure("问题（错误/警告/提示）", "/".join(
            str(f.findings.get(k, 0)) for k in ("error", "warning", "info"))),
    ])
    sections = "".join(f"<h2>{escape(h)}</h2>{svg}" for h, svg in charts_html(f).items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(unit)} {f.year or ''} 年项目绩效目标报告</title>
<style>{CSS}</style></head>
<body>
<h1>{escape(unit)} {f.year or ''} 年项目绩效目标</h1>
<p class="muted">由 jixiao 根据现行申报文件生成；金额单位为万元；
同一份申报的多个文件（如 .docx 与盖章 .pdf）只计一次。</p>
<div class="figures">{figures}</div>
{sections}
<h2>项目一览</h2>
{_projects_table(f)}
<h2>问题清单</h2>
{_findings_table(findings)}
</body></html>
"""
