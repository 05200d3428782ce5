"""Repair UTF-8 text that was decoded a second time as Windows-1252 or Latin-1.

A page stored through a mis-configured pipeline carries its non-ASCII
characters twice encoded: ``it’s`` arrives as ``itâ€™s`` (or as ``itâ`` plus two
invisible control characters), ``café`` as ``cafÃ©``.  Each such character is
a run of two to four characters that are exactly the Windows-1252 (or Latin-1)
images of one UTF-8 byte sequence, so the repair maps the run back to bytes and
decodes them strictly; a run that is not valid UTF-8 stays as it is.

Real text almost never holds such runs, but one can (``CAFÉ`` and a no-break
space make the two-character run of ``ɠ``), so a page is repaired only when it
shows the signature of double encoding at least twice: the three-character
images of the general-punctuation block (curly quotes, dashes, ellipsis:
``â€™``, ``â€”``…) or the two-character images of accented Latin letters
(``Ã©``, ``Ã¨``…) and of the no-break space (``Â`` before one).
"""

from __future__ import annotations

import regex

__all__ = ["repair_mojibake"]

# The character each byte 0x80-0xBF shows as: Latin-1 gives the byte's own code
# point (C1 controls for 0x80-0x9F); Windows-1252 gives printable characters for
# most of 0x80-0x9F.  Both images map back to the byte.
_BYTE_OF: dict[str, int] = {chr(b): b for b in range(0x80, 0xC0)}
for _b in range(0x80, 0xA0):
    try:
        _BYTE_OF[bytes([_b]).decode("cp1252")] = _b
    except UnicodeDecodeError:
        continue

_CONT = "[" + regex.escape("".join(_BYTE_OF)) + "]"
# One UTF-8 sequence: a lead byte's image and exactly as many continuation images
# as the lead asks for (C2-DF: one, E0-EF: two, F0-F4: three).
_RUN = regex.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)
# The signature of a twice-encoded page (see the module docstring).
_SIGNATURE = regex.compile(
    "\u00e2[\u20ac\u0080]" + _CONT + "|\u00c3" + _CONT + "|\u00c2[\u00a0-\u00bf]"
)
_MIN_SIGNATURES = 2


def _decode_run(m: regex.Match[str]) -> str:
    run = m.group()
    try:
        return bytes(_BYTE_OF.get(c, ord(c)) for c in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run


def repair_mojibake(text: str) -> str:
    """``text`` with twice-encoded UTF-8 decoded once more, when the page shows it.

    Text without at least two signatures of double encoding comes back as it is
    (the same object).
    """
    # Counting substrings is far faster than a search; most pages stop here.
    quick = text.count("\u00e2\u20ac") + text.count("\u00e2\u0080")
    if quick < _MIN_SIGNATURES:
        if "\u00c3" not in text and "\u00c2" not in text:
            return text
        found = _SIGNATURE.finditer(text)
        if sum(1 for _, _m in zip(range(_MIN_SIGNATURES), found, strict=False)) < _MIN_SIGNATURES:
            return text
    return _RUN.sub(_decode_run, text)
