"""What `freshtill till` does before the first sale: open (and if needed migrate) the till database, run
the setup wizard when the till has never been set up (or when a step is asked for again), then open the
till window with the devices the settings name.

A failed migration is shown in the window as one sentence naming the backup the database was restored
from (and printed on stderr by the command), never as a traceback; the till does not open on a database
it could not bring up to date.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app.core.errors import PosError
from pos_app.storage.database import TillDatabase
from pos_app.storage.migrate import MigrationError
from pos_app.till import device_settings
from pos_app.till.app import Languages
from pos_app.till.device_settings import DeviceSettings
from pos_app.till.messages import describe

log = logging.getLogger(__name__)


class TillStartup(QObject):
    """Device flags given on the command line override the settings file for this run only."""

    def __init__(self, *, folder: Path, languages: Languages, language: str | None = None,
                 printer: str | None = None, scale_port: str | None = None, scale_protocol: str | None = None,
                 steps: tuple[str, ...] | None = None, sync: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.languages = languages
        self.language, self.printer, self.scale_port, self.scale_protocol = language, printer, scale_port, \
            scale_protocol
        self.steps = steps
        self.sync = sync
        self.db: TillDatabase | None = None
        self.settings: DeviceSettings | None = None
        self.gate = self.step_dialog = self.closer = None
        self.retired: list[QObject] = []
        self.wizard = None
        self.window = None
        self.context = None
        self.failure: QMessageBox | None = None
        self.failure_text = ""
        self.exit_code = 0

    def start(self) -> bool:
        """Show the wizard or the till window; False (and the failure shown) when the till cannot open."""
        try:
            settings = device_settings.load(self.folder)
        except PosError as error:
            return self._fail(str(error), str(error))
        if settings is not None and self.language is None:
            self.languages.use(settings.language)      # first: even a failed upgrade is told in it
        try:
            self.db = TillDatabase.open(self.folder)
        except MigrationError as error:
            return self._fail(self.migration_sentence(error), str(error))
        if settings is None and not self.steps:
            settings = self.adopt()
        if settings is None or self.steps:
            self.show_wizard(settings)
        else:
            self.open_window(settings)
        return True

    def adopt(self) -> DeviceSettings | None:
        """A till that was selling before this version had no wizard: it is already set up (enrolled, or
        with sales of its own), so its settings are written from what it has and the flags it was started
        with, and it opens straight on the PIN screen as it did before the upgrade. A fresh till: None."""
        from sync.client import credentials as stored     # json and dataclasses only: no httpx here

        try:
            enrolled = stored.load(self.folder)
        except PosError:
            enrolled = None
        with self.db.reading() as connection:
            has_sales = connection.exec_driver_sql("SELECT 1 FROM sales LIMIT 1").first() is not None
        if enrolled is None and not has_sales:
            return None
        given = {"scale": self.scale_port, "printer": self.printer, "scanner": None}
        settings = DeviceSettings(mode="hq" if enrolled else "standalone", hq_url=enrolled.hq_url if enrolled else "",
                                  language=self.languages.current, scale_port=self.scale_port or "",
                                  scale_protocol=self.scale_protocol or "toledo8217", printer=self.printer or "",
                                  skipped=tuple(step for step, value in given.items() if not value))
        device_settings.save(self.folder, settings)
        log.info("adopted the settings of a till set up before the wizard: %s", settings)
        return settings

    def migration_sentence(self, error: MigrationError) -> str:
        if error.backup is None:
            return self.tr("The till database could not be created: %1").replace("%1", str(error))
        return self.tr("The till database could not be upgraded to this version, so it was restored from the "
                       "backup %1 taken just before and no sale was lost: start the previous version or call "
                       "support.").replace("%1", str(error.backup))

    def show_wizard(self, settings: DeviceSettings | None) -> None:
        from pos_app.till.setup.setup_wizard import SetupWizard   # only a till being set up pays for it
        # one step alone only for a till already set up: a new one needs every step (a name, a manager …)
        steps = self.steps if settings is not None else None
        self.wizard = SetupWizard(db=self.db, folder=self.folder, languages=self.languages, steps=steps,
                                  initial=settings)
        self.wizard.saved.connect(self.open_window)
        self.wizard.rejected.connect(lambda: self._cancelled(settings))
        self.wizard.show()

    def _cancelled(self, settings: DeviceSettings | None) -> None:
        """Cancel on a new till: nothing is saved and the till does not open; on `till setup` of a till
        already set up: it opens as it was."""
        if settings is not None:
            self.open_window(settings)
            return
        self.exit_code = 1
        QApplication.instance().quit()

    def open_window(self, settings: DeviceSettings) -> None:
        from pos_app.till.context import open_store
        from pos_app.till.main_window import TillMainWidget
        from pos_app.till.sync_link import start_sync

        self.context = open_store(self.folder, db=self.db, printer_setting=self.printer or settings.printer or None,
                                  scale_port=self.scale_port or settings.scale_port or None,
                                  scale_protocol=self.scale_protocol or settings.scale_protocol)
        self.settings = settings
        self.window = TillMainWidget(context=self.context, languages=self.languages)
        self.window.login.setup.show()
        self.window.login.setup_requested.connect(self.request_setup)
        self.window.showMaximized()
        if self.sync and settings.mode == "hq":
            start_sync(self.context, folder=self.folder)

    # -- the setup again, from the PIN screen ----------------------------------------------------------------
    def request_setup(self) -> None:
        """A manager's PIN (checked on the writer thread, wrong ones counted), then the step to do again."""
        from pos_app.till.dialogs.manager_pin_dialog import ManagerGate

        window = self.window
        english = lambda: self.languages.current == "en"  # noqa: E731 - read at each call: the language may change
        if window.sale.model.view.lines:      # a locked till's basket lives on; a new window would drop it
            self.tell(self.tr("Finish or hold the basket in hand before changing the till's setup."))
            return
        self.gate = ManagerGate(writer=window.writer, parent=window, english=english)
        authoriser = self.context.cashiers.authoriser
        self.gate.ask(lambda pin: authoriser.authorise(pin or "", action="till_setup"),
                      on_success=lambda _manager: self.choose_step(),
                      on_failure=lambda error: self.tell(describe(error, english=english())),
                      reason=self.tr("A manager's PIN is needed to change the till's setup."))

    def tell(self, sentence: str) -> None:
        self.window.login.message.setText(sentence)
        self.window.login.message.show()

    def choose_step(self) -> None:
        from pos_app.till.setup.setup_wizard import STEPS
        from pos_app.till.setup.step_dialog import SetupStepDialog

        self.step_dialog = SetupStepDialog(steps=STEPS, skipped=self.settings.skipped, parent=self.window)
        self.step_dialog.accepted.connect(lambda: self.redo(self.step_dialog.chosen))
        self.step_dialog.open()

    def redo(self, step: str) -> None:
        from pos_app.till.setup.setup_wizard import SetupWizard

        self.wizard = SetupWizard(db=self.context.db, folder=self.folder, languages=self.languages, steps=(step,),
                                  initial=self.settings)
        # after the wizard has finished closing: reopening replaces the window the wizard was opened from
        self.wizard.saved.connect(lambda settings: QTimer.singleShot(0, lambda: self.reopen(settings)))
        self.wizard.show()

    def reopen(self, settings: DeviceSettings) -> None:
        """The new devices and names take effect at once: the till closes its window and opens it again, as
        a restart would (only from the PIN screen with no basket in hand). The old devices are closed off the
        UI thread (a printer mid-job may take its 2 s), and the new print queue starts only after the old one
        stopped: two queues on one database would send the same jobs."""
        from pos_app.till.background import Background

        self.wizard.shutdown()
        old_window, old_context = self.window, self.context
        old_window.shutdown()              # the window's own threads: idle on the PIN screen
        old_window.close()
        self.context = self.window = None
        self.retired.append(old_window)    # deleted with the start-up, not inside one of its own callbacks

        def swap() -> TillDatabase:
            old_context.close()            # printer queue, scale, sync worker, database
            return TillDatabase.open(self.folder)

        def reopened(db: TillDatabase) -> None:
            self.db = db
            self.open_window(settings)
            while self.retired:            # now outside any of the old window's callbacks
                self.retired.pop().deleteLater()
        self.closer = self.closer or Background("reopen", self)
        self.closer.run(swap, on_success=reopened, on_failure=lambda error: self._fail(describe(error), str(error)))

    def _fail(self, sentence: str, english: str) -> bool:
        log.error("the till cannot open: %s", english)
        self.failure_text = english
        self.exit_code = 2
        self.failure = QMessageBox(QMessageBox.Icon.Critical, "FreshTill", sentence)
        self.failure.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")   # a backup's path must not wrap to a column
        self.failure.setStandardButtons(QMessageBox.StandardButton.Close)
        self.failure.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        self.failure.finished.connect(QApplication.instance().quit)
        self.failure.show()
        return False

    def shutdown(self) -> None:
        if self.closer is not None:
            self.closer.close()
        if self.wizard is not None:
            self.wizard.shutdown()
        if self.window is not None:
            self.window.shutdown()
        if self.context is not None:
            self.context.close()          # closes the database too
        elif self.db is not None:
            self.db.close()
