"""The customer's receipt as plain data: every row's text in the chosen language, every amount in fen.

A receipt is built from the committed Sale record alone (plus the store's header and the portion names,
which the record keeps only as codes), so any earlier sale or refund can be printed again exactly — marked
as a reprint. Rendering to printer bytes is an adapter's job (pos_app.hardware.printer.escpos_render);
nothing here knows about paper width, code pages or commands.

Text uses "¥" and "×" as a person would write them; a renderer maps them to what its printer can show.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from pos_app.core.errors import InvalidInput
from pos_app.core.money import CNY, format_rate
from pos_app.core.products import Portion
from pos_app.core.quantity import ONE, format_quantity
from pos_app.core.sale import Sale, SaleKind, SaleLine
from pos_app.core.tenders import TenderKind

LANGUAGES = ("zh", "en")
QR_PREFIX = "FTSALE:"   # so the till can tell a receipt's code from a product barcode at refund time

_LABELS = {
    "zh": {"sale": "单号", "refund_id": "退款单号", "original": "原单号", "time": "时间", "cashier": "收银员",
           "till": "收银台", "subtotal": "小计", "line_discount": "折扣", "basket_discount": "整单折扣",
           "total": "合计", "refund_total": "退款合计", "rounding": "现金舍入", "change": "找零",
           "vat": "增值税 {rate} 含税金额 {gross}", "refund_banner": "退款 REFUND", "reprint_banner": "重印 REPRINT",
           "cash": "现金", "card": "银行卡", "mobile": "移动支付", "refund_tender": "退{kind}",
           "footer": ("谢谢惠顾，欢迎再来", "退货请出示本小票")},
    "en": {"sale": "Sale", "refund_id": "Refund", "original": "Original sale", "time": "Time",
           "cashier": "Cashier", "till": "Till", "subtotal": "Subtotal", "line_discount": "Discount",
           "basket_discount": "Basket discount", "total": "TOTAL", "refund_total": "REFUND TOTAL",
           "rounding": "Cash rounding", "change": "Change", "vat": "VAT {rate} on {gross}",
           "refund_banner": "REFUND", "reprint_banner": "REPRINT", "cash": "Cash", "card": "Card",
           "mobile": "Mobile", "refund_tender": "{kind} refund",
           "footer": ("Thank you, see you again", "Keep this receipt for returns")},
}


@dataclass(frozen=True)
class StoreInfo:
    """What the store prints above and below every receipt (store-wide settings)."""
    name: str
    name_en: str = ""                  # for English receipts, whose code page has no Chinese
    lines: tuple[str, ...] = ()        # address, phone, tax id
    footer: tuple[str, ...] = ()       # replaces the default thank-you lines when given


@dataclass(frozen=True)
class AmountRow:
    label: str
    amount: int                        # fen; negative for discounts and on refunds


@dataclass(frozen=True)
class ReceiptLine:
    name: str                          # "牛腩" or, for a portion, "半份 牛腩"
    detail: str                        # "0.532 kg × ¥12.80/kg", "3 × ¥3.00"
    amount: int                        # gross before the line's discount (refunds: what is paid back)
    discount: AmountRow | None = None


@dataclass(frozen=True)
class Receipt:
    language: str
    store_name: str
    header: tuple[str, ...]
    banners: tuple[str, ...]           # "退款 REFUND", "重印 REPRINT"
    info: tuple[tuple[str, str], ...]  # (label, value): sale id, time, cashier, till
    lines: tuple[ReceiptLine, ...]
    subtotal: AmountRow | None         # only when something is discounted
    discounts: tuple[AmountRow, ...]   # basket discounts
    total: AmountRow
    adjustments: tuple[AmountRow, ...]  # cash rounding
    tenders: tuple[AmountRow, ...]     # cash shows what was handed over
    change: AmountRow | None
    taxes: tuple[AmountRow, ...]       # tax contained in the total, by rate
    footer: tuple[str, ...]
    sale_id: str
    qr_data: str
    is_refund: bool
    is_reprint: bool
    cashier: str
    till: str
    time: datetime
    cash_tendered: bool

    @property
    def kicks_drawer(self) -> bool:
        """Cash moved, so the drawer opens — never for a reprint, where no money changes hands."""
        return self.cash_tendered and not self.is_reprint


def sale_qr_data(sale_uuid: str) -> str:
    return QR_PREFIX + sale_uuid


def parse_sale_qr(text: str) -> str | None:
    """The sale id in a scanned receipt code, or None when the code is not a receipt's."""
    text = text.strip()
    if not text.startswith(QR_PREFIX):
        return None
    sale_uuid = text[len(QR_PREFIX):]
    return sale_uuid or None


