"""Bytes at the door → text: the encodings a news file comes in, and what no text may hold.

- UTF-8 (with or without a byte-order mark); UTF-16 and UTF-32 when a byte-order mark says so;
- line ends: CRLF and lone CR become LF without changing any offset (``"\\r\\n"`` → ``" \\n"``), so the
  character offsets of the evidence point into the file as read;
- lone surrogates and control characters (but tab, line feed and form feed) become a replacement character or a
  space, one for one (offsets again unchanged), and :func:`sanitise` says how many it replaced;
- empty, binary (NUL bytes, many control characters) and undecodable input is an error from the catalogue.

>>> decode("Talks\\r\\n\\r\\nThe two sides met.".encode("utf-16"), "a.txt")
'Talks \\n \\nThe two sides met.'
>>> sanitise("a\\x1b[31mb\\ud800c")
('a [31mb\\ufffdc', 2)
"""

from __future__ import annotations

import codecs
import re

from ..errors import GraphkitError

__all__ = ["MAX_BYTES", "MAX_HTML_BYTES", "decode", "newlines", "sanitise"]

#: the largest article graphkit reads (a larger file is an error line, not a parse of hours)
MAX_BYTES = 50_000_000
#: the largest HTML page (main-text extraction grows faster than the page)
MAX_HTML_BYTES = 5_000_000

#: byte-order marks, the longest first (a UTF-32 LE mark begins with the UTF-16 LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: C0 and C1 control characters but tab, line feed, carriage return and form feed; DEL
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_BINARY_CONTROLS = 8  # more control characters than this in the first 4 KiB: a binary file


def decode(data: bytes, path: object) -> str:
    """The text of a file's bytes, line ends made LF with its offsets kept; E002 empty, E003 binary, E004 bad
    UTF-8, E012 over :data:`MAX_BYTES`."""
    if len(data) > MAX_BYTES:
        raise GraphkitError("E012", path=path, size=len(data), limit=MAX_BYTES)
    encoding, bom = next(((enc, bom) for bom, enc in _BOMS if data.startswith(bom)), ("utf-8", b""))
    body = data[len(bom) :]
    if encoding == "utf-8" and b"\x00" in body[:8192]:
        raise GraphkitError("E003", path=path)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as e:
        raise GraphkitError("E004", path=path, pos=len(bom) + e.start, encoding=encoding.upper()) from e
    if not text.strip():
        raise GraphkitError("E002", path=path)
    if len(_CONTROLS.findall(text[:4096])) > _BINARY_CONTROLS:
        raise GraphkitError("E003", path=path)
    return newlines(text)


def newlines(text: str) -> str:
    """CRLF → space + LF, and a lone CR → LF: one character for one, so offsets stay those of the input."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def sanitise(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate made U+FFFD and each control character (but tab, LF, CR, FF) a space,
    and how many were replaced (one for one: offsets do not move)."""
    text, surrogates = _SURROGATES.subn("\ufffd", text)
    text, controls = _CONTROLS.subn(" ", text)
    return text, surrogates + controls
