"""Decoding: every common encoding of French text comes back as the same clean Unicode."""

import pytest

from ingest.decode import DecodeError, decode, is_binary, sniff_encoding

TEXT = "Sergueï Lavrov a « renouvelé » l’aide à Bamako — coût : 5 000 €. Ça déçoit ?"
# The stored text keeps « » and ’ but has plain spaces where typography put no-break ones.
EXPECTED = TEXT


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_each_encoding_decodes_to_the_same_text(encoding):
    assert decode(TEXT.encode(encoding)) == EXPECTED


def test_latin1_text_without_cp1252_characters():
    text = "Le ministre des Affaires étrangères a déclaré à la presse que la coopération était très importante."
    assert decode(text.encode("latin-1")) == text


def test_mojibake_is_repaired():
    mojibake = TEXT.encode("utf-8").decode("cp1252").encode("utf-8")
    assert decode(mojibake) == EXPECTED


def test_spaces_and_invisible_characters_are_normalised():
    raw = "«\u00a0Non\u202f!\u00a0» dit-il\u200b. Re\u0301sume\u0301\u00ad.\r\nFin\u2009."
    assert decode(raw.encode("utf-8")) == "« Non ! » dit-il. Résumé.\nFin ."


def test_binary_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert is_binary(png)
    with pytest.raises(DecodeError, match="binary"):
        decode(png)


def test_utf16_without_bom_is_detected():
    assert sniff_encoding(TEXT.encode("utf-16-le")) == "utf-16-le"
