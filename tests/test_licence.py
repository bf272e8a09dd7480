"""The library may be embedded and redistributed: an Apache-2.0 licence, and a NOTICE that
attributes the data's sources."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI (the test extra installs it there)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_the_code_is_licensed_apache_2_and_the_package_says_so() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("Apache License")
    assert "Version 2.0, January 2004" in text
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["license"] == {"text": "Apache-2.0"}


def test_the_notice_names_the_data_sources() -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    for source in ("UN Treaty Collection", "zmjones/untreaties", "statengeneraal/laws-markdown"):
        assert source in notice
