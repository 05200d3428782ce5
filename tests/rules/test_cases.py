"""Rule case files: every case in ``cases/*.md`` parsed with the default rules.

A case file holds free text (ignored) and cases.  A case is a title line, a line
holding only ``.``, the input lines, ``.``, the expected removals, ``.``::

    newsletter.prompt: a sign-up line between paragraphs
    .
    Council approves new budget
    The council voted 7-2 on Tuesday to approve the budget.
    Sign up for our daily newsletter.
    .
    newsletter.prompt: Sign up for our daily newsletter.
    .

Each expected line is ``rule.name: removed text``, in document order, or the
single line ``(nothing removed)``.  Besides the removals matching exactly, every
other non-space character of the input must be in the article: its title, dek,
bylines, dateline or paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import newsparse

CASES = Path(__file__).parent / "cases"
NOTHING = "(nothing removed)"


@attrs.frozen
class Case:
    file: str
    line: int
    title: str
    text: str
    expected: tuple[tuple[str, str], ...]


def _expected(lines: list[str], where: str) -> tuple[tuple[str, str], ...]:
    if lines == [NOTHING]:
        return ()
    pairs = []
    for line in lines:
        rule, sep, text = line.partition(": ")
        if not sep or " " in rule:
            raise ValueError(f"{where}: expected 'rule.name: text', got {line!r}")
        pairs.append((rule, text))
    if not pairs:
        raise ValueError(f"{where}: write {NOTHING!r} for a case that removes nothing")
    return tuple(pairs)


def read_cases(path: Path) -> list[Case]:
    """The cases of one file (see the module docstring for the format)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    i = 0
    while i < len(lines):
        if not (
            lines[i].strip() and lines[i] != "." and i + 1 < len(lines) and lines[i + 1] == "."
        ):
            i += 1
            continue
        title, start = lines[i], i + 1  # 1-based line of the title
        sections: list[list[str]] = []
        j = i + 2
        while len(sections) < 2:
            end = lines.index(".", j)  # ValueError: an unterminated case
            sections.append(lines[j:end])
            j = end + 1
        where = f"{path.name}:{start}"
        cases.append(
            Case(path.name, start, title, "\n".join(sections[0]), _expected(sections[1], where))
        )
        i = j
    return cases


ALL = [case for path in sorted(CASES.glob("*.md")) for case in read_cases(path)]


def _kept_spans(article: newsparse.Article) -> list[tuple[int, int]]:
    spans = [(p.start, p.end) for p in article.paragraphs]
    spans += [(b.start, b.end) for b in article.bylines]
    for span in (article.title_span, article.dek_span, article.dateline):
        if span is not None:
            spans.append((span.start, span.end))
    return spans


@pytest.mark.parametrize("case", ALL, ids=[f"{c.file}:{c.line}:{c.title}" for c in ALL])
def test_case(case: Case) -> None:
    article = newsparse.parse(case.text, kind="text")
    removed = tuple((r.rule, r.text) for r in article.removed)
    assert removed == case.expected

    covered = bytearray(len(article.source))
    for start, end in [*_kept_spans(article), *((r.start, r.end) for r in article.removed)]:
        covered[start:end] = b"\x01" * (end - start)
    lost = "".join(
        ch
        for ch, seen in zip(article.source, covered, strict=True)
        if not seen and not ch.isspace()
    )
    assert lost == "", "text neither kept in the article nor reported as removed"


def test_every_family_has_cases() -> None:
    families = {name.split(".", 1)[0] for name in newsparse.rules.default_rules().names}
    files = {path.stem for path in CASES.glob("*.md")}
    assert families - {"duplicates", "page"} <= files


def test_every_rule_has_remove_and_keep_cases() -> None:
    removing = {rule for case in ALL for rule, _ in case.expected}
    keeping = {
        case.title.split(":", 1)[0] for case in ALL if not case.expected and ":" in case.title
    }
    names = set(newsparse.rules.default_rules().names) - {"duplicates.repeated_block"}
    names = {n for n in names if not n.startswith("page.")}
    assert names <= removing, sorted(names - removing)
    assert names <= keeping, sorted(names - keeping)


def test_reader_rejects_an_unterminated_case(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("title\n.\ninput\n.\n(nothing removed)\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"not in list"):
        read_cases(path)


def test_reader_rejects_a_bad_expected_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("title\n.\ninput\n.\nnot a rule line\n.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.md:1"):
        read_cases(path)
