"""The writers' speed devices: a finding tree's text and Markdown, its doctrinal positions, and
its compact and full JSON, written by one function each that looks its subtrees up itself.

The readable writers (:func:`refugeelaw.render.text_block`, :func:`refugeelaw.logic.positions_in`,
:func:`refugeelaw.serialize.finding_json`, ``finding_outline_under_json``) call themselves once per
child, and the speed layer remembered each call's value by the child's identity through a wrapper:
two Python calls per child, most of them answered from the memo. Here each writer is one function
that looks each child up in its memo inline, and calls itself only for a child it has not seen
(a finding made for this claim, or one forgotten); what it writes is what the readable writer
writes, byte for byte (``tests/test_speed.py`` and ``tests/test_writers.py`` hold them to it, on
generated claims and on a generated caseload).

A finding's own lines are remembered as before (by identity, then by the fields they read); the
pieces they are made of (a citation as a lawyer writes it, a finding's details) are written here
without the import and the property the readable version goes through.

Every memo holds the objects its keys name (an identity is never mistaken for a later object's),
is bounded, and is emptied by :func:`refugeelaw._speed.clear`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..facts import records_judgement

__all__ = [
    "blocks",
    "cites",
    "details",
    "finding_json",
    "forget",
    "missing",
    "outlines",
    "positions",
    "sections",
]

_KEPT: list[dict[Any, Any]] = []  # the memos made here that no caller holds (see forget)


def forget() -> None:
    """Empty the memos made here that :func:`refugeelaw._speed.clear` does not hold itself."""
    for memo in _KEPT:
        memo.clear()


_PADS = tuple("  " * depth for depth in range(64))
_BREAKS = tuple("\n" + pad for pad in _PADS)  # a line break, then the next line's indentation


def blocks(
    lines: Callable[[Any], tuple[str, ...]],
    seen: dict[int, tuple[object, Any]],
    limit: int,
    note: Callable[[Any, int], str],
) -> tuple[Callable[[Any, int], str], Callable[[], None]]:
    """A subtree's text at its depth (:func:`refugeelaw.render.text_block`, or
    ``markdown_block`` for Markdown's ``lines``), remembered by the subtree's identity, per depth,
    below the root; ``seen`` is ``lines``' own memo by identity, read inline; a note's subtree is
    ``note``'s (``refugeelaw.render.note_block`` in the format). Gives the writer and the
    function that forgets what it remembered."""
    tables: list[dict[int, tuple[object, str]]] = []

    def forget() -> None:
        for table in tables:
            table.clear()

    def block(f: Any, at: int) -> str:
        if f.role == "note":
            return note(f, at)
        hit = seen.get(id(f))
        own = hit[1] if hit is not None and hit[0] is f else lines(f)
        if at < 64:  # each line's start indented: one join, not a line at a time
            text = _PADS[at] + _BREAKS[at].join(own)
        else:
            text = "  " * at + ("\n" + "  " * at).join(own)
        children = f.children
        if not children:
            return text
        parts = [text]
        below = at + 1
        while len(tables) <= below:
            tables.append({})
        table = tables[below]
        for child in children:
            found = table.get(id(child))
            if found is not None and found[0] is child:
                parts.append(found[1])
                continue
            text = block(child, below)
            if len(table) >= limit:
                table.clear()
            table[id(child)] = (child, text)
            parts.append(text)
        return "\n".join(parts)

    return block, forget


def cites(text: Callable[[Any], str]) -> Callable[[Any], str]:
    """:func:`refugeelaw.render._cites`: a finding's citations as a lawyer writes them, each
    citation's text (``str(citation)``, from records that never change) remembered by identity."""
    known: dict[int, tuple[object, str]] = {}
    _KEPT.append(known)

    def written(f: Any) -> str:
        out = []
        for c in f.citations:
            hit = known.get(id(c))
            if hit is not None and hit[0] is c:
                out.append(hit[1])
                continue
            if len(known) >= 4096:
                known.clear()
            shown = text(c)
            known[id(c)] = (c, shown)
            out.append(shown)
        return "; ".join(out)

    return written


def details(field: Callable[[str], str]) -> Callable[[Any], list[tuple[str, Any]]]:
    """:func:`refugeelaw.render._details`: a finding's standard, judgements, facts and missing
    facts, the judgements found as :attr:`refugeelaw.Finding.judgements` finds them (``field``
    is :func:`refugeelaw.facts.fact_field`, remembered by path)."""

    def written(f: Any) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        if f.standard:
            out.append(("standard", f.standard))
        facts = f.facts
        missing = f.missing
        if facts:
            judged = tuple([p for p in facts if records_judgement(p) and p not in missing])
            if judged:
                out.append(("judgement", judged))
            out.append(("facts", facts))
        if missing:
            out.append(("missing", missing))
        return out

    return written


