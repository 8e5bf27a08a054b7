"""Real published 绩效目标表 and 自评表, rebuilt as the documents they came from.

Every module in samples/real_specs/ is one published table (see that package's
docstring); this module registers its document under samples/real/ with the writer its
suffix names.  A .pdf or .doc is LibreOffice's print or conversion of the .docx of the same
stem, an .xls its conversion of the .xlsx (each kept as a sample as well); an .html is the
table as a government site shows it in the page.  What each document must read as is
tests/documents/real/MODULE.json, written from the source before the reader was run on it.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from samples import real_specs
from samples.layouts_unlike_the_seed import write_text
from samples.registry import SAMPLES, sample
from samples.soffice import convert
from samples.templates import Doc, Grid, place, write_docx, write_xlsx

DIR = "real"

PAGE_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
<div class="article-content" style="font-size:16px;line-height:28px;">
"""
PAGE_FOOT = """</div>
</body>
</html>
"""
TD = 'style="border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;"'


def _html_cell(text: str, span: int, down: int) -> str:
    attrs = (f' colspan="{span}"' if span > 1 else "") + (f' rowspan="{down}"' if down > 1 else "")
    body = "<br>".join(html.escape(line, quote=False) for line in text.split("\n")) or "&nbsp;"
    return f"<td{attrs} {TD}><p style=\"margin:0;\">{body}</p></td>"


def write_html(doc: Doc, target: Path) -> None:
    """The table as a site's article page shows it: the title paragraph centred above, each
    Grid a bordered <table> with its merges as rowspan and colspan, styles inline."""
    parts = [PAGE_HEAD.format(title=html.escape(doc.title))]
    for block in doc.blocks:
        if not isinstance(block, Grid):
            parts.append(f'<p style="text-align:center;">{html.escape(block, quote=False)}</p>\n')
            continue
        parts.append('<table border="1" cellspacing="0" cellpadding="0" '
                     'style="border-collapse:collapse;width:100%;">\n<tbody>\n')
        rows: dict[int, list[str]] = {}
        for r, _, x in place(block):
            rows.setdefault(r, []).append(_html_cell(x.text, x.span, x.down))
        for r in range(len(block.rows)):
            parts.append("<tr>" + "".join(rows.get(r, [])) + "</tr>\n")
        parts.append("</tbody>\n</table>\n")
    parts.append(PAGE_FOOT)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(parts), encoding="utf-8")


WRITERS: dict[str, Callable[[Doc, Path], None]] = {
    ".docx": write_docx, ".xlsx": write_xlsx, ".txt": write_text, ".html": write_html,
}
# A document LibreOffice makes from a written one of the same stem: its suffix → the
# written one's suffix and LibreOffice's target (a .doc and an .xls as a unit's old
# Office saves them, a .pdf as printed).
CONVERTED: dict[str, tuple[str, str]] = {
    ".pdf": (".docx", "pdf"), ".doc": (".docx", "doc:MS Word 97"),
    ".xls": (".xlsx", "xls:MS Excel 97"),
}


@dataclass(frozen=True)
class RealSample:
    module: str  # its name in samples/real_specs/
    source: dict[str, Any]
    paths: tuple[str, ...]  # every sample built from it, under samples/


def specs() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(real_specs.__path__))
    return [importlib.import_module(f"{real_specs.__name__}.{n}") for n in names]


def _register_written(path: str, spec: ModuleType) -> None:
    write = WRITERS[Path(path).suffix]

    def make(target: Path) -> None:
        write(spec.doc(), target)

    make.__doc__ = f"{spec.SOURCE['kind']}: {spec.SOURCE['issuer']} ({spec.SOURCE['url']})"
    # a table the reader refuses on purpose says why (NO_GOLDEN), its gap in real_gaps.json
    sample(path, no_golden=getattr(spec, "NO_GOLDEN", ""))(make)


def _register_converted(path: str, written: str, target_format: str, no_golden: str = ""
                        ) -> None:
    def make(target: Path) -> None:
        convert(SAMPLES / written, target, target_format)

    make.__doc__ = f"LibreOffice's {Path(path).suffix[1:].upper()} of {written}"
    sample(path, converted_from=written, golden_without_hash=True, no_golden=no_golden)(make)


def register(spec: ModuleType) -> RealSample:
    path = f"{DIR}/{spec.FILE}"
    suffix = Path(path).suffix
    if suffix in CONVERTED:
        written_suffix, target_format = CONVERTED[suffix]
        written = path.removesuffix(suffix) + written_suffix
        _register_written(written, spec)
        _register_converted(path, written, target_format, getattr(spec, "NO_GOLDEN", ""))
        paths: tuple[str, ...] = (written, path)
    else:
        _register_written(path, spec)
        paths = (path,)
    return RealSample(spec.__name__.rsplit(".", 1)[-1], spec.SOURCE, paths)


REAL: list[RealSample] = [register(spec) for spec in specs()]
