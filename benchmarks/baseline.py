"""A hand-written, plain-Python version of the same simplified rule: the practical speed limit.

:func:`decide` decides Art 1A(2) and the exceptions (Arts 1C, 1D, 1E, 1F) on the same facts as
``refugeelaw.assess_status(claim, on=...)`` with the default :class:`refugeelaw.Doctrine` and no
``state`` (the Convention as the 1967 Protocol amends it), and builds the same findings: one
``(element, verdict, reason, citations)`` tuple per finding, in the order ``Finding.walk()`` yields
them (depth first, parent before children), with the same words and the same
:class:`refugeelaw.Citation` objects. It leaves out only the bookkeeping the tuples do not carry
(the facts relied on, the missing-fact paths, doctrinal assumptions, standards and roles) and the
library's memoisation: every claim is decided from scratch, in straight-line code over the claim's
attributes, with citations and country names built once at import.

``tests/test_baseline.py`` proves the equality, outcome and every row, on the benchmark's caseload.
Facts outside that scope (a particular social group ground, cessation clauses) raise
:class:`NotImplementedError` rather than silently differ. The benchmark (``benchmarks/run.py``)
compares the library against this function in the same process.
"""

from __future__ import annotations

from refugeelaw import Actor, Citation, Claim, Exclusion, Ground, Motive, Protection, Severity
from refugeelaw.countries import all_countries, country_name

__all__ = ["Row", "decide"]

Row = tuple[str, str, str, tuple[Citation, ...]]

MET = "met"
NOT = "not_met"
UNK = "unknown"

_C = "refugee-convention-1951"
_HB = "unhcr-handbook"
ART_1 = Citation(_C, "1")
A1A2 = Citation(_C, "1A(2)")
ART_1C = Citation(_C, "1C")
ART_1D = Citation(_C, "1D")
ART_1E = Citation(_C, "1E")
ART_1F = Citation(_C, "1F")
HB_37_50 = Citation(_HB, "37-50")
HB_51_53 = Citation(_HB, "51-53")
HB_54_55 = Citation(_HB, "54-55")
HB_56_60 = Citation(_HB, "56-60")
HB_59 = Citation(_HB, "59")
HB_61 = Citation(_HB, "61")
HB_62_64 = Citation(_HB, "62-64")
HB_65 = Citation(_HB, "65")
HB_66_86 = Citation(_HB, "66-86")
HB_88_93 = Citation(_HB, "88-93")
HB_91 = Citation(_HB, "91")
HB_94_96 = Citation(_HB, "94-96")
HB_106_107 = Citation(_HB, "106-107")
HB_140_163 = Citation(_HB, "140-163")
CARDOZA = Citation("ins-v-cardoza-fonseca-1987", "")
PROTOCOL_I2 = Citation("refugee-protocol-1967", "I(2)")
PROTOCOL_I3 = Citation("refugee-protocol-1967", "I(3)")

ONLY_1A2 = (A1A2,)
WELL_FOUNDED_CITES = (A1A2, HB_37_50, CARDOZA)
PERSECUTION_CITES = (A1A2, HB_51_53)
DISCRIMINATION_CITES = (A1A2, HB_51_53, HB_54_55)
PROSECUTION_CITES = (A1A2, HB_56_60, HB_61)
LAW_CONTRARY_CITES = (A1A2, HB_56_60, HB_61, HB_59)
NEXUS_CITES = (A1A2, HB_66_86)
NO_GROUND_CITES = (A1A2, HB_66_86, HB_62_64)
FLIGHT_CITES = (A1A2, HB_91)
SUR_PLACE_CITES = (HB_94_96,)
SUR_PLACE_PROSECUTION_CITES = (HB_94_96, HB_61)
STILL_HOME_CITES = (A1A2, HB_88_93)
LACKS_CITES = (A1A2, HB_106_107)
PROTECTION_CITES = (A1A2, HB_106_107, HB_65)
EXCLUSION_CITES = {e: Citation(_C, e.value) for e in Exclusion}

