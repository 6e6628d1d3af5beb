"""One product of the catalog: its barcodes, portions, pricing rule and combo parts, its price at the chosen
store (editable), and its supply terms — lead time, shelf life, loss rate, pack size, minimum order
(editable). What the manager types is parsed exactly (no rounding) before anything is sent to HQ."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from backoffice.window import hq_office
from backoffice.window.catalog_table_model import SOLD_BY_UNITS, days
from backoffice.window.formatting import money, parse_amount, quantity, rate
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import Retranslated
from pos_app.core.errors import InvalidInput
from pos_app.core.money import CNY, parse_rate
from pos_app.core.quantity import format_quantity
from pos_app.till.app import MIN_TOUCH
from pos_app.till.background import Background


def whole_days(text: str, *, least: int) -> int | None:
    """Blank: not set. Else a whole number of days from `least` to 3650."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not least <= int(text) <= 3650:
        raise InvalidInput(f"{text!r}: write a whole number of days from {least} to 3650.")
    return int(text)


def figure(milli: int, *, unit: str) -> str:
    """A quantity as the manager types it back: '5.000' (kg), '12' (pieces)."""
    return quantity(milli, unit=unit).split(" ")[0]


class ProductPanel(Retranslated, QWidget):
    saved = Signal()

    def __init__(self, *, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.client: HqClient | None = None
        self.store_id: str | None = None
        self.product: dict | None = None
        self.language = "zh_CN"
        self.title = QLabel()
        self.title.setObjectName("figureCaption")
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.price_box, self.terms_box = QGroupBox(), QGroupBox()
        self.store_price = QLineEdit()
        self.price_button = QPushButton()
        self.price_note = QLabel()
        self.price_note.setWordWrap(True)
        price = QVBoxLayout(self.price_box)
        row = QHBoxLayout()
        row.addWidget(self.store_price, 1)
        row.addWidget(self.price_button)
        price.addLayout(row)
        price.addWidget(self.price_note)
        self.lead, self.shelf, self.loss, self.pack, self.minimum = (QLineEdit() for _ in range(5))
        self.term_labels = [QLabel() for _ in range(5)]
        self.terms_button = QPushButton()
        form = QFormLayout(self.terms_box)
        for label, field in zip(self.term_labels, (self.lead, self.shelf, self.loss, self.pack, self.minimum)):
            field.setMinimumHeight(MIN_TOUCH)     # the style sheet's height, which a form in a scroll area ignores
            form.addRow(label, field)
        form.addRow(self.terms_button)
        self.listing_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.details, self.listing_button, self.price_box, self.terms_box, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.price_button.clicked.connect(self.save_price)
        self.terms_button.clicked.connect(self.save_terms)
        self.listing_button.clicked.connect(self.toggle_listing)
        self.retranslate()

    def retranslate(self) -> None:
        self.price_box.setTitle(self.tr("Price at this store"))
        self.price_button.setText(self.tr("Save price"))
        self.terms_box.setTitle(self.tr("Supply terms (HQ only: replenishment)"))
        for label, text in zip(self.term_labels, (self.tr("Lead time (days)"), self.tr("Shelf life (days)"),
                                                  self.tr("Loss rate (%)"), self.tr("Pack size"),
                                                  self.tr("Minimum order"))):
            label.setText(text)
        self.terms_button.setText(self.tr("Save supply terms"))
        self.show_product(self.product)

    def use(self, *, client: HqClient | None, store_id: str | None) -> None:
        self.client, self.store_id = client, store_id
        self.show_product(None)

    def show_product(self, product: dict | None) -> None:
        if product is None or self.product is None or product["sku"] != self.product["sku"]:
            self.result.setText("")
        self.product = product
        for widget in (self.price_box, self.terms_box, self.listing_button):
            widget.setEnabled(product is not None and self.client is not None)
        self.listing_button.setText(self.tr("Sell again") if product is not None and not product["active"]
                                    else self.tr("Delist (stop selling)"))
        if product is None:
            self.title.setText(self.tr("Select a product to see and edit it."))
            self.details.setText("")
            return
        name = product["name_zh"] if self.language == "zh_CN" else product["name_en"]
        self.title.setText(f"{product['sku']} {name or product['name_zh'] or product['name_en']}")
        self.details.setText("\n".join(self._facts(product)))
        unit = SOLD_BY_UNITS.get(product["unit"], product["unit"])
        self.price_box.setEnabled(self.store_id is not None and self.client is not None)
        self.store_price.setText(CNY.format(product["store_price"]) if product.get("store_price") is not None else "")
        self.store_price.setPlaceholderText(CNY.format(product["price"]))
        self.price_note.setText(self.tr("Default price %1. Blank field: this store uses it. The tills get a change "
                                        "at their next sync.").replace("%1", money(product["price"]))
                                if self.store_id else self.tr("Choose one store to set its price."))
        terms = product["terms"] or {}
        self.lead.setText("" if terms.get("lead_time_days") is None else str(terms["lead_time_days"]))
        self.lead.setPlaceholderText(self.tr("blank: the supplier's (%1)")
                                     .replace("%1", days(terms.get("effective_lead_time_days"))))
        self.shelf.setText("" if terms.get("shelf_life_days") is None else str(terms["shelf_life_days"]))
        self.shelf.setPlaceholderText(self.tr("blank: not perishable"))
        self.loss.setText(rate(terms["loss_rate"]).rstrip("%") if terms.get("loss_rate") else "")
        self.loss.setPlaceholderText("0")
        self.pack.setText("" if terms.get("pack_size") is None else figure(terms["pack_size"], unit=product["unit"]))
        self.pack.setPlaceholderText(self.tr("blank: %1").replace(
            "%1", quantity(terms.get("effective_pack_size") or product["min_fraction"], unit=product["unit"])))
        self.minimum.setText(figure(terms["min_order"], unit=product["unit"]) if terms.get("min_order") else "")
        self.minimum.setPlaceholderText(f"0 {unit}")

    def _facts(self, product: dict) -> list[str]:
        unit = product["unit"]
        facts = [self.tr("Barcodes: %1").replace("%1", ", ".join(product["barcodes"]) or "—"),
                 self.tr("PLU: %1").replace("%1", product["plu"] or "—"),
                 self.tr("Pricing rule: %1").replace("%1", product["pricing"]),
                 self.tr("Cost %1, tax %2").replace("%1", money(product["cost"]))
                 .replace("%2", rate(product["tax_rate"])),
                 self.tr("Safety stock %1").replace("%1", quantity(product["safety_stock"], unit=unit))]
        for portion in product["portions"]:
            name = portion["name_zh"] if self.language == "zh_CN" else portion["name_en"]
            price = money(portion["price"]) if portion.get("price") is not None else self.tr("by weight")
            facts.append(self.tr("Portion %1: %2, %3").replace("%1", name or portion["code"])
                         .replace("%2", quantity(portion["size"], unit=unit)).replace("%3", price))
        for part in product["components"]:
            facts.append(self.tr("Combo part: %1 × %2").replace("%1", part["sku"])
                         .replace("%2", part["portion"] or format_quantity(part["quantity"])))
        return facts

    def save_price(self) -> None:
        product, client, store_id = self.product, self.client, self.store_id
        if product is None or client is None or store_id is None:
            return
        try:
            price = CNY.parse(self.store_price.text().strip() or CNY.format(product["price"]))
        except InvalidInput as error:
            self.result.setText(sentence(error))
            return
        self._send(lambda: hq_office.set_store_price(client, store_id=store_id, sku=product["sku"], price=price),
                   done=self.tr("Saved: %1 costs %2 at this store; the tills get it at their next sync.")
                   .replace("%1", product["sku"]).replace("%2", money(price)))

    def toggle_listing(self) -> None:
        """Delist an active product, or sell a delisted one again; the tills follow at their next sync."""
        product, client = self.product, self.client
        if product is None or client is None:
            return
        if product["active"]:
            self._send(lambda: hq_office.delist(client, sku=product["sku"]),
                       done=self.tr("%1 is delisted: the tills stop selling it at their next sync.")
                       .replace("%1", product["sku"]))
        else:
            self._send(lambda: hq_office.relist(client, product=product),
                       done=self.tr("%1 is on sale again; the tills get it at their next sync.")
                       .replace("%1", product["sku"]))

    def save_terms(self) -> None:
        product, client = self.product, self.client
        if product is None or client is None:
            return
        try:
            loss = parse_rate(self.loss.text().strip() or "0")
            if loss >= 10_000:
                raise InvalidInput(f"{self.loss.text()}: a loss rate is a percentage below 100.")
            terms = {"sku": product["sku"], "lead_time_days": whole_days(self.lead.text(), least=0),
                     "shelf_life_days": whole_days(self.shelf.text(), least=1), "loss_rate": loss,
                     "pack_size": parse_amount(self.pack.text(), unit=product["unit"]) if self.pack.text().strip()
                     else None,
                     "min_order": parse_amount(self.minimum.text(), unit=product["unit"])
                     if self.minimum.text().strip() else 0}
            if terms["pack_size"] is not None and terms["pack_size"] < 1:
                raise InvalidInput(f"{self.pack.text()}: a pack holds more than zero.")
        except InvalidInput as error:
            self.result.setText(sentence(error))
            return
        self._send(lambda: hq_office.set_supply_terms(client, terms=terms),
                   done=self.tr("Saved the supply terms of %1.").replace("%1", product["sku"]))

    def _send(self, call, *, done: str) -> None:
        buttons = (self.price_button, self.terms_button, self.listing_button)
        for button in buttons:
            button.setEnabled(False)

        def ok(_answer) -> None:
            for button in buttons:
                button.setEnabled(True)
            self.result.setText(done)
            self.saved.emit()

        def failed(error: BaseException) -> None:
            for button in buttons:
                button.setEnabled(True)
            self.result.setText(sentence(error))

        self.background.run(call, on_success=ok, on_failure=failed)
