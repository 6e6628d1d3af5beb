"""`freshtill till`'s start-up: a till never set up shows the setup wizard and, once it is finished, the till
window with what was chosen; a till already set up opens straight on the PIN screen with its devices and
language from the settings file; a failed upgrade shows one sentence naming the backup, and no till."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWizard
from shiboken6 import isValid

from pos_app.hardware.scale import SimulatedScale
from pos_app.storage.database import TillDatabase
from pos_app.till import device_settings
from pos_app.till.device_settings import DeviceSettings
from tests.pos_app.storage.test_upgrade import break_the_next_migration, previous_till_with_sales, snapshot

pytestmark = pytest.mark.qt


@pytest.fixture
def start(qtbot, tmp_path):
    made = []

    def start_till(*, folder=None, language: str = "zh_CN"):
        from pos_app.till.app import create_application
        from pos_app.till.startup import TillStartup
        _app, languages = create_application(language=language)
        startup = TillStartup(folder=folder or tmp_path / "till", languages=languages, sync=False)
        made.append(startup)
        return startup, startup.start()
    yield start_till
    for startup in made:
        dispose(startup)


def dispose(startup) -> None:
    """Close and delete every window now: left to Python's garbage collector, a window can be deleted in
    the middle of the next test's QApplication.setStyleSheet, which walks every widget (a segfault)."""
    startup.shutdown()
    widgets = [startup.wizard, startup.window, startup.failure, startup.step_dialog, *startup.retired]
    for widget in widgets:
        if widget is not None and isValid(widget):        # a dialog goes with its window
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_a_new_till_shows_the_wizard_then_the_till_window(qtbot, start, tmp_path):
    startup, ok = start()
    assert ok and startup.window is None and startup.wizard.isVisible()
    wizard = startup.wizard
    qtbot.waitUntil(lambda: wizard.worker.pending == 0)
    wizard.next()
    wizard.currentPage().store_name.setText("小店")
    wizard.currentPage().till_name.setText("1号机")
    wizard.next()
    wizard.currentPage().choose("standalone")
    wizard.next()
    wizard.currentPage().manager_name.setText("张经理")
    wizard.currentPage().pin.setText("9999")
    wizard.currentPage().again.setText("9999")
    wizard.next()
    for _ in ("scale", "printer", "scanner"):
        qtbot.mouseClick(wizard.currentPage().skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: startup.window is not None)
    assert not wizard.isVisible() and startup.window.isVisible()
    assert startup.context.store.name == "小店" and startup.context.printer is None and startup.context.scale is None
    assert device_settings.load(tmp_path / "till").skipped == ("scale", "printer", "scanner")
    qtbot.waitUntil(lambda: [u.name for u in startup.window.login.users] == ["张经理"])   # who can sign in


def test_a_till_that_is_set_up_opens_without_the_wizard(qtbot, start, tmp_path):
    folder = tmp_path / "till"
    folder.mkdir()
    device_settings.save(folder, DeviceSettings(mode="standalone", till_name="1", language="en",
                                                printer=f"file://{tmp_path / 'paper.bin'}", scale_port="sim://"))
    startup, ok = start(language="zh_CN")
    assert ok and startup.wizard is None and startup.window is not None
    qtbot.waitUntil(lambda: bool(startup.window.login.users) or startup.window.login.isVisible())
    assert startup.languages.current == "en"                             # the language chosen at setup
    assert isinstance(startup.context.scale, SimulatedScale) and startup.context.printer is not None


def test_a_damaged_settings_file_is_one_sentence_not_a_crash(qtbot, start, tmp_path):
    folder = tmp_path / "till"
    folder.mkdir()
    device_settings.path(folder).write_text("{not json", encoding="utf-8")
    startup, ok = start()
    assert not ok and startup.window is None and startup.wizard is None
    assert "till-settings.json" in startup.failure.text() and "run the setup again" in startup.failure.text()


@pytest.mark.parametrize(("language", "words"), [("zh_CN", "收银数据库无法升级到此版本，已从升级前的备份"),
                                                 ("en", "so it was restored from the backup")])
def test_a_failed_upgrade_at_start_shows_one_sentence_naming_the_backup(qtbot, start, db, language, words):
    folder = db.path.parent
    device_settings.save(folder, DeviceSettings(language=language))
    path = previous_till_with_sales(db)
    break_the_next_migration(path)
    before = snapshot(path)
    startup, ok = start(folder=folder, language="zh_CN")                 # the settings' language wins
    assert not ok and startup.window is None and startup.wizard is None and startup.exit_code == 2
    shown = startup.failure.text()
    backups = [b for b in (folder / "backups").iterdir() if str(b) in shown]
    assert words in shown and len(backups) == 1 and startup.failure.isVisible()
    assert str(backups[0]) in startup.failure_text                        # the CLI prints the same file
    assert snapshot(path) == before


def test_the_database_opened_at_start_is_the_one_the_till_uses(qtbot, start, tmp_path):
    folder = tmp_path / "till"
    folder.mkdir()
    device_settings.save(folder, DeviceSettings(language="en"))
    startup, _ok = start(folder=folder)
    assert startup.context.db is startup.db and isinstance(startup.db, TillDatabase)


def test_a_till_selling_before_this_version_keeps_opening_without_the_wizard(qtbot, start, db, tmp_path):
    """An upgrade must not stop a working till at a wizard: its settings come from what it has."""
    from tests.sync.client.test_push import sell
    sell(db, 1)
    folder = db.path.parent
    startup, ok = start(folder=folder, language="en")
    assert ok and startup.wizard is None and startup.window is not None
    assert device_settings.load(folder) == DeviceSettings(mode="standalone", language="en",
                                                          skipped=("scale", "printer", "scanner"))


