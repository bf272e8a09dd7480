"""refugeelaw — international refugee law as executable, explained and cited reasoning.

>>> import refugeelaw as rl
>>> str(rl.Citation("refugee-convention-1951", "1A(2)"))
'Refugee Convention art. 1A(2)'
"""

from __future__ import annotations

import gc as _gc
import importlib
from typing import TYPE_CHECKING, Any

#: How many objects were frozen (``gc.get_freeze_count()``) when the package was imported: the
#: interpreter's own, not the program's (pyenv's CPython 3.12.1 starts with 375, even with -I -S;
#: its 3.10, 3.11 and 3.13 with none). The speed layer sets the collector aside only where no
#: more are frozen than these (:class:`refugeelaw._speed.Settler`), so that a program's own
#: freeze is left alone.
_FROZEN_AT_IMPORT = _gc.get_freeze_count()

if TYPE_CHECKING:  # the names users import; at run time each loads on first use (see below)
    from . import instruments, states
    from .batch import CaseloadSummary, assess_many, status_outcomes, summarize
    from .doctrine import Doctrine
    from .errors import BeyondData, InvalidInput, Problem, UnknownProvision
    from .facts import (
        Actor,
        Cessation,
        Claim,
        Exclusion,
        FlightCause,
        Ground,
        Harm,
        Motive,
        Person,
        Protection,
        Severity,
        SocialGroup,
    )
    from .instruments import Instrument
    from .law.compare import compare_doctrines
    from .law.obligations import explain_obligations, obligations_of
    from .law.precedence import resolve_conflict
    from .law.refoulement import assess_return
    from .law.status import assess_status
    from .logic import Finding, Verdict
    from .provenance import Dataset, Provenance
    from .questions import Answer, Question, QuestionKind
    from .results import (
        Basis,
        DoctrineComparison,
        FindingOutline,
        PrecedenceBranch,
        PrecedenceRule,
        PrecedenceRuling,
        ResultOutline,
        ReturnAssessment,
        ReturnOutcome,
        StateObligation,
        Status,
        StatusDetermination,
    )
    from .serialize import from_dict, from_json, json_schema, to_dict, to_json
    from .sources import Citation, Provision, Source, provision
    from .states import Participation, State, is_party, party_status

_LAZY = {
    "Actor": ".facts",
    "Basis": ".results",
    "BeyondData": ".errors",
    "CaseloadSummary": ".batch",
    "Cessation": ".facts",
    "Citation": ".sources",
    "Claim": ".facts",
    "Dataset": ".provenance",
    "Doctrine": ".doctrine",
    "DoctrineComparison": ".results",
    "Answer": ".questions",
    "Question": ".questions",
    "QuestionKind": ".questions",
    "Exclusion": ".facts",
    "FlightCause": ".facts",
    "Instrument": ".instruments",
    "Finding": ".logic",
    "FindingOutline": ".results",
    "Ground": ".facts",
    "Harm": ".facts",
    "InvalidInput": ".errors",
    "Motive": ".facts",
    "Participation": ".states",
    "Person": ".facts",
    "PrecedenceBranch": ".results",
    "PrecedenceRule": ".results",
    "PrecedenceRuling": ".results",
    "Problem": ".errors",
    "Protection": ".facts",
    "Provenance": ".provenance",
    "Provision": ".sources",
    "ResultOutline": ".results",
    "ReturnAssessment": ".results",
    "ReturnOutcome": ".results",
    "Severity": ".facts",
    "SocialGroup": ".facts",
    "Source": ".sources",
    "State": ".states",
    "StateObligation": ".results",
    "Status": ".results",
    "StatusDetermination": ".results",
    "UnknownProvision": ".errors",
    "Verdict": ".logic",
    "assess_many": ".batch",
    "assess_return": ".law.refoulement",
    "assess_status": ".law.status",
    "compare_doctrines": ".law.compare",
    "explain_obligations": ".law.obligations",
    "from_dict": ".serialize",
    "from_json": ".serialize",
    "instruments": ".instruments:module",
    "is_party": ".states",
    "json_schema": ".serialize",
    "obligations_of": ".law.obligations",
    "party_status": ".states",
    "provision": ".sources",
    "resolve_conflict": ".law.precedence",
    "status_outcomes": ".batch",
    "states": ".states:module",
    "summarize": ".batch",
    "to_dict": ".serialize",
    "to_json": ".serialize",
}


def __getattr__(name: str) -> Any:
    """Load public names on first use, so that ``import refugeelaw`` stays cheap."""
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, _, kind = target.partition(":")
    module = importlib.import_module(module_name, __name__)
    if module_name.startswith(".law"):
        # The rules run through the speed layer, which wraps them from outside (``_speed``).
        importlib.import_module("._speed", __name__).install()
    value = module if kind == "module" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Answer",
    "Basis",
    "BeyondData",
    "CaseloadSummary",
    "Cessation",
    "Citation",
    "Claim",
    "Dataset",
    "Doctrine",
    "DoctrineComparison",
    "Exclusion",
    "Finding",
    "FindingOutline",
    "FlightCause",
    "Ground",
    "Harm",
    "Instrument",
    "InvalidInput",
    "Motive",
    "Participation",
    "Person",
    "PrecedenceBranch",
    "PrecedenceRule",
    "PrecedenceRuling",
    "Problem",
    "Protection",
    "Provenance",
    "Provision",
    "Question",
    "QuestionKind",
    "ResultOutline",
    "ReturnAssessment",
    "ReturnOutcome",
    "Severity",
    "SocialGroup",
    "Source",
    "State",
    "StateObligation",
    "Status",
    "StatusDetermination",
    "UnknownProvision",
    "Verdict",
    "__version__",
    "assess_many",
    "assess_return",
    "assess_status",
    "compare_doctrines",
    "explain_obligations",
    "from_dict",
    "from_json",
    "instruments",
    "is_party",
    "json_schema",
    "obligations_of",
    "party_status",
    "provision",
    "resolve_conflict",
    "states",
    "status_outcomes",
    "summarize",
    "to_dict",
    "to_json",
]
