from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = str(ROOT / "seeds" / "nation-trump-kim.txt")


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "The Trump-Kim Talks Ended Abruptly—but Negotiations Will Continue\n\nThere was"
    )
    assert "Dear reader" not in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"].startswith("The Trump-Kim Talks")
    assert len(data["paragraphs"]) == 22
    assert "source" not in data


def test_json_with_removed_is_a_full_article(capsys: pytest.CaptureFixture[str]) -> None:
    import newsparse

    assert main([SEED, "-f", "json", "--show-removed"]) == 0
    article = newsparse.Article.from_dict(json.loads(capsys.readouterr().out))
    assert article == newsparse.parse(Path(SEED).read_bytes())


def test_markdown_and_show_removed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED, "--format", "markdown", "--show-removed"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# The Trump-Kim Talks")
    assert "## Removed" in out
    assert "fundraising.dear_reader" in out


def test_disable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED, "--disable", "ads"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Ad Policy")


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rules", "--disable", "fundraising.appeal"]) == 0
    out = capsys.readouterr().out
    assert "on  fundraising.dear_reader" in out
    assert "off fundraising.appeal" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"A title\n\nBody text here."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["-"]) == 0
    assert capsys.readouterr().out == "A title\n\nBody text here.\n"


def test_missing_file_is_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/nonexistent/file.txt", SEED]) == 1
    captured = capsys.readouterr()
    assert captured.err == "newsparse: /nonexistent/file.txt: No such file or directory\n"
    assert "The Trump-Kim" in captured.out  # the good file still printed


def test_bad_input_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(32)) * 40)
    assert main([str(binary)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "do not look like text" in err


def test_too_large_is_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED, "--max-chars", "100"]) == 1
    assert "Options.max_chars" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv", [["--format", "yaml"], ["--disable", "no.such.rule"], ["--bogus"], ["--max-chars", "0"]]
)
def test_usage_errors_are_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse exits for its own usage errors
        code = int(exc.code or 0)
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("newsparse 0.1.0")