NAMES = {code: country_name(code) for code in all_countries()}
GROUND_RANK = {g: i for i, g in enumerate(Ground)}
GROUND_LABELS = {
    Ground.RACE: "race",
    Ground.RELIGION: "religion",
    Ground.NATIONALITY: "nationality",
    Ground.PARTICULAR_SOCIAL_GROUP: "membership of a particular social group",
    Ground.POLITICAL_OPINION: "political opinion",
}
MOTIVE_WORDS: dict[Ground | Motive, str] = {m: m.value.replace("_", " ") for m in Motive}
PSG = Ground.PARTICULAR_SOCIAL_GROUP
STATE = Actor.STATE
AVAILABLE = Protection.AVAILABLE
UNAVAILABLE = Protection.UNAVAILABLE
REFUSED = Protection.REFUSED_FOR_VALID_REASON
MINOR = Severity.MINOR
DISCRIMINATION = Severity.DISCRIMINATION
SERIOUS = Severity.SERIOUS
THREAT = Severity.THREAT_TO_LIFE_OR_FREEDOM

FEAR_ELEMENT = "well-founded fear of being persecuted for a Convention reason"
FEAR_REASONS = {
    MET: "a well-founded fear of being persecuted for a Convention reason",
    NOT: "not a well-founded fear of persecution for a Convention reason",
    UNK: "whether this is a well-founded fear of persecution is not yet known",
}
FEARED_REASONS = {
    MET: "at least one feared harm qualifies",
    NOT: "no feared harm qualifies",
    UNK: "no feared harm qualifies yet, and at least one might",
}
DUAL_REASONS = {
    MET: "no country of nationality offers protection",
    NOT: "a country of nationality offers protection: a dual national must first seek it",
    UNK: "whether every country of nationality fails to protect is not known",
}
STATE_RELOCATES = (
    "no internal flight alternative",
    NOT,
    "the state is the persecutor, which raises a presumption that no part of the country is "
    "safe, but the decision-maker finds a reasonable internal flight alternative, which rebuts it",
    FLIGHT_CITES,
)
STATE_NO_RELOCATION = (
    "no internal flight alternative",
    MET,
    "the state is the persecutor, and the decision-maker finds no reasonable internal flight "
    "alternative",
    FLIGHT_CITES,
)
STATE_PRESUMED = (
    "no internal flight alternative",
    MET,
    "the state is the persecutor: an internal flight alternative is presumed unavailable and no "
    "finding rebuts the presumption",
    FLIGHT_CITES,
)
NO_RELOCATION = (
    "no internal flight alternative",
    MET,
    "no reasonable internal flight alternative exists (a finding of the decision-maker)",
    FLIGHT_CITES,
)
RELOCATION_ACTOR_UNKNOWN = (
    "no internal flight alternative",
    UNK,
    "a reasonable internal flight alternative exists, which defeats the claim only if the "
    "persecutor is not the state, and who the persecutor is is not known",
    FLIGHT_CITES,
)
NON_STATE_RELOCATES = (
    "no internal flight alternative",
    NOT,
    "the persecutor is not the state and a reasonable internal flight alternative exists (a "
    "finding of the decision-maker)",
    FLIGHT_CITES,
)
RELOCATION_UNKNOWN = (
    "no internal flight alternative",
    UNK,
    "whether a reasonable internal flight alternative exists is not known",
    FLIGHT_CITES,
)
LIKELIHOOD_UNKNOWN = (
    "well-founded fear",
    UNK,
    "the likelihood of the harm has not been assessed",
    WELL_FOUNDED_CITES,
)
SEVERITY_UNKNOWN = (
    "amounts to persecution",
    UNK,
    "the severity of the harm is not known",
    PERSECUTION_CITES,
)
THREAT_ROW = (
    "amounts to persecution",
    MET,
    "the harm is a threat to life or freedom",
    PERSECUTION_CITES,
)
SERIOUS_ROW = (
    "amounts to persecution",
    MET,
    "the harm is a serious violation of human rights",
    PERSECUTION_CITES,
)
DISCRIMINATION_ROW = (
    "amounts to persecution",
    NOT,
    "discrimination that does not reach a serious violation of human rights is not persecution "
    "on its own",
    DISCRIMINATION_CITES,
)
MINOR_HARM_ROW = (
    "amounts to persecution",
    NOT,
    "the harm is not serious enough to be persecution",
    PERSECUTION_CITES,
)
MINOR_PUNISHMENT_ROW = (
    "amounts to persecution",
    NOT,
    "the feared punishment is minor: even if unfair, it is not persecution",
    PROSECUTION_CITES,
)
DISPROPORTIONATE_ROW = (
    "amounts to persecution",
    MET,
    "the feared punishment is disproportionate, so the prosecution is persecution",
    PROSECUTION_CITES,
)
DISCRIMINATORY_ROW = (
    "amounts to persecution",
    MET,
    "the prosecution or punishment is discriminatory, so the prosecution is persecution",
    PROSECUTION_CITES,
)
LAW_CONTRARY_ROW = (
    "amounts to persecution",
    MET,
    "the law punished is itself contrary to human-rights standards, so the prosecution is "
    "persecution",
    LAW_CONTRARY_CITES,
)
FAIR_PROSECUTION_ROW = (
    "amounts to persecution",
    NOT,
    "fair prosecution, under a law consistent with human rights, with proportionate punishment "
    "is not persecution",
    PROSECUTION_CITES,
)
PROSECUTION_UNKNOWN_ROW = (
    "amounts to persecution",
    UNK,
    "whether the punishment is disproportionate or discriminatory, or the law itself contrary to "
    "human rights, is not known",
    PROSECUTION_CITES,
)
REASONS_UNKNOWN = (
    "for reasons of a Convention ground",
    UNK,
    "the persecutor's reasons are not known",
    NEXUS_CITES,
)
SUR_PLACE_WORDS = (
    "the fear arose after the person left; a refugee sur place is a refugee all the same"
)
SUR_PLACE_ROW = ("refugee sur place", MET, SUR_PLACE_WORDS, SUR_PLACE_CITES)
SUR_PLACE_PROSECUTION_ROW = (
    "refugee sur place",
    MET,
    SUR_PLACE_WORDS + "; severe punishment for leaving without permission can ground the fear",
    SUR_PLACE_PROSECUTION_CITES,
)
NO_FEARS_ROW = (FEAR_ELEMENT, NOT, "the claim states no feared harm", ONLY_1A2)
DATELINE_ROW = (
    "dateline and geographic limitation",
    MET,
    "the Convention definition as amended by the 1967 Protocol (no state given): no dateline or "
    "geographic limitation applies",
    (PROTOCOL_I2, PROTOCOL_I3),
)
ART_1D_ELEMENT = "Art 1D: other UN protection or assistance"
ART_1D_MET = (
    ART_1D_ELEMENT,
    MET,
    "the person is at present receiving protection or assistance from a UN agency other than UNHCR",
    (ART_1D, HB_140_163),
)
ART_1D_NOT = (
    ART_1D_ELEMENT,
    NOT,
    "no other UN agency's protection or assistance is received",
    (ART_1D,),
)
ART_1E_ELEMENT = "Art 1E: rights of a national in the country of residence"
ART_1E_NOT = (
    ART_1E_ELEMENT,
    NOT,
    "no country of residence accords the person the rights of a national",
    (ART_1E,),
)
ART_1F_NOT = ("Art 1F: exclusion", NOT, "no exclusion clause is found to apply", (ART_1F,))
ART_1C_NOT = ("Art 1C: cessation", NOT, "no cessation clause is found to apply", (ART_1C,))
REFUGEE_REASON = "every element of Art 1A(2) is met and no exception applies"
ROOT_VERDICTS = {"refugee": MET, "undetermined": UNK}


