"""A shift's figures as data — the X report (mid-shift) and the Z report (closing) — and as lines of text
for the window and the receipt printer.

Sign convention as in sale.py: refunds are negative, so every total is a plain sum of the shift's sales and
refunds, and the tenders add up to what was taken: sum(tenders) == sales_total + refunds_total + rounding.
Expected cash is the float plus the cash tenders (cash refunds are negative) plus paid in minus paid out.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from pos_app.core.money import CNY, format_rate

X, Z = "X", "Z"


@dataclass(frozen=True)
class TaxTotal:
    rate: int     # basis points
    gross: int
    tax: int


@dataclass(frozen=True)
class ShiftReport:
    kind: str                                  # X (mid-shift) or Z (closing)
    shift_id: str
    till: str
    cashier: str                               # who opened the shift
    opened_at: datetime
    until: datetime                            # X: when it was taken; Z: when the shift closed
    opening_float: int
    sales_count: int = 0
    sales_total: int = 0
    refunds_count: int = 0
    refunds_total: int = 0                     # negative
    rounding: int = 0                          # cash rounding, customers' favour negative
    discounts: int = 0                         # line and basket discounts given on sales
    tenders: tuple[tuple[str, int], ...] = ()  # (kind, net amount), by kind
    taxes: tuple[TaxTotal, ...] = ()           # by rate, summed from each sale's own tax lines
    categories: tuple[tuple[str, int], ...] = ()  # (category, net amount), by category
    paid_in: int = 0
    paid_out: int = 0
    counted_cash: int | None = None            # Z only
    closed_by: str | None = None               # Z only

    @property
    def net_total(self) -> int:
        return self.sales_total + self.refunds_total

    def tender(self, kind: str) -> int:
        return dict(self.tenders).get(kind, 0)

    @property
    def expected_cash(self) -> int:
        return self.opening_float + self.tender("cash") + self.paid_in - self.paid_out

    @property
    def difference(self) -> int | None:
        """Counted minus expected: positive means more cash than expected (over), negative short."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    def to_dict(self) -> dict:
        return {"kind": self.kind, "shift_id": self.shift_id, "till": self.till, "cashier": self.cashier,
                "opened_at": self.opened_at.isoformat(), "until": self.until.isoformat(),
                "opening_float": self.opening_float, "sales_count": self.sales_count,
                "sales_total": self.sales_total, "refunds_count": self.refunds_count,
                "refunds_total": self.refunds_total, "rounding": self.rounding, "discounts": self.discounts,
                "tenders": [list(t) for t in self.tenders],
                "taxes": [[t.rate, t.gross, t.tax] for t in self.taxes],
                "categories": [list(c) for c in self.categories], "paid_in": self.paid_in,
                "paid_out": self.paid_out, "counted_cash": self.counted_cash, "closed_by": self.closed_by}

    @classmethod
    def from_dict(cls, data: dict) -> "ShiftReport":
        return cls(**{**data, "opened_at": datetime.fromisoformat(data["opened_at"]),
                      "until": datetime.fromisoformat(data["until"]),
                      "tenders": tuple((k, a) for k, a in data["tenders"]),
                      "taxes": tuple(TaxTotal(rate=r, gross=g, tax=t) for r, g, t in data["taxes"]),
                      "categories": tuple((c, a) for c, a in data["categories"])})


LABELS = {
    "en": {"X": "X REPORT (shift continues)", "Z": "Z REPORT (shift closed)", "shift": "Shift", "till": "Till",
           "cashier": "Cashier", "opened": "Opened", "until": "Until", "closed_by": "Closed by",
           "sales": "Sales", "refunds": "Refunds", "net": "Net takings", "rounding": "Cash rounding",
           "discounts": "Discounts given", "tenders": "By payment", "taxes": "Tax by rate", "gross": "gross",
           "tax": "tax", "categories": "By category", "uncategorised": "(none)", "float": "Opening float",
           "paid_in": "Paid in", "paid_out": "Paid out", "expected": "Expected cash", "counted": "Counted cash",
           "difference": "Difference", "cash": "Cash", "card": "Card", "mobile": "Mobile"},
    "zh": {"X": "X 报表（班次继续）", "Z": "Z 报表（交班）", "shift": "班次", "till": "收银台", "cashier": "收银员",
           "opened": "开班", "until": "截至", "closed_by": "交班人", "sales": "销售", "refunds": "退货",
           "net": "净收入", "rounding": "现金抹零", "discounts": "折扣", "tenders": "按支付方式",
           "taxes": "按税率", "gross": "含税额", "tax": "税额", "categories": "按品类", "uncategorised": "（无）",
           "float": "备用金", "paid_in": "存入", "paid_out": "支出", "expected": "应有现金", "counted": "实点现金",
           "difference": "差额", "cash": "现金", "card": "银行卡", "mobile": "移动支付"},
}


def _width(text: str) -> int:
    # Receipt printers give wide (CJK) characters two columns.
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _row(label: str, value: str, *, width: int) -> str:
    gap = width - _width(label) - _width(value)
    return f"{label}{' ' * max(gap, 1)}{value}"


def report_lines(report: ShiftReport, *, language: str = "en", width: int = 32) -> list[str]:
    """The report as plain lines of at most `width` columns (for the window's preview and the printer)."""
    t = LABELS.get(language, LABELS["en"])
    money = CNY.format
    row = lambda label, value: _row(label, value, width=width)   # noqa: E731
    lines = [t[report.kind], "=" * width,
             row(t["shift"], report.shift_id[:8]), row(t["till"], report.till), row(t["cashier"], report.cashier),
             row(t["opened"], f"{report.opened_at:%Y-%m-%d %H:%M}"), row(t["until"], f"{report.until:%Y-%m-%d %H:%M}")]
    if report.closed_by:
        lines.append(row(t["closed_by"], report.closed_by))
    lines += ["-" * width,
              row(f"{t['sales']} x{report.sales_count}", money(report.sales_total)),
              row(f"{t['refunds']} x{report.refunds_count}", money(report.refunds_total)),
              row(t["net"], money(report.net_total)),
              row(t["rounding"], money(report.rounding)),
              row(t["discounts"], money(report.discounts)),
              "-" * width, t["tenders"]]
    lines += [row(f"  {t.get(kind, kind)}", money(amount)) for kind, amount in report.tenders]
    lines += ["-" * width, t["taxes"]]
    for tax in report.taxes:
        lines.append(row(f"  {format_rate(tax.rate)} {t['gross']}", money(tax.gross)))
        lines.append(row(f"  {format_rate(tax.rate)} {t['tax']}", money(tax.tax)))
    lines += ["-" * width, t["categories"]]
    lines += [row(f"  {category or t['uncategorised']}", money(amount)) for category, amount in report.categories]
    lines += ["-" * width, row(t["float"], money(report.opening_float)), row(t["cash"], money(report.tender("cash"))),
              row(t["paid_in"], money(report.paid_in)), row(t["paid_out"], money(-report.paid_out)),
              row(t["expected"], money(report.expected_cash))]
    if report.counted_cash is not None:
        difference = report.difference
        lines += [row(t["counted"], money(report.counted_cash)),
                  row(t["difference"], ("+" if difference > 0 else "") + money(difference))]
    return lines + ["=" * width]
