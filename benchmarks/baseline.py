"""A hand-written, plain-Python version of the same simplified rule: the practical speed limit.

:func:`decide` decides Art 1A(2) and the exceptions (Arts 1C, 1D, 1E, 1F) on the same facts as
``refugeelaw.assess_status(claim, on=...)`` with the default :class:`refugeelaw.Doctrine` and no
``state`` (the Convention as the 1967 Protocol amends it), and builds the same findings: one row per
finding, in the order ``Finding.walk()`` yields them (depth first, parent before children). A row
is the tuple ``(element, verdict, reason, citations, facts, missing, assumptions, standard, role)``:
every field of every finding, with the same words, the same :class:`refugeelaw.Citation` objects,
the same field paths of the facts relied on and of the missing facts, the same doctrinal
assumptions, standards of proof and roles. Only the tree's nesting is left implicit, in the
pre-order. There is no memoisation: every claim is decided from scratch, in straight-line code over
the claim's attributes, and every row or tuple that depends on the claim (a ``fears[i]`` path, a
country, a likelihood) is built afresh for it. Only what is the same for every claim is built once
at import: the citations, country names, the ``fears[i]`` and ``protection['XXX']`` path strings,
the default doctrine's assumption strings, the constant fact-path tuples and the rows that never
vary (no feared harm, the dateline note, the exceptions that do not apply).

``tests/test_baseline.py`` proves the equality, outcome and every field of every row, on the
benchmark's caseload. Facts outside that scope (a particular social group ground, cessation clauses)
raise :class:`NotImplementedError` rather than silently differ. The benchmark
(``benchmarks/run.py``) compares the library against this function in the same process.
"""

from __future__ import annotations

from refugeelaw import (
    Actor,
    Citation,
    Claim,
    Doctrine,
    Exclusion,
    Finding,
    Ground,
    Motive,
    Protection,
    Severity,
    StatusDetermination,
)
from refugeelaw.countries import all_countries, country_name

__all__ = ["Row", "decide", "library_rows", "row"]

