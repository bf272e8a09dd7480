"""Where a result comes from: the library, its JSON schema, the data and the doctrine it used.

Every result (:class:`~refugeelaw.StatusDetermination`, :class:`~refugeelaw.ReturnAssessment`,
:class:`~refugeelaw.PrecedenceRuling`) carries a :class:`Provenance`: two runs on different data,
under different positions or on different dates can be told apart from the results alone.

Each dataset is named, with the date up to which it speaks (its *horizon*, as the participation
data records it) and the SHA-256 of its bytes. A folder of files (the instruments) is hashed as
``sha256sum *.json | sha256sum`` hashes it: the SHA-256 of the lines ``<file's sha256>  <name>``
in name order. The hashes are computed once per process, on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from . import _validate as v
from .doctrine import Doctrine
from .errors import shown

__all__ = ["SCHEMA_VERSION", "Dataset", "Provenance", "datasets", "provenance"]

SCHEMA_VERSION = 2
"""Which version of the library's JSON forms this is. Version 2 adds ``provenance`` to every
result; documents of version 1, which have none, still read (their ``provenance`` is ``None``).
A provenance naming a later version is refused: the library does not read JSON forms it does not
know."""

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _sha256(value: Any) -> str | None:
    if isinstance(value, str) and _SHA256.fullmatch(value):
        return None
    return f"expected 64 lower-case hexadecimal digits (a SHA-256), got {v._describe(value)}"


def _version(value: Any) -> str | None:
    """A provenance's schema version: from 2, the version that added the provenance (a document
    of version 1 has none), to :data:`SCHEMA_VERSION`. A later version is JSON written by a later
    library, whose forms this one may misread: refused, never read as if it were this one's."""
    if isinstance(value, bool) or not isinstance(value, int):
        return f"expected a schema version (a whole number), got {v._describe(value)}"
    if value > SCHEMA_VERSION:
        return (
            f"{shown(value)} is a later schema version than this library's ({SCHEMA_VERSION}): "
            "the JSON was written by a later refugeelaw, whose forms this one may misread; read "
            "it with that version of refugeelaw or a later one"
        )
    if value < 2:
        known = "2" if SCHEMA_VERSION == 2 else f"from 2 to {SCHEMA_VERSION}"
        return f"expected schema version {known}, got {shown(value)} (version 1 has no provenance)"
    return None


@attrs.frozen
class Dataset(v.Checked):
    """One of the library's data files (or folders of files), as a result used it.

    Args:
        name: ``"instruments"`` (the provision texts and their sources), ``"duties"`` (the
            catalogue of duties), ``"countries"`` (the country codes), or
            ``"participation/<instrument>"`` (who is a party to the instrument, and since when).
        horizon: the date up to which the dataset speaks, as it records it (``None``: it states
            none, or, for a bilateral treaty's closed list of two parties, speaks for every date).
        sha256: the SHA-256 of the file's bytes (of a folder: see :mod:`refugeelaw.provenance`).
    """

    name: str = attrs.field(metadata={"check": v.non_empty_str})
    horizon: dt.date | None = attrs.field(converter=v.to_date, metadata={"check": v.opt_date})
    sha256: str = attrs.field(metadata={"check": _sha256})


@attrs.frozen(cache_hash=True)
class Provenance(v.Checked):
    """What produced a result: the library and JSON schema versions, each dataset with its
    horizon and content hash, the doctrine in force and the date assessed.

    Args:
        library_version: ``refugeelaw.__version__``.
        schema_version: the version of the JSON forms
            (:data:`refugeelaw.provenance.SCHEMA_VERSION`).
        datasets: the library's datasets, by name.
        doctrine: the contested positions in force.
        on: the date assessed.
    """

    library_version: str = attrs.field(metadata={"check": v.non_empty_str})
    schema_version: int = attrs.field(metadata={"check": _version})
    datasets: tuple[Dataset, ...] = attrs.field(
        converter=v.to_tuple, metadata={"check": v.tuple_of(Dataset)}
    )
    doctrine: Doctrine = attrs.field(metadata={"check": v.instance_of(Doctrine)})
    on: dt.date = attrs.field(converter=v.to_date, metadata={"check": v.is_date})

    def dataset(self, name: str) -> Dataset:
        """The dataset called ``name`` (``KeyError`` if the result used none of that name)."""
        for d in self.datasets:
            if d.name == name:
                return d
        raise KeyError(name)


@functools.cache
def _sha256_of() -> Callable[[bytes], Any]:
    """SHA-256: CPython's built-in module where there is one (``hashlib`` loads OpenSSL, some
    4 MB of memory for a dozen hashes once per process), else ``hashlib``'s."""
    import importlib

    for name in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib  # pragma: no cover - a Python without the built-in module

    return hashlib.sha256  # pragma: no cover


def _digest(data: bytes) -> str:
    return _sha256_of()(data).hexdigest()  # type: ignore[no-any-return]


# The "date" of the top-level "horizon" object (which holds no nested object): read without
# parsing the whole file, which would cost more memory than the assessment it describes. A test
# holds it to what refugeelaw.states.horizon reads.
_HORIZON = re.compile(rb'"horizon"\s*:\s*\{[^{}]*?"date"\s*:\s*"([0-9]{4}-[0-9]{2}-[0-9]{2})"')


def _horizon(data: bytes) -> str | None:
    found = _HORIZON.search(data)
    return found.group(1).decode() if found else None


def read_datasets(
    read: Callable[..., bytes], names: Callable[[str], list[str]]
) -> tuple[Dataset, ...]:
    """The datasets found through ``read(*parts)`` (a file's bytes) and ``names(folder)`` (its
    ``.json`` files, sorted): the package's readers, or a copy's."""
    texts = [f"{_digest(read('instruments', n))}  {n}\n" for n in names("instruments")]
    found = [
        Dataset("countries", None, _digest(read("countries.json"))),
        Dataset("duties", None, _digest(read("duties.json"))),
        Dataset("instruments", None, _digest("".join(texts).encode())),
    ]
    for name in names("participation"):
        data = read("participation", name)
        found.append(Dataset(f"participation/{name[:-5]}", _horizon(data), _digest(data)))
    return tuple(found)


@functools.cache
def datasets() -> tuple[Dataset, ...]:
    """The library's datasets with their horizons and hashes (read once per process)."""
    from ._data import json_names, read_bytes

    return read_datasets(read_bytes, json_names)


_MADE: dict[tuple[Doctrine, dt.date], Provenance] = {}
# The doctrine, the date and the provenance asked for last, as one tuple (read and replaced
# whole, so that threads never see one pair's doctrine with another's provenance).
_LAST: list[tuple[Any, Any, Any]] = [(None, None, None)]


def provenance(doctrine: Doctrine, on: dt.date) -> Provenance:
    """The provenance of a result assessed on ``on`` under ``doctrine``: one object per pair,
    shared by every result that has it (bounded: starts afresh when full). A caseload asks for
    the same pair again and again: the last one is kept at hand, compared by identity."""
    last_doctrine, last_on, last = _LAST[0]
    if doctrine is last_doctrine and on is last_on:
        return last  # type: ignore[no-any-return]
    key = (doctrine, on)
    found = _MADE.get(key)
    if found is None:
        from . import __version__

        if len(_MADE) >= 1024:
            _MADE.clear()
        found = _MADE[key] = Provenance(__version__, SCHEMA_VERSION, datasets(), doctrine, on)
    _LAST[0] = (doctrine, on, found)
    return found
