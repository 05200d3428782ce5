"""The command line on many inputs: directories, globs, .gz, WARC, --jobs, jsonl, progress."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

ARTICLE = "Council votes\n\nThe council voted on Tuesday to close three branch libraries.\n"
PAGE = (
    "<!doctype html><html><head><title>Library vote</title></head><body><article>"
    "<h1>Library vote</h1><p>The council voted on Tuesday to close three branch libraries.</p>"
    "</article></body></html>"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" + bytes(50))
    return tmp_path


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_directory_is_read_recursively_in_order(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tree), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [Path(str(r["id"])).relative_to(tree).as_posix() for r in records] == [
        "a.txt",
        "sub/b.html",
        "sub/deeper/c.html.gz",
    ]
    articles = [r["article"] for r in records]
    assert [a["kind"] for a in articles] == ["text", "html", "html"]  # type: ignore[index]
    assert articles[1] == articles[2]
    assert all(r["url"] is None for r in records)
    assert captured.err == "newsparse: 3 documents, all parsed\n"


def test_jsonl_article_is_the_articles_dict(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tree / "a.txt"), "-f", "jsonl", "--show-removed"]) == 0
    [record] = _records(capsys.readouterr().out)
    expected = newsparse.parse((tree / "a.txt").read_bytes())
    assert newsparse.Article.from_dict(record["article"]) == expected  # type: ignore[arg-type]


def test_globs_are_expanded(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tree / "**" / "*.html*"), "-f", "jsonl"]) == 0
    ids = [Path(str(r["id"])).name for r in _records(capsys.readouterr().out)]
    assert ids == ["b.html", "c.html.gz"]


def test_a_glob_matching_nothing_is_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "*.nothing")]) == 1
    err = capsys.readouterr().err
    assert "*.nothing: No such file or directory" in err


def test_jobs_give_the_same_output(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tree), "-f", "jsonl"]) == 0
    one = capsys.readouterr().out
    assert main([str(tree), "-f", "jsonl", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert main([str(tree), "-f", "jsonl", "-j", "0"]) == 0
    assert capsys.readouterr().out == one


def test_failures_are_records_and_summarised(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "bad.txt").write_bytes(bytes(range(32)) * 20)
    (tree / "broken.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    code = main([str(tree), str(tree / "missing.txt"), "-f", "jsonl", "--jobs", "2"])
    assert code == 1
    captured = capsys.readouterr()
    records = _records(captured.out)
    errors = {Path(str(r["id"])).name: r["error"] for r in records if "error" in r}
    assert set(errors) == {"bad.txt", "broken.html.gz", "missing.txt"}
    assert errors["bad.txt"]["error"] == "DecodeError"  # type: ignore[index]
    assert errors["missing.txt"] == {
        "error": "ReadError",
        "message": "No such file or directory",
        "rule": None,
        "internal": False,
    }
    assert len(records) == 6
    assert captured.err.startswith(
        "newsparse: 3 of 6 documents failed (ReadError 2, DecodeError 1): "
    )
    assert captured.err.count("\n") == 1


def test_text_format_reports_each_failure_then_the_summary(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "bad.txt").write_bytes(bytes(range(32)) * 20)
    assert main([str(tree)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].endswith(
        "bad.txt: the bytes do not look like text: over 20% of the "
        "decoded characters are control characters (binary data, or an "
        "encoding newsparse does not recognise)"
    )
    assert lines[1].startswith("newsparse: 1 of 4 documents failed (DecodeError 1): ")
    assert captured.out.count("Council votes") == 1


def test_a_gzip_bomb_is_too_large_not_out_of_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 50_000_000))
    (tmp_path / "truncated.txt.gz").write_bytes(gzip.compress(ARTICLE.encode() * 100)[:60])
    assert main([str(tmp_path), "-f", "jsonl", "--max-chars", "1000"]) == 1
    bomb, truncated = _records(capsys.readouterr().out)
    assert bomb["error"]["error"] == "InputTooLargeError"  # type: ignore[index]
    assert "over the limit of 1,000 characters" in bomb["error"]["message"]  # type: ignore[index]
    assert truncated["error"]["error"] == "ReadError"  # type: ignore[index]


def test_single_files_keep_the_old_output(capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(Path(__file__).resolve().parents[2] / "seeds" / "nation-trump-kim.txt")
    assert main([seed, seed]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.count("The Trump-Kim Talks Ended Abruptly") == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(tree), "-f", "jsonl"]) == 0
    shown = terminal.getvalue()
    assert "\r1 document, 0 failed, " in shown
    assert shown.endswith("\r\x1b[Knewsparse: 3 documents, all parsed\n")
    assert len(_records(capsys.readouterr().out)) == 3

    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main([str(tree), "-f", "jsonl", "--no-progress"]) == 0
    assert quiet.getvalue() == "newsparse: 3 documents, all parsed\n"


def test_negative_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "-1", "x.txt"]) == 2
    assert "--jobs" in capsys.readouterr().err


# ----------------------------------------------------------------- WARC


def test_warc_pages_with_their_urls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    from warc_fixture import write_warc

    warc = write_warc(tmp_path / "crawl.warc.gz", 7)
    assert main([warc, "-f", "jsonl", "-j", "2"]) == 0
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [(r["id"], r["url"]) for r in records] == [
        (f"{warc}#1", "https://example.com/7/a"),
        (f"{warc}#2", "https://example.com/7/b"),
    ]
    assert [r["article"]["title"] for r in records] == [  # type: ignore[index]
        "Page a of crawl 7",
        "Page b of crawl 7",
    ]
    assert captured.err == "newsparse: 2 documents, all parsed\n"


def test_uncompressed_warc_in_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio")
    from warc_fixture import write_warc

    write_warc(tmp_path / "crawl.warc", 1)
    assert main([str(tmp_path), "-f", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Page a of crawl 1\n")
    assert "Page b of crawl 1" in out


def test_a_broken_warc_is_one_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nnonsense" + bytes(200))
    assert main([str(broken), "-f", "jsonl"]) == 1
    [record] = _records(capsys.readouterr().out)
    assert record["error"]["error"] == "ReadError"  # type: ignore[index]


def test_warc_without_warcio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert main([str(warc), "-f", "jsonl"]) == 1
    [record] = _records(capsys.readouterr().out)
    assert "pip install 'newsparse[warc]'" in record["error"]["message"]  # type: ignore[index]
