"""The review page of `jixiao serve` (`/-/review`): every cell of a scan read by OCR with
low confidence or changed by the domain correction, its image cut from the page beside
the text read, with confirm and correct actions that write through the analysts'
corrections (`jixiao.store.db.corrections`, as `jixiao correct` does).

A Datasette plugin: `jixiao serve` puts a one-line module importing this one in the plugins
folder it gives Datasette (`PLUGIN`, `jixiao.store.exports.serving.run`).  It lives in
ingest/, not beside `serving`, because it writes corrections as `jixiao correct` does
(`jixiao.ingest.amend`).  Its routes:

    /-/review                   the page (`?all=1`: every OCR reading, not only flagged)
    /-/review/cell/D/P.png      a cell of page P of document D (`?box=x0,top,x1,bottom`)
    /-/review/correct           POST: target, id, field, value, reason, by → a correction

The rows are `jixiao.store.analysis.review.review_rows`; each also shows the `jixiao
correct` command line that does the same from a terminal.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Request, Response
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jixiao.errors import JixiaoError

PATH = "/-/review"
TITLE = "扫描件核对"
AUTHOR = "核对页面"  # who made a correction, when the form names no one

TEMPLATE = """{% extends "base.html" %}
{% block title %}扫描件核对{% endblock %}
{% block extra_head %}<style>
.review td { vertical-align: top; }
.review img { max-width: 360px; border: 1px solid #ccc; background: #fff; }
.review form { margin: 0 0 0.4em 0; display: block; }
.review form input { margin: 0 0.2em 0.2em 0; }
.review code { font-size: 0.8em; word-break: break-all; }
.review .low { color: #b00; font-weight: bold; }
.review .done { color: #070; }
</style>{% endblock %}
{% block content %}
<h1>扫描件核对</h1>
<p>OCR 识别置信度低于 {{ threshold }} 或经表格用语自动更正的单元格：左侧为扫描件原图，
右侧为识别结果。核对无误点“确认”，有误填写正确的值点“更正”；两者都记入分析人员更正
（<code>jixiao corrections</code> 可查看、撤销），也可在终端运行所列命令。
{% if everything %}<a href="{{ path }}">只看需核对的</a>{% else %}
<a href="{{ path }}?all=1">全部识别结果</a>{% endif %}</p>
<p>共 {{ rows|length }} 处{% if not everything %}需核对{% endif %}。</p>
<table class="review rows-and-columns">
<thead><tr><th>文件</th><th>位置</th><th>扫描件</th><th>识别</th><th>核对</th></tr></thead>
<tbody>
{% for r in rows %}
<tr data-target="{{ r.target }}" data-id="{{ r.target_id }}" data-field="{{ r.field or '' }}">
<td>{{ r.unit_name or '?' }} {{ r.year or '?' }}<br>{{ r.source }}</td>
<td>第{{ r.page }}页<br>{{ r.where }}<br>{{ r.label }}</td>
<td><img alt="第{{ r.page }}页 {{ r.box }}" src="{{ r.image }}"></td>
<td>识别原文「{{ r.raw }}」<br>更正后「{{ r.text }}」<br>
<span class="{{ 'low' if r.low else '' }}">置信度 {{ r.confidence }}</span><br>{{ r.why }}</td>
<td>{% if r.correction_id %}<p class="done">已由 {{ r.reviewed_by }} 核对：「{{ r.value }}」
（更正 {{ r.correction_id }}）</p>{% endif %}
{% if r.fix %}
{% if r.confirm %}<form method="post" action="{{ path }}/correct" class="confirm">
<input type="hidden" name="csrftoken" value="{{ csrftoken() }}">
{% for k, v in r.hidden.items() %}<input type="hidden" name="{{ k }}" value="{{ v }}">{% endfor %}
<input type="hidden" name="value" value="{{ r.value }}">
<input type="hidden" name="reason" value="{{ confirm_reason }}">
<input type="submit" value="确认「{{ r.value }}」"></form>{% endif %}
<form method="post" action="{{ path }}/correct" class="fix">
<input type="hidden" name="csrftoken" value="{{ csrftoken() }}">
{% for k, v in r.hidden.items() %}<input type="hidden" name="{{ k }}" value="{{ v }}">{% endfor %}
<input type="text" name="value" value="{{ r.value }}" size="16" aria-label="正确的值">
<input type="text" name="reason" value="{{ fix_reason }}" size="10" aria-label="理由">
<input type="submit" value="更正"></form>
<code>{{ r.confirm or r.fix }}</code>
{% else %}<p>此栏目不能用 jixiao correct 更正，请对照原件。</p>{% endif %}
</td></tr>
{% endfor %}
</tbody></table>
{% endblock %}
"""


def _engine(datasette: Any) -> tuple[Engine, str]:
    """An engine on the database Datasette serves, and its path."""
    from jixiao.store.db.engine import open_engine

    path = next(db.path for db in datasette.databases.values() if db.path)
    return open_engine(f"sqlite:///{path}", create=False), str(path)


def _sync(datasette: Any, work: Callable[[Engine, str], Any]) -> Any:
    """Run `work` on a fresh engine (in a thread: the store's calls block)."""
    def call() -> Any:
        engine, path = _engine(datasette)
        try:
            return work(engine, path)
        finally:
            engine.dispose()
    return asyncio.to_thread(call)


async def review_page(datasette: Any, request: Request) -> Response:
    from jixiao.store.analysis.review import (
        CONFIRM_REASON,
        FIX_REASON,
        OCR_LOW_CONFIDENCE,
        review_rows,
    )

    everything = request.args.get("all") == "1"

    def rows(engine: Engine, path: str) -> list[dict[str, Any]]:
        with Session(engine) as s:
            return [_shown(r) for r in review_rows(s, db=path, everything=everything)]

    found = await _sync(datasette, rows)
    html = await datasette.render_template(
        datasette.jinja_env.from_string(TEMPLATE),
        {"rows": found, "path": PATH, "everything": everything,
         "threshold": OCR_LOW_CONFIDENCE, "confirm_reason": CONFIRM_REASON,
         "fix_reason": FIX_REASON},
        request=request)
    return Response.html(html)


def _shown(r: dict[str, Any]) -> dict[str, Any]:
    """A review row with what the page adds: where in the tables, the form's fields."""
    from jixiao.store.analysis.review import OCR_LOW_CONFIDENCE

    where = ("文件" if r["target"] == "document" else f"项目{r['project_seq']}"
             + (f" 指标{r['indicator_seq']}" if r["target"] == "indicator" else ""))
    box = ",".join(f"{v:g}" for v in r["box"])
    return r | {"where": where, "low": r["confidence"] < OCR_LOW_CONFIDENCE,
                "image": f"{PATH}/cell/{r['document_id']}/{r['page']}.png?box={box}",
                "hidden": {"target": r["target"], "id": r["target_id"],
                           "field": r["field"] or ""}}


async def cell_image(datasette: Any, request: Request) -> Response:
    from jixiao.parsers.readers.ocr.crop import cell_png
    from jixiao.store.db.models import Document
    from jixiao.store.db.originals import original_of

    doc_id, page = int(request.url_vars["doc"]), int(request.url_vars["page"])
    try:
        box = tuple(float(v) for v in request.args.get("box", "").split(","))
    except ValueError:
        return Response.text("box: four numbers, x0,top,x1,bottom", status=400)
    if len(box) != 4:
        return Response.text("box: four numbers, x0,top,x1,bottom", status=400)

    def png(engine: Engine, _path: str) -> bytes | None:
        with Session(engine) as s:
            doc = s.get(Document, doc_id)
            content = original_of(s, doc.sha256) if doc else None
            if doc is None or content is None:
                return None
        return cell_png(content, doc.format, page, box)

    try:
        data = await _sync(datasette, png)
    except JixiaoError as e:
        return Response.text(str(e), status=404)
    if data is None:
        return Response.text(f"document {doc_id} or its original bytes are not stored",
                             status=404)
    return Response(data, content_type="image/png",
                    headers={"cache-control": "max-age=3600"})


async def record_correction(datasette: Any, request: Request) -> Response:
    """The form's correction, stored as `jixiao correct` stores it; back to the page with
    what was done, or why not."""
    if request.method != "POST":
        return Response.redirect(PATH)
    form = await request.post_vars()

    def store(engine: Engine, _path: str) -> str:
        from jixiao.ingest import amend
        from jixiao.ingest.runlog import writing
        from jixiao.store.db import corrections

        if not form.get("id", "").isdigit():
            return "没有指明要更正的行"
        with writing(engine) as s:
            t = corrections.target_of(s, form.get("target", ""), int(form["id"]))
            field = form.get("field", "")
            typed, columns = amend.correction_columns(t, field, form.get("value", ""))
            c = corrections.correct(s, t, field, typed, form.get("reason", ""),
                                    form.get("by") or AUTHOR, columns=columns)
            return f"已记入更正 {c.id}：{field} 「{c.original}」→「{c.value}」"

    try:
        message, kind = await _sync(datasette, store), datasette.INFO
    except JixiaoError as e:
        message, kind = f"未能更正：{e}", datasette.ERROR
    datasette.add_message(request, message, kind)
    return Response.redirect(PATH)


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [
        (rf"^{PATH}$", review_page),
        (rf"^{PATH}/cell/(?P<doc>\d+)/(?P<page>\d+)\.png$", cell_image),
        (rf"^{PATH}/correct$", record_correction),
    ]


@hookimpl
def menu_links(datasette: Any, actor: Any, request: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(PATH), "label": TITLE}]

