"""Many documents at once: :func:`parse_many` over a process pool, results in input order.

A crawl is millions of pages, some broken.  :func:`parse_many` never stops on
one of them: each document gives one :class:`ParseResult`, holding either its
:class:`~newsparse.Article` or a :class:`ParseFailure` that says why it could
not be parsed.  Work is sent to the pool in small chunks and at most a fixed
number of chunks is in flight, so an endless input iterator is read only as
fast as results are consumed and memory stays bounded.
"""

from __future__ import annotations

import collections
import os
import pickle
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from newsparse import _errors
from newsparse._api import Options, Parser
from newsparse._errors import InputError, InputTypeError, NewsparseError
from newsparse.rules import RuleSet, default_rules

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newsparse._model import Article
    from newsparse.rules import Rule

__all__ = ["Document", "ParseFailure", "ParseResult", "parse_many"]

#: What :func:`parse_many` takes: a document, or an ``(id, document)`` pair.
Document = str | bytes | tuple[Any, str | bytes]

# A chunk of work closes at this many documents or this many characters.
_CHUNK_DOCS = 16
_CHUNK_CHARS = 1_000_000
# Chunks in flight per worker.
_WINDOW_PER_WORKER = 2

_ERROR_CLASSES: dict[str, type[NewsparseError]] = {
    name: getattr(_errors, name) for name in _errors.__all__
}


@attrs.frozen(kw_only=True)
class ParseFailure:
    """Why a document could not be parsed; plain data, so it pickles and serialises.

    ``error`` is the exception's class name (``"DecodeError"``, ``"InputTooLargeError"``…),
    ``message`` its text, ``rule`` the failing rule for a ``RuleError``.
    ``internal`` is ``True`` for an :class:`~newsparse.InternalError` or an error that is not a
    :class:`~newsparse.NewsparseError`
    (a bug in newsparse or in a custom rule, or a worker process that died): the
    batch goes on, but it is worth a report.
    """

    error: str
    message: str
    rule: str | None = None
    internal: bool = False

    @classmethod
    def from_exception(cls, exc: BaseException) -> ParseFailure:
        return cls(
            error=type(exc).__name__,
            message=str(exc),
            rule=getattr(exc, "rule", None) if isinstance(exc, NewsparseError) else None,
            internal=isinstance(exc, _errors.InternalError) or not isinstance(exc, NewsparseError),
        )

    def to_exception(self) -> NewsparseError:
        """The error as a :class:`~newsparse.NewsparseError` (of the original class when it was one)."""
        cls = _ERROR_CLASSES.get(self.error, NewsparseError) if not self.internal else None
        if cls is None:
            return NewsparseError(f"{self.error}: {self.message}")
        exc = cls.__new__(cls)
        Exception.__init__(exc, self.message)
        if self.rule is not None:
            exc.rule = self.rule  # type: ignore[attr-defined]
        return exc

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": self.error,
            "message": self.message,
            "rule": self.rule,
            "internal": self.internal,
        }

    def __str__(self) -> str:
        return f"{self.error}: {self.message}"


