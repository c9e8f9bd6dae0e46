"""Errors the generator reports to the user (exit code 2, one line, no traceback)."""

from __future__ import annotations


class SpecError(Exception):
    """Bad input: names the file, the JSON pointer and what is wrong."""

    def __init__(self, file: str, pointer: str, problem: str) -> None:
        super().__init__(f"{file}#{pointer}: {problem}")
        self.file = file
        self.pointer = pointer
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:  # picklable, as exceptions crossing processes must be
        return SpecError, (self.file, self.pointer, self.problem)


class ConfigError(Exception):
    """Bad configuration in pyproject.toml or on the command line."""


class OutputError(Exception):
    """The output directory cannot take the generated tree (e.g. a file the generator did not write is in the way)."""


class FormatError(Exception):
    """The formatter refused generated code: a generator bug, reported with the file it happened in."""


class FormatterError(Exception):
    """The formatter (the pinned ruff) is missing or of another release: the installation is to mend."""
