"""`jixiao config`: the settings kept in the database, for every command and view.

    jixiao config                                 every setting and its value
    jixiao config primary-formats                 one setting
    jixiao config primary-formats pdf,docx/xlsx   change it
    jixiao config primary-formats --reset         back to the usual value

A setting lives in the database (table `jixiao_meta`), not in the environment, because
the views (`jixiao query`, Datasette) must count what the commands count.  The one
setting so far: the order of formats that chooses a submission's primary document
(`jixiao.store.db.submissions`), richest first; the views are remade when it changes.
"""

from __future__ import annotations

import click

from jixiao.ingest.cli.options import db_option, fail, json_option, open_db
from jixiao.ingest.cli.output import print_json

# The settings: name → what it is.
SETTINGS: dict[str, str] = {
    "primary-formats": "the order of formats that chooses a submission's primary document "
                       "(richest first; `,` between ranks, `/` joins formats of one rank)",
}


@click.command()
@click.argument("name", required=False)
@click.argument("value", required=False)
@click.option("--reset", is_flag=True, help="Set NAME back to its usual value.")
@db_option()
@json_option()
def config(name: str | None, value: str | None, reset: bool, db: str | None,
           as_json: bool) -> None:
    """Show or change a setting kept in the database.

    primary-formats: which copy of a submission (the .docx, its stamped .pdf, a .txt
    export) is its primary, the one whose rows every total and view counts; the usual
    order is docx/xlsx,doc/xls/wps/odt/ods/rtf/wordxml/xlsxml/html,txt/csv,pdf/ofd,image.
    `jixiao config primary-formats pdf,docx` counts the stamped PDF first (formats left
    out keep their usual order after it)."""
    from sqlalchemy.orm import Session

    from jixiao.store.db.schema import set_primary_formats
    from jixiao.store.db.submissions import parse_tiers, stored_tiers, tiers_text

    if name is not None and name not in SETTINGS:
        fail(f"no setting {name!r}; the settings: " + ", ".join(SETTINGS), 2)
    if (value is not None or reset) and name is None:
        fail("give the setting's name: jixiao config primary-formats VALUE", 2)
    if value is not None and reset:
        fail("give a value or --reset, not both", 2)
    engine = open_db(db)
    if value is not None or reset:
        tiers = set_primary_formats(engine, None if reset else parse_tiers(value or ""))
        click.echo(f"primary-formats = {tiers_text(tiers)}"
                   " (the views and totals now count this order)", err=as_json)
    with Session(engine) as s:
        values = {"primary-formats": tiers_text(stored_tiers(s))}
    shown = {k: v for k, v in values.items() if name is None or k == name}
    if as_json:
        print_json(shown)
    elif value is None and not reset:
        for k, v in shown.items():
            click.echo(f"{k} = {v}")


COMMANDS: list[click.Command] = [config]
