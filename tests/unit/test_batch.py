"""parse_many: order, per-document errors, bounded reading, worker crashes, pickling, Dask."""

from __future__ import annotations

import itertools
import json
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import newsparse
from newsparse import Article, ParseFailure, ParseResult, _batch, parse_many
from newsparse._model import Category
from newsparse.rules import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = (ROOT / "seeds" / "nation-trump-kim.txt").read_bytes()

DOCS: list[object] = [
    SEED,
    "Council votes\n\nThe council voted on Tuesday.",
    bytes(range(32)) * 3,  # not text: DecodeError
    42,  # not a document: InputTypeError
    (
        "page-5",
        "<html><body><article><p>A paragraph of a page, long enough to keep.</p></article></body></html>",
    ),
    ("big", "x" * 200),
    "",
]


def _errors(results: list[ParseResult]) -> list[str | None]:
    return [r.error.error if r.error else None for r in results]


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_results_in_input_order_with_errors_per_document(workers: int) -> None:
    options = newsparse.Options(max_chars=100)
    results = list(parse_many(DOCS, workers=workers, options=options))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(len(DOCS)))
    assert [r.id for r in results] == [None, None, None, None, "page-5", "big", None]
    assert _errors(results) == [
        "InputTooLargeError",
        None,
        "DecodeError",
        "InputTypeError",
        None,
        "InputTooLargeError",
        None,
    ]
    assert all((r.article is None) == (r.error is not None) for r in results)
    assert all(r.ok == (r.error is None) for r in results)
    assert results[1].unwrap().title == "Council votes"
    assert results[6].unwrap().paragraphs == ()


def test_pool_gives_the_same_articles_as_parse() -> None:
    docs: list[str | bytes] = [
        SEED,
        *(f"Title {i}\n\nBody of article {i}, with “a quote,” she said." for i in range(60)),
    ]
    results = list(parse_many(docs, workers=2, chunksize=4))
    assert [r.unwrap() for r in results] == [newsparse.parse(d) for d in docs]


def test_kind_rules_and_options_reach_the_workers() -> None:
    rules = newsparse.default_rules().disable("ads")
    options = newsparse.Options(quotes=False)
    [result] = parse_many([SEED], workers=2, rules=rules, options=options, kind="text")
    assert result.unwrap() == newsparse.parse(SEED, rules=rules, options=options, kind="text")
    assert result.unwrap().paragraphs[-1].text == "Ad Policy"


def test_endless_input_is_read_lazily_within_a_window() -> None:
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        for i in itertools.count():
            taken += 1
            yield f"Title {i}\n\nBody {i}."

    results = parse_many(endless(), workers=2, chunksize=3)
    first = list(itertools.islice(results, 10))
    assert [r.unwrap().title for r in first] == [f"Title {i}" for i in range(10)]
    # at most two chunks per worker in flight beyond what was consumed
    assert taken <= 10 + 2 * 2 * 3 + 3
    results.close()  # type: ignore[attr-defined]


def test_in_process_reads_one_document_at_a_time() -> None:
    taken = 0

    def counted() -> Iterator[str]:
        nonlocal taken
        for i in range(100):
            taken += 1
            yield f"Doc {i}"

    results = parse_many(counted(), workers=1)
    next(results)
    assert taken == 1


def _crash_on_marker(ctx: RuleContext) -> Iterator[Hit]:
    for block in ctx.blocks:
        if block.text == "CRASH THE WORKER":
            os._exit(3)
    return iter(())


def _raise_on_marker(ctx: RuleContext) -> Iterator[Hit]:
    for block in ctx.blocks:
        if block.text == "RAISE":
            raise ZeroDivisionError("boom")
        if block.text == "DROP ME":
            yield Hit(block=block, reason="test")


CRASH = Rule(name="test.crash", category=Category.MARKUP, func=_crash_on_marker)
RAISE = Rule(name="test.raise", category=Category.MARKUP, func=_raise_on_marker)


def test_a_worker_that_dies_fails_only_its_document() -> None:
    rules = newsparse.default_rules().append(CRASH)
    docs = [f"Title {i}\n\nBody {i}." for i in range(20)]
    docs[7] = "Title\n\nCRASH THE WORKER"
    results = list(parse_many(docs, workers=2, rules=rules, chunksize=2))
    assert [r.index for r in results] == list(range(20))
    assert _errors(results) == [None] * 7 + ["WorkerError"] + [None] * 12
    failure = results[7].error
    assert failure is not None
    assert failure.internal
    assert "worker process died" in failure.message
    assert results[8].unwrap().title == "Title 8"


