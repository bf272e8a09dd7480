"""Convention against Torture art. 3: no return to a danger of torture.

    "1. No State Party shall expel, return ("refouler") or extradite a person to another State
    where there are substantial grounds for believing that he would be in danger of being subjected
    to torture. 2. For the purpose of determining whether there are such grounds, the competent
    authorities shall take into account all relevant considerations [...]."

The bar is absolute: art. 2(2), "No exceptional circumstances whatsoever [...] may be invoked as a
justification of torture", and art. 3 has no exception like the Refugee Convention's art. 33(2).

Whether art. 3 reaches torture by non-State actors that the State of destination does not protect
against, without a public official's instigation, consent or acquiescence, is the contested
position ``Doctrine.cat_non_state_actors``, weighed in a return on or after the day the Committee
against Torture adopted its General Comment No. 4 (:data:`GENERAL_COMMENT_4_DAY`); before it, art.
3 is read as the Committee then read it, reaching only the torture art. 1 defines
(:func:`public_official`). That date is a device for reading the treaty as its Committee read it
at the time. Customary non-refoulement's torture limb, which weighs the risk as art. 3 does, takes
the position on every date (``dated`` ``False``): custom is "a general practice accepted as law"
(ICJ Statute art. 38(1)(b)), and a treaty body's general comment does not date a change in it.

"Substantial grounds for believing" is weighed on ``Doctrine.torture_threshold``, as every bar
on a real risk of torture or ill-treatment is, unless the doctrine sets the article a standard of
its own (``Doctrine.cat_threshold``: 0.5 reproduces the United States' understanding, "more
likely than not"): that standard is the article's alone (:func:`cat_standard`), and neither ICCPR
arts 6 and 7, nor the ECHR's bars, nor customary non-refoulement's torture limb take it.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..countries import country_name
from ..doctrine import Doctrine
from ..facts import BELOW_TORTURE, Actor, Claim, Harm, Protection
from ..logic import Finding, Verdict, reads
from ..sources import Citation
from .iccpr import not_prevented
from .persecution import LAWFUL_SANCTIONS_READING
from .removal import Qualifier, ReturnCase, each_fear, exposure, severe_harm, torture_kind

__all__ = [
    "GENERAL_COMMENT_4_DAY",
    "cat_bar",
    "cat_standard",
    "danger_of_torture",
    "public_official",
    "torture_risk",
]

CAT_3 = Citation("cat-1984", "3(1)")
#: Torture as art. 3 uses the word: art. 1(1)'s definition, whose public official decides a
#: private harm.
TORTURE_DEFINED = Citation("cat-1984", "1(1)")


#: The day the Committee against Torture adopted its General Comment No. 4 on art. 3 (CAT/C/GC/4,
#: its 1614th meeting, sixty-second session, replacing General Comment No. 1 of 1997): from it,
#: whether art. 3 reaches torture by non-State actors the State of destination does not protect
#: against is the contested position ``Doctrine.cat_non_state_actors``. Before it the Committee
#: read art. 3 to reach only the torture art. 1 defines, save a faction exercising
#: quasi-governmental authority where no central government existed (*Elmi v Australia*, 1999),
#: and a return then is read so: a later general comment is not read to change what a State owed
#: under the Committee's reading at the time.
GENERAL_COMMENT_4_DAY = dt.date(2017, 12, 6)
#: General Comment No. 4 as a whole, cited for the non-State actor reading: the paragraph stating
#: it was not seen (its number, recalled as 30, neither), so no pinpoint is cited; the record holds
#: that paragraph only as a paraphrase marked unverified.
NON_STATE_ACTORS = Citation("cat-general-comment-4")

#: The open position, where a finding waits on it.
CONTESTED = "doctrine.cat_non_state_actors"

#: Why art. 3 does not reach private torture in a return before :data:`GENERAL_COMMENT_4_DAY`,
#: where on the later reading it would or might (appended to the finding's reason).
BEFORE_GENERAL_COMMENT_4 = (
    "; art. 3 is read as the Committee against Torture read it before its General Comment No. 4 "
    "(6 December 2017), which has States weigh torture by non-State actors too"
)


def official_involvement(harm: Harm, path: str) -> Qualifier:
    """CAT art. 1: torture is pain or suffering "inflicted by or at the instigation of or with the
    consent or acquiescence of a public official or other person acting in an official capacity".
    A state actor implies it."""
    facts = (f"{path}.actor", f"{path}.official_involvement")
    if harm.actor is Actor.STATE or harm.official_involvement:
        return Qualifier(Verdict.MET, "", facts, ())
    if harm.official_involvement is False and harm.actor is None:
        # A state actor implies official involvement whatever this finding says: who would
        # inflict the harm decides.
        return Qualifier(Verdict.UNKNOWN, "", facts, (f"{path}.actor",))
    if harm.official_involvement is False:
        return Qualifier(
            Verdict.NOT_MET,
            "private violence without the instigation, consent or acquiescence of a public "
            "official is not torture within CAT art. 1, so CAT art. 3 does not reach it",
            facts,
            (),
        )
    return Qualifier(Verdict.UNKNOWN, "", facts, (f"{path}.official_involvement",))


def public_official(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None = None,
    on: dt.date | None = None,
    dated: bool = True,
) -> Qualifier:
    """Who would inflict the torture, as art. 3 reaches it in a return on ``on``: a public
    official, or with one's instigation, consent or acquiescence (:func:`official_involvement`);
    and, on or after :data:`GENERAL_COMMENT_4_DAY`, as ``doctrine.cat_non_state_actors`` takes
    it, a non-State actor against whom the State of destination does not protect (``protection``:
    what that country offers; :func:`~refugeelaw.law.iccpr.not_prevented`, as ICCPR art. 7 weighs
    the State's protection against private harm). No internal flight alternative is weighed, on
    either reading, as the library weighs none under CAT art. 3 (``Claim.internal_relocation``).
    The position is named, and General Comment
    No. 4 cited, only where it decides: where no official is shown involved and the private
    harm holds or may. ``None`` (contested): a risk only the broad reading finds is not known.
    Before that day, or with no date, art. 3 is read as the Committee then read it. ``dated``
    ``False``: the position is weighed whatever the date, as customary non-refoulement's torture
    limb weighs it (the day of a treaty body's comment dates the Committee's reading of the
    treaty, not a change in custom)."""
    official = official_involvement(harm, path)
    if official.verdict is Verdict.MET:
        return official
    private = not_prevented(
        attrs.evolve(harm, actor=Actor.NON_STATE), path, protection, "CAT art. 3", on=on
    )
    if private.verdict is Verdict.NOT_MET:
        # The State there protects: art. 3 does not reach the harm on either reading.
        if official.verdict is Verdict.NOT_MET and _weighed(on, dated):
            return official._replace(
                why_not=f"{official.why_not}; nor on General Comment No. 4's reading: "
                f"{private.why_not}",
                reads=tuple(dict.fromkeys((*official.reads, *private.reads))),
            )
        return official
    if not _weighed(on, dated):
        if official.verdict is Verdict.NOT_MET and on is not None:
            return official._replace(why_not=official.why_not + BEFORE_GENERAL_COMMENT_4)
        return official
    position = doctrine.cat_non_state_actors
    named = (doctrine.position("cat_non_state_actors"),)
    weighed = Verdict.of(position)
    verdict = official.verdict | (weighed & private.verdict)
    reads_ = tuple(dict.fromkeys((*official.reads, *private.reads)))
    if position is False:
        return Qualifier(
            verdict,
            "on the doctrine's reading, CAT art. 3 reaches only torture as art. 1 defines it: "
            + official.why_not,
            reads_,
            official.needs,
            named,
        )
    needs: tuple[str, ...] = ()
    if verdict is Verdict.UNKNOWN:
        needs = tuple(
            dict.fromkeys(
                (
                    *(official.needs if official.verdict is Verdict.UNKNOWN else ()),
                    *(() if position else (CONTESTED,)),
                    *(private.needs if private.verdict is Verdict.UNKNOWN else ()),
                )
            )
        )
    return Qualifier(
        verdict,
        "",
        reads_,
        needs,
        (*named, *private.assumptions),
        (NON_STATE_ACTORS, *private.citations),
    )


def cat_standard(doctrine: Doctrine, treaty: bool = True) -> str:
    """The Doctrine field whose likelihood makes "substantial grounds for believing" under CAT
    art. 3 (``treaty``): ``cat_threshold``, where the doctrine sets the article a standard of its
    own (the United States' understanding, "more likely than not"), else ``torture_threshold``.
    Customary non-refoulement's torture limb (``treaty`` ``False``) keeps ``torture_threshold``:
    a State's understanding to the treaty qualifies its treaty duty, not the customary rule, nor
    any other treaty's bar (ICCPR arts 6 and 7, the ECHR's)."""
    if treaty and doctrine.cat_threshold is not None:
        return "cat_threshold"
    return "torture_threshold"


def _weighed(on: dt.date | None, dated: bool) -> bool:
    """Whether the position on torture by non-State actors is weighed in a return on ``on``: from
    :data:`GENERAL_COMMENT_4_DAY` (``dated``, CAT art. 3), or on every date (custom)."""
    return not dated or (on is not None and on >= GENERAL_COMMENT_4_DAY)


#: Appended to the finding's reason where the position is open in a return before
#: :data:`GENERAL_COMMENT_4_DAY` that only customary law's torture limb weighs it in.
CUSTOM_ON_EVERY_DATE = (
    "; customary non-refoulement's torture limb, weighed as CAT art. 3 weighs it, takes the "
    "position on every date: a treaty body's comment does not date a change in custom"
)


@reads(
    "harm.torture",
    "harm.severity",
    "harm.actor",
    "harm.official_involvement",
    "harm.likelihood",
    "harm.prosecution",
    "harm.reasons",
    "harm.disproportionate",
    "harm.protection_withheld_for",
    "harm.country",
    "path",
    "doctrine.torture_threshold",
    "doctrine.cat_threshold",
    "doctrine.cat_non_state_actors",
    "protection",
    "on",
    "dated",
)
def danger_of_torture(
    harm: Harm,
    path: str,
    doctrine: Doctrine,
    protection: Protection | None = None,
    on: dt.date | None = None,
    dated: bool = True,
) -> Finding:
    """Substantial grounds for believing the person would be in danger of torture within CAT
    art. 1: by or with the involvement of a public official, or, in a return on ``on`` as
    ``Doctrine.cat_non_state_actors`` reads art. 3, by a non-State actor against whom the State
    there does not protect (:func:`public_official`). Torture is "severe pain or
    suffering": a harm judged minor, or discrimination only, is not torture, though whether it
    is has not been asked; nor is a punishment judged not excessive, art. 1(1) leaving out pain
    or suffering "arising only from, inherent in or incidental to lawful sanctions" (``Harm``
    refuses each pair as a contradiction); a punishment found to be torture is found so on the
    reading of "lawful sanctions" ``law.persecution.LAWFUL_SANCTIONS_READING`` names, listed
    where it decides. ``dated`` ``False``: the position weighed on every
    date, as customary non-refoulement's torture limb weighs it."""
    kind, reads_too = torture_kind(harm, path)
    found = severe_harm(
        harm,
        path,
        doctrine,
        kind,
        "torture",
        (CAT_3, TORTURE_DEFINED),
        "substantial grounds for believing in a danger of torture",
        public_official(harm, path, doctrine, protection, on, dated),
        reads=reads_too,
        standard_of=cat_standard(doctrine, dated),
    )
    if reads_too and found.verdict is Verdict.NOT_MET:
        if harm.severity in BELOW_TORTURE:
            judged = harm.severity.value.replace("_", " ") if harm.severity else ""
            reason = (
                f"the harm is judged {judged}, not the severe pain or suffering that torture is"
            )
        else:
            reason = (
                "the punishment is judged not excessive (neither out of proportion to the "
                "offence nor of a kind no offence justifies): pain or suffering arising only "
                "from, inherent in or incidental to lawful sanctions is not torture"
            )
        return attrs.evolve(found, reason=reason)
    if harm.is_prosecution and harm.torture is True and found.verdict is not Verdict.NOT_MET:
        # A punishment found to be torture is found so on a reading of art. 1(1)'s "lawful
        # sanctions" (the torture question put for a prosecution states it).
        found = attrs.evolve(
            found,
            assumptions=tuple(dict.fromkeys((*found.assumptions, LAWFUL_SANCTIONS_READING))),
        )
    if found.verdict is Verdict.UNKNOWN and CONTESTED in found.missing:
        return attrs.evolve(
            found,
            reason=f"{found.reason}: whether CAT art. 3 reaches torture by non-State actors "
            f"against whom {country_name(harm.country, on)} does not protect, with no public official "
            "involved, is contested (the Committee against Torture's General Comment No. 4, 2017, "
            "reads it to; art. 1's definition, as the Committee read it before, does not)"
            + (CUSTOM_ON_EVERY_DATE if _weighed(on, dated) and not _weighed(on, True) else ""),
        )
    return found


@reads(
    "claim.fears[].country",
    "claim.fears[].torture",
    "claim.fears[].severity",
    "claim.fears[].actor",
    "claim.fears[].official_involvement",
    "claim.fears[].likelihood",
    "claim.fears[].prosecution",
    "claim.fears[].reasons",
    "claim.fears[].disproportionate",
    "claim.fears[].protection_withheld_for",
    "claim.likelihood_of_any",
    "claim.protection",
    "claim.onward_removal[to]",
    "to",
    "doctrine.torture_threshold",
    "doctrine.cat_threshold",
    "doctrine.taiwan_outside_china",
    "doctrine.cat_non_state_actors",
    "on",
    "dated",
)
def torture_risk(
    claim: Claim, to: str, doctrine: Doctrine, on: dt.date | None = None, dated: bool = True
) -> Finding:
    """The risk CAT art. 3 covers, on return to ``to`` or onward from it (on ``on``, where a
    territory's state may be the destination's: :func:`~refugeelaw.law.removal.exposure`; and
    whether a non-State actor's torture is weighed, :func:`public_official`, from General Comment
    No. 4's day or, ``dated`` ``False``, for customary non-refoulement's torture limb, on every
    date). The danger is of torture in any of the forms feared: harms feared in one State that
    fail alone only on their likelihood are taken together (``law.together``; the fear review's
    F1)."""
    tested = each_fear(
        claim,
        lambda harm, path: danger_of_torture(
            harm,
            path,
            doctrine,
            claim.protection.get(harm.country),
            on,
            dated,
        ),
        getattr(doctrine, cat_standard(doctrine, dated)),
        on,
        doctrine,
        "torture",
        CAT_3,
        to,
    )
    onward = claim.onward_removal.get(to)
    return exposure(to, "torture", tested, onward, CAT_3, on, doctrine=doctrine)


def cat_bar(case: ReturnCase, binds: Finding, reach: Finding) -> tuple[Finding, ...]:
    """CAT art. 3: bound, within reach, in danger of torture (whatever the person's status)."""
    return (binds, reach, case.risk("torture"))
