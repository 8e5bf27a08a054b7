"""`jixiao` commands: reread (filled in by the work on it)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
