"""The first-run setup wizard of a till (and, with `steps=`, any single step of it again later).

Pages, in order: language (switches the wizard live), store and till name, head office (enroll with a
one-time code and pull the catalog and users, or standalone), the first manager (standalone only), scale,
printer, scanner, receipt header. Everything slow runs on the
wizard's own background helper: reading what was saved before, enrolling, the device tests, and the save.

Finish saves in this order: the store-wide values (store name, receipt header) in one database
transaction, then the device-local settings file, replaced atomically. The file is what makes the till
"set up", so a failure anywhere before it leaves the wizard to be run again with nothing half-written;
Cancel saves nothing (an enrollment already done stays in sync.json and is simply done again).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWizard

from pos_app.storage import settings_repo
from pos_app.storage.database import TillDatabase
from pos_app.till import device_settings
from pos_app.till.app import Languages
from pos_app.till.background import Background
from pos_app.till.device_settings import DeviceSettings
from pos_app.till.messages import describe
from pos_app.till.setup import device_checks
from pos_app.till.setup.device_pages import PrinterPage, ScalePage, ScannerPage
from pos_app.till.setup.identity_pages import Enrolled, HeadOfficePage, LanguagePage, ReceiptPage, StorePage
from pos_app.till.setup.manager_page import MANAGER, ManagerPage, has_manager, new_manager
from pos_app.till.setup.setup_page import SetupPage, StoreValues
from pos_app.till.wedge_filter import monotonic_ms

STEPS = ("language", "store", "hq", "manager", "scale", "printer", "scanner", "receipt")
STORE_KEYS = ("store_name", "store_name_en", "receipt_header")
SIZE = (960, 680)
# A chosen option (language, HQ or standalone) must look chosen, not merely focused.
CHOICE_STYLE = """
QPushButton:checked { background: #0050c8; color: #ffffff; border-color: #002f75; }
QLabel#progress { color: #4a4a4a; font-size: 15px; }
QPlainTextEdit { background: #ffffff; border: 2px solid #1a1a1a; border-radius: 6px; padding: 4px; font-size: 20px; }
QPlainTextEdit:focus { border: 3px solid #0050c8; }
"""


def read_store(db: TillDatabase) -> StoreValues:
    with db.reading() as connection:
        return {key: settings_repo.get(connection, key) for key in STORE_KEYS}


def save_setup(*, db: TillDatabase, folder: Path, settings: DeviceSettings, store: StoreValues) -> DeviceSettings:
    """Store-wide values first, the settings file last: the file's presence means the whole setup landed."""
    with db.transaction() as connection:
        for key in STORE_KEYS:
            if key in store:
                settings_repo.put(connection, key, store[key])
        if MANAGER in store:
            name, pin = store[MANAGER]
            new_manager(connection, name=name, pin=pin)
    device_settings.save(folder, settings)
    return settings


def enroller(*, db: TillDatabase, folder: Path) -> Callable[..., Enrolled]:
    def enroll(*, hq_url: str, code: str, ca_fingerprint: str | None, till_name: str) -> Enrolled:
        # httpx and the wire models: only when used
        from sync.client.client import SyncClient
        from sync.client.enrollment import enroll as enroll_till
        from sync.client.errors import SyncError

        done = enroll_till(db=db, data_dir=folder, hq_url=hq_url, code=code, till_name=till_name,
                           ca_fingerprint=ca_fingerprint)
        # The first pull here, so the PIN screen lists HQ's cashiers and the catalog is in when the till opens;
        # if it fails the enrollment stands and the sync worker pulls at start.
        try:
            with SyncClient.from_credentials(db=db, credentials=done.credentials) as client:
                pulled = client.pull_once()
        except SyncError as error:
            return Enrolled(done.credentials, done.trusted_on_first_use, pull_error=str(error))
        return Enrolled(done.credentials, done.trusted_on_first_use, products=pulled.products, users=pulled.users)
    return enroll


class SetupWizard(QWizard):
    saved = Signal(object)   # the DeviceSettings, once the database and the settings file are written

    def __init__(self, *, db: TillDatabase, folder: Path, languages: Languages, steps: tuple[str, ...] | None = None,
                 initial: DeviceSettings | None = None, clock: Callable[[], int] = monotonic_ms,
                 enroll: Callable[..., object] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.folder, self.languages = db, Path(folder), languages
        self.initial = initial or DeviceSettings(language=languages.current)
        self.settings: DeviceSettings | None = None
        self.save_error = ""
        self._saving = False
        self.worker = Background("setup", self)
        chosen = steps or STEPS
        unknown = set(chosen) - set(STEPS)
        if unknown:
            raise ValueError(f"Unknown setup steps {sorted(unknown)}: the steps are {', '.join(STEPS)}.")
        makers: dict[str, Callable[[], SetupPage]] = {
            "language": lambda: LanguagePage(worker=self.worker, languages=languages),
            "store": lambda: StorePage(worker=self.worker),
            "hq": lambda: HeadOfficePage(worker=self.worker, enroll=enroll or enroller(db=db, folder=self.folder),
                                         till_name=self._till_name),
            "manager": lambda: ManagerPage(worker=self.worker),
            "scale": lambda: ScalePage(worker=self.worker),
            "printer": lambda: PrinterPage(worker=self.worker,
                                           print_test=lambda setting: device_checks.print_test_page(
                                               db=db, printer=setting)),
            "scanner": lambda: ScannerPage(worker=self.worker, rules=lambda: device_checks.nomenclature(db),
                                           clock=clock),
            "receipt": lambda: ReceiptPage(worker=self.worker),
        }
        self.pages: dict[str, SetupPage] = {}
        for name in STEPS:
            if name in chosen:
                self.pages[name] = makers[name]()
                self.addPage(self.pages[name])
        if "hq" in self.pages and "store" in self.pages:      # going back to the store page shows HQ's name
            self.pages["hq"].store_named.connect(self.pages["store"].store_name.setText)
        for page in self.pages.values():
            page.progress.setObjectName("progress")
        self.setStyleSheet(CHOICE_STYLE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(*SIZE)
        self.retranslate()
        self.has_manager = False
        self.worker.run(lambda: (read_store(db), has_manager(db)), on_success=self.prefill)

    def page_named(self, name: str) -> SetupPage:
        return self.pages[name]

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """The manager page only for a standalone till that has no manager yet."""
        following = super().nextId()
        if following != -1 and self.page(following) is self.pages.get("manager") and not self.manager_needed():
            return following + 1 if self.page(following + 1) is not None else -1
        return following

    def manager_needed(self) -> bool:
        office = self.pages.get("hq")
        mode = office.mode if isinstance(office, HeadOfficePage) else self.initial.mode
        return mode == "standalone" and not self.has_manager

    def _till_name(self) -> str:
        store = self.pages.get("store")
        return store.till_name.text().strip() if isinstance(store, StorePage) else self.initial.till_name

    def prefill(self, found: tuple[StoreValues, bool]) -> None:
        store, self.has_manager = found
        for page in self.pages.values():
            page.prefill(self.initial, store)

    def collect(self) -> tuple[DeviceSettings, StoreValues]:
        settings, store = self.initial, {}
        for page in self.pages.values():
            if page is self.pages.get("manager") and len(self.pages) > 1 and not self.manager_needed():
                continue        # passed by (an enrolled till): HQ sends the users
            settings = page.collect(settings, store)
        return settings, store

    def accept(self) -> None:
        """Finish: save on the background helper; the wizard closes once everything is written."""
        if self._saving:
            return
        settings, store = self.collect()
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.worker.run(lambda: save_setup(db=self.db, folder=self.folder, settings=settings, store=store),
                        on_success=self._saved, on_failure=self._not_saved)

    def _saved(self, settings: DeviceSettings) -> None:
        self._saving = False
        self.settings = settings
        self.saved.emit(settings)
        super().accept()

    def _not_saved(self, error: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        # a disk's own words (No space left on device) say more than the generic sentence for a bug
        reason = (error.strerror or str(error)) if isinstance(error, OSError) else \
            describe(error, english=self.languages.current == "en")
        self.save_error = self.tr("The settings were not saved (%1). Try again.").replace("%1", reason)
        page = self.currentPage()
        if isinstance(page, SetupPage):
            page.show_result(self.save_error, ok=False)

    def shutdown(self) -> None:
        self.worker.close()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this till"))
        buttons = {QWizard.WizardButton.BackButton: self.tr("Back"), QWizard.WizardButton.NextButton: self.tr("Next"),
                   QWizard.WizardButton.CommitButton: self.tr("Next"),
                   QWizard.WizardButton.FinishButton: self.tr("Finish"),
                   QWizard.WizardButton.CancelButton: self.tr("Cancel")}
        for button, text in buttons.items():
            self.setButtonText(button, text)
        total = len(self.pages)
        for number, page in enumerate(self.pages.values(), start=1):
            page.progress.setText(self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(total))
                                  if total > 1 else "")