def build_receipt(*, sale: Sale, store: StoreInfo, language: str = "zh", cashier: str | None = None,
                  till: str | None = None, reprint: bool = False,
                  portions: Mapping[tuple[str, str], Portion] | None = None) -> Receipt:
    """The receipt of a committed sale or refund.

    cashier/till: how to show them (a name rather than the stored id), defaulting to the record's own;
    portions: (sku, portion code) -> Portion, for the portion's printed name (the code is shown without it).
    """
    if language not in LANGUAGES:
        raise InvalidInput(f"Receipt language {language!r} is not supported: use zh or en.")
    labels = _LABELS[language]
    refund = sale.kind is SaleKind.REFUND
    lines = tuple(_line(line, language=language, refund=refund, portions=portions or {}) for line in sale.lines)
    discounted = any(line.discount for line in lines) or sale.discount
    subtotal = sum(line.amount + (line.discount.amount if line.discount else 0) for line in lines)
    discounts = ()
    if sale.discount:
        discounts = (AmountRow(_with_reason(labels["basket_discount"], sale.discount_reason), -sale.discount),)
    tenders = tuple(AmountRow(_tender_label(t.kind, reference=t.reference, language=language, refund=refund),
                              t.tendered) for t in sale.tenders)
    cash = any(t.kind is TenderKind.CASH for t in sale.tenders)
    return Receipt(
        language=language, store_name=_store_name(store, language=language), header=store.lines,
        banners=tuple(b for b, on in ((labels["refund_banner"], refund), (labels["reprint_banner"], reprint)) if on),
        info=_info(sale, labels=labels, cashier=cashier or sale.cashier, till=till or sale.till),
        lines=lines,
        subtotal=AmountRow(labels["subtotal"], subtotal) if discounted else None,
        discounts=discounts,
        total=AmountRow(labels["refund_total" if refund else "total"], sale.total),
        adjustments=(AmountRow(labels["rounding"], sale.rounding),) if sale.rounding else (),
        tenders=tenders,
        change=AmountRow(labels["change"], sale.change) if cash and not refund else None,
        taxes=tuple(AmountRow(labels["vat"].format(rate=format_rate(t.rate), gross=CNY.format(t.gross)), t.tax)
                    for t in sale.taxes if t.rate),
        footer=store.footer or labels["footer"],
        sale_id=sale.uuid, qr_data=sale_qr_data(sale.uuid), is_refund=refund, is_reprint=reprint,
        cashier=cashier or sale.cashier, till=till or sale.till, time=sale.created_at, cash_tendered=cash)


def _store_name(store: StoreInfo, *, language: str) -> str:
    return (store.name_en or store.name) if language == "en" else (store.name or store.name_en)


def _info(sale: Sale, *, labels: dict, cashier: str, till: str) -> tuple[tuple[str, str], ...]:
    rows = [(labels["refund_id" if sale.kind is SaleKind.REFUND else "sale"], sale.uuid)]
    if sale.original_uuid:
        rows.append((labels["original"], sale.original_uuid))
    rows += [(labels["time"], sale.created_at.strftime("%Y-%m-%d %H:%M:%S")),
             (labels["cashier"], cashier), (labels["till"], till)]
    return tuple(rows)


def _line(line: SaleLine, *, language: str, refund: bool,
          portions: Mapping[tuple[str, str], Portion]) -> ReceiptLine:
    if language == "en":
        name = line.name_en or line.sku
    else:
        name = line.name_zh or line.name_en or line.sku
    if line.portion is not None:
        portion = portions.get((line.sku, line.portion))
        if language == "en":
            name = f"{name} ({portion.name_en if portion and portion.name_en else line.portion})"
        else:
            name = f"{portion.name_zh if portion and portion.name_zh else line.portion} {name}"
    discount = None
    if line.discount:
        label = _with_reason(_LABELS[language]["line_discount"], line.discount_reason)
        discount = AmountRow(label, -line.discount)
    return ReceiptLine(name=name, detail=_detail(line, refund=refund), amount=line.amount, discount=discount)


def _detail(line: SaleLine, *, refund: bool) -> str:
    """How much at what price: '0.532 kg × ¥12.80/kg', '3 × ¥3.00', '2 × ¥44.00' (portions).

    A refund pays back each line's share of what was paid, discounts included, so its rows show only how much
    came back ('0.532 kg', '× 1'): a list price next to a different amount would read as an error."""
    quantity, count = abs(line.quantity), abs(line.count)
    by_count = line.portion is not None or line.sold_by == "combo"
    whole = line.unit == "piece" and quantity % ONE == 0
    if refund:
        return f"× {count}" if by_count else f"× {quantity // ONE}" if whole else \
            f"{format_quantity(quantity)} {line.unit}"
    if by_count:
        # A portion's price is not in the record, but a sale's gross is exactly count × it.
        if not count or line.amount % count:
            return f"× {count}"
        return f"{count} × ¥{CNY.format(line.amount // count)}"
    if whole:
        return f"{quantity // ONE} × ¥{CNY.format(line.unit_price)}"
    return f"{format_quantity(quantity)} {line.unit} × ¥{CNY.format(line.unit_price)}/{line.unit}"


def _with_reason(label: str, reason: str) -> str:
    return f"{label} {reason.strip()}" if reason.strip() else label


def _tender_label(kind: TenderKind, *, reference: str, language: str, refund: bool) -> str:
    labels = _LABELS[language]
    label = labels[kind.value]
    if refund:
        label = labels["refund_tender"].format(kind=label)
    return f"{label} {reference.strip()}" if reference.strip() else label
