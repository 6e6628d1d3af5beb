"""The sale screen: search, basket table and total, live weight, produce quick keys, and the F-key actions.

Every step that reads or writes the database runs on a Background (the basket itself lives on the writer
thread, in SaleSession); the scale is polled on its own thread so a silent scale (up to 500 ms a read)
never holds up a scan. Errors show in the banner above the actions, never as a modal box: the next scan
must still go through.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.core.money import CNY
from pos_app.core.products import Product, SoldBy
from pos_app.hardware.printer.escpos_render import paper_columns
from pos_app.hardware.scale import ScaleReading, sale_grams
from pos_app.storage.users_repo import User
from pos_app.till.app import Languages
from pos_app.till.background import Background
from pos_app.till.context import TillContext
from pos_app.till.dialogs.manager_pin_dialog import ManagerGate
from pos_app.till.dialogs.payment_dialog import PaymentDialog
from pos_app.till.dialogs.portion_dialog import PortionDialog
from pos_app.till.dialogs.receipt_dialog import ReceiptPreviewDialog
from pos_app.till.messages import describe
from pos_app.till.sale_session import BasketView, Found, Paid
from pos_app.till.screens.basket_actions import MORE, BasketActions
from pos_app.till.widgets.basket_table_widget import BasketTableWidget
from pos_app.till.widgets.demo_scale_widget import DemoScaleWidget
from pos_app.till.widgets.quick_keys_widget import QuickKeysWidget
from pos_app.till.widgets.search_widget import SearchWidget
from pos_app.till.widgets.weight_widget import WeightPanelWidget

SCALE_POLL_MS = 200
QUICK_KEYS = 16
ACTIONS = ("help", "search", "weigh", "portion", "void", "pay", "lock")
KEYS = {"help": "F1", "search": "F2", "weigh": "F4", "portion": "F5", "void": "F8", "pay": "F10", "lock": "F12",
        "hold": "F3", "recall": "F6", "refund": "F7", "void_basket": "F9", "discount": "F11",
        "no_sale": "Shift+F7", "x_report": "Shift+F10", "z_report": "Shift+F11"}


def weighed_quick_keys(context: TillContext) -> list[Found]:
    """The weighed products with a PLU, by PLU: what the produce grid shows (read on a background thread)."""
    return context.session.with_levels(context.db.catalog.produce_keys(limit=QUICK_KEYS))


class SaleScreen(QWidget):
    lock_requested = Signal()
    x_report_requested = Signal()
    z_report_requested = Signal()
    scale_word = Signal(str)     # for the status bar
    sale_committed = Signal(object)   # Paid

    def __init__(self, *, context: TillContext, writer: Background, reader: Background, scale_thread: Background,
                 languages: Languages, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.session = context.session
        self.writer, self.reader, self.scale_thread = writer, reader, scale_thread
        self.languages = languages
        self.cashier: User | None = None
        self.products: dict[str, Product] = {}
        self.current: Product | None = None    # the product F4 weighs and F5 portions
        self.dialog: QWidget | None = None      # the modal dialog open over the screen, if any
        self.last_paid: Paid | None = None
        self.preview: ReceiptPreviewDialog | None = None
        self.gate = ManagerGate(writer=writer, parent=self, english=lambda: self.languages.current == "en")
        self.more = BasketActions(self)
        self.reading: ScaleReading | None = None
        self._reading_in_flight = False
        self._build()
        self._shortcuts()
        self.poll = QTimer(self)
        self.poll.setInterval(SCALE_POLL_MS)
        self.poll.timeout.connect(self.poll_scale)
        if context.scale is not None:
            self.poll.start()
        else:
            self.weight.show_error("")
        self.retranslate()

    # -- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = SearchWidget()
        self.search.term_changed.connect(self.look_up)
        self.search.picked.connect(self.pick)
        self.table = BasketTableWidget()
        self.model = self.table.basket_model
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name in ACTIONS:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(56)
            button.clicked.connect(self._action(name))
            if name == "pay":
                button.setProperty("role", "primary")
            actions.addWidget(button)
            self.buttons[name] = button
        self.language = QPushButton()
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.clicked.connect(self.toggle_language)
        actions.addWidget(self.language)
        more = QHBoxLayout()
        for name in MORE:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", "quick")
            button.clicked.connect(self._action(name))
            more.addWidget(button)
            self.buttons[name] = button
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        left.addWidget(self.banner)
        left.addLayout(more)
        left.addLayout(actions)

        total_panel = QFrame()
        total_panel.setObjectName("panel")
        self.total_caption = QLabel()
        self.total_caption.setObjectName("totalCaption")
        self.total = QLabel("¥0.00")
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count = QLabel()
        grid = QGridLayout(total_panel)
        grid.addWidget(self.total_caption, 0, 0)
        grid.addWidget(self.count, 0, 1, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.total, 1, 0, 1, 2)
        self.weight = WeightPanelWidget()
        self.weight.tare_requested.connect(lambda: self._scale_command("tare"))
        self.weight.zero_requested.connect(lambda: self._scale_command("zero"))
        self.quick_caption = QLabel()
        self.quick_caption.setObjectName("totalCaption")
        self.quick = QuickKeysWidget()
        self.quick.picked.connect(self.pick)
        right = QVBoxLayout()
        right.addWidget(total_panel)
        right.addWidget(self.weight)
        self.demo_scale = None
        if self.context.simulated_scale is not None:
            self.demo_scale = DemoScaleWidget(self.context.simulated_scale.state)
            right.addWidget(self.demo_scale)
        right.addWidget(self.quick_caption)
        right.addWidget(self.quick, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _shortcuts(self) -> None:
        for name, key in KEYS.items():
            QShortcut(QKeySequence(key), self, activated=self._action(name))

    def _action(self, name: str):
        own = {"help": self.show_help, "search": self.search_focus, "weigh": self.weigh, "portion": self.portion,
               "void": self.void, "pay": self.pay, "lock": self.lock, "x_report": self.x_report_requested.emit,
               "z_report": self.z_report_requested.emit}
        return own.get(name) or getattr(self.more, name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {"help": self.tr("Help"), "search": self.tr("Search"), "weigh": self.tr("Weigh"),
                 "portion": self.tr("Portion"), "void": self.tr("Void line"), "pay": self.tr("Pay"),
                 "lock": self.tr("Lock"), **self.more.words()}
        for name, button in self.buttons.items():
            button.setText(f"{KEYS[name].replace('Shift+', '⇧')}\n{words[name]}")
        chinese = self.languages.current == "zh_CN"
        self.language.setText(self.tr("English") if chinese else "中文")
        self.total_caption.setText(self.tr("Total"))
        self.quick_caption.setText(self.tr("Produce (PLU)"))
        self.model.set_chinese(chinese)
        self.quick.set_chinese(chinese)
        self.search.set_chinese(chinese)
        self._show_totals()

    # -- starting a shift of work ----------------------------------------------------------------------
    def start(self, cashier: User) -> None:
        self.cashier = cashier
        self.reader.run(lambda: weighed_quick_keys(self.context), on_success=self._quick_keys,
                        on_failure=self.fail)
        self.search.box.setFocus()

    def _quick_keys(self, items: list[Found]) -> None:
        self.products.update((f.product.sku, f.product) for f in items)
        self.quick.show_products(items)

    def toggle_language(self) -> None:
        self.languages.use("en" if self.languages.current == "zh_CN" else "zh_CN")

    # -- scanning, searching, picking ------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """A scanner burst (from the wedge filter, wherever the focus was) or a serial scanner's code."""
        self.add(lambda cashier, pin: self.session.add_code(code, cashier=cashier, pin=pin))

    def typed(self, text: str) -> None:
        self.search.insert_text(text)

    def look_up(self, term: str) -> None:
        if term:
            self.reader.run(lambda: self.session.search(term),
                            on_success=lambda items: self._found(term, items), on_failure=self.fail)

    def _found(self, term: str, items: list[Found]) -> None:
        self.products.update((f.product.sku, f.product) for f in items)
        self.search.show_results(term, items)

    def pick(self, sku: str) -> None:
        product = self.products.get(sku)
        if product is None:
            return
        self.current = product
        if product.sold_by is SoldBy.WEIGHT:
            self.weigh()
        elif product.sold_by is SoldBy.PORTION:
            self.portion()
        else:
            self.add(lambda cashier, pin: self.session.add_piece(sku, cashier=cashier, pin=pin))

    def add(self, adding) -> None:
        """`adding(cashier, pin)` on the writer; a sold-out item offers a manager's override."""
        cashier = self.cashier.user_id if self.cashier else ""
        self.authorised(lambda pin: adding(cashier, pin), on_success=self.show_basket)

    def authorised(self, job, *, on_success, reason: str | None = None) -> None:
        """`job(pin)` on the writer, asking for a manager's PIN when the service needs one."""
        self.gate.run(job, on_success=on_success, on_failure=self.fail, reason=reason, on_asked=self._asked)

    def _asked(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)

    # -- the F-key actions -----------------------------------------------------------------------------
    def show_help(self) -> None:
        self.inform(self.tr("Scan a barcode at any time. F2 search, F4 weigh, F5 portion, F8 void the selected "
                            "line, F10 pay, F12 lock. Produce: tap its key with the item on the scale."))

    def search_focus(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def weigh(self) -> None:
        product, scale = self.current, self.context.scale
        if product is None or product.sold_by is not SoldBy.WEIGHT:
            self.fail_text(self.tr("Pick a product sold by weight first (produce key or search)."))
            return
        if scale is None:
            self.fail_text(self.tr("No scale is connected to this till."))
            return
        sku = product.sku
        self.scale_thread.run(lambda: sale_grams(scale.read()),
                              on_success=lambda grams: self.add(
                                  lambda cashier, pin: self.session.add_weighed(sku, grams=grams, cashier=cashier,
                                                                                pin=pin)),
                              on_failure=self.fail)

    def portion(self) -> None:
        product = self.current
        if product is None or not product.portions and not product.allow_custom:
            self.fail_text(self.tr("Pick a product sold in portions first."))
            return
        dialog = PortionDialog(product, chinese=self.languages.current == "zh_CN", parent=self)
        self.dialog = dialog
        sku = product.sku

        def chosen() -> None:
            portion, quantity = dialog.portion, dialog.quantity
            self.add(lambda cashier, pin: self.session.add_portion(sku, portion=portion, quantity=quantity,
                                                                    cashier=cashier, pin=pin))
        dialog.accepted.connect(chosen)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def void(self) -> None:
        line = self.selected_line()
        if line is None:
            self.fail_text(self.tr("Select the line to void first."))
            return
        line_no, cashier = line.line_no, self.cashier.user_id
        self.authorised(lambda pin: self.session.void(line_no, cashier=cashier, pin=pin), on_success=self.show_basket)

    def selected_line(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()) if rows else None

    def pay(self) -> None:
        view = self.model.view
        if not view.lines:
            self.fail_text(self.tr("The basket is empty."))
            return
        dialog = PaymentDialog(total=view.total, cash_step=self.session.service.cash_step, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.check_out(dialog.tenders))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def check_out(self, tenders) -> None:
        cashier = self.cashier
        language = self.languages.receipt_language
        self.writer.run(lambda: self.session.pay(tenders=tenders, cashier=cashier.user_id, cashier_name=cashier.name,
                                                 language=language),
                        on_success=self._paid, on_failure=self.fail)

    def _paid(self, paid: Paid) -> None:
        self.last_paid = paid
        self.show_basket(paid.basket)
        self.inform(self.tr("Paid. Change: %1").replace("%1", "¥" + CNY.format(paid.sale.change)))
        self.show_receipt(paid)
        self.sale_committed.emit(paid)

    def show_receipt(self, paid: Paid) -> None:
        """The receipt beside the sale screen, without taking the focus: the next customer can be scanned."""
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = ReceiptPreviewDialog(paid=paid, printer=self.context.printer, reader=self.reader,
                                            writer=self.writer, english=self.languages.current == "en",
                                            columns=paper_columns(self.session.width_mm), parent=self)
        self.preview.show()

    def lock(self) -> None:
        self.lock_requested.emit()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.search.box.setFocus()

    # -- the scale -------------------------------------------------------------------------------------
    def poll_scale(self) -> None:
        scale = self.context.scale
        if scale is None or self._reading_in_flight:
            return
        self._reading_in_flight = True
        self.scale_thread.run(scale.read, on_success=self._read, on_failure=self._scale_failed)

    def _read(self, reading: ScaleReading) -> None:
        self._reading_in_flight = False
        self.reading = reading
        self.weight.show_reading(reading)
        self.scale_word.emit(self.weight.state_text()[0])

    def _scale_failed(self, error: BaseException) -> None:
        self._reading_in_flight = False
        self.weight.show_error(str(error))
        self.scale_word.emit(self.weight.state_text()[0])

    def _scale_command(self, command: str) -> None:
        scale = self.context.scale
        if scale is not None:
            self.scale_thread.run(getattr(scale, command), on_failure=self.fail)

    # -- showing ---------------------------------------------------------------------------------------
    def show_basket(self, view: BasketView) -> None:
        self.table.show_basket(view)
        self.banner.hide()
        self._show_totals()

    def _show_totals(self) -> None:
        view = self.model.view
        self.total.setText("¥" + CNY.format(view.total))
        self.count.setText(self.tr("%n line(s)", "", len(view.lines)))

    def fail(self, error: BaseException) -> None:
        self.fail_text(describe(error, english=self.languages.current == "en"))

    def fail_text(self, sentence: str) -> None:
        self._banner(sentence, kind="error")

    def inform(self, sentence: str) -> None:
        self._banner(sentence, kind="info")

    def _banner(self, sentence: str, *, kind: str) -> None:
        self.banner.setText(sentence)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