def positions(
    compute: Callable[[Any], tuple[str, ...]],
    seen: dict[int, tuple[object, Any]],
    parts: dict[Any, tuple[str, ...]],
    learn: Callable[[Any, tuple[str, ...]], tuple[str, ...]],
    limit: int,
) -> Callable[[Any], tuple[str, ...]]:
    """:func:`refugeelaw.logic.positions_in`, remembered by the finding's identity (``seen``),
    then by what it is made of: its own assumptions and its children's positions, in order
    (``parts``, filled by ``learn``); each child looked up inline."""

    def walk(f: Any) -> tuple[str, ...]:
        key: list[Any] = [f.assumptions]
        for child in f.children:
            hit = seen.get(id(child))
            key.append(hit[1] if hit is not None and hit[0] is child else walk(child))
        whole = tuple(key)
        value = parts.get(whole)
        if value is None:
            value = learn(whole, compute(f))
        if len(seen) >= limit:
            seen.clear()
        seen[id(f)] = (f, value)
        return value

    def found(f: Any) -> tuple[str, ...]:
        hit = seen.get(id(f))
        if hit is not None and hit[0] is f:
            return hit[1]  # type: ignore[no-any-return]
        return walk(f)

    return found


def missing(
    unknown: Any,
    seen: dict[int, tuple[object, Any]],
    parts: dict[Any, tuple[str, ...]],
    learn: Callable[[Any, tuple[str, ...]], tuple[str, ...]],
    limit: int,
) -> Callable[[Any], tuple[str, ...]]:
    """:func:`refugeelaw.logic.missing_facts`: the missing facts of the unknown findings, in tree
    order, each once. What an unknown subtree contributes is its own missing facts, then each
    unknown child's contribution in order (once each: the first time counts), so it is remembered
    by the finding's identity (``seen``), then by those parts (``parts``, filled by ``learn``).
    ``unknown`` is ``Verdict.UNKNOWN``."""

    def walk(f: Any) -> tuple[str, ...]:
        key: list[tuple[str, ...]] = [f.missing]
        for child in f.children:
            if child.verdict is unknown:
                hit = seen.get(id(child))
                key.append(hit[1] if hit is not None and hit[0] is child else walk(child))
        whole = tuple(key)
        value = parts.get(whole)
        if value is None:
            value = learn(whole, tuple(dict.fromkeys([p for part in whole for p in part])))
        if len(seen) >= limit:
            seen.clear()
        seen[id(f)] = (f, value)
        return value

    def found(root: Any) -> tuple[str, ...]:
        if root.verdict is not unknown:
            return ()
        hit = seen.get(id(root))
        if hit is not None and hit[0] is root:
            return hit[1]  # type: ignore[no-any-return]
        return walk(root)

    return found


def sections(
    compute: Callable[[Any], tuple[Any, ...]],
    write: Callable[[Any], list[str]],
    limit: int,
) -> tuple[Callable[[Any], tuple[Any, ...]], Callable[[Any], list[str]], Callable[[], None]]:
    """A result's last two sections (``ExplainedResult._positions``, ``compute``), which read
    nothing but the result's ``assumptions()``, ``missing_facts()`` and the heading of the
    latter (``_deciding()``), remembered by those three;
    and :func:`refugeelaw.render._sections` (``write``), each section made here written once
    (by its identity: its items are the tuples those two gave). Gives the two and the function
    that forgets what they remembered."""
    made: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[Any, ...]] = {}
    lines: dict[int, tuple[object, list[str]]] = {}

    def forget() -> None:
        made.clear()
        lines.clear()

    def positions(result: Any) -> tuple[Any, ...]:
        key = (result._deciding(), result.assumptions(), result.missing_facts())
        found = made.get(key)
        if found is None:
            if len(made) >= limit:
                forget()
            found = made[key] = compute(result)
            for section in found:
                lines[id(section)] = (section, write((section,)))
        return found

    def written(given: Any) -> list[str]:
        out: list[str] = []
        for section in given:
            hit = lines.get(id(section))
            out += hit[1] if hit is not None and hit[0] is section else write((section,))
        return out

    return positions, written, forget


