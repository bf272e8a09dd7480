"""The package's data files, read without importing :mod:`importlib.resources` when it can be helped.

``importlib.resources`` (which also reads a package from a zip archive) pulls in ``tempfile``,
``shutil`` and ``inspect``, about 15 ms of the first assessment's start-up; an installed package is
a directory, so the files are read from it directly and ``importlib.resources`` is only the fallback.
"""

from __future__ import annotations

import os

_HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_text(*parts: str) -> str:
    """The text of ``data/<parts...>`` inside the package."""
    try:
        with open(os.path.join(_HERE, *parts), encoding="utf-8") as f:
            return f.read()
    except OSError:
        from importlib import resources

        return resources.files("refugeelaw").joinpath("/".join(("data", *parts))).read_text("utf-8")


def read_bytes(*parts: str) -> bytes:
    """The bytes of ``data/<parts...>`` inside the package (what its content hash is taken of)."""
    try:
        with open(os.path.join(_HERE, *parts), "rb") as f:
            return f.read()
    except OSError:
        from importlib import resources

        return resources.files("refugeelaw").joinpath("/".join(("data", *parts))).read_bytes()


def json_names(folder: str) -> list[str]:
    """The ``.json`` files in ``data/<folder>``, sorted by name."""
    try:
        names = os.listdir(os.path.join(_HERE, folder))
    except OSError:
        from importlib import resources

        names = [e.name for e in resources.files("refugeelaw").joinpath(f"data/{folder}").iterdir()]
    return sorted(n for n in names if n.endswith(".json"))