def _joined(codes: tuple[str, ...]) -> str:
    """Country names as a list in words: "A", "A and B", "A, B and C"."""
    if len(codes) == 1:
        return NAMES[codes[0]]
    if not codes:
        return "any country of reference"
    names = [NAMES[c] for c in codes]
    return ", ".join(names[:-1]) + " and " + names[-1]


def decide(claim: Claim) -> tuple[str, list[Row]]:
    """The outcome (a ``Status`` value) and every finding, as ``assess_status`` builds them."""
    if claim.cessation:
        raise NotImplementedError("the baseline does not decide Art 1C cessation clauses")
    person = claim.person
    nationalities = person.nationalities
    habitual = person.habitual_residence
    location = person.location
    fears = claim.fears
    relocation = claim.internal_relocation

    # Art 1A(2): outside the country of nationality (or of former habitual residence).
    if nationalities:
        refs = tuple(sorted(nationalities))
        stateless = False
        element = "outside the country of nationality"
    else:
        refs = (habitual,) if habitual else ()
        stateless = True
        element = "outside the country of former habitual residence"
    if stateless and habitual is None:
        alien = UNK
        alien_row: Row = (
            element,
            UNK,
            "the former habitual residence of this stateless person is not known",
            ONLY_1A2,
        )
    elif location is None:
        alien = UNK
        alien_row = (element, UNK, "where the person now is is not known", ONLY_1A2)
    elif location in refs:
        alien = NOT
        alien_row = (
            element,
            NOT,
            f"the person is still in {NAMES[location]}: the Convention protects only those who "
            "have crossed an international frontier",
            STILL_HOME_CITES,
        )
    else:
        alien = MET
        alien_row = (
            element,
            MET,
            f"the person is in {NAMES[location]}, outside {_joined(refs)}",
            ONLY_1A2,
        )

    # Well-founded fear of being persecuted for a Convention reason, harm by harm.
    fear_rows: list[Row] = []  # the children of the fear element, depth first
    if not fears:
        feared = NOT
        fear_row: Row = NO_FEARS_ROW
    else:
        where_element = (
            "feared in the country of former habitual residence"
            if stateless
            else "feared in a country of nationality"
        )
        any_met = any_unknown = False
        for i, h in enumerate(fears):
            # Feared in a country of reference.
            if stateless and not refs:
                where_v = UNK
                where_row: Row = (
                    where_element,
                    UNK,
                    "the former habitual residence is not known",
                    ONLY_1A2,
                )
            elif h.country in refs:
                where_v = MET
                where_row = (
                    where_element,
                    MET,
                    f"the harm is feared in {NAMES[h.country]}",
                    ONLY_1A2,
                )
            else:
                where_v = NOT
                where_row = (
                    where_element,
                    NOT,
                    f"the harm is feared in {NAMES[h.country]}, which is not {_joined(refs)}; "
                    "fears elsewhere bear on non-refoulement, not on refugee status",
                    ONLY_1A2,
                )

            # Well-founded: a reasonable possibility (threshold 0.1).
            likelihood = h.likelihood
            if likelihood is None:
                wf_v = UNK
                wf_row: Row = LIKELIHOOD_UNKNOWN
            elif likelihood >= 0.1:
                wf_v = MET
                wf_row = (
                    "well-founded fear",
                    MET,
                    f"the assessed likelihood {likelihood:g} reaches the threshold 0.1",
                    WELL_FOUNDED_CITES,
                )
            else:
                wf_v = NOT
                wf_row = (
                    "well-founded fear",
                    NOT,
                    f"the assessed likelihood {likelihood:g} is below the threshold 0.1",
                    WELL_FOUNDED_CITES,
                )

            # Amounts to persecution.
            severity = h.severity
            if h.prosecution:
                if severity is MINOR:
                    pers_row: Row = MINOR_PUNISHMENT_ROW
                elif h.disproportionate:
                    pers_row = DISPROPORTIONATE_ROW
                elif h.discriminatory:
                    pers_row = DISCRIMINATORY_ROW
                elif h.law_contrary_to_human_rights:
                    pers_row = LAW_CONTRARY_ROW
                elif (
                    h.disproportionate is None
                    or h.discriminatory is None
                    or h.law_contrary_to_human_rights is None
                ):
                    pers_row = PROSECUTION_UNKNOWN_ROW
                else:
                    pers_row = FAIR_PROSECUTION_ROW
            elif severity is None:
                pers_row = SEVERITY_UNKNOWN
            elif severity is THREAT:
                pers_row = THREAT_ROW
            elif severity is SERIOUS:
                pers_row = SERIOUS_ROW
            elif severity is DISCRIMINATION:
                pers_row = DISCRIMINATION_ROW
            else:
                pers_row = MINOR_HARM_ROW
            pers_v = pers_row[1]

            # For reasons of a Convention ground (a contributing reason suffices).
            reasons = h.reasons
            if not reasons:
                nexus_v = UNK
                nexus_row: Row = REASONS_UNKNOWN
            else:
                grounds = []
                motives = []
                for r in reasons:
                    if r.__class__ is Ground:
                        grounds.append(r)
                    else:
                        motives.append(MOTIVE_WORDS[r])
                motives.sort()
                if not grounds:
                    nexus_v = NOT
                    nexus_row = (
                        "for reasons of a Convention ground",
                        NOT,
                        f"the reasons ({', '.join(motives)}) are not Convention grounds: a person "
                        "who leaves for such reasons alone is not a refugee",
                        NO_GROUND_CITES,
                    )
                else:
                    if PSG in grounds:
                        raise NotImplementedError(
                            "the baseline does not decide a particular social group ground"
                        )
                    if len(grounds) > 1:
                        grounds.sort(key=GROUND_RANK.__getitem__)
                        labels = ", ".join([GROUND_LABELS[g] for g in grounds])
                    else:
                        labels = GROUND_LABELS[grounds[0]]
                    nexus_v = MET
                    nexus_row = (
                        "for reasons of a Convention ground",
                        MET,
                        f"the persecutor acts for reasons of {labels}; mixed motives "
                        f"({', '.join(motives)}) do not defeat the nexus"
                        if motives
                        else f"the persecutor acts for reasons of {labels}",
                        NEXUS_CITES,
                    )

            # No internal flight alternative (Handbook 91).
            actor = h.actor
            if actor is STATE:
                if relocation:
                    flight_row: Row = STATE_RELOCATES
                elif relocation is False:
                    flight_row = STATE_NO_RELOCATION
                else:
                    flight_row = STATE_PRESUMED
            elif relocation is False:
                flight_row = NO_RELOCATION
            elif relocation is None:
                flight_row = RELOCATION_UNKNOWN
            elif actor is None:
                flight_row = RELOCATION_ACTOR_UNKNOWN
            else:
                flight_row = NON_STATE_RELOCATES
            flight_v = flight_row[1]

            if NOT in (where_v, wf_v, pers_v, nexus_v, flight_v):
                v = NOT
            elif UNK in (where_v, wf_v, pers_v, nexus_v, flight_v):
                v = UNK
                any_unknown = True
            else:
                v = MET
                any_met = True
            fear_rows.append((f"fears[{i}]: {h.description}", v, FEAR_REASONS[v], ONLY_1A2))
            fear_rows.append(where_row)
            fear_rows.append(wf_row)
            fear_rows.append(pers_row)
            fear_rows.append(nexus_row)
            fear_rows.append(flight_row)
            if h.sur_place:
                fear_rows.append(SUR_PLACE_PROSECUTION_ROW if h.prosecution else SUR_PLACE_ROW)
        feared = MET if any_met else (UNK if any_unknown else NOT)
        fear_row = (FEAR_ELEMENT, feared, FEARED_REASONS[feared], ONLY_1A2)

    # Lacks the protection of every country of nationality (or former habitual residence).
    protection = claim.protection
    prot_rows: list[Row] = []  # the children of the protection element
    if stateless:
        element = "unable or unwilling to return to the country of former habitual residence"
    else:
        element = "lacks the protection of every country of nationality"
    if not refs:
        prot = UNK
        prot_row: Row = (element, UNK, "the former habitual residence is not known", ONLY_1A2)
    else:
        any_not = any_unknown = False
        for c in refs:
            name = NAMES[c]
            stated = protection.get(c)
            if stated is AVAILABLE:
                any_not = True
                prot_rows.append(
                    (
                        f"protection of {name}",
                        NOT,
                        f"{name} offers protection that the person could use: a person is not "
                        "lacking protection who, without valid reason based on fear, has not "
                        "availed of it",
                        PROTECTION_CITES,
                    )
                )
            elif stated is UNAVAILABLE:
                prot_rows.append(
                    (
                        f"protection of {name}",
                        MET,
                        f"{name}'s protection is unavailable",
                        PROTECTION_CITES,
                    )
                )
            elif stated is REFUSED:
                prot_rows.append(
                    (
                        f"protection of {name}",
                        MET,
                        f"the person declines {name}'s protection for a valid reason based on "
                        "well-founded fear (a finding of the decision-maker)",
                        PROTECTION_CITES,
                    )
                )
            else:
                for h in fears:
                    if h.country == c and h.actor is STATE:
                        prot_rows.append(
                            (
                                f"protection of {name}",
                                MET,
                                f"the state of {name} is itself the persecutor, so its "
                                "protection is unavailable",
                                PROTECTION_CITES,
                            )
                        )
                        break
                else:
                    any_unknown = True
                    prot_rows.append(
                        (
                            f"protection of {name}",
                            UNK,
                            f"whether {name} would protect the person is not known",
                            PROTECTION_CITES,
                        )
                    )
        prot = NOT if any_not else (UNK if any_unknown else MET)
        prot_reason = DUAL_REASONS[prot] if len(refs) > 1 else prot_rows[0][2]
        prot_row = (element, prot, prot_reason, LACKS_CITES)

    # Inclusion: every element must be met (the dateline element always is, with no state).
    if NOT in (alien, feared, prot):
        included = NOT
        failed = [
            row[0]
            for row, verdict in (
                (alien_row, alien),
                (fear_row, feared),
                (prot_row, prot),
            )
            if verdict == NOT
        ]
        inc_reason = "an element of Art 1A(2) is not met: " + "; ".join(failed)
    elif UNK in (alien, feared, prot):
        included = UNK
        inc_reason = "no element of Art 1A(2) fails, but some are not yet known"
    else:
        included = MET
        inc_reason = "every element of Art 1A(2) is met"

    # The exceptions.
    excluded: list[str] = []
    if claim.unrwa_assistance:
        art_1d: Row = ART_1D_MET
        excluded.append("Art 1D")
    else:
        art_1d = ART_1D_NOT
    where = claim.rights_of_national_in
    if where is not None:
        art_1e: Row = (
            ART_1E_ELEMENT,
            MET,
            f"{NAMES[where]} recognises the person as having the rights and obligations of its "
            "nationals",
            (ART_1E, HB_140_163),
        )
        excluded.append("Art 1E")
    else:
        art_1e = ART_1E_NOT
    if claim.exclusion:
        clauses = sorted(claim.exclusion, key=lambda e: e.value)
        art_1f: Row = (
            "Art 1F: exclusion",
            MET,
            "the decision-maker has serious reasons for considering that Art "
            f"{', '.join([e.value for e in clauses])} applies",
            (*[EXCLUSION_CITES[e] for e in clauses], HB_140_163),
        )
        excluded.append("Art 1F")
    else:
        art_1f = ART_1F_NOT

    # The outcome.
    if excluded:
        names = ", ".join(excluded)
        if included == MET:
            outcome, reason = "excluded", f"the person meets Art 1A(2) but {names} displaces it"
        elif included == NOT:
            outcome, reason = "not_refugee", f"{inc_reason} (and {names} would exclude in any case)"
        else:
            outcome, reason = (
                "undetermined",
                f"{names} applies, so the person has no Convention status either way; whether "
                "that is because of exclusion or because inclusion fails is not yet known",
            )
    elif included == MET:
        outcome, reason = "refugee", REFUGEE_REASON
    elif included == NOT:
        outcome, reason = "not_refugee", inc_reason
    else:
        outcome, reason = "undetermined", inc_reason

    rows: list[Row] = [
        ("refugee status", ROOT_VERDICTS.get(outcome, NOT), reason, (ART_1,)),
        ("inclusion (Art 1A(2))", included, inc_reason, ONLY_1A2),
        alien_row,
        fear_row,
        *fear_rows,
        prot_row,
        *prot_rows,
    ]
    rows.append(DATELINE_ROW)
    rows.append(art_1d)
    rows.append(art_1e)
    rows.append(art_1f)
    rows.append(ART_1C_NOT)
    return outcome, rows
