"""The outcomes of the two questions about a person: refugee status, and return."""

from __future__ import annotations

import enum

__all__ = ["ReturnOutcome", "Status"]


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
