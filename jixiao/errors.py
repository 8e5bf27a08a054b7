"""Every error a user of jixiao can meet, in one hierarchy.

Third-party exceptions (zipfile, lxml, pdfminer, openpyxl, SQLAlchemy …) are translated
into these at the reader or store boundary, raised `from` the original, so a user never
sees a raw traceback; `str(err)` is a readable sentence that says what happened and,
where there is something to do, what to do next.  The command maps them to exit codes
(1 for a failure, 2 for a usage error).

    JixiaoError                      base: `str(err)` is the message
    ├── ParseError                   a file could not be read as a submission (names it)
    │   ├── UnsupportedFormat        not a format jixiao reads
    │   ├── UnreadableFile           a known format, but broken, encrypted, a scan …
    │   ├── NoProjects               reads, but holds no project table jixiao recognises
    │   ├── LimitExceeded            beyond a configured safety limit (size, rows, time)
    │   └── MissingTool              an external program it needs (LibreOffice) is absent
    ├── ArchiveError                 an archive, or one entry of it, cannot be used
    ├── OptionError                  an option's value cannot be used (exit 2)
    ├── StoreError                   the database could not be opened, read or written
    │   └── ReadOnlyViolation        `jixiao query` was given a statement that writes
    └── SelectionError               what a command was asked to act on does not fit
        ├── NoSuchDocument           no stored document matches
        └── AmbiguousDocument        several match: the message lists them
"""

from __future__ import annotations


class JixiaoError(Exception):
    """Base class: `str(err)` is a readable sentence."""


class ParseError(JixiaoError):
    """A file could not be read as a submission."""

    def __init__(self, reason: str, *, file: str | None = None) -> None:
        self.reason = reason
        self.file = file
        super().__init__(f"{file}: {reason}" if file else reason)

    def for_file(self, file: str) -> ParseError:
        """The same error, naming the file (readers often do not know the name)."""
        err = type(self)(self.reason, file=file)
        err.__cause__ = self.__cause__
        return err


class UnsupportedFormat(ParseError):
    """The content is not one of the formats jixiao reads."""


class UnreadableFile(ParseError):
    """The format is known but this file cannot be read (broken, encrypted, a scan …)."""


class NoProjects(ParseError):
    """The file reads, but holds no project table jixiao recognises."""


class LimitExceeded(ParseError):
    """The file goes beyond a configured safety limit (size, rows, pages, time)."""


class MissingTool(ParseError):
    """An external program the format needs (LibreOffice) is not installed."""


class ArchiveError(JixiaoError):
    """An archive, or one entry of it, cannot be used; the message says why."""


class OptionError(JixiaoError):
    """An option's value cannot be used; the message says how to write it."""


class StoreError(JixiaoError):
    """The database could not be opened, read or written."""


class ReadOnlyViolation(StoreError):
    """A statement given to `jixiao query` would change the database."""


class SelectionError(JixiaoError):
    """What a command was asked to act on (a document, a project) does not fit."""


class NoSuchDocument(SelectionError):
    """No document matches what was given."""


class AmbiguousDocument(SelectionError):
    """Several documents match: the message lists them."""
