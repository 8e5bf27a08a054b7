"""The architecture as a maintainer reads it: every package says its job in the first line
of its docstring, and README's "How it works" lists exactly those packages and lines."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# folder → import name: the founding folders install under `jixiao` (pyproject.toml)
FOLDERS = {"jixiao": "jixiao", "ingest": "jixiao.ingest", "parsers": "jixiao.parsers",
           "normalize": "jixiao.normalize", "store": "jixiao.store"}
TABLE = re.compile(r"<!-- packages:.*?-->\n(.*?)<!-- /packages -->", re.S)


def packages() -> dict[str, tuple[str, str]]:
    """folder/ → (import name, first docstring line), for every package in the tree."""
    out: dict[str, tuple[str, str]] = {}
    for top, name in FOLDERS.items():
        for init in sorted((ROOT / top).rglob("__init__.py")):
            folder = init.parent.relative_to(ROOT)
            dotted = ".".join([name, *folder.parts[1:]])
            doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
            out[f"{folder.as_posix()}/"] = (dotted, doc.splitlines()[0] if doc else "")
    return out


def readme_table() -> dict[str, tuple[str, str]]:
    m = TABLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert m, "README.md has no generated packages table under 'How it works'"
    rows: dict[str, tuple[str, str]] = {}
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = (cells[1].strip("`"), cells[2])
    return rows


@pytest.mark.parametrize("folder", sorted(packages()))
def test_every_package_states_its_job_in_one_line(folder: str) -> None:
    _name, line = packages()[folder]
    assert line, f"{folder}__init__.py has no docstring: its first line says the package's job"
    assert line.endswith("."), f"{folder}: the first docstring line is one whole sentence"


def test_readme_lists_every_package_with_its_docstring() -> None:
    expected, table = packages(), readme_table()
    assert sorted(table) == sorted(expected), "README's packages table and the tree differ"
    for folder, (name, line) in expected.items():
        assert table[folder] == (name, line), (
            f"README row for {folder} is out of step with its docstring: {line!r}"
        )


# The repository stands alone: `make test` passes in a clone with nothing beside it.
OUTSIDE = re.compile(r"\.\./shared|/work/shared|shared/export\.schema")
NOT_OURS = {".venv", "build", "artifacts", ".git", "node_modules"}


def test_nothing_reads_files_from_outside_the_repository() -> None:
    from jsonschema import Draft202012Validator

    from tests.helpers import SCHEMA

    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in [*ROOT.rglob("*.py"), ROOT / "Makefile", ROOT / "pyproject.toml"]
        if not NOT_OURS & set(path.relative_to(ROOT).parts) and path != Path(__file__).resolve()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert not found, f"these lines reach outside the repository: {found}"
    Draft202012Validator.check_schema(SCHEMA)  # the copy kept in docs/ is a whole schema
    assert (ROOT / "docs" / "export.schema.json").is_file()
