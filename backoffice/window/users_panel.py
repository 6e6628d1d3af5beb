"""Administration › Users: who may sign in where (a store's manager sees that store's), creating a user with
a role, a store, a password (back office) and/or a PIN (tills), and deactivating or reactivating one. HQ lets
only an administrator change users; a deactivated user's sessions end at once and the tills learn it at
their next sync."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from backoffice.window import hq_office
from backoffice.window.formatting import when
from backoffice.window.hq_client import HqClient
from backoffice.window.messages import sentence
from backoffice.window.widgets import HqRows, Retranslated, fill, table
from pos_app.till.background import Background

ROLES = ("cashier", "manager", "admin")


class UsersPanel(HqRows, Retranslated, QWidget):
    def __init__(self, *, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.client: HqClient | None = None
        self.store_id: str | None = None
        self.admin = False
        self.rows: list[dict] = []
        self.table = table(7)
        self.table.itemSelectionChanged.connect(self._selection)
        self.deactivate_button, self.activate_button, self.refresh_button = QPushButton(), QPushButton(), QPushButton()
        self.new_role, self.role_button = QComboBox(), QPushButton()
        self.new_role.setMinimumHeight(44)       # a finger's width, like the buttons beside it
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.form = QGroupBox()
        self.user_id, self.name, self.password, self.pin = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.role, self.store = QComboBox(), QComboBox()
        self.create_button = QPushButton()
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout(self.form)
        for label, field in zip(self.labels, (self.user_id, self.name, self.role, self.store, self.password,
                                              self.pin)):
            form.addRow(label, field)
        form.addRow(self.create_button)
        self.lay_out(buttons=[self.refresh_button, self.deactivate_button, self.activate_button, self.new_role,
                              self.role_button], side=self.form, side_stretch=1)
        self.refresh_button.clicked.connect(self.refresh)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.activate_button.clicked.connect(lambda: self.set_active(True))
        self.create_button.clicked.connect(self.create)
        self.role_button.clicked.connect(self.change_role)
        self.retranslate()

    def role_names(self) -> dict[str, str]:
        return {"cashier": self.tr("Cashier"), "manager": self.tr("Manager"), "admin": self.tr("Administrator")}

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.deactivate_button.setText(self.tr("Deactivate"))
        self.activate_button.setText(self.tr("Reactivate"))
        self.role_button.setText(self.tr("Change role"))
        self.form.setTitle(self.tr("New user"))
        for label, text in zip(self.labels, (self.tr("User ID"), self.tr("Name"), self.tr("Role"), self.tr("Store"),
                                             self.tr("Password"), self.tr("PIN"))):
            label.setText(text)
        self.password.setPlaceholderText(self.tr("for the back office (managers)"))
        self.pin.setPlaceholderText(self.tr("4–12 digits, for the tills"))
        self.create_button.setText(self.tr("Create user"))
        for combo in (self.role, self.new_role):
            chosen = combo.currentData() or "cashier"
            combo.clear()
            for role, name in self.role_names().items():
                combo.addItem(name, role)
            combo.setCurrentIndex(combo.findData(chosen))
        if self.store.count():
            self.store.setItemText(0, self.tr("Every store"))
        self.table.setHorizontalHeaderLabels([self.tr("User ID"), self.tr("Name"), self.tr("Role"), self.tr("Store"),
                                              self.tr("Status"), self.tr("Signs in with"), self.tr("Created")])
        self._show()

    def use(self, *, client: HqClient | None, store_id: str | None, admin: bool, stores: list[dict]) -> None:
        self.client, self.store_id, self.admin = client, store_id, admin
        self.rows = []
        self.store.clear()
        self.store.addItem(self.tr("Every store"), None)
        for store in stores:
            self.store.addItem(store["name"] or store["id"], store["id"])
        self.store.setCurrentIndex(max(self.store.findData(store_id), 0) if store_id else 0)
        self.form.setEnabled(admin)
        self.state.setText("" if admin else self.tr("Only an administrator may change users."))
        self._show()
        self.refresh()

    def load_rows(self, client: HqClient, store_id: str | None) -> list[dict]:
        return hq_office.users(client, store_id=store_id)

    def set_active(self, active: bool) -> None:
        user, client = self.selected(), self.client
        if user is None or client is None:
            return

        def done(row: dict) -> None:
            self.state.setText((self.tr("%1 may sign in again.") if active else
                                self.tr("%1 is deactivated: signed out now, and at the tills after their next "
                                        "sync.")).replace("%1", row["id"]))
            self.refresh()

        self.background.run(lambda: hq_office.set_user_active(client, user_id=user["id"], active=active),
                            on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def change_role(self) -> None:
        user, client, role = self.selected(), self.client, self.new_role.currentData()
        if user is None or client is None or role == user["role"]:
            return

        def done(row: dict) -> None:
            self.state.setText(self.tr("%1 is now %2: signed out now, and at the tills after their next sync.")
                               .replace("%1", row["id"]).replace("%2", self.role_names().get(row["role"], row["role"])))
            self.refresh()

        self.background.run(lambda: hq_office.set_user_role(client, user_id=user["id"], role=role),
                            on_success=done, on_failure=lambda error: self.state.setText(sentence(error)))

    def create(self) -> None:
        client = self.client
        if client is None:
            return
        user = {"id": self.user_id.text().strip(), "name": self.name.text().strip(), "role": self.role.currentData(),
                "store_id": self.store.currentData(), "password": self.password.text() or None,
                "pin": self.pin.text().strip() or None}
        if not user["id"] or not (user["password"] or user["pin"]):
            self.state.setText(self.tr("Give the user an ID and a password or a PIN."))
            return

        def done(made: dict) -> None:
            for field in (self.user_id, self.name, self.password, self.pin):
                field.clear()
            self.state.setText(self.tr("%1 is created; the tills receive the user at their next sync.")
                               .replace("%1", made["id"]))
            self.refresh()

        self.background.run(lambda: hq_office.create_user(client, user=user), on_success=done,
                            on_failure=lambda error: self.state.setText(sentence(error)))

    def _selection(self) -> None:
        user = self.selected()
        self.deactivate_button.setEnabled(self.admin and user is not None and user["active"])
        self.activate_button.setEnabled(self.admin and user is not None and not user["active"])
        for widget in (self.new_role, self.role_button):
            widget.setEnabled(self.admin and user is not None)
        if user is not None:
            self.new_role.setCurrentIndex(self.new_role.findData(user["role"]))

    def _show(self) -> None:
        roles = self.role_names()
        every = self.tr("Every store")

        def signs_in(user: dict) -> str:
            ways = ([self.tr("password")] if user["has_password"] else []) + ([self.tr("PIN")] if user["has_pin"]
                                                                             else [])
            return ", ".join(ways) or "—"

        fill(self.table, [(u["id"], u["name"], roles.get(u["role"], u["role"]), u["store_id"] or every,
                           self.tr("Active") if u["active"] else self.tr("Deactivated"), signs_in(u),
                           when(u["created_at"])) for u in self.rows])
        self._selection()
