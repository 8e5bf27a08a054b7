"""`jixiao correct` and `jixiao corrections`: an analyst's corrections, listed and undone.

Thin commands over `jixiao.store.db.corrections` (the store keeps and applies them) and
`jixiao.ingest.amend` (what a value means for its field); each command's work is one
transaction, committed here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from jixiao.ingest.cli.options import csv_option, db_option, fail, json_option, open_db
from jixiao.ingest.cli.output import console, fitted, print_json, print_rows, short_when, table

KINDS = ("document", "project", "indicator")


def _iso(x: object) -> str:
    if isinstance(x, datetime):
        return x.isoformat(timespec="seconds") + "Z"
    return str(x)


def _by_option() -> Any:
    return click.option("--by", "author", default=None, metavar="NAME",
                        help="Who makes it (default: the user running the command).")


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("target")
@click.argument("field")
@click.argument("value")
@click.option("--reason", required=True, help="Why: kept with the correction (required).")
@_by_option()
@db_option()
@json_option(help="Print the correction as JSON.")
def correct(kind: str, target: str, field: str, value: str, reason: str, author: str | None,
            db: str | None, as_json: bool) -> None:
    """Correct what the reader got wrong: set FIELD of a document, project or indicator.

    TARGET is a document's id, the start of its sha256 or its file name; a project's id
    (`jixiao projects`); an indicator's id (v_indicators), or PROJECT_ID:N, the Nth
    indicator of the project as `jixiao show` lists them.  FIELD is one of

    \b
      document:  unit_name, year
      project:   name, code, purpose, budget_total_yuan (91万 or 910000), budget_text
      indicator: value_raw (typed again: ≥95% → percent >= 95), level1, level2, level3,
                 description, basis, op_raw, unit_raw, actual_raw, weight, score

    The stored row shows the corrected value everywhere (views, export, report); the
    value as read is kept beside it.  Corrections are applied again when the same file
    is read again, and carried to a resubmission where the same cell still reads the
    same.  `jixiao corrections` lists them; `jixiao corrections --undo ID` undoes one."""
    from jixiao.ingest import amend, runlog
    from jixiao.store.db import corrections

    engine = open_db(db)
    with runlog.writing(engine) as s:
        t = _target(s, kind, target)
        typed, columns = amend.correction_columns(t, field, value)
        copies = corrections.copies(s, t.document)
        c = corrections.correct(s, t, field, typed, reason, author or runlog.current_user(),
                                columns=columns)
        row = corrections.listing_row(c, t.document)
        submission = t.document.submission
        split = [f"#{d.id} {d.source}" for d in copies if d.submission != submission]
    if as_json:
        print_json(row, default=_iso)
        return
    click.echo(f"correction {row['correction_id']}: {_where(row)}: {field} "
               f"{_shown(row['original'])} → {_shown(row['value'])}")
    if field in corrections.IN_SUBMISSION_KEY:
        click.echo(f"submission key now {submission}")
    if split:
        click.echo(f"note: its copies {', '.join(split)} still read "
                   f"{_shown(row['original'])}: correct them too, or totals count them as "
                   "another submission")


def _target(s: Any, kind: str, target: str) -> Any:
    """The document, project or indicator TARGET names."""
    from jixiao.errors import AmbiguousDocument, NoSuchDocument
    from jixiao.ingest import runlog
    from jixiao.store.db import corrections
    from jixiao.store.db.models import Project

    if kind == "document":
        docs = runlog.find_documents(s, target) or runlog.find_documents(
            s, target, statuses=("superseded", "removed"))
        if not docs:
            raise NoSuchDocument(f"no document matches {target!r} (give its id, the start of "
                                 "its sha256 or its file name; `jixiao documents` lists them)")
        if len(docs) > 1:
            raise AmbiguousDocument(f"{len(docs)} documents match {target!r}: " + "; ".join(
                f"#{d.id} {d.unit_name or '?'} {d.year or '?'} {d.source}" for d in docs[:10])
                + "; give the id")
        return corrections.Target(docs[0])
    if kind == "indicator" and ":" in target:
        project_id, _, n = target.partition(":")
        if not (project_id.isdigit() and n.isdigit()):
            fail(f"cannot read {target!r} as an indicator: give its id, or PROJECT_ID:N", 2)
        p = s.get(Project, int(project_id))
        if p is None or not 1 <= int(n) <= len(p.indicators):
            fail(f"no indicator {target}: project {project_id} "
                 + ("does not exist" if p is None else f"has {len(p.indicators)} indicators")
                 + "; `jixiao show PROJECT_ID` lists them", 1)
        return corrections.Target(p.document, p, p.indicators[int(n) - 1])
    if not target.isdigit():
        fail(f"cannot read {target!r} as a {kind} id: give the number `jixiao "
             + ("projects` shows" if kind == "project" else "show` or v_indicators gives"), 2)
    return corrections.target_of(s, kind, int(target))


@click.command(name="corrections")
@click.option("--all", "everything", is_flag=True,
              help="Every one: undone, replaced, on versions in history (the audit trail).")
@click.option("--document", "document_id", type=int, default=None,
              help="Only the corrections of this document (its id).")
@click.option("--undo", "undo_id", type=int, default=None, metavar="ID",
              help="Undo correction ID: the value as read comes back (the correction is "
                   "kept, undone).")
@click.option("--reason", default=None, help="Why, with --undo (kept with it).")
@click.option("--by", "author", default=None, metavar="NAME",
              help="Who undoes it, with --undo (default: the user running the command).")
@db_option()
@json_option()
@csv_option()
def corrections_command(everything: bool, document_id: int | None, undo_id: int | None,
                        reason: str | None, author: str | None, db: str | None, as_json: bool,
                        as_csv: bool) -> None:
    """The analysts' corrections: what was changed, from what, by whom, when and why.

    Lists those in force on current documents, and the stale ones (made on an earlier
    version, not carried to this one because its cell now reads otherwise); --all lists
    every one: undone, replaced, on versions in history."""
    from sqlalchemy.orm import Session

    from jixiao.ingest import runlog
    from jixiao.store.db import corrections
    from jixiao.store.db.models import Document

    if undo_id is None and (reason is not None or author is not None):
        fail("--reason and --by go with --undo ID", 2)
    engine = open_db(db)
    if undo_id is not None:
        with runlog.writing(engine) as s:
            c = corrections.undo(s, undo_id, author or runlog.current_user(), reason)
            doc = s.get(Document, c.document_id) if c.document_id else None
            row = corrections.listing_row(c, doc)
        click.echo(f"undid correction {undo_id}: {_where(row)}: {row['field']} "
                   f"{_shown(row['original'])} is back")
        return
    with Session(engine) as s:
        rows = [corrections.listing_row(c, s.get(Document, c.document_id)
                                        if c.document_id else None)
                for c in corrections.list_corrections(s, everything=everything,
                                                      document_id=document_id)]
    if print_rows(rows, as_json=as_json, as_csv=as_csv, default=_iso):
        return
    if not rows:
        click.echo("no corrections" + ("" if everything else " in force (--all: every one)"))
        return
    t = table("id", "status", "where", "field", "read → set", "by", "when", "why",
              compact=True)
    console().print(fitted(t, [
        [str(r["correction_id"]), r["status"], _place(r), r["field"],
         f"{_shown(r['original'])} → {_shown(r['value'])}", r["author"],
         short_when(r["at"]), _why(r)] for r in rows
    ], shrink=(2, 4, 7, 3)))
    for r in rows:
        if r["status"] == "stale":
            click.echo(f"{r['correction_id']} is stale, not applied: {r['note']}")


def _place(r: dict[str, Any], *, seqs: bool = True) -> str:
    """Where: the document (#id, unit, year), the project's number in it, and the
    indicator's after a dot (1.2: project 1, indicator 2)."""
    doc = (f"#{r['document_id']} {r['unit_name'] or '?'} {r['year'] or '?'}"
           if r["document_id"] else f"{r['sha256'][:12]} (not stored now)")
    if r["target"] == "document" or not seqs:
        return doc
    return f"{doc} {r['project_seq']}" + (
        f".{r['indicator_seq']}" if r["target"] == "indicator" else "")


def _where(r: dict[str, Any]) -> str:
    return f"{_what(r)} of {_place(r, seqs=False)}"


def _what(r: dict[str, Any]) -> str:
    if r["target"] == "indicator":
        return f"project {r['project_seq']} indicator {r['indicator_seq']} {r['indicator'] or ''}"
    if r["target"] == "project":
        return f"project {r['project_seq']} {r['project'] or ''}".rstrip()
    return "document"


def _why(r: dict[str, Any]) -> str:
    why, note = r["reason"], r["note"]
    if r["status"] in ("undone", "replaced"):
        why += (f" ({r['status']} {short_when(r['undone_at'])} by {r['undone_by']}"
                + (f": {note.removeprefix('undone: ')}" if note else "") + ")")
    elif note and r["status"] != "stale":  # a stale one's note is printed below the table
        why += f" ({note})"
    if r["carried_from"]:
        why += f" (carried from {r['carried_from']})"
    return why


def _shown(v: Any) -> str:
    """A value as the listing shows it: text as is, a number plainly, null as –."""
    from jixiao.ingest.cli.output import plain_number

    if v is None:
        return "–"
    if isinstance(v, float | int) and not isinstance(v, bool):
        return plain_number(v)
    return str(v)


COMMANDS: list[click.Command] = [correct, corrections_command]
