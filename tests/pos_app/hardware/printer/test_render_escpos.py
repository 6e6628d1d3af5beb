"""ESC/POS rendering of receipts: golden byte files, the QR and drawer commands against the spec, layout.

Golden files are rewritten only on request: FRESHTILL_REGEN_GOLDENS=1 pytest tests/pos_app/hardware/printer
(then review the .txt next to each .bin in the diff).
"""
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.receipt import AmountRow, Receipt, ReceiptLine, build_receipt
from pos_app.hardware.errors import SettingError
from pos_app.hardware.printer.escpos_decode import decode, to_text
from pos_app.hardware.printer.drawer import kick_command
from pos_app.hardware.printer.escpos_render import (COLUMNS, display_width, printable,
                                                     render_escpos, render_job, wrap)
from pos_app.services.receipt_commands import DEMO_STORE, demo_portions, demo_refund, demo_sale

GOLDENS = Path(__file__).resolve().parents[3] / "fixtures" / "receipts"
REGENERATE = os.environ.get("FRESHTILL_REGEN_GOLDENS") == "1"

CASES = {  # name: (record, paper mm, language, reprint)
    "sale_58_zh": ("sale", 58, "zh", False),
    "sale_58_en": ("sale", 58, "en", False),
    "sale_80_zh": ("sale", 80, "zh", False),
    "sale_80_en": ("sale", 80, "en", False),
    "refund_80_zh": ("refund", 80, "zh", False),
    "refund_58_en": ("refund", 58, "en", False),
    "reprint_58_zh": ("sale", 58, "zh", True),
    "reprint_80_en": ("sale", 80, "en", True),
}


def sample(record: str = "sale", *, language: str = "zh", reprint: bool = False) -> Receipt:
    sale = demo_sale()
    return build_receipt(sale=demo_refund(sale) if record == "refund" else sale, store=DEMO_STORE,
                         language=language, reprint=reprint, portions=demo_portions())


def rows_with_size(data: bytes) -> list[tuple[str, int]]:
    """Each printed row with the character width multiplier (GS ! n) in force when it was printed."""
    rows, current, width = [], "", 1
    for token in decode(data):
        if token.kind == "command" and token.text.startswith("SIZE "):
            width = int(token.text.split()[1].split("x")[0])
        elif token.kind == "text":
            for char in token.text:
                if char == "\n":
                    rows.append((current, width))
                    current = ""
                else:
                    current += char
    return rows


# -- goldens ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(CASES))
def test_receipt_bytes_match_the_golden_file(name):
    record, width, language, reprint = CASES[name]
    data = render_escpos(sample(record, language=language, reprint=reprint), width_mm=width)
    binary, text = GOLDENS / f"{name}.bin", GOLDENS / f"{name}.txt"
    if REGENERATE:
        GOLDENS.mkdir(parents=True, exist_ok=True)
        binary.write_bytes(data)
        text.write_text(to_text(data), encoding="utf-8")
    assert binary.exists(), f"{binary} is missing: run with FRESHTILL_REGEN_GOLDENS=1 and review the .txt"
    golden = binary.read_bytes()
    if data != golden:
        at = next((i for i, (a, b) in enumerate(zip(data, golden)) if a != b), min(len(data), len(golden)))
        pytest.fail(f"{name}: bytes differ from the golden file at offset {at} "
                    f"(got {data[at:at + 12].hex(' ')}, golden {golden[at:at + 12].hex(' ')}); "
                    f"if intended, regenerate with FRESHTILL_REGEN_GOLDENS=1 and review the .txt diff")
    assert to_text(golden) == text.read_text(encoding="utf-8")


