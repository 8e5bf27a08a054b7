"""The README is the front door: it must stay true to the command."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from jixiao.ingest.cli.main import main
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def test_readme_opens_with_the_two_setup_commands() -> None:
    setup = README.split("## Using the command")[0]
    assert "make run" in setup and "make test" in setup


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    r = CliRunner().invoke(main, [command, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage:" in r.output
    assert main.commands[command].help, f"`jixiao {command}` has no help text"
    assert re.search(rf"jixiao {command}\b", README), f"README never shows `jixiao {command}`"


def test_interface_commands_all_exist() -> None:
    for command in ("ingest", "export", "normalize", "query", "check", "search"):
        assert command in main.commands
