"""Every runnable example runs and prints exactly its pinned output (examples/expected/).

The examples are the articles' scenarios; their output is part of the documentation, so a change
in the library's reasoning or wording shows up here as a diff to review. To accept an intended
change, regenerate: ``for f in examples/*.py; do python $f > examples/expected/$(basename $f .py).txt; done``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def test_every_example_has_pinned_output() -> None:
    pinned = {p.stem for p in (EXAMPLES / "expected").glob("*.txt")}
    assert pinned == {s.stem for s in SCRIPTS}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_example_prints_its_pinned_output(script: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=EXAMPLES.parent,
    )
    assert proc.returncode == 0, proc.stderr
    expected = (EXAMPLES / "expected" / f"{script.stem}.txt").read_text(encoding="utf-8")
    assert proc.stdout == expected
