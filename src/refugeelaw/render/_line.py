"""Text the facts put in a line, kept to that line: the one rule every format uses for it (text
and Markdown directly; DOT and Mermaid inside their labels)."""

from __future__ import annotations

__all__ = ["one_line"]

# Every control character but the tab (line breaks, escapes that would drive a terminal), the
# line and paragraph separators str.splitlines() breaks at, and the bidirectional formatting
# characters (which would reorder what follows on the line: a verdict, a citation), and lone
# surrogates (which JSON input may carry, and no UTF-8 output can write), written as escapes
# ("\\n", "\\u202e", "\\ud800").
_CONTROLS = {
    c: repr(chr(c))[1:-1]
    for c in (
        *range(0x20),
        0x7F,
        *range(0x80, 0xA0),
        0x2028,
        0x2029,
        0x061C,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
    )
    if c != 0x09
}


def one_line(text: str) -> str:
    """``text`` on one line, whatever the facts put in it (a harm's description may hold a line
    break, or an escape sequence that would drive the reader's terminal): each control character
    but the tab written as its escape.

    >>> print(one_line("detention\\nand torture"))
    detention\\nand torture
    """
    return text if text.isprintable() else text.translate(_CONTROLS)
