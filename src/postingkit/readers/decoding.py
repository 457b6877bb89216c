"""Bytes -> str for text notices: UTF-8 (with or without BOM), UTF-16 with BOM, legacy code pages."""
from __future__ import annotations

import codecs

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..errors import UnsupportedFormatError


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode a stray byte inside otherwise-UTF-8 text as cp1252: mixed files are common in scrapes."""
    bad = error.object[error.start:error.start + 1]
    return bad.decode("cp1252", errors="replace"), error.start + 1


codecs.register_error("postingkit-cp1252", _cp1252_fallback)


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text notice.

    >>> decode_text("Zürich".encode("utf-8"))
    'Zürich'
    >>> decode_text(codecs.BOM_UTF8 + b"Deadline")
    'Deadline'
    >>> decode_text("Beograd, Niš".encode("utf-16"))
    'Beograd, Niš'
    >>> decode_text("café, Zürich ".encode("utf-8") + "naïve".encode("cp1252"))
    'café, Zürich naïve'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="postingkit-cp1252")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    bomless_utf16 = _utf16_without_bom(data[:_SAMPLE_BYTES])
    if bomless_utf16:
        return data.decode(bomless_utf16, errors="replace")
    _refuse_binary_bytes(data[:_SAMPLE_BYTES])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    _refuse_binary(text)
    return _without_mojibake(text.replace("\x00", ""))


# UTF-8 once read as cp1252 or Latin-1 and saved again, as scraped datasets keep it: "weâ€™re", "cafÃ©",
# "Â " for a no-break space. The pattern only picks the texts worth handing to ftfy.
_MOJIBAKE = rx.compile(r"â€[™œ\x9d˜“”¦¢“\x93\x94\x99]|Ã[©¨§¼¶±³¤¡¢¯®ª«´¹¸]|Â[\xa0 ]")


def _without_mojibake(text: str) -> str:
    """
    >>> _without_mojibake("now weâ€™re looking for a cafÃ© lead"), _without_mojibake("Zürich – “quoted”")
    ('now we’re looking for a café lead', 'Zürich – “quoted”')
    """
    if not _MOJIBAKE.search(text):
        return text
    from ftfy import fix_encoding  # imported here: only texts with mojibake pay for it

    return fix_encoding(text)


def _decode_legacy(data: bytes) -> str:
    # Text that holds valid multi-byte UTF-8 sequences is UTF-8 with a few broken bytes, not a code page.
    lenient = data[:_SAMPLE_BYTES].decode("utf-8", errors="replace")
    if any(ord(c) > 0x7F and c != "\ufffd" for c in lenient):
        return data.decode("utf-8", errors="postingkit-cp1252")
    from charset_normalizer import from_bytes  # imported here: only legacy files pay for detection

    best = from_bytes(data, cp_isolation=["cp1252", "cp1250", "cp1251", "latin_1", "iso8859_2"]).best()
    if best is None or best.encoding in ("cp1252", "cp1250", "latin_1", "iso8859_2"):
        # On short notices the detector often ties Western and Central European code pages.
        return data.decode(_western_or_central(data), errors="replace")
    return str(best)


# How telling each letter is of its code page, where cp1250 and cp1252 read a byte differently.
_CENTRAL_LETTERS = {**dict.fromkeys("čćđČĆĐ", 2.0), **dict.fromkeys("łŁąĄęĘśŚżŻźŹńŃřŘěĚůŮ", 1.5),
                    **dict.fromkeys("ďĎťŤňŇľĽĺĹŕŔőŐűŰăĂţŢşŞ", 0.5)}
# (and the pound sign, which cp1250 reads as "Ł": "Salary: £32,000" in a UK notice saved by Windows Notepad)
_WESTERN_LETTERS = {**dict.fromkeys("èÈàÀçÇêÊôÔâÂîÎûÛñÑ£", 1.5), **dict.fromkeys("ïÏëÿìÌòÒùÙãÃõÕåÅøØæÆœŒ", 1.0),
                    **dict.fromkeys("ðÐþÞ", 0.2)}


def _western_or_central(data: bytes) -> str:
    """cp1250 (Balkan and Central European) or cp1252 (Western), by which reading gives likelier letters.

    >>> _western_or_central("Čačak, Đakovica".encode("cp1250")), _western_or_central("naïve, à la".encode("cp1252"))
    ('cp1250', 'cp1252')
    >>> _western_or_central("Salary: £32,000 - £35,000 per year".encode("cp1252"))
    'cp1252'
    """
    central = data.decode("cp1250", errors="replace")
    western = data.decode("cp1252", errors="replace")
    votes = 0.0
    for c, w in zip(central, western):
        if c != w:
            votes += _CENTRAL_LETTERS.get(c, 0.0) - _WESTERN_LETTERS.get(w, 0.0)
    return "cp1250" if votes > 0 else "cp1252"


_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_CONTROL_BYTES = rx.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_SAMPLE_BYTES = 65536


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: NUL in every other byte.

    >>> _utf16_without_bom("Deadline: 3 May".encode("utf-16-le")), _utf16_without_bom(b"Deadline")
    ('utf-16-le', None)
    """
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _refuse_binary_bytes(sample: bytes) -> None:
    """Random or binary data fails fast here, before any slow decoding of megabytes."""
    if sample and len(_CONTROL_BYTES.findall(sample)) / len(sample) > 0.1:
        raise UnsupportedFormatError("binary data, not text (unsupported format)")


def _refuse_binary(text: str) -> None:
    sample = text[:4096]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls / len(sample) > 0.1:
        raise UnsupportedFormatError("binary data, not text (unsupported format)")