def test_custom_rules_travel_to_workers_and_their_errors_are_rule_errors() -> None:
    rules = newsparse.default_rules().append(RAISE)
    results = list(
        parse_many(["Title\n\nRAISE", "Title\n\nDROP ME\n\nKeep."], workers=2, rules=rules)
    )
    failure = results[0].error
    assert failure is not None
    assert (failure.error, failure.rule, failure.internal) == ("RuleError", "test.raise", False)
    with pytest.raises(newsparse.RuleError, match="ZeroDivisionError: boom") as info:
        results[0].unwrap()
    assert info.value.rule == "test.raise"
    assert [r.rule for r in results[1].unwrap().removed] == ["test.raise"]


def test_rules_that_do_not_pickle_need_workers_1() -> None:
    def local(_ctx: RuleContext) -> Iterator[Hit]:
        return iter(())

    rules = newsparse.default_rules().append(
        Rule(name="test.local", category=Category.MARKUP, func=local)
    )
    with pytest.raises(newsparse.InputTypeError, match="workers=1"):
        parse_many(["x"], workers=2, rules=rules)
    [result] = parse_many(["Title\n\nBody."], workers=1, rules=rules)
    assert result.ok


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"workers": -1}, "workers"),
        ({"workers": 1.5}, "workers"),
        ({"workers": True}, "workers"),
        ({"chunksize": 0}, "chunksize"),
        ({"kind": "pdf"}, "kind"),
        ({"rules": "ads"}, "rules"),
        ({"options": {}}, "options"),
    ],
)
def test_bad_arguments_raise_at_once(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(newsparse.InputError, match=match):
        parse_many(["x"], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("docs", ["one document", b"bytes", 42, None])
def test_docs_must_be_an_iterable_of_documents(docs: object) -> None:
    with pytest.raises(newsparse.InputTypeError, match="iterable of documents"):
        parse_many(docs, workers=1)  # type: ignore[arg-type]


def test_a_document_that_does_not_pickle_is_still_reported() -> None:
    docs = ["Title\n\nBody.", (lambda: None), "Other\n\nText."]
    results = list(parse_many(docs, workers=2))  # type: ignore[arg-type]
    assert _errors(results) == [None, "InputTypeError", None]


def test_results_and_failures_pickle_and_serialise() -> None:
    results = list(parse_many([("a", SEED), ("b", b"\x00" * 50)], workers=1))
    for r in results:
        assert pickle.loads(pickle.dumps(r)) == r  # noqa: S301
    ok, bad = results
    assert pickle.loads(pickle.dumps(ok.unwrap())) == ok.unwrap()  # noqa: S301 (our own bytes)
    data = json.loads(json.dumps(ok.to_dict()))
    assert Article.from_dict(data["article"]) == ok.article
    assert json.loads(json.dumps(bad.to_dict())) == {
        "index": 1,
        "id": "b",
        "error": {
            "error": "DecodeError",
            "message": bad.error.message if bad.error else None,
            "rule": None,
            "internal": False,
        },
    }
    assert str(bad.error).startswith("DecodeError: the bytes do not look like text")


@pytest.mark.parametrize(
    "exc",
    [
        newsparse.DecodeError("bad bytes"),
        newsparse.InputTooLargeError("too big"),
        newsparse.RuleError("ads.label", ValueError("x")),
        ValueError("a bug"),
    ],
)
def test_failures_turn_back_into_newsparse_errors(exc: Exception) -> None:
    failure = ParseFailure.from_exception(exc)
    again = pickle.loads(pickle.dumps(failure)).to_exception()  # noqa: S301 (our own bytes)
    assert isinstance(again, newsparse.NewsparseError)
    if isinstance(exc, newsparse.NewsparseError):
        assert type(again) is type(exc)
        assert str(again) == str(exc)
        assert getattr(again, "rule", None) == getattr(exc, "rule", None)
    else:
        assert failure.internal
        assert str(again) == "ValueError: a bug"


def test_articles_and_errors_pickle_cleanly() -> None:
    article = newsparse.parse(SEED)
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301
    html = newsparse.parse(
        "<html><head><title>T</title></head><body><article><p>Some text of the page.</p>"
        "<script>x()</script></article></body></html>"
    )
    assert pickle.loads(pickle.dumps(html)) == html  # noqa: S301
    for exc in (newsparse.DecodeError("x"), newsparse.InputTooLargeError("y")):
        again = pickle.loads(pickle.dumps(exc))  # noqa: S301 (our own bytes)
        assert type(again) is type(exc)
        assert str(again) == str(exc)


# ----------------------------------------------------------------- Dask


def _jsonl(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Title {i}\n\nThe council voted on item {i}, “a good day,” said Jane Doe."
            if i == 3:
                text = "x" * 5_000  # over the limit used below
            fh.write(json.dumps({"id": f"doc-{i}", "text": text}) + "\n")


def _parse_record(record: dict[str, str]) -> dict[str, object]:
    """What the Dask recipe maps over each record."""
    options = newsparse.Options(max_chars=1_000)
    try:
        article = newsparse.parse(record["text"], options=options)
    except newsparse.NewsparseError as exc:
        return {"id": record["id"], "error": f"{type(exc).__name__}: {exc}"}
    return {"id": record["id"], "title": article.title, "paragraphs": len(article.paragraphs)}


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_dask_bag_over_jsonl_partitions(tmp_path: Path, scheduler: str) -> None:
    db = pytest.importorskip("dask.bag")
    for part in range(3):
        _jsonl(tmp_path / f"part-{part}.jsonl", 5)
    bag = db.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads).map(_parse_record)
    out = bag.compute(scheduler=scheduler)
    assert len(out) == 15
    assert [r["id"] for r in out[:5]] == [f"doc-{i}" for i in range(5)]
    assert out[0] == {"id": "doc-0", "title": "Title 0", "paragraphs": 1}
    assert str(out[3]["error"]).startswith("InputTooLargeError")


def test_dask_bag_of_articles_pickles_between_processes(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    _jsonl(tmp_path / "a.jsonl", 4)
    texts = db.read_text(str(tmp_path / "a.jsonl")).map(json.loads).pluck("text")
    articles = texts.filter(lambda t: len(t) < 1_000).map(newsparse.parse)
    out = articles.compute(scheduler="processes")
    assert all(isinstance(a, Article) for a in out)
    assert [a.title for a in out] == ["Title 0", "Title 1", "Title 2"]


def test_dask_bag_over_warc(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    pytest.importorskip("warcio")
    from warc_fixture import write_warc

    paths = [write_warc(tmp_path / f"crawl-{i}.warc.gz", i) for i in range(2)]
    bag = db.from_sequence(paths, npartitions=2).map(warc_records).flatten()
    out = bag.map(lambda rec: (rec[0], newsparse.parse(rec[1]).title)).compute(scheduler="sync")
    assert out == [
        ("https://example.com/0/a", "Page a of crawl 0"),
        ("https://example.com/0/b", "Page b of crawl 0"),
        ("https://example.com/1/a", "Page a of crawl 1"),
        ("https://example.com/1/b", "Page b of crawl 1"),
    ]


def warc_records(path: str) -> list[tuple[str, bytes]]:
    """The HTML responses of one WARC file, as (URL, payload) pairs."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped,unused-ignore]

    out = []
    with open(path, "rb") as fh:  # noqa: PTH123
        for record in ArchiveIterator(fh):
            if record.rec_type == "response" and "html" in (
                record.http_headers.get_header("Content-Type") or ""
            ):
                url = record.rec_headers.get_header("WARC-Target-URI")
                out.append((url, record.content_stream().read()))
    return out


def test_a_pool_that_broke_before_a_submission_fails_that_job_too() -> None:
    # The worker may die between two submissions: the job submitted next must come
    # back as a failed future (redone with those in flight), not raise in the loop.
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(os._exit, 3).result()
        job: _batch._Job = (
            _batch._recipe(newsparse.default_rules()),
            newsparse.Options(),
            "auto",
            [],
        )
        future = _batch._submit(pool, job)
        assert isinstance(future.exception(), BrokenProcessPool)
    finally:
        pool.shutdown(wait=True)
