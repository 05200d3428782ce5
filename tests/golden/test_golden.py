"""End-to-end: every document in seeds/ against its expected JSON in tests/golden/.

The expected files change only through ``python -m pytest tests/golden --update-golden``,
and a changed file shows up in review as a diff of the article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse

ROOT = Path(__file__).resolve().parent.parent.parent
GOLDEN = Path(__file__).resolve().parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_matches_golden(seed: Path, update_golden: bool) -> None:
    article = newsparse.parse(seed.read_bytes())
    got = article.to_dict()
    expected_file = GOLDEN / f"{seed.stem}.json"
    if update_golden or not expected_file.exists():
        expected_file.write_text(
            json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        if not update_golden:
            pytest.fail(
                f"{expected_file.name} did not exist and was written; check it and commit it"
            )
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected
