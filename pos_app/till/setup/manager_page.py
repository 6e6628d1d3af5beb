"""The first manager of a standalone till: with no head office to send users, someone must be able to sign
in, open the shift and authorise refunds. Shown only for a standalone till that has no manager yet (or
asked for with `freshtill till setup --step manager`); more users come with `freshtill user add`.

The PIN is only held until the wizard saves (hashed with argon2 on its background helper, in the same
transaction as the store's values) and is never written anywhere in clear.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from pos_app.storage import users_repo
from pos_app.till.device_settings import DeviceSettings
from pos_app.till.setup.setup_page import SetupPage, StoreValues, field_row

MANAGER = "manager"    # the key of (name, pin) in the values the wizard saves to the database


def new_manager(connection, *, name: str, pin: str) -> users_repo.User:
    """Add a manager under the next free id m1, m2, … inside the caller's transaction."""
    taken = {user.user_id for user in users_repo.all_users(connection)}
    number = next(n for n in range(1, len(taken) + 2) if f"m{n}" not in taken)
    return users_repo.add_local(connection, user_id=f"m{number}", name=name, role="manager", pin=pin)


def has_manager(db) -> bool:
    with db.reading() as connection:
        return any(u.active and u.role in ("manager", "admin") for u in users_repo.all_users(connection))


class ManagerPage(SetupPage):
    name = "manager"

    def __init__(self, *, worker, parent=None) -> None:
        super().__init__(worker=worker, parent=parent)
        self.name_label, self.pin_label, self.again_label = QLabel(), QLabel(), QLabel()
        self.manager_name, self.pin, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        self.manager_name.setMaxLength(40)
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        for field in (self.manager_name, self.pin, self.again):
            field.textChanged.connect(self.changed)
        self.focus_widget = self.manager_name
        self.body.addLayout(field_row(self.name_label, self.manager_name))
        self.body.addLayout(field_row(self.pin_label, self.pin))
        self.body.addLayout(field_row(self.again_label, self.again))
        self.retranslate()

    def problem(self) -> str:
        pin, again = self.pin.text(), self.again.text()
        if pin and not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
            return self.tr("A PIN is 4 to 12 digits.")
        if again and len(again) >= len(pin) and again != pin:
            return self.tr("The two PINs differ: type the same PIN twice.")
        return ""

    def changed(self) -> None:
        problem = self.problem()
        if problem:
            self.show_result(problem, ok=False)
        else:
            self.clear_result()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.manager_name.text().strip() and self.pin.text() and self.pin.text() == self.again.text()
                    and not self.problem())

    def collect(self, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
        if self.isComplete():
            store[MANAGER] = (self.manager_name.text().strip(), self.pin.text())
        return settings

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("The shop's manager"))
        self.hint.setText(self.tr("A standalone till has no head office to send it its users. Enter the manager "
                                  "who signs in, opens the shift and authorises refunds; cashiers can be added "
                                  "later."))
        self.name_label.setText(self.tr("Name"))
        self.pin_label.setText(self.tr("PIN (4 to 12 digits)"))
        self.again_label.setText(self.tr("PIN again"))