def test_golden_sale_shows_what_the_issue_asks_for():
    text = (GOLDENS / "sale_80_zh.txt").read_text(encoding="utf-8")
    for row in ("  0.532 kg × ￥12.80/kg                    6.81",   # weighed
                "半份 牛腩",                                            # portion
                "  3 × ￥3.00                               9.00",    # piece line, quantity > 1
                "  折扣 promo                               -1.00",   # line discount
                "整单折扣 member                            -2.94",   # basket discount
                "合计                                     ￥55.87",
                "增值税 9% 含税金额 48.27                    3.99",
                "增值税 13% 含税金额 7.60                    0.87",
                "银行卡 T-0042                              20.00",
                "现金                                       50.00",
                "找零                                       14.10",
                "[QR: FTSALE:7c9e6679-7425-40de-944b-e07fc1f90ae7]"):
        assert row + "\n" in text, row
    english = (GOLDENS / "sale_58_en.txt").read_text(encoding="utf-8")
    assert "  0.532 kg x ¥12.80/kg      6.81\n" in english and "TOTAL                     ¥55.87\n" in english
    assert "重印 REPRINT\n" in (GOLDENS / "reprint_58_zh.txt").read_text(encoding="utf-8")
    assert "退款 REFUND\n" in (GOLDENS / "refund_80_zh.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_row_fits_the_paper(name):
    record, width, language, reprint = CASES[name]
    data = render_escpos(sample(record, language=language, reprint=reprint), width_mm=width)
    for row, multiplier in rows_with_size(data):
        assert display_width(row, language=language) * multiplier <= COLUMNS[width], row


# -- character sets -------------------------------------------------------------------------------------------
def test_chinese_receipt_switches_chinese_mode_on_and_sends_gb18030():
    data = render_escpos(sample(language="zh"), width_mm=58)
    assert data.startswith(b"\x1b\x40\x1c\x26")                   # ESC @, FS &
    assert data.endswith(b"\x1c\x2e\x1d\x56\x42\x00")              # FS . then feed-and-cut
    assert "半份 牛腩".encode("gb18030") in data
    assert b"\xa3\xa4" + b"12.80" in data                          # full-width ￥ in GB2312
    assert b"\xa1\xc1" in data                                     # × in GB2312
    assert "¥".encode("utf-8") not in data and "西红柿".encode("utf-8") not in data


def test_english_receipt_selects_pc437_and_prints_the_yen_sign_from_it():
    data = render_escpos(sample(language="en"), width_mm=80)
    assert data.startswith(b"\x1b\x40\x1c\x2e\x1b\x74\x00")       # ESC @, FS ., ESC t 0 (PC437)
    assert b"\x9d55.87" in data                                    # ¥ is 0x9D in PC437
    assert b"0.532 kg x \x9d12.80/kg" in data
    assert b"\x1c\x26" not in data
    assert all(byte < 0x80 or byte == 0x9D for byte in data.replace(b"\x1b\x74\x00", b"")
               .split(b"\x1d(k")[0])                               # only ASCII and ¥ before the QR


def test_text_never_becomes_a_printer_command():
    evil = ReceiptLine(name="Evil\x1b@\x1dV\x00\n\x10\x14name", detail="x", amount=100)
    receipt = build_receipt(sale=demo_sale(), store=DEMO_STORE, language="en")
    data = render_escpos(replace(receipt, lines=(evil,)), width_mm=58)
    assert data.count(b"\x1b@") == 1 and data.count(b"\x1dV") == 1
    assert "\nEvil @ V    name\n" in to_text(data)


def test_printable_maps_what_the_character_set_lacks():
    assert printable("¥12.80 × 2", language="zh") == "￥12.80 × 2"
    assert printable("¥12.80 × 2", language="en") == "¥12.80 x 2"
    assert printable("西红柿 Crème", language="en") == "??? Crème"
    assert printable("a\tb\u2028c\u200bd", language="zh") == "a b c?d"


def test_display_width_counts_chinese_as_two_columns():
    assert display_width("半份 牛腩 1.5kg", language="zh") == 15
    assert display_width("Crème ¥", language="en") == 7


def test_wrap_breaks_at_spaces_or_between_characters():
    assert wrap("Beef brisket from the good farm", columns=12, language="en") == ["Beef brisket", "from the",
                                                                                 "good farm"]
    assert wrap("abcdefghij", columns=4, language="en") == ["abcd", "efgh", "ij"]
    assert wrap("新鲜有机西红柿", columns=5, language="zh") == ["新鲜", "有机", "西红", "柿"]
    assert wrap("  0.532 kg", columns=5, language="en") == ["  0.5", "32 kg"]
    assert wrap("", columns=5, language="en") == [""]


# -- commands against the ESC/POS spec ---------------------------------------------------------------------------
def qr_spec(data: bytes, *, module: int) -> bytes:
    """GS ( k pL pH cn fn …, cn = 49 (QR), written out from the command reference."""
    def function(body: bytes) -> bytes:
        return bytes([0x1D, 0x28, 0x6B, len(body) % 256, len(body) // 256]) + body
    return (function(bytes([49, 65, 50, 0]))             # fn 65: model 2
            + function(bytes([49, 67, module]))          # fn 67: module size in dots
            + function(bytes([49, 69, 49]))              # fn 69: error correction M
            + function(bytes([49, 80, 48]) + data)       # fn 80: store the data
            + function(bytes([49, 81, 48])))            # fn 81: print it


@pytest.mark.parametrize("width, module", [(58, 5), (80, 6)])
def test_qr_code_is_the_native_gs_paren_k_sequence(width, module):
    data = render_escpos(sample(), width_mm=width)
    expected = qr_spec(b"FTSALE:7c9e6679-7425-40de-944b-e07fc1f90ae7", module=module)
    assert expected in data
    store = expected.index(b"\x31\x50\x30")
    assert expected[store - 2:store] == bytes([46, 0])     # pL pH = 43 data bytes + cn fn m
    assert data.index(expected) > data.index("谢谢惠顾".encode("gb18030"))
    assert data[data.index(expected) - 3:data.index(expected)] == b"\x1b\x61\x01"   # centred


def test_qr_length_uses_the_high_byte_for_long_data():
    receipt = sample()
    long = "FTSALE:" + "x" * 300
    data = render_escpos(replace(receipt, qr_data=long), width_mm=80)
    assert bytes([0x1D, 0x28, 0x6B, 0x36, 0x01, 49, 80, 48]) + long.encode() in data   # 307 + 3 = 0x0136


def test_cash_sale_job_kicks_the_drawer_before_printing():
    job = render_job(sample(), width_mm=80)
    assert job.kick_drawer and job.payload == kick_command() + job.data
    assert job.data == render_escpos(sample(), width_mm=80)
    assert render_job(sample(), width_mm=80, drawer_pin=5).payload.startswith(b"\x1b\x70\x01")


def test_reprint_and_card_only_jobs_leave_the_drawer_shut():
    reprint = render_job(sample(reprint=True), width_mm=58)
    assert not reprint.kick_drawer and reprint.payload == reprint.data and b"\x1bp" not in reprint.payload
    assert not render_job(replace(sample(), cash_tendered=False)).kick_drawer
    refund = render_job(sample("refund"))   # cash paid back: the drawer opens
    assert refund.kick_drawer


def test_paper_width_other_than_58_or_80_is_a_setting_error():
    with pytest.raises(SettingError, match="58 or 80 mm"):
        render_escpos(sample(), width_mm=76)
    with pytest.raises(SettingError, match="zh or en"):
        render_escpos(replace(sample(), language="fr"), width_mm=58)


# -- any receipt ------------------------------------------------------------------------------------------------
NAMES = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                                   st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                                   st.sampled_from("¥×é\x1b\x00\n\x9d\u3000😀")), max_size=60)
AMOUNTS = st.integers(min_value=-10**9, max_value=10**9)


@st.composite
def receipts(draw) -> Receipt:
    rows = st.builds(AmountRow, label=NAMES, amount=AMOUNTS)
    lines = st.builds(ReceiptLine, name=NAMES, detail=NAMES, amount=AMOUNTS, discount=st.none() | rows)
    return Receipt(
        language=draw(st.sampled_from(["zh", "en"])), store_name=draw(NAMES),
        header=tuple(draw(st.lists(NAMES, max_size=2))), banners=tuple(draw(st.lists(NAMES, max_size=2))),
        info=tuple(draw(st.lists(st.tuples(NAMES, NAMES), max_size=3))),
        lines=tuple(draw(st.lists(lines, min_size=1, max_size=5))), subtotal=draw(st.none() | rows),
        discounts=tuple(draw(st.lists(rows, max_size=2))), total=draw(rows),
        adjustments=tuple(draw(st.lists(rows, max_size=1))), tenders=tuple(draw(st.lists(rows, max_size=2))),
        change=draw(st.none() | rows), taxes=tuple(draw(st.lists(rows, max_size=2))),
        footer=tuple(draw(st.lists(NAMES, max_size=2))), sale_id="s", qr_data="FTSALE:" + draw(NAMES),
        is_refund=False, is_reprint=False, cashier="c", till="t", time=datetime(2024, 1, 1), cash_tendered=True)


@settings(max_examples=80, deadline=None)
@given(receipt=receipts(), width=st.sampled_from([58, 80]))
def test_any_receipt_fits_its_paper(receipt, width):
    data = render_escpos(receipt, width_mm=width)
    for row, multiplier in rows_with_size(data):
        assert display_width(row, language=receipt.language) * multiplier <= COLUMNS[width], row


def test_rendering_is_deterministic():
    assert render_escpos(sample(), width_mm=58) == render_escpos(sample(), width_mm=58)
