"""The outcomes of the two questions about a person: refugee status, and return."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from .logic import Verdict

__all__ = ["RETURN_VERDICT", "STATUS_VERDICT", "ReturnOutcome", "Status"]


class Status(enum.Enum):
    """The outcome of a refugee status determination."""

    REFUGEE = "refugee"
    NOT_REFUGEE = "not_refugee"
    EXCLUDED = "excluded"
    CEASED = "ceased"
    UNDETERMINED = "undetermined"

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")


class ReturnOutcome(enum.Enum):
    """Whether the return is lawful."""

    PROHIBITED = "prohibited"
    PERMITTED = "permitted"
    UNDETERMINED = "undetermined"

    __hash__ = object.__hash__  # members are singletons; see logic.Verdict


#: The verdict of a status determination's conclusion (its root finding) for each outcome: met
#: for a refugee, open while undetermined, not met otherwise.
STATUS_VERDICT: Mapping[Status, Verdict] = {
    Status.REFUGEE: Verdict.MET,
    Status.UNDETERMINED: Verdict.UNKNOWN,
    Status.NOT_REFUGEE: Verdict.NOT_MET,
    Status.EXCLUDED: Verdict.NOT_MET,
    Status.CEASED: Verdict.NOT_MET,
}

#: The verdict of a return assessment's conclusion for each outcome (whether the return is
#: lawful): met if permitted, open while undetermined, not met if prohibited.
RETURN_VERDICT: Mapping[ReturnOutcome, Verdict] = {
    ReturnOutcome.PROHIBITED: Verdict.NOT_MET,
    ReturnOutcome.PERMITTED: Verdict.MET,
    ReturnOutcome.UNDETERMINED: Verdict.UNKNOWN,
}
