"""Build the sample submissions: `python samples/build.py [--list] [--force] [PATH...]`.

Every sample is registered in `samples.registry` by a builder module listed in
`MODULES`; this script builds them all in order (or only the paths given).  Builders are
deterministic (fixed dates, fixed zip timestamps), so rebuilding an unchanged sample
changes no bytes.  LibreOffice stamps its PDF and .doc output with the time, so those
are rebuilt only when the file they come from changed (recorded in soffice-stamps.json)
or with --force; where LibreOffice is missing they are skipped with a message, and the
committed files stay as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `samples.*` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.registry import REGISTRY, SAMPLES, Sample
from samples.soffice import SofficeMissing

# Builder modules, in build order (a converted sample comes after its source).
MODULES = [
    "samples.seed_docs",
    "samples.docx_variants",
    "samples.pdf_variants",
    "samples.templates",
    "samples.layouts_unlike_the_seed",
    "samples.layouts_unlike_the_seed_in_pdf_and_excel",
    "samples.real_tables",
    "samples.archives_and_ofd",
    "samples.saved_as",
]

STAMPS = SAMPLES / "soffice-stamps.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_stamps() -> dict[str, str]:
    return json.loads(STAMPS.read_text(encoding="utf-8")) if STAMPS.exists() else {}


def load() -> list[Sample]:
    """Every sample, in build order (importing a builder module registers its samples)."""
    for module in MODULES:
        importlib.import_module(module)
    return REGISTRY


def build_one(s: Sample, stamps: dict[str, str], *, force: bool) -> str:
    if s.converted_from is None:
        s.build(s.target)
        return "built"
    source_hash = sha256(SAMPLES / s.converted_from)
    if not force and s.target.exists() and stamps.get(s.path) == source_hash:
        return "up to date"
    try:
        s.build(s.target)
    except SofficeMissing as e:
        return f"skipped: {e}"
    stamps[s.path] = source_hash
    return "converted"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="only these samples (paths under samples/)")
    ap.add_argument("--list", action="store_true", help="list the samples and what they guard")
    ap.add_argument("--force", action="store_true", help="also redo LibreOffice conversions")
    args = ap.parse_args(argv)
    registry = load()
    chosen = [s for s in registry if not args.paths or s.path in args.paths]
    if args.list:
        for s in registry:
            print(f"{s.path}\n    {s.doc}")
            if s.no_golden:
                print(f"    (no golden export: {s.no_golden})")
        return 0
    unknown = set(args.paths) - {s.path for s in registry}
    if unknown:
        print(f"unknown samples: {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
        return 2
    stamps = load_stamps()
    for s in chosen:
        print(f"{s.path}: {build_one(s, stamps, force=args.force)}")
    STAMPS.write_text(json.dumps(stamps, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
