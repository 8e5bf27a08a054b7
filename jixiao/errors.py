"""The project's own errors.  Third-party exceptions are translated into these at the
parser boundary (raised `from` the original), so a user never sees a raw zipfile or
pdfminer traceback, and every message says what happened and what to do next."""

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
