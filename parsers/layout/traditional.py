"""Documents in traditional characters, or with figures typed full-width: read by the
simplified vocabulary in plain figures, stored as written.

`simplified_twin` gives the layout a copy of the document with every text in simplified
characters (so that 一級指標, 項目名稱 and 萬元 match the vocabulary), and a `Restorer`
that puts every text of the resulting record back as the document wrote it: a text is
found by its simplified form among the document's cells and paragraphs, whole, line by
line, or as a part of one (a name after 項目名稱：).  Documents in simplified characters
are left alone (no twin, no cost).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from jixiao.hanzi import plain
from jixiao.parsers.grid import Cell, Paragraph, Row, SourceDocument, Table

T = TypeVar("T")


class Restorer:
    """Simplified text → the text as written, for the texts of one document."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        # same-length pairs only: a part of one maps back by its position
        self._pairs = [(s, t) for s, t in pairs if s != t and len(s) == len(t)]
        self._whole = {s.strip(): t.strip() for s, t in self._pairs}
        # each simplified character that the document writes one way only, as written
        # there: for a text the layout joined from two cells (編外人員 | 數量 split at a
        # page break), which no cell holds whole
        written: dict[str, set[str]] = {}
        for s, t in self._pairs:
            for a, b in zip(s, t, strict=True):
                written.setdefault(a, set()).add(b)
        self._chars = {a: ways.pop() for a, ways in written.items()
                       if len(ways) == 1 and a not in ways}

    def text(self, s: str) -> str:
        if s in self._whole:
            return self._whole[s]
        return "\n".join(self._line(line) for line in s.split("\n"))

    def _line(self, line: str) -> str:
        if not line or line.isascii():
            return line
        if line in self._whole:
            return self._whole[line]
        for s, t in self._pairs:
            i = s.find(line)
            if i >= 0:
                return t[i : i + len(line)]
        return "".join([self._chars.get(ch, ch) for ch in line])

    def restore(self, obj: T) -> T:
        """Every text inside a record (dataclasses, lists, dicts) as written."""
        return self._restore(obj)

    def _restore(self, obj: Any) -> Any:
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, list):
            return [self._restore(x) for x in obj]
        if isinstance(obj, dict):
            return {self._restore(k): self._restore(v) for k, v in obj.items()}
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for f in dataclasses.fields(obj):
                if f.metadata.get("vocabulary"):  # a word of ours, not the document's
                    continue
                value = getattr(obj, f.name)
                restored = self._restore(value)
                if restored is not value:
                    setattr(obj, f.name, restored)
            return obj
        return obj


def simplified_twin(src: SourceDocument, *names: str) -> tuple[SourceDocument, Restorer] | None:
    """The document in simplified characters and plain figures and the way back, or None
    when it has no traditional character and no full-width figure.  `names` (the file
    name) are texts the record may quote too."""
    texts = [*names, *_texts(src)]
    if all(plain(t) == t for t in dict.fromkeys(texts)):  # each text once
        return None
    twin = SourceDocument(
        blocks=[_simplified_block(b) for b in src.blocks],
        format=src.format,
        pages=src.pages,
        warnings=list(src.warnings),
    )
    return twin, Restorer([(plain(t), t) for t in texts])


def _texts(src: SourceDocument) -> list[str]:
    out: list[str] = []
    for b in src.blocks:
        if isinstance(b, Paragraph):
            out.append(b.text)
        else:
            out.extend(c.text for r in b.rows for c in r.cells if not c.merged_above)
    return out


def _simplified_block(b: Paragraph | Table) -> Paragraph | Table:
    if isinstance(b, Paragraph):
        return dataclasses.replace(b, text=plain(b.text))
    rows = [
        Row([Cell(plain(c.text), c.col, c.colspan, c.merged_above) for c in r.cells],
            r.index, r.page)
        for r in b.rows
    ]
    return Table(rows, b.index, b.page, b.ncols)
