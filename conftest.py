"""Execute the examples in README.md and docs/*.md (Sybil).

```python blocks run as code or doctest (``>>>``); ```console blocks run each
``$ newsparse …`` line as a real command from the repository root and compare
its output with the lines that follow.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path
from typing import Any

from sybil import Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser

ROOT = Path(__file__).resolve().parent


def _run_console(example: Any) -> str | None:  # noqa: ANN401 (Sybil passes its Example)
    commands: list[tuple[str, list[str]]] = []
    for line in example.parsed.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    for command, expected_lines in commands:
        argv = shlex.split(command)
        if argv[0] == "newsparse":
            argv = [sys.executable, "-m", "newsparse", *argv[1:]]
        result = subprocess.run(  # noqa: S603 (commands come from our own docs)
            argv,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "COLUMNS": "100"},
        )
        got = [line.rstrip() for line in (result.stdout + result.stderr).rstrip("\n").splitlines()]
        want = [line.rstrip() for line in "\n".join(expected_lines).rstrip("\n").splitlines()]
        if not _matches(want, got):
            return (
                f"command {command!r} printed:\n"
                + "\n".join(got)
                + "\nexpected:\n"
                + "\n".join(want)
            )
    return None


def _matches(want: list[str], got: list[str]) -> bool:
    """Line-by-line comparison; a line ``...`` in ``want`` skips any number of lines."""
    if not want:
        return not got
    if want[0] == "...":
        return any(_matches(want[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and _line_matches(want[0], got[0]) and _matches(want[1:], got[1:])


def _line_matches(want: str, got: str) -> bool:
    """Equal, or equal but for ``...`` standing for any text inside the line."""
    if "..." not in want:
        return want == got
    pattern = ".*".join(re.escape(part) for part in want.split("..."))
    return re.fullmatch(pattern, got) is not None


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        CodeBlockParser(language="console", evaluator=_run_console),
    ],
    patterns=["*.md"],
    excludes=["CHANGELOG.md"],
).pytest()
