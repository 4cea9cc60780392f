"""The brief a command works on: a JSON file, stdin, or the built-in DeepSeek brief."""

from __future__ import annotations

import sys
from pathlib import Path

from aibrief import datasets
from aibrief._brief.brief import Brief
from aibrief._cli.values import CommandError
from aibrief.errors import ValidationError

__all__ = ["load_brief"]


def load_brief(path: str | None) -> Brief:
    """The brief in a JSON file (``-`` for stdin), or the built-in DeepSeek brief for ``None``."""
    if path is None:
        return datasets.deepseek()
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read the brief file {path!r}: {error.strerror}") from None
    except ValueError:  # a name the system cannot hold, such as one with a NUL character
        raise CommandError(f"cannot read the brief file {path!r}: not a file name") from None
    try:
        return Brief.from_json(data)
    except ValidationError as error:
        raise CommandError(f"{'standard input' if path == '-' else path}: {error}") from None
