"""refugeelaw — international refugee law as executable, explained and cited reasoning.

>>> import refugeelaw as rl
>>> str(rl.Citation("refugee-convention-1951", "1A(2)"))
'Refugee Convention art. 1A(2)'
"""

from __future__ import annotations

from . import instruments, states
from .batch import CaseloadSummary, assess_many, summarize
from .doctrine import Doctrine
from .errors import InvalidInput, Problem, UnknownProvision
from .facts import (
    Actor,
    Cessation,
    Claim,
    Exclusion,
    Ground,
    Harm,
    Motive,
    Person,
    Protection,
    Severity,
    SocialGroup,
)
from .logic import Finding, Verdict
from .obligations import Basis, StateObligation, explain_obligations, obligations_of
from .precedence import PrecedenceBranch, PrecedenceRule, PrecedenceRuling, resolve_conflict
from .refoulement import ReturnAssessment, ReturnOutcome, assess_return
from .serialize import from_dict, from_json, json_schema, to_dict, to_json
from .sources import Citation, Provision, Source, provision
from .states import Participation, State, is_party
from .status import DoctrineComparison, assess_status, compare_doctrines
from .status_result import Status, StatusDetermination

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Basis",
    "CaseloadSummary",
    "Cessation",
    "Citation",
    "Claim",
    "Doctrine",
    "DoctrineComparison",
    "Exclusion",
    "Finding",
    "Ground",
    "Harm",
    "InvalidInput",
    "Motive",
    "Participation",
    "Person",
    "PrecedenceBranch",
    "PrecedenceRule",
    "PrecedenceRuling",
    "Problem",
    "Protection",
    "Provision",
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
    "provision",
    "resolve_conflict",
    "states",
    "summarize",
    "to_dict",
    "to_json",
]
