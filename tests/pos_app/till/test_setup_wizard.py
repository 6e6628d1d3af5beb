"""The first-run setup wizard under pytest-qt: a full run enrolling with a real in-process HQ (its scale
test against a pty simulator through the real adapter, a test page through the file printer, a scan read
by the till's own wedge detector), a standalone run with every device step skipped, failing tests and a
refused code each showing their sentence, the live language switch, and the settings file afterwards."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget, QWizard

from pos_app.hardware.scale.sim_server import PtyScaleServer
from pos_app.storage import settings_repo, users_repo
from pos_app.storage.database import TillDatabase
from pos_app.till import device_settings
from tests.conftest import COLA, ean13
from tests.pos_app.till.conftest import FakeClock
from tests.sync.client.test_real_hq import hq  # noqa: F401 - the in-process HQ fixture (HTTPS, store s1)

pytestmark = pytest.mark.qt
MIN_TOUCH = 44


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "till"


@pytest.fixture
def make_wizard(qtbot, folder):
    made = []

    def make(*, language: str = "en", clock=None, **options):
        from pos_app.till.app import create_application
        from pos_app.till.setup.setup_wizard import SetupWizard
        _app, languages = create_application(language=language)
        db = TillDatabase.open(folder)
        wizard = SetupWizard(db=db, folder=folder, languages=languages, clock=clock or FakeClock(), **options)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append((wizard, db))
        qtbot.waitUntil(lambda: wizard.worker.pending == 0)
        return wizard
    yield make
    for wizard, db in made:
        wizard.shutdown()
        db.close()


def next_page(qtbot, wizard, name: str) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage().name == name


def result_of(qtbot, page) -> str:
    qtbot.waitUntil(lambda: page.result.isVisible() and not page.result.text().endswith("…"), timeout=15_000)
    return page.result.text()


def scan(qtbot, page, code: str) -> None:
    page.box.setFocus()
    qtbot.keyClicks(page.box, code)          # FakeClock: 5 ms between keys, a scanner's burst
    qtbot.keyClick(page.box, Qt.Key.Key_Return)


def too_small(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!r} {w.width()}x{w.height()}"
            for w in root.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisible() and
            (w.height() < MIN_TOUCH or (isinstance(w, QAbstractButton) and w.width() < MIN_TOUCH))]


def test_a_full_run_enrolls_with_hq_tests_every_device_and_saves_everything(qtbot, make_wizard, hq, folder,
                                                                              tmp_path):
    from sync.server import bootstrap
    wizard = make_wizard()
    language = wizard.page_named("language")
    language.choose("zh_CN")                                   # the wizard switches live (LanguageChange)
    qtbot.waitUntil(lambda: wizard.buttonText(QWizard.WizardButton.NextButton) == "下一步")
    assert wizard.page_named("scale").test_button.text() == "测试读数"
    assert wizard.currentPage().heading.text() == "欢迎使用鲜到家收银"
    language.choose("en")
    qtbot.waitUntil(lambda: wizard.buttonText(QWizard.WizardButton.NextButton) == "Next")
    assert too_small(wizard) == []

    next_page(qtbot, wizard, "store")
    store = wizard.currentPage()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()     # a name is needed
    store.store_name.setText("河畔店")
    store.store_name_en.setText("Riverside")
    store.till_name.setText("Till 1")
    assert too_small(wizard) == []

    next_page(qtbot, wizard, "hq")
    office = wizard.currentPage()
    office.choose("hq")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()     # not enrolled yet
    office.url.setText(hq.url)
    office.code.setText(bootstrap.enrollment_code(hq.engine, store_id="s1"))
    office.fingerprint.setText(hq.fingerprint)
    assert too_small(wizard) == []
    qtbot.mouseClick(office.enroll_button, Qt.MouseButton.LeftButton)
    assert "Enrolled as till" in result_of(qtbot, office)
    assert "Riverside Market" in office.result.text()
    assert "From head office: 4 products, 1 cashiers and managers." in office.result.text()   # first pull
    assert store.store_name.text() == "Riverside Market"                 # HQ names the store

    next_page(qtbot, wizard, "scale")                              # HQ sends the users: no manager page
    scale = wizard.currentPage()
    with PtyScaleServer(protocol="toledo8217") as server:
        server.state.put(1234)
        scale.port.setText(server.port)
        scale.protocol.setCurrentIndex(scale.protocol.findData("toledo8217"))
        qtbot.mouseClick(scale.test_button, Qt.MouseButton.LeftButton)
        assert result_of(qtbot, scale) == "The scale answered: 1.234 kg, steady."
        server.state.put(2500)                                     # the reading follows the scale live
        qtbot.waitUntil(lambda: scale.result.text() == "The scale answered: 2.500 kg, steady.", timeout=10_000)
        server.state.set_moving()
        qtbot.waitUntil(lambda: "moving" in scale.result.text(), timeout=10_000)   # 8217 sends no weight then
        server.state.set_moving(False)
        port = server.port
    assert too_small(wizard) == []

    next_page(qtbot, wizard, "printer")
    qtbot.waitUntil(lambda: not scale.live.isActive() and wizard.worker.pending == 0)  # stops once left
    printer = wizard.currentPage()
    paper = tmp_path / "printer.bin"
    printer.setting.setText(f"file://{paper}")
    qtbot.mouseClick(printer.test_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, printer).startswith("The test page was sent")
    printed = paper.read_bytes()
    assert b"printer test" in printed and "中文测试".encode("gb18030") in printed

    next_page(qtbot, wizard, "scanner")
    scanner = wizard.currentPage()
    scan(qtbot, scanner, COLA)
    assert result_of(qtbot, scanner) == f"Scanned a product barcode: {COLA}."
    label = ean13("210100101234")                             # in-store label: PLU 1001, 1.234 kg
    scan(qtbot, scanner, label)
    assert scanner.result.text().startswith("Scanned an in-store label: item")

    next_page(qtbot, wizard, "receipt")
    wizard.currentPage().lines.setPlainText("河畔路 88 号\n\n电话 021-5555 0188\n")
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    saved = json.loads(device_settings.path(folder).read_text(encoding="utf-8"))
    assert saved == {"mode": "hq", "till_name": "Till 1", "language": "en", "hq_url": hq.url, "scale_port": port,
                     "scale_protocol": "toledo8217", "printer": f"file://{paper}", "skipped": []}
    assert not list(folder.glob("*.tmp"))
    with TillDatabase.open(folder) as db, db.reading() as connection:
        assert settings_repo.get(connection, "store_name") == "Riverside Market"       # HQ's name wins
        assert settings_repo.get(connection, "receipt_header") == ["河畔路 88 号", "电话 021-5555 0188"]
        assert settings_repo.get(connection, "till_id")
        assert [u.user_id for u in users_repo.all_users(connection)] == ["c1"]             # HQ's cashier
        assert db.catalog.by_sku("P1") is not None
    assert (folder / "sync.json").exists()


def test_a_standalone_run_with_every_device_step_skipped(qtbot, make_wizard, folder):
    wizard = make_wizard(language="zh_CN")
    next_page(qtbot, wizard, "store")
    wizard.currentPage().store_name.setText("小店")
    wizard.currentPage().till_name.setText("1号机")
    next_page(qtbot, wizard, "hq")
    wizard.currentPage().choose("standalone")
    next_page(qtbot, wizard, "manager")                           # someone must be able to sign in
    manager = wizard.currentPage()
    manager.manager_name.setText("张经理")
    manager.pin.setText("4711")
    manager.again.setText("4712")
    assert manager.result.text() == "两次输入的密码不一致：请输入相同的密码。"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    manager.again.setText("4711")
    assert not manager.result.isVisible()
    next_page(qtbot, wizard, "scale")
    wizard.currentPage().port.setText("/dev/ttyUSB0")          # typed, then skipped: nothing is kept
    assert wizard.currentPage().skip_button.text() == "稍后设置"
    for step, following in (("scale", "printer"), ("printer", "scanner"), ("scanner", "receipt")):
        assert wizard.currentPage().name == step
        assert too_small(wizard) == []                               # a finger wide in Chinese too
        qtbot.mouseClick(wizard.currentPage().skip_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage().name == following
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    settings = device_settings.load(folder)
    assert settings == device_settings.DeviceSettings(mode="standalone", till_name="1号机", language="zh_CN",
                                                      skipped=("scale", "printer", "scanner"))
    assert not (folder / "sync.json").exists()
    with TillDatabase.open(folder) as db, db.reading() as connection:
        assert settings_repo.get(connection, "store_name") == "小店"
        assert settings_repo.get(connection, "receipt_header") == []
        manager = users_repo.check_pin(connection, user_id="m1", pin="4711")
        assert (manager.name, manager.role) == ("张经理", "manager")


@pytest.mark.parametrize(("language", "sentence"), [("en", "The scale is not connected: check its cable."),
                                                    ("zh_CN", "电子秤未连接：请检查线缆。")])
def test_a_failing_scale_test_shows_its_sentence(qtbot, make_wizard, language, sentence):
    wizard = make_wizard(language=language, steps=("scale",))
    page = wizard.currentPage()
    page.port.setText("/dev/no-such-scale")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page) == sentence
    assert page.result.property("kind") == "error"


def test_a_silent_scale_on_a_real_port_says_it_did_not_answer(qtbot, make_wizard):
    wizard = make_wizard(steps=("scale",))
    page = wizard.currentPage()
    with PtyScaleServer(protocol="sics") as server:              # the scale speaks MT-SICS, the till asks 8217
        page.port.setText(server.port)
        page.protocol.setCurrentIndex(page.protocol.findData("toledo8217"))
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        text = result_of(qtbot, page)
    assert page.result.property("kind") == "error" and text.startswith("The scale")


def test_a_refused_code_a_wrong_fingerprint_and_an_unreachable_hq_each_show_one_sentence(qtbot, make_wizard, hq):
    from sync.server import bootstrap
    wizard = make_wizard(steps=("hq",))
    page = wizard.currentPage()
    page.choose("hq")
    page.url.setText(hq.url)
    page.code.setText("WRONG-CODE-123")
    page.fingerprint.setText(hq.fingerprint)
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page).startswith("Head office refused the enrollment code")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    page.code.setText(bootstrap.enrollment_code(hq.engine, store_id="s1"))
    page.fingerprint.setText("ab" * 32)                              # not HQ's CA: the code is never sent
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page).startswith("This may not be your head office")
    assert page.enrollment is None and not (page.wizard().folder / "sync.json").exists()
    page.url.setText("https://127.0.0.1:9")
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page) == ("Head office cannot be reached at https://127.0.0.1:9: check the address "
                                      "and the network, then try again.")


def test_a_printer_that_cannot_be_reached_says_so_and_queues_nothing(qtbot, make_wizard, folder):
    wizard = make_wizard(steps=("printer",))
    page = wizard.currentPage()
    page.setting.setText("tcp://127.0.0.1:9")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page).startswith("Not printed: ")
    page.setting.setText("lpt://nowhere")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert result_of(qtbot, page).startswith("This printer setting cannot be used: ")
    with TillDatabase.open(folder) as db, db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM print_jobs").scalar_one() == 0


def test_a_single_step_redone_later_keeps_the_other_settings(qtbot, make_wizard, folder):
    before = device_settings.DeviceSettings(mode="standalone", till_name="Till 2", language="en",
                                            printer="dummy://", skipped=("scale", "scanner"))
    folder.mkdir(parents=True)
    device_settings.save(folder, before)
    wizard = make_wizard(steps=("scale",), initial=before)
    page = wizard.currentPage()
    with PtyScaleServer(protocol="sics") as server:
        page.port.setText(server.port)
        page.protocol.setCurrentIndex(page.protocol.findData("sics"))
        with qtbot.waitSignal(wizard.saved, timeout=10_000):
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        port = server.port
    after = device_settings.load(folder)
    assert after == device_settings.DeviceSettings(mode="standalone", till_name="Till 2", language="en",
                                                   printer="dummy://", scale_port=port, scale_protocol="sics",
                                                   skipped=("scanner",))


def test_every_wizard_string_is_translated(qapp):
    from pos_app.till.app import create_application
    _app, languages = create_application(language="zh_CN")
    assert QCoreApplication.translate("ScalePage", "Test reading") == "测试读数"
    languages.use("en")


def test_a_save_that_fails_says_why_and_leaves_the_till_not_set_up(qtbot, make_wizard, folder, monkeypatch):
    wizard = make_wizard(steps=("store",))
    page = wizard.currentPage()
    page.store_name.setText("小店")
    page.till_name.setText("1")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(device_settings, "save", full_disk)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible() and "not saved" in page.result.text())
    assert page.result.text() == "The settings were not saved (No space left on device). Try again."
    assert wizard.isVisible() and wizard.settings is None and device_settings.load(folder) is None
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_typing_in_the_scanner_box_is_told_apart_from_a_scan(qtbot, make_wizard):
    wizard = make_wizard(steps=("scanner",), clock=FakeClock(step=200))     # a person: 200 ms between keys
    page = wizard.currentPage()
    scan(qtbot, page, "1001")
    qtbot.waitUntil(lambda: page.result.isVisible())
    assert page.result.text().startswith("That was typed, not scanned") and page.box.text() == "1001"
    assert page.skipped                                                    # no scan yet: left for later


def test_a_code_the_till_cannot_read_says_why(qtbot, make_wizard):
    wizard = make_wizard(steps=("scanner",))
    page = wizard.currentPage()
    scan(qtbot, page, "6901234567890")                                     # wrong check digit
    assert result_of(qtbot, page) == "This barcode cannot be read: scan it again or type the PLU."
    assert page.result.property("kind") == "error"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_and_the_step_chooser_are_a_finger_wide(qtbot, make_wizard, language):
    from pos_app.till.setup.setup_wizard import STEPS
    from pos_app.till.setup.step_dialog import SetupStepDialog
    for step in STEPS:
        wizard = make_wizard(language=language, steps=(step,))
        if step == "hq":
            wizard.currentPage().choose("hq")                              # its fields show only then
        assert too_small(wizard) == [], step
        wizard.close()
    chooser = SetupStepDialog(steps=STEPS, skipped=("scale",))
    qtbot.addWidget(chooser)
    chooser.show()
    assert too_small(chooser) == []
