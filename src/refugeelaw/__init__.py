"""refugeelaw — international refugee law as executable, explained and cited reasoning.

>>> import refugeelaw as rl
>>> str(rl.Citation("refugee-convention-1951", "1A(2)"))
'Refugee Convention art. 1A(2)'
"""

from __future__ import annotations

from . import instruments, states
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
from .serialize import from_dict, from_json, json_schema, to_dict, to_json
from .sources import Citation, Provision, Source, provision
from .states import Participation, State, is_party
from .status import DoctrineComparison, assess_status, compare_doctrines
from .status_result import Status, StatusDetermination

__version__ = "0.1.0"

__all__ = [
    "states",
    "is_party",
    "instruments",
    "compare_doctrines",
    "assess_status",
    "StatusDetermination",
    "Status",
    "State",
    "Participation",
    "DoctrineComparison",
    "Actor",
    "Cessation",
    "Citation",
    "Claim",
    "Doctrine",
    "Exclusion",
    "Finding",
    "Ground",
    "Harm",
    "InvalidInput",
    "Motive",
    "Person",
    "Problem",
    "Protection",
    "Provision",
    "Severity",
    "SocialGroup",
    "Source",
    "UnknownProvision",
    "Verdict",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "provision",
    "to_dict",
    "to_json",
]