@attrs.frozen(kw_only=True)
class ParseResult:
    """The outcome for one document of :func:`parse_many`.

    ``index`` is the document's position in the input (from 0), ``id`` the id
    given with it (``None`` when the document came alone).  Exactly one of
    ``article`` and ``error`` is set.
    """

    index: int
    id: Any = None
    article: Article | None = None
    error: ParseFailure | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> Article:
        """The article, or raise the document's error as a :class:`~newsparse.NewsparseError`."""
        if self.error is not None:
            raise self.error.to_exception()
        assert self.article is not None  # noqa: S101 (exactly one of the two is set)
        return self.article

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe (when ``id`` is): ``{"index", "id", "article"|"error"}``."""
        data: dict[str, Any] = {"index": self.index, "id": self.id}
        if self.article is not None:
            data["article"] = self.article.to_dict()
        if self.error is not None:
            data["error"] = self.error.to_dict()
        return data


# ------------------------------------------------------------------ workers
# What a worker needs to rebuild the parser.  Rules of the default set travel by
# name (some are closures, which do not pickle); any other rule travels as itself.
_RuleRecipe = tuple[tuple["str | Rule", ...], frozenset[str]]
_Job = tuple[_RuleRecipe, Options, str, list[tuple[int, Any, object]]]


def _recipe(rules: RuleSet) -> _RuleRecipe:
    defaults = default_rules()
    items: list[str | Rule] = []
    for name in rules.names:
        rule = rules.get(name)
        if name in defaults and defaults.get(name) is rule:
            items.append(name)
        else:
            items.append(rule)
    disabled = frozenset(rules.names) - frozenset(rules.enabled_names)
    return tuple(items), disabled


def _rules_from(recipe: _RuleRecipe) -> RuleSet:
    defaults = default_rules()
    items, disabled = recipe
    rules = tuple(defaults.get(i) if isinstance(i, str) else i for i in items)
    return RuleSet(rules, disabled)


def _parse_one(parser: Parser, index: int, doc_id: object, doc: object, kind: str) -> ParseResult:
    try:
        article = parser.parse(doc, kind=kind)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 (one bad document must not stop the batch)
        return ParseResult(index=index, id=doc_id, error=ParseFailure.from_exception(exc))
    return ParseResult(index=index, id=doc_id, article=article)


def _run_job(job: _Job) -> list[ParseResult]:
    recipe, options, kind, items = job
    parser = Parser(rules=_rules_from(recipe), options=options)
    return [_parse_one(parser, index, doc_id, doc, kind) for index, doc_id, doc in items]


# ------------------------------------------------------------------ driver


def _split(item: object) -> tuple[object, object]:
    if isinstance(item, tuple):
        if len(item) != 2:
            return None, item
        return item[0], item[1]
    return None, item


def _size(doc: object) -> int:
    return len(doc) if isinstance(doc, str | bytes | bytearray) else 1


def _chunks(docs: Iterable[Document], chunk_docs: int) -> Iterator[list[tuple[int, Any, object]]]:
    chunk: list[tuple[int, Any, object]] = []
    chars = 0
    for index, item in enumerate(docs):
        doc_id, doc = _split(item)
        chunk.append((index, doc_id, doc))
        chars += _size(doc)
        if len(chunk) >= chunk_docs or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _died(index: int, doc_id: object, detail: str) -> ParseResult:
    failure = ParseFailure(
        error="WorkerError",
        message=f"the worker process died while parsing this document ({detail})",
        internal=True,
    )
    return ParseResult(index=index, id=doc_id, error=failure)


def _isolated(job: _Job) -> Iterator[ParseResult]:
    """Parse each document of a chunk that broke the pool in a pool of its own."""
    recipe, options, kind, items = job
    for item in items:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield from pool.submit(_run_job, (recipe, options, kind, [item])).result()
            except BrokenProcessPool as exc:
                yield _died(item[0], item[1], str(exc) or "no detail")


def _submit(pool: ProcessPoolExecutor, job: _Job) -> Future[list[ParseResult]]:
    """Send a job to the pool; a pool that broke meanwhile gives a failed future.

    A worker can die between two submissions; the job then fails like those in
    flight and is redone with them.
    """
    try:
        return pool.submit(_run_job, job)
    except BrokenProcessPool as exc:
        failed: Future[list[ParseResult]] = Future()
        failed.set_exception(exc)
        return failed


def _pooled(
    docs: Iterable[Document],
    job_of: Callable[[list[tuple[int, Any, object]]], _Job],
    workers: int,
    chunk_docs: int,
) -> Iterator[ParseResult]:
    chunks = _chunks(docs, chunk_docs)
    window = workers * _WINDOW_PER_WORKER
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: collections.deque[tuple[_Job, Future[list[ParseResult]]]] = collections.deque()
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                job = job_of(chunk)
                pending.append((job, _submit(pool, job)))
            if not pending:
                return
            job, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in a C extension, the OOM killer...): the
                # pool is gone.  Redo what was in flight one document at a time to
                # find the culprit, then carry on with a fresh pool.
                pool.shutdown(wait=True, cancel_futures=True)
                redo = [job, *(j for j, _ in pending)]
                pending.clear()
                for j in redo:
                    yield from _isolated(j)
                pool = ProcessPoolExecutor(max_workers=workers)
                continue
            except Exception:  # noqa: BLE001 (a document that does not pickle, say)
                results = _run_job(job)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _check_count(name: str, value: object, *, allow_none: bool = True) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputTypeError(f"{name} must be a non-negative int or None, not {value!r}")


def parse_many(
    docs: Iterable[Document],
    *,
    workers: int | None = None,
    kind: str = "auto",
    rules: RuleSet | None = None,
    options: Options | None = None,
    chunksize: int = _CHUNK_DOCS,
) -> Iterator[ParseResult]:
    """Parse many documents, yielding one :class:`ParseResult` per document, in input order.

    ``docs`` is any iterable (it may be endless) of documents (``str`` or
    ``bytes``) or ``(id, document)`` pairs; the id comes back on the result.
    ``workers`` is the number of processes (``None``: ``os.cpu_count()``; ``0``
    or ``1``: parse in this process, no pool).  ``kind``, ``rules`` and
    ``options`` are as for :func:`~newsparse.parse` and apply to every document.

    A document that cannot be parsed gives a result with ``error`` set; nothing
    is raised for it.  Arguments are checked at once and raise
    :class:`~newsparse.InputTypeError`.  Documents are sent to the workers in
    chunks of up to ``chunksize`` documents (or about a million characters),
    with at most two chunks per worker in flight.
    """
    _check_count("workers", workers)
    _check_count("chunksize", chunksize, allow_none=False)
    if chunksize == 0:
        raise InputTypeError("chunksize must be at least 1")
    if kind not in ("auto", "text", "html"):
        raise InputError(f'kind must be "auto", "text" or "html", not {kind!r}')
    parser = Parser(rules=rules, options=options)
    count = (os.cpu_count() or 1) if workers is None else workers
    if isinstance(docs, str | bytes):
        raise InputTypeError(
            f"parse_many() takes an iterable of documents, not one {type(docs).__name__}; "
            "use parse() for a single document"
        )
    try:
        iter(docs)
    except TypeError:
        raise InputTypeError(
            f"parse_many() takes an iterable of documents, not {type(docs).__name__}"
        ) from None
    if count <= 1:
        return _in_process(docs, parser, kind)
    recipe = _recipe(parser.rules)
    try:
        pickle.dumps((recipe, parser.options))
    except Exception as exc:
        raise InputTypeError(
            "the rules cannot be sent to worker processes (a custom rule function must be "
            f"defined at module level to be pickled): {exc}; use workers=1 to parse in-process"
        ) from exc

    def job_of(chunk: list[tuple[int, Any, object]]) -> _Job:
        return (recipe, parser.options, kind, chunk)

    return _pooled(docs, job_of, count, chunksize)


def _in_process(docs: Iterable[Document], parser: Parser, kind: str) -> Iterator[ParseResult]:
    for index, item in enumerate(docs):
        doc_id, doc = _split(item)
        yield _parse_one(parser, index, doc_id, doc, kind)