def test_the_flags_a_till_was_started_with_become_its_settings(qtbot, tmp_path, db):
    from pos_app.till.app import create_application
    from pos_app.till.startup import TillStartup
    from sync.client import credentials as stored
    from sync.client.credentials import Credentials
    folder = db.path.parent
    stored.save(folder, Credentials(hq_url="https://hq.example:8443", till_id="t1", store_id="s1",
                                    store_name="Riverside", token="x"))
    _app, languages = create_application(language="zh_CN")
    startup = TillStartup(folder=folder, languages=languages, printer="dummy://", scale_port="sim://",
                          scale_protocol="sics", sync=False)
    try:
        assert startup.start() and startup.wizard is None
        assert device_settings.load(folder) == DeviceSettings(
            mode="hq", language="zh_CN", hq_url="https://hq.example:8443", scale_port="sim://",
            scale_protocol="sics", printer="dummy://", skipped=("scanner",))
    finally:
        dispose(startup)


def test_a_manager_redoes_one_step_from_the_pin_screen_and_the_till_uses_it_at_once(qtbot, start, tmp_path):
    from pos_app.storage import users_repo
    folder = tmp_path / "till"
    with TillDatabase.open(folder) as db, db.transaction() as connection:
        users_repo.add_local(connection, user_id="m1", name="张经理", role="manager", pin="9999")
        users_repo.add_local(connection, user_id="c1", name="王芳", role="cashier", pin="1234")
    device_settings.save(folder, DeviceSettings(language="en", skipped=("scale", "printer", "scanner")))
    startup, ok = start(folder=folder)
    before = startup.window
    assert ok and startup.context.printer is None and before.login.setup.isVisible()
    qtbot.mouseClick(before.login.setup, Qt.MouseButton.LeftButton)
    dialog = startup.gate.dialog
    dialog.pin.setText("1234")                                     # a cashier's PIN is not enough
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert startup.step_dialog is None
    dialog.pin.setText("9999")
    dialog.submit()
    qtbot.waitUntil(lambda: startup.step_dialog is not None and startup.step_dialog.isVisible())
    assert startup.step_dialog.buttons["printer"].text() == "Receipt printer (not done yet)"
    assert startup.step_dialog.buttons["store"].text() == "Store and till"
    qtbot.mouseClick(startup.step_dialog.buttons["printer"], Qt.MouseButton.LeftButton)
    wizard = startup.wizard
    assert list(wizard.pages) == ["printer"] and wizard.currentPage().progress.text() == ""
    wizard.currentPage().setting.setText(f"file://{tmp_path / 'paper.bin'}")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window is not before, timeout=10_000)
    assert startup.context.printer is not None and startup.window.isVisible()       # in use at once
    saved = device_settings.load(folder)
    assert saved.printer == f"file://{tmp_path / 'paper.bin'}" and saved.skipped == ("scale", "scanner")
    assert saved.language == "en"


def test_the_setup_waits_for_a_basket_left_on_a_locked_till(qtbot, start, tmp_path, till_db):
    from tests.pos_app.till.test_sale_flow import sign_in
    from tests.pos_app.till.conftest import TEA
    folder = till_db.path.parent
    device_settings.save(folder, DeviceSettings(language="en"))
    till_db.close()
    startup, _ok = start(folder=folder)
    window = startup.window
    sign_in(qtbot, window)
    window.sale.scan(TEA)
    qtbot.waitUntil(lambda: len(window.sale.model.view.lines) == 1)
    window.lock()
    qtbot.mouseClick(window.login.setup, Qt.MouseButton.LeftButton)
    assert startup.gate is None and window.login.message.text() == \
        "Finish or hold the basket in hand before changing the till's setup."


def test_till_setup_of_one_step_on_a_new_till_runs_every_step_and_cancel_opens_a_set_up_till(qtbot, tmp_path):
    from pos_app.till.app import create_application
    from pos_app.till.startup import TillStartup
    _app, languages = create_application(language="en")
    fresh = TillStartup(folder=tmp_path / "new", languages=languages, steps=("scale",), sync=False)
    ready_folder = tmp_path / "ready"
    ready_folder.mkdir()
    device_settings.save(ready_folder, DeviceSettings(language="en"))
    ready = TillStartup(folder=ready_folder, languages=languages, steps=("scale",), sync=False)
    try:
        assert fresh.start() and list(fresh.wizard.pages)[0] == "language" and len(fresh.wizard.pages) == 8
        assert ready.start() and list(ready.wizard.pages) == ["scale"] and ready.window is None
        ready.wizard.reject()                                           # changed their mind
        assert ready.window is not None and ready.exit_code == 0
    finally:
        for startup in (fresh, ready):
            dispose(startup)


def test_the_setup_command_line():
    from pos_app.cli import build_parser
    from pos_app.till import commands
    from pos_app.till.setup.setup_wizard import STEPS
    assert commands.SETUP_STEPS == STEPS                                   # the CLI offers every page
    args = build_parser(["till", "setup", "--step", "scale", "--step", "printer"]).parse_args(
        ["till", "setup", "--step", "scale", "--step", "printer"])
    assert (args.setup, args.step, args.handler) == (True, ["scale", "printer"], commands.run)
    plain = build_parser(["till"]).parse_args(["till"])
    assert not getattr(plain, "setup", False) and plain.language is None and plain.scale_protocol is None
