"""The wheel carries the package, its py.typed marker and the console script."""

from __future__ import annotations

import zipfile
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parent.parent.parent


def test_installed_version_matches() -> None:
    assert version("newsparse") == newsparse.__version__


def test_console_script_registered() -> None:
    (ep,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "newsparse"]
    assert ep.value == "newsparse.cli:main"


def test_wheel_contents(tmp_path: Path) -> None:
    builders = pytest.importorskip("hatchling.builders.wheel")
    wheel = Path(
        builders.WheelBuilder(str(ROOT))
        .build(directory=str(tmp_path), versions=["standard"])
        .__next__()
    )
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "newsparse/py.typed" in names
    assert "newsparse/__init__.py" in names
    assert "newsparse/rules/__init__.py" in names
    assert not any(n.startswith(("tests/", "bench/", "seeds/")) for n in names)
