"""Art 1E: persons with the rights of nationals in their country of residence.

"This Convention shall not apply to a person who is recognized by the competent authorities of
the country in which he has taken residence as having the rights and obligations which are
attached to the possession of the nationality of that country."
"""

from __future__ import annotations

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import Claim
from ..logic import Finding, Verdict, finding, reads
from ..sources import Citation

__all__ = ["art_1e"]

ART_1E = Citation("refugee-convention-1951", "1E")


@reads(
    "claim.rights_of_national_in",
    "claim.person.nationalities",
    "claim.person.habitual_residence",
)
def art_1e(claim: Claim, included: Finding, doctrine: Doctrine) -> Finding:
    """Art 1E: the Convention does not apply to someone treated as a national where they live.

    The country is the one "in which he has taken residence", away from the country the person
    is a refugee from: a country of the person's nationality (or, for a stateless person, of
    former habitual residence) is not one, since Art 1A(2) asks whether the person is outside it
    and lacks its protection."""
    element = "Art 1E: rights of a national in the country of residence"
    where = claim.rights_of_national_in
    if where is not None and claim.person.nationalities is None:
        return finding(
            element,
            Verdict.UNKNOWN,
            f"the person's nationality is not known: whether {country_name(where)} is their own "
            "country (a question for Art 1A(2)) or one in which they have taken residence is not "
            "known",
            ART_1E,
            facts=["rights_of_national_in"],
            missing=["person.nationalities"],
            role="exception",
        )
    if where is not None and where in claim.person.countries_of_reference():
        national = bool(claim.person.nationalities)
        own = "nationality" if national else "former habitual residence"
        return finding(
            element,
            Verdict.NOT_MET,
            f"{country_name(where)} is the person's country of {own}, not a country in which "
            "they have taken residence: whether it protects them is for Art 1A(2), not Art 1E",
            ART_1E,
            facts=[
                "rights_of_national_in",
                "person.nationalities" if national else "person.habitual_residence",
            ],
            role="exception",
        )
    if where is not None:
        return finding(
            element,
            Verdict.MET,
            f"{country_name(where)}, where the person has taken residence, recognises them as "
            "having the rights and obligations of its nationals (rights_of_national_in records "
            "that finding: residence there, and rights the person can return to and enjoy)",
            ART_1E,
            Citation("unhcr-handbook", "144-146"),
            facts=["rights_of_national_in"],
            role="exception",
        )
    return finding(
        element,
        Verdict.NOT_MET,
        "no country of residence accords the person the rights of a national",
        ART_1E,
        facts=["rights_of_national_in"],
        role="exception",
    )
