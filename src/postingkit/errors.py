"""The errors postingkit raises: each message is written for the person running it."""
from __future__ import annotations

import os


def shown_path(path: str) -> str:
    """A path as it can be printed and put in JSON: bytes of a name that is not valid UTF-8 (which
    Python carries as lone surrogates) become backslash escapes, 'bad\\xffname.txt'."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


class PostingkitError(Exception):
    """Base class: the CLI prints `Error: <path>: <message>` and exits 1."""

    kind = "error"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{shown_path(self.path)}: {self.message}" if self.path else self.message


class InputError(PostingkitError):
    """The file cannot be opened or read (missing, a directory, no permission, too large)."""

    kind = "input"


class UnsupportedFormatError(PostingkitError):
    """The bytes are of a format postingkit does not read (an old .doc, an image, random binary)."""

    kind = "unsupported"


class EmptyDocumentError(PostingkitError):
    """The file was read but holds no text to parse."""

    kind = "empty"


class DamagedDocumentError(PostingkitError):
    """The file claims a format but its contents are broken (truncated PDF, corrupt ZIP)."""

    kind = "damaged"