# (element, verdict, reason, citations, facts, missing, assumptions, standard, role)
Row = tuple[
    str,
    str,
    str,
    tuple[Citation, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    str | None,
    str,
]

MET = "met"
NOT = "not_met"
UNK = "unknown"

ELEMENT = "element"
EXCEPTION = "exception"
INPUT = "input"
NOTE = "note"
CONCLUSION = "conclusion"
NONE: tuple[str, ...] = ()

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
ROOT_CITES = (ART_1,)
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

# The default doctrine's positions, as the findings that rely on them list them.
_DOCTRINE = Doctrine()
FEAR_ASSUMPTIONS = (_DOCTRINE.position("fear_threshold"),)
NEXUS_ASSUMPTIONS = (_DOCTRINE.position("nexus"),)
FEAR_STANDARD = "a reasonable possibility (likelihood at least 0.1)"
EXCLUSION_STANDARD = "serious reasons for considering"

NAMES = {code: country_name(code) for code in all_countries()}
PROTECTION_PATHS = {code: f"protection[{code!r}]" for code in NAMES}
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

# The field paths of one feared harm's facts, in this order.
HarmPaths = tuple[str, str, str, str, str, str, str, str, str, str]
_HARM_FIELDS = (
    "country",
    "likelihood",
    "severity",
    "prosecution",
    "disproportionate",
    "discriminatory",
    "law_contrary_to_human_rights",
    "reasons",
    "actor",
    "sur_place",
)


def _harm_paths(i: int) -> HarmPaths:
    """The field paths of ``fears[i]``'s facts, in the order of ``_HARM_FIELDS``."""
    c, lk, sv, pr, dp, dc, lw, rs, ac, sp = (f"fears[{i}].{name}" for name in _HARM_FIELDS)
    return (c, lk, sv, pr, dp, dc, lw, rs, ac, sp)


HARM_PATHS = tuple(_harm_paths(i) for i in range(16))
N_HARM_PATHS = len(HARM_PATHS)

ALIENAGE_FACTS = ("person.location", "person.nationalities")
STATELESS_ALIENAGE_FACTS = ("person.location", "person.habitual_residence")
NO_RESIDENCE_MISSING = ("person.habitual_residence",)
LOCATION_MISSING = ("person.location",)
RELOCATION_MISSING = ("internal_relocation",)

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
FLIGHT = "no internal flight alternative"
STATE_RELOCATES = (
    "the state is the persecutor, which raises a presumption that no part of the country is "
    "safe, but the decision-maker finds a reasonable internal flight alternative, which rebuts it"
)
STATE_NO_RELOCATION = (
    "the state is the persecutor, and the decision-maker finds no reasonable internal flight "
    "alternative"
)
STATE_PRESUMED = (
    "the state is the persecutor: an internal flight alternative is presumed unavailable and no "
    "finding rebuts the presumption"
)
NO_RELOCATION = "no reasonable internal flight alternative exists (a finding of the decision-maker)"
RELOCATION_ACTOR_UNKNOWN = (
    "a reasonable internal flight alternative exists, which defeats the claim only if the "
    "persecutor is not the state, and who the persecutor is is not known"
)
NON_STATE_RELOCATES = (
    "the persecutor is not the state and a reasonable internal flight alternative exists (a "
    "finding of the decision-maker)"
)
RELOCATION_UNKNOWN = "whether a reasonable internal flight alternative exists is not known"
WELL_FOUNDED = "well-founded fear"
LIKELIHOOD_UNKNOWN = "the likelihood of the harm has not been assessed"
PERSECUTION = "amounts to persecution"
SEVERITY_UNKNOWN = "the severity of the harm is not known"
THREAT_WORDS = "the harm is a threat to life or freedom"
SERIOUS_WORDS = "the harm is a serious violation of human rights"
DISCRIMINATION_WORDS = (
    "discrimination that does not reach a serious violation of human rights is not persecution "
    "on its own"
)
MINOR_HARM_WORDS = "the harm is not serious enough to be persecution"
MINOR_PUNISHMENT_WORDS = "the feared punishment is minor: even if unfair, it is not persecution"
DISPROPORTIONATE_WORDS = (
    "the feared punishment is disproportionate, so the prosecution is persecution"
)
DISCRIMINATORY_WORDS = (
    "the prosecution or punishment is discriminatory, so the prosecution is persecution"
)
LAW_CONTRARY_WORDS = (
    "the law punished is itself contrary to human-rights standards, so the prosecution is "
    "persecution"
)
FAIR_PROSECUTION_WORDS = (
    "fair prosecution, under a law consistent with human rights, with proportionate punishment "
    "is not persecution"
)
PROSECUTION_UNKNOWN_WORDS = (
    "whether the punishment is disproportionate or discriminatory, or the law itself contrary to "
    "human rights, is not known"
)
NEXUS = "for reasons of a Convention ground"
REASONS_UNKNOWN = "the persecutor's reasons are not known"
SUR_PLACE = "refugee sur place"
SUR_PLACE_WORDS = (
    "the fear arose after the person left; a refugee sur place is a refugee all the same"
)
SUR_PLACE_PROSECUTION_WORDS = (
    SUR_PLACE_WORDS + "; where the prosecution is for leaving without permission, severe "
    "punishment for it can ground the fear"
)
NO_FEARS_ROW: Row = (
    FEAR_ELEMENT,
    NOT,
    "the claim states no feared harm",
    ONLY_1A2,
    ("fears",),
    NONE,
    NONE,
    None,
    ELEMENT,
)
DATELINE_ROW: Row = (
    "dateline and geographic limitation",
    MET,
    "the Convention definition as amended by the 1967 Protocol (no state given): no dateline or "
    "geographic limitation applies",
    (PROTOCOL_I2, PROTOCOL_I3),
    NONE,
    NONE,
    NONE,
    None,
    NOTE,
)
ART_1D_ELEMENT = "Art 1D: other UN protection or assistance"
ART_1D_FACTS = ("unrwa_assistance",)
ART_1D_MET: Row = (
    ART_1D_ELEMENT,
    MET,
    "the person is at present receiving protection or assistance from a UN agency other than UNHCR",
    (ART_1D, HB_140_163),
    ART_1D_FACTS,
    NONE,
    NONE,
    None,
    EXCEPTION,
)
ART_1D_NOT: Row = (
    ART_1D_ELEMENT,
    NOT,
    "no other UN agency's protection or assistance is received",
    (ART_1D,),
    ART_1D_FACTS,
    NONE,
    NONE,
    None,
    EXCEPTION,
)
ART_1E_ELEMENT = "Art 1E: rights of a national in the country of residence"
ART_1E_FACTS = ("rights_of_national_in",)
ART_1E_NOT: Row = (
    ART_1E_ELEMENT,
    NOT,
    "no country of residence accords the person the rights of a national",
    (ART_1E,),
    ART_1E_FACTS,
    NONE,
    NONE,
    None,
    EXCEPTION,
)
ART_1F_FACTS = ("exclusion",)
ART_1F_NOT: Row = (
    "Art 1F: exclusion",
    NOT,
    "no exclusion clause is found to apply",
    (ART_1F,),
    ART_1F_FACTS,
    NONE,
    NONE,
    EXCLUSION_STANDARD,
    EXCEPTION,
)
ART_1C_NOT: Row = (
    "Art 1C: cessation",
    NOT,
    "no cessation clause is found to apply",
    (ART_1C,),
    ("cessation",),
    NONE,
    NONE,
    None,
    EXCEPTION,
)
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
        facts = ALIENAGE_FACTS
    else:
        refs = (habitual,) if habitual else ()
        stateless = True
        element = "outside the country of former habitual residence"
        facts = STATELESS_ALIENAGE_FACTS
    if stateless and habitual is None:
        alien = UNK
        alien_row: Row = (
            element,
            UNK,
            "the former habitual residence of this stateless person is not known",
            ONLY_1A2,
            facts,
            NO_RESIDENCE_MISSING,
            NONE,
            None,
            ELEMENT,
        )
    elif location is None:
        alien = UNK
        alien_row = (
            element,
            UNK,
            "where the person now is is not known",
            ONLY_1A2,
            facts,
            LOCATION_MISSING,
            NONE,
            None,
            ELEMENT,
        )
    elif location in refs:
        alien = NOT
        alien_row = (
            element,
            NOT,
            f"the person is still in {NAMES[location]}: the Convention protects only those who "
            "have crossed an international frontier",
            STILL_HOME_CITES,
            facts,
            NONE,
            NONE,
            None,
            ELEMENT,
        )
    else:
        alien = MET
        alien_row = (
            element,
            MET,
            f"the person is in {NAMES[location]}, outside {_joined(refs)}",
            ONLY_1A2,
            facts,
            NONE,
            NONE,
            None,
            ELEMENT,
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
            (
                country_path,
                likelihood_path,
                severity_path,
                prosecution_path,
                disproportionate_path,
                discriminatory_path,
                law_path,
                reasons_path,
                actor_path,
                sur_place_path,
            ) = HARM_PATHS[i] if i < N_HARM_PATHS else _harm_paths(i)

            # Feared in a country of reference.
            if stateless and not refs:
                where_v = UNK
                where_row: Row = (
                    where_element,
                    UNK,
                    "the former habitual residence is not known",
                    ONLY_1A2,
                    NONE,
                    NO_RESIDENCE_MISSING,
                    NONE,
                    None,
                    ELEMENT,
                )
            elif h.country in refs:
                where_v = MET
                where_row = (
                    where_element,
                    MET,
                    f"the harm is feared in {NAMES[h.country]}",
                    ONLY_1A2,
                    (country_path,),
                    NONE,
                    NONE,
                    None,
                    ELEMENT,
                )
            else:
                where_v = NOT
                where_row = (
                    where_element,
                    NOT,
                    f"the harm is feared in {NAMES[h.country]}, which is not {_joined(refs)}; "
                    "fears elsewhere bear on non-refoulement, not on refugee status",
                    ONLY_1A2,
                    (country_path,),
                    NONE,
                    NONE,
                    None,
                    ELEMENT,
                )

            # Well-founded: a reasonable possibility (threshold 0.1).
            likelihood = h.likelihood
            if likelihood is None:
                wf_v = UNK
                unknown = (likelihood_path,)  # both relied on and missing
                wf_row: Row = (
                    WELL_FOUNDED,
                    UNK,
                    LIKELIHOOD_UNKNOWN,
                    WELL_FOUNDED_CITES,
                    unknown,
                    unknown,
                    FEAR_ASSUMPTIONS,
                    FEAR_STANDARD,
                    ELEMENT,
                )
            elif likelihood >= 0.1:
                wf_v = MET
                wf_row = (
                    WELL_FOUNDED,
                    MET,
                    f"the assessed likelihood {likelihood:g} reaches the threshold 0.1",
                    WELL_FOUNDED_CITES,
                    (likelihood_path,),
                    NONE,
                    FEAR_ASSUMPTIONS,
                    FEAR_STANDARD,
                    ELEMENT,
                )
            else:
                wf_v = NOT
                wf_row = (
                    WELL_FOUNDED,
                    NOT,
                    f"the assessed likelihood {likelihood:g} is below the threshold 0.1",
                    WELL_FOUNDED_CITES,
                    (likelihood_path,),
                    NONE,
                    FEAR_ASSUMPTIONS,
                    FEAR_STANDARD,
                    ELEMENT,
                )

            # Amounts to persecution.
            severity = h.severity
            missing = NONE
            cites: tuple[Citation, ...] = PROSECUTION_CITES
            pers_facts: tuple[str, ...]
            if h.prosecution:
                disproportionate = h.disproportionate
                discriminatory = h.discriminatory
                law_contrary = h.law_contrary_to_human_rights
                pers_facts = (
                    prosecution_path,
                    disproportionate_path,
                    discriminatory_path,
                    law_path,
                )
                if severity is MINOR:
                    pers_v = NOT
                    words = MINOR_PUNISHMENT_WORDS
                    pers_facts = (*pers_facts, severity_path)
                elif disproportionate:
                    pers_v = MET
                    words = DISPROPORTIONATE_WORDS
                elif discriminatory:
                    pers_v = MET
                    words = DISCRIMINATORY_WORDS
                elif law_contrary:
                    pers_v = MET
                    words = LAW_CONTRARY_WORDS
                    cites = LAW_CONTRARY_CITES
                elif disproportionate is None or discriminatory is None or law_contrary is None:
                    pers_v = UNK
                    words = PROSECUTION_UNKNOWN_WORDS
                    missing = tuple(
                        [
                            path
                            for path, value in (
                                (disproportionate_path, disproportionate),
                                (discriminatory_path, discriminatory),
                                (law_path, law_contrary),
                            )
                            if value is None
                        ]
                    )
                else:
                    pers_v = NOT
                    words = FAIR_PROSECUTION_WORDS
            else:
                pers_facts = (severity_path,)
                cites = PERSECUTION_CITES
                if severity is None:
                    pers_v = UNK
                    words = SEVERITY_UNKNOWN
                    missing = pers_facts
                elif severity is THREAT:
                    pers_v = MET
                    words = THREAT_WORDS
                elif severity is SERIOUS:
                    pers_v = MET
                    words = SERIOUS_WORDS
                elif severity is DISCRIMINATION:
                    pers_v = NOT
                    words = DISCRIMINATION_WORDS
                    cites = DISCRIMINATION_CITES
                else:
                    pers_v = NOT
                    words = MINOR_HARM_WORDS
            pers_row: Row = (
                PERSECUTION,
                pers_v,
                words,
                cites,
                pers_facts,
                missing,
                NONE,
                None,
                ELEMENT,
            )

            # For reasons of a Convention ground (a contributing reason suffices).
            reasons = h.reasons
            if not reasons:
                nexus_v = UNK
                unknown = (reasons_path,)  # both relied on and missing
                nexus_row: Row = (
                    NEXUS,
                    UNK,
                    REASONS_UNKNOWN,
                    NEXUS_CITES,
                    unknown,
                    unknown,
                    NEXUS_ASSUMPTIONS,
                    None,
                    ELEMENT,
                )
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
                        NEXUS,
                        NOT,
                        f"the reasons ({', '.join(motives)}) are not Convention grounds: a person "
                        "who leaves for such reasons alone is not a refugee",
                        NO_GROUND_CITES,
                        (reasons_path,),
                        NONE,
                        NEXUS_ASSUMPTIONS,
                        None,
                        ELEMENT,
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
                        NEXUS,
                        MET,
                        f"the persecutor acts for reasons of {labels}; mixed motives "
                        f"({', '.join(motives)}) do not defeat the nexus"
                        if motives
                        else f"the persecutor acts for reasons of {labels}",
                        NEXUS_CITES,
                        (reasons_path,),
                        NONE,
                        NEXUS_ASSUMPTIONS,
                        None,
                        ELEMENT,
                    )

            # No internal flight alternative (Handbook 91).
            actor = h.actor
            missing = NONE
            role = ELEMENT
            if actor is STATE:
                if relocation:
                    flight_v, words, role = NOT, STATE_RELOCATES, INPUT
                elif relocation is False:
                    flight_v, words = MET, STATE_NO_RELOCATION
                else:
                    flight_v, words = MET, STATE_PRESUMED
            elif relocation is False:
                flight_v, words, role = MET, NO_RELOCATION, INPUT
            elif relocation is None:
                flight_v, words = UNK, RELOCATION_UNKNOWN
                missing = (
                    ("internal_relocation", actor_path) if actor is None else RELOCATION_MISSING
                )
            elif actor is None:
                flight_v, words = UNK, RELOCATION_ACTOR_UNKNOWN
                missing = (actor_path,)
            else:
                flight_v, words, role = NOT, NON_STATE_RELOCATES, INPUT
            flight_row: Row = (
                FLIGHT,
                flight_v,
                words,
                FLIGHT_CITES,
                (actor_path, "internal_relocation"),
                missing,
                NONE,
                None,
                role,
            )

            if NOT in (where_v, wf_v, pers_v, nexus_v, flight_v):
                v = NOT
            elif UNK in (where_v, wf_v, pers_v, nexus_v, flight_v):
                v = UNK
                any_unknown = True
            else:
                v = MET
                any_met = True
            fear_rows += (
                (
                    f"fears[{i}]: {h.description}",
                    v,
                    FEAR_REASONS[v],
                    ONLY_1A2,
                    NONE,
                    NONE,
                    NONE,
                    None,
                    ELEMENT,
                ),
                where_row,
                wf_row,
                pers_row,
                nexus_row,
                flight_row,
            )
            if h.sur_place:
                if h.prosecution:
                    words, cites = SUR_PLACE_PROSECUTION_WORDS, SUR_PLACE_PROSECUTION_CITES
                else:
                    words, cites = SUR_PLACE_WORDS, SUR_PLACE_CITES
                fear_rows.append(
                    (SUR_PLACE, MET, words, cites, (sur_place_path,), NONE, NONE, None, NOTE)
                )
        feared = MET if any_met else (UNK if any_unknown else NOT)
        fear_row = (
            FEAR_ELEMENT,
            feared,
            FEARED_REASONS[feared],
            ONLY_1A2,
            NONE,
            NONE,
            NONE,
            None,
            ELEMENT,
        )

    # Lacks the protection of every country of nationality (or former habitual residence).
    protection = claim.protection
    prot_rows: list[Row] = []  # the children of the protection element
    if stateless:
        element = "unable or unwilling to return to the country of former habitual residence"
    else:
        element = "lacks the protection of every country of nationality"
    if not refs:
        prot = UNK
        prot_row: Row = (
            element,
            UNK,
            "the former habitual residence is not known",
            ONLY_1A2,
            NONE,
            NO_RESIDENCE_MISSING,
            NONE,
            None,
            ELEMENT,
        )
    else:
        any_not = any_unknown = False
        for c in refs:
            name = NAMES[c]
            stated = protection.get(c)
            if stated is AVAILABLE:
                any_not = True
                reason = (
                    f"{name} offers protection that the person could use: a person is not "
                    "lacking protection who, without valid reason based on fear, has not "
                    "availed of it"
                )
                facts: tuple[str, ...] = (PROTECTION_PATHS[c],)
                named = [i for i, h in enumerate(fears) if h.country == c and h.actor is STATE]
                if named:
                    reason += (
                        f"; but {', '.join(f'fears[{i}]' for i in named)} names the state of "
                        f"{name} as the persecutor, and a well-founded fear of the state itself "
                        "is a reason, owing to such fear, to refuse its protection: check this "
                        "finding (refused_for_valid_reason records such a refusal)"
                    )
                    facts += tuple(f"fears[{i}].actor" for i in named)
                prot_rows.append(
                    (
                        f"protection of {name}",
                        NOT,
                        reason,
                        PROTECTION_CITES,
                        facts,
                        NONE,
                        NONE,
                        None,
                        ELEMENT,
                    )
                )
            elif stated is UNAVAILABLE:
                prot_rows.append(
                    (
                        f"protection of {name}",
                        MET,
                        f"{name}'s protection is unavailable",
                        PROTECTION_CITES,
                        (PROTECTION_PATHS[c],),
                        NONE,
                        NONE,
                        None,
                        ELEMENT,
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
                        (PROTECTION_PATHS[c],),
                        NONE,
                        NONE,
                        None,
                        INPUT,
                    )
                )
            else:
                persecutors = [
                    HARM_PATHS[i][8] if i < N_HARM_PATHS else f"fears[{i}].actor"
                    for i, h in enumerate(fears)
                    if h.country == c and h.actor is STATE
                ]
                if persecutors:
                    prot_rows.append(
                        (
                            f"protection of {name}",
                            MET,
                            f"the state of {name} is itself the persecutor, so its protection "
                            "is unavailable",
                            PROTECTION_CITES,
                            tuple(persecutors),
                            NONE,
                            NONE,
                            None,
                            ELEMENT,
                        )
                    )
                else:
                    any_unknown = True
                    prot_rows.append(
                        (
                            f"protection of {name}",
                            UNK,
                            f"whether {name} would protect the person is not known",
                            PROTECTION_CITES,
                            NONE,
                            (PROTECTION_PATHS[c],),
                            NONE,
                            None,
                            ELEMENT,
                        )
                    )
        prot = NOT if any_not else (UNK if any_unknown else MET)
        prot_reason = DUAL_REASONS[prot] if len(refs) > 1 else prot_rows[0][2]
        prot_row = (element, prot, prot_reason, LACKS_CITES, NONE, NONE, NONE, None, ELEMENT)

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
            ART_1E_FACTS,
            NONE,
            NONE,
            None,
            EXCEPTION,
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
            ART_1F_FACTS,
            NONE,
            NONE,
            EXCLUSION_STANDARD,
            EXCEPTION,
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
        (
            "refugee status",
            ROOT_VERDICTS.get(outcome, NOT),
            reason,
            ROOT_CITES,
            NONE,
            NONE,
            NONE,
            None,
            CONCLUSION,
        ),
        ("inclusion (Art 1A(2))", included, inc_reason, ONLY_1A2, NONE, NONE, NONE, None, ELEMENT),
        alien_row,
        fear_row,
        *fear_rows,
        prot_row,
        *prot_rows,
        DATELINE_ROW,
        art_1d,
        art_1e,
        art_1f,
        ART_1C_NOT,
    ]
    return outcome, rows


def library_rows(determination: StatusDetermination) -> tuple[str, list[Row]]:
    """The library's determination in this module's shape, to compare with :func:`decide`: the
    outcome, and every field of every finding but its children, in the tree's pre-order."""
    return determination.outcome.value, [row(f) for _, f in determination.finding.walk()]


def row(f: Finding) -> Row:
    """Every field of a finding but its children (the pre-order of the rows carries the nesting)."""
    return (
        f.element,
        f.verdict.value,
        f.reason,
        f.citations,
        f.facts,
        f.missing,
        f.assumptions,
        f.standard,
        f.role,
    )
