"""The sale screen's second row: hold and recall, refund, void the basket, discount, open the drawer without
a sale (and the shift's X and Z reports, which the main window handles). Each goes through the services on
the writer thread, and through the manager's PIN where the service asks for one (ManagerGate).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pos_app.core.money import CNY
from pos_app.till.dialogs.discount_dialog import DiscountDialog
from pos_app.till.dialogs.held_dialog import HeldBasketsDialog
from pos_app.till.dialogs.refund_dialog import RefundDialog
from pos_app.till.sale_session import BasketView, Paid

if TYPE_CHECKING:
    from pos_app.till.screens.sale_screen import SaleScreen

MORE = ("hold", "recall", "refund", "void_basket", "discount", "no_sale", "x_report", "z_report")


translate = QCoreApplication.translate   # lupdate reads translate("<context>", "<literal>") calls


class BasketActions:
    def __init__(self, screen: SaleScreen) -> None:
        self.screen = screen

    @staticmethod
    def words() -> dict[str, str]:
        return {"hold": translate("BasketActions", "Hold"), "recall": translate("BasketActions", "Recall"),
                "refund": translate("BasketActions", "Refund"),
                "void_basket": translate("BasketActions", "Void all"),
                "discount": translate("BasketActions", "Discount"),
                "no_sale": translate("BasketActions", "No sale"),
                "x_report": translate("BasketActions", "X report"),
                "z_report": translate("BasketActions", "Close shift")}

    @property
    def cashier_id(self) -> str:
        cashier = self.screen.cashier
        return cashier.user_id if cashier is not None else ""

    def _open(self, dialog) -> None:
        self.screen.dialog = dialog
        dialog.finished.connect(self.screen._dialog_closed)
        dialog.open()

    # -- holding ---------------------------------------------------------------------------------------
    def hold(self) -> None:
        screen, cashier = self.screen, self.cashier_id
        if not screen.model.view.lines:
            screen.fail_text(translate("BasketActions", "The basket is empty."))
            return

        def held(view: BasketView) -> None:
            screen.show_basket(view)
            screen.inform(translate("BasketActions", "The basket is on hold: F6 brings it back."))
        screen.writer.run(lambda: screen.session.hold(cashier=cashier), on_success=held, on_failure=screen.fail)

    def recall(self) -> None:
        screen = self.screen
        if screen.model.view.lines:
            screen.fail_text(translate("BasketActions", "Finish or hold the basket in hand before recalling another."))
            return
        screen.reader.run(screen.session.held_baskets, on_success=self._listed, on_failure=screen.fail)

    def _listed(self, held) -> None:
        screen = self.screen
        if not held:
            screen.inform(translate("BasketActions", "No basket is on hold."))
            return
        dialog = HeldBasketsDialog(held=held, parent=screen)

        def chosen() -> None:
            held_id = dialog.chosen
            screen.writer.run(lambda: screen.session.recall(held_id), on_success=screen.show_basket,
                              on_failure=screen.fail)
        dialog.accepted.connect(chosen)
        self._open(dialog)

    # -- overrides -------------------------------------------------------------------------------------
    def void_basket(self) -> None:
        screen, cashier = self.screen, self.cashier_id
        if not screen.model.view.lines:
            screen.fail_text(translate("BasketActions", "The basket is empty."))
            return
        screen.authorised(lambda pin: screen.session.void_basket(cashier=cashier, pin=pin),
                          on_success=screen.show_basket)

    def discount(self) -> None:
        screen, cashier = self.screen, self.cashier_id
        view = screen.model.view
        if not view.lines:
            screen.fail_text(translate("BasketActions", "The basket is empty."))
            return
        line = screen.selected_line()
        dialog = DiscountDialog(line=line, subtotal=sum(x.net_before_basket for x in view.lines),
                                chinese=screen.languages.current == "zh_CN", parent=screen)

        def chosen() -> None:
            line_no, discount = dialog.line_no, dialog.discount
            screen.authorised(lambda pin: screen.session.discount(line_no=line_no, discount=discount,
                                                                  cashier=cashier, pin=pin),
                              on_success=screen.show_basket)
        dialog.accepted.connect(chosen)
        self._open(dialog)

    def no_sale(self) -> None:
        screen, cashier = self.screen, self.cashier_id
        screen.authorised(lambda pin: screen.session.no_sale(cashier=cashier, pin=pin),
                          on_success=lambda _none: screen.inform(translate("BasketActions", "The drawer opens.")),
                          reason=translate("BasketActions", "Opening the drawer without a sale needs a manager's PIN."))

    # -- refunds ---------------------------------------------------------------------------------------
    def refund(self) -> None:
        screen = self.screen
        cashier = screen.cashier
        language = screen.languages.receipt_language
        dialog = RefundDialog(reader=screen.reader, db=screen.context.db,
                              english=screen.languages.current == "en", parent=screen)

        def chosen() -> None:
            sale_uuid, items = dialog.sale_uuid, dialog.items
            screen.authorised(lambda pin: screen.session.refund(sale_uuid, items=items, cashier=cashier.user_id,
                                                                pin=pin, cashier_name=cashier.name,
                                                                language=language),
                              on_success=self._refunded,
                              reason=translate("BasketActions", "A refund needs a manager's PIN."))
        dialog.accepted.connect(chosen)
        self._open(dialog)

    def _refunded(self, paid: Paid) -> None:
        screen = self.screen
        screen.last_paid = paid
        screen.inform(translate("BasketActions", "Refunded: %1. The refund receipt is printing.")
                      .replace("%1", "¥" + CNY.format(abs(paid.sale.total))))
        screen.show_receipt(paid)