def finding_json(
    seen: dict[int, tuple[object, str]],
    limit: int,
    cite: Callable[[Any], str],
    strs: Callable[[tuple[str, ...]], str],
    quote: Callable[[str], str],
) -> Callable[[Any], str]:
    """:func:`refugeelaw.serialize.finding_json`: a finding's JSON, remembered by its identity
    (``seen``, which the caller fills for the finding itself), each child looked up inline. A
    finding's own members, before and after its children, are remembered by the fields they are
    written from (a finding made anew for each claim repeats an earlier claim's); ``cite``,
    ``strs`` and ``quote`` are the readable writer's own pieces (a citation, a list of strings,
    a string)."""
    own: dict[tuple[Any, ...], tuple[tuple[Any, ...], str, str]] = {}
    _KEPT.append(own)

    def write(f: Any) -> str:
        citations = f.citations
        key = (
            f.element,
            f.reason,
            f.verdict,
            f.standard,
            f.role,
            f.assumptions,
            f.facts,
            f.missing,
            *map(id, citations),  # the entry holds the citations: their identities stay theirs
        )
        parts = own.get(key)
        if parts is None:
            standard = "null" if f.standard is None else quote(f.standard)
            head = (
                f'{{"element": {quote(f.element)}, "verdict": "{f.verdict._value_}", '
                f'"reason": {quote(f.reason)}, "citations": [{", ".join(map(cite, citations))}], '
                '"children": ['
            )
            tail = (
                f'], "assumptions": {strs(f.assumptions)}, "facts": {strs(f.facts)}, '
                f'"missing": {strs(f.missing)}, "standard": {standard}, "role": {quote(f.role)}}}'
            )
            if len(own) >= 2048:
                own.clear()
            parts = own[key] = (citations, head, tail)
        children = f.children
        if not children:
            return parts[1] + parts[2]
        texts = []
        for child in children:
            hit = seen.get(id(child))
            if hit is not None and hit[0] is child:
                texts.append(hit[1])
                continue
            text = write(child)
            if len(seen) >= limit:
                seen.clear()
            seen[id(child)] = (child, text)
            texts.append(text)
        return parts[1] + ", ".join(texts) + parts[2]

    def remembered(f: Any) -> str:
        hit = seen.get(id(f))
        if hit is not None and hit[0] is f:
            return hit[1]
        text = write(f)
        if len(seen) >= limit:
            seen.clear()
        seen[id(f)] = (f, text)
        return text

    return remembered


def outlines(
    reasons: bool,
    entries: dict[int, list[Any]],
    limit: int,
    under: Callable[[tuple[Any, ...], tuple[Any, ...]], str],
    key: Callable[[Any], str],
    quote: Callable[[str], str],
) -> tuple[Callable[[Any], str], Callable[[Any, Any], str]]:
    """:func:`refugeelaw.serialize.finding_outline_json` and ``finding_outline_under_json``, with
    or without ``reasons``, as one writer: a finding's compact text under
    its parent is remembered by the finding's identity with the parent's citations, one text for
    a parent of the same verdict and one for a parent of another, and each child is looked up
    inline. ``under`` is ``serialize._citations_under``, ``key`` ``serialize._key_json``."""

    def children_of(f: Any) -> str:
        cites = f.citations
        verdict = f.verdict
        texts = []
        for child in f.children:
            slot = 2 if child.verdict is verdict else 3
            hit = entries.get(id(child))
            if hit is not None and hit[0] is child and (hit[1] is cites or hit[1] == cites):
                text = hit[slot]
                if text is None:
                    text = hit[slot] = write(child, f)
            else:
                if len(entries) >= limit:
                    entries.clear()
                hit = entries[id(child)] = [child, cites, None, None]
                text = hit[slot] = write(child, f)
            texts.append(text)
        return f',"children":[{",".join(texts)}]'

    def write(f: Any, parent: Any) -> str:
        return (
            f'{{"element":{quote(f.element)}'
            + ("" if f.verdict is parent.verdict else f',"verdict":"{f.verdict._value_}"')
            + ("" if f.role == "element" else f',"role":{quote(f.role)}')
            + under(f.citations, parent.citations)
            + (children_of(f) if f.children else "")
            + (f',"reason":{quote(f.reason)}}}' if reasons else "}")
        )

    def root(f: Any) -> str:
        cites = f.citations
        return (
            f'{{"element":{quote(f.element)},"verdict":"{f.verdict._value_}"'
            + ("" if f.role == "element" else f',"role":{quote(f.role)}')
            + (f',"citations":[{",".join([key(c) for c in cites])}]' if cites else "")
            + (children_of(f) if f.children else "")
            + (f',"reason":{quote(f.reason)}}}' if reasons else "}")
        )

    def remembered(f: Any, parent: Any) -> str:
        cites = parent.citations
        slot = 2 if f.verdict is parent.verdict else 3
        hit = entries.get(id(f))
        if hit is not None and hit[0] is f and (hit[1] is cites or hit[1] == cites):
            text: str | None = hit[slot]
            if text is not None:
                return text
        else:
            if len(entries) >= limit:
                entries.clear()
            hit = entries[id(f)] = [f, cites, None, None]
        text = hit[slot] = write(f, parent)
        return text

    return root, remembered
