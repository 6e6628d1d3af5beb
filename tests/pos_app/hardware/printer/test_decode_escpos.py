"""Decoding ESC/POS bytes back to text: the commands it knows, hex for the rest, no crash on any input."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.hardware.printer.escpos_decode import decode, to_text
from pos_app.hardware.printer.escpos_render import printable, render_escpos

from .test_render_escpos import receipts, sample


def test_styles_are_hidden_unless_asked_for():
    data = b"\x1b@\x1bE\x01\x1ba\x01\x1d!\x11Hi\n\x1bE\x00\x1ba\x02\x1d!\x00right\n"
    assert to_text(data) == "Hi\nright\n"
    assert to_text(data, commands=True) == ("[INIT][BOLD on][ALIGN centre][SIZE 2x2]Hi\n"
                                            "[BOLD off][ALIGN right][SIZE 1x1]right\n")


def test_feed_cut_drawer_and_status():
    data = b"a\x1bd\x03b\x1dV\x00\x1dV\x01\x1dVA\x05\x1bp\x01\x19\xfa\x10\x04\x01\x10\x14\x01\x00\x02"
    assert to_text(data) == ("a\n\n\nb\n[CUT full]\n[CUT partial]\n[CUT full after feed 5]\n"
                             "[DRAWER pin 5, 50 ms on, 500 ms off]\n[STATUS printer]\n[DRAWER pin 2 now, 200 ms]\n")


def test_chinese_mode_decodes_gb18030_and_leaving_it_returns_to_the_code_page():
    data = (b"\x1c&" + "半份 牛腩 ￥44.00 ×".encode("gb18030") + b"\n" + "𠀀".encode("gb18030")
            + b"\x1c.\x1bt\x00\x9d1.00\n")
    assert to_text(data) == "半份 牛腩 ￥44.00 ×\n𠀀¥1.00\n"   # 𠀀 is a four-byte GB18030 code


def test_code_pages():
    assert to_text(b"\x1bt\x10\x80 \x81\n") == "€ <81>\n"            # cp1252: 0x81 is a hole
    assert to_text(b"\x1bt\x63\x9d") == "<9d>"                       # page 99: unknown, bytes as hex
    assert to_text(b"\x1bt\x63\x1b@\x9d") == "¥"                     # ESC @ restores PC437
    assert "[CODE PAGE 17 cp866]" in to_text(b"\x1bt\x11", commands=True)


def test_bytes_outside_chinese_mode_are_not_read_as_chinese():
    gb = "西".encode("gb18030")
    assert to_text(gb) == gb.decode("cp437")
    assert to_text(b"\x1c&\x81\n\xff") == "<81>\n<ff>"                # a lead byte without its trail byte


def test_native_qr_shows_its_data():
    store = b"\x1d(k\x0c\x001P0FTSALE:42"   # pL = 9 data bytes + cn fn m
    data = (b"\x1d(k\x04\x001A2\x00\x1d(k\x03\x001C\x06\x1d(k\x03\x001E1" + store + b"\x1d(k\x03\x001Q0")
    assert to_text(data) == "[QR: FTSALE:42]\n"
    assert to_text(data, commands=True) == ("[QR model 2][QR module 6 dots][QR error level M][QR store 9 bytes]"
                                            "\n[QR: FTSALE:42]\n")
    assert to_text(b"\x1d(k\x03\x001Q0") == "[QR: (nothing stored)]\n"


def test_barcodes():
    assert to_text(b"\x1dk\x02400638133393\x00") == "[BARCODE EAN13: 400638133393]\n"
    assert to_text(b"\x1dkI\x05{BABC") == "[BARCODE CODE128: {BABC]\n"
    assert to_text(b"\x1dh\x50\x1dw\x02\x1dH\x02") == ""


def test_images_are_skipped_as_one_command():
    raster = b"\x1dv0\x00\x02\x00\x03\x00" + b"\xff" * 6
    assert to_text(raster + b"ok") == "[IMAGE 16x3 dots]\nok"
    assert to_text(b"\x1b*\x00\x03\x00\x1b\x1b\x1bok") == "[BIT IMAGE 3 columns]\nok"


def test_unknown_and_truncated_commands_are_hex():
    assert to_text(b"\x1b\x99ok") == "<1b 99>ok"
    assert to_text(b"ok\x1b") == "ok<1b>"
    assert to_text(b"\x1bp\x00") == "<1b 70 00>"
    assert to_text(b"\x1d(k\xff\xff1P0abc") == "<1d 28 6b ff ff 31 50 30 61 62 63>"
    assert to_text(b"\x07\x00") == "<07><00>"


def test_tokens_keep_every_byte():
    data = render_escpos(sample(), width_mm=58) + b"\x1b\x99\x00"
    tokens = decode(data)
    assert b"".join(token.raw for token in tokens) == data
    assert {token.kind for token in tokens} == {"text", "command", "unknown"}


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_decode_without_error_and_account_for_every_byte(data):
    tokens = decode(data)
    assert b"".join(token.raw for token in tokens) == data
    assert isinstance(to_text(data, commands=True), str)


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.sampled_from([b"\x1b", b"\x1d", b"\x1c", b"\x10", b"(k", b"\x00", b"\xff", b"V", b"p",
                                       b"k", b"v0", b"&", b"\x81", b"\x30", b"1P0", b"\x03\x00", b"A"]),
                      max_size=40))
def test_command_like_garbage_decodes_without_error(parts):
    data = b"".join(parts)
    assert b"".join(token.raw for token in decode(data)) == data


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=80, deadline=None)
@given(receipt=receipts(), width=st.sampled_from([58, 80]))
def test_decoding_a_rendered_receipt_gives_back_every_line(receipt, width):
    shown = squeeze(to_text(render_escpos(receipt, width_mm=width)))

    def find(text: str) -> None:
        assert squeeze(printable(text, language=receipt.language)) in shown, text

    for line in receipt.lines:
        find(line.name)
        find(line.detail)
        if line.discount:
            find(line.discount.label)
    for text in (receipt.store_name, *receipt.header, *receipt.banners, *receipt.footer):
        find(text)
    assert f"[QR:{squeeze(receipt.qr_data)}]" in shown or not receipt.qr_data


def test_golden_receipts_decode_to_every_line_of_the_sale():
    for language in ("zh", "en"):
        receipt = sample(language=language)
        shown = to_text(render_escpos(receipt, width_mm=58))
        for line in receipt.lines:
            assert printable(line.name, language=language) in shown
            assert printable(line.detail, language=language) in shown
