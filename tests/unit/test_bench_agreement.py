"""The word-bag agreement of bench/agreement.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from types import ModuleType

_PATH = Path(__file__).resolve().parents[2] / "bench" / "agreement.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_agreement", _PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        ("", "", 1.0),
        ("a b", "", 0.0),
        ("The cat sat.", "the CAT sat", 1.0),
        ("a b c d", "a b", 2 * 0.5 * 1.0 / 1.5),
    ],
)
def test_agreement(ours: str, theirs: str, expected: float) -> None:
    assert _module().agreement(ours, theirs) == pytest.approx(expected)
