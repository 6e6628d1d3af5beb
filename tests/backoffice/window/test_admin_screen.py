"""The Administration view against the in-process HQ and a real till: a user created in the window reaches the
till with its next pull and a deactivation too; an enrollment code issued in the window enrolls a real second
till, which the list then shows and the window revokes; events the till sent that HQ refused, and exceptions,
page newest first with the payload as sent."""
from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication

from backoffice.window.tills_panel import in_lines
from pos_app.storage import outbox, users_repo
from pos_app.storage.database import TillDatabase
from sync.client.enrollment import enroll
from sync.client.errors import SyncError
from sync.server import samples
from tests.backoffice.window.conftest import ADMIN, MANAGER, STORE, idle, sign_in

pytestmark = pytest.mark.qt


def open_admin(open_window, qtbot, world, *, user: str = ADMIN, language: str = "en"):
    window = open_window(world=world, language=language)
    sign_in(qtbot, window, user=user, fingerprint=world.fingerprint)
    if user == ADMIN:
        window.store.setCurrentIndex(window.store.findData(STORE))
    window.tabs.setCurrentWidget(window.admin)
    idle(qtbot, window)
    return window


def till_user(world, user_id: str):
    world.client.pull_once()
    with world.db.reading() as connection:
        return users_repo.get(connection, user_id)


def test_a_user_created_and_deactivated_in_the_window_reaches_the_till(open_window, qtbot, world):
    window = open_admin(open_window, qtbot, world)
    users = window.admin.users
    assert {MANAGER, "c1"} <= {u["id"] for u in users.rows} and ADMIN not in {u["id"] for u in users.rows}
    users.user_id.setText("c9")
    users.name.setText("Wang Fang")
    users.role.setCurrentIndex(users.role.findData("cashier"))
    users.pin.setText("13579")
    users.create()
    idle(qtbot, window)
    assert users.state.text() == "c9 is created; the tills receive the user at their next sync."
    assert users.user_id.text() == "" and "c9" in {u["id"] for u in users.rows}
    row = next(u for u in users.rows if u["id"] == "c9")
    assert (row["role"], row["store_id"], row["active"], row["has_pin"]) == ("cashier", STORE, True, True)
    assert till_user(world, "c9").active
    users.select("c9")
    assert users.deactivate_button.isEnabled() and not users.activate_button.isEnabled()
    users.deactivate_button.click()
    idle(qtbot, window)
    assert not next(u for u in users.rows if u["id"] == "c9")["active"]
    assert not till_user(world, "c9").active
    users.select("c9")
    users.activate_button.click()
    idle(qtbot, window)
    assert next(u for u in users.rows if u["id"] == "c9")["active"] and till_user(world, "c9").active
    users.user_id.setText("c9")
    users.pin.setText("2468")
    users.create()
    idle(qtbot, window)
    assert users.state.text().startswith("HQ")           # HQ's refusal as one sentence; nothing else changed


def test_a_role_changed_in_the_window_reaches_the_till(open_window, qtbot, world):
    window = open_admin(open_window, qtbot, world)
    users = window.admin.users
    users.select("c1")
    assert users.role_button.isEnabled() and users.new_role.currentData() == "cashier"
    users.new_role.setCurrentIndex(users.new_role.findData("manager"))
    users.role_button.click()
    idle(qtbot, window)
    assert users.state.text() == "c1 is now Manager: signed out now, and at the tills after their next sync."
    assert next(u for u in users.rows if u["id"] == "c1")["role"] == "manager"
    assert till_user(world, "c1").role == "manager"


def test_a_store_manager_sees_the_store_but_may_not_change_users(open_window, qtbot, world):
    window = open_admin(open_window, qtbot, world, user=MANAGER)
    users = window.admin.users
    assert users.rows and all(u["store_id"] == STORE for u in users.rows)
    assert not users.form.isEnabled() and users.state.text() == "Only an administrator may change users."
    users.select("c1")
    assert not users.deactivate_button.isEnabled() and not users.role_button.isEnabled()
    assert not window.admin.tills.issue_button.isEnabled()


def test_an_enrollment_code_from_the_window_enrolls_a_real_till_which_it_then_revokes(open_window, qtbot, world,
                                                                                     tmp_path):
    window = open_admin(open_window, qtbot, world)
    tills = window.admin.tills
    assert [t["id"] for t in tills.rows] == [world.sales[0].till]
    assert tills.table.item(0, 3).text() != "—"                   # the till has been seen
    tills.issue_button.click()
    idle(qtbot, window)
    code = tills.code_label.text()
    assert code == tills.code["code"] and len(code) >= 6
    assert in_lines(world.fingerprint) in tills.code_note.text() and "Valid once, until" in tills.code_note.text()
    assert in_lines(world.fingerprint).replace("\n", ":") == world.fingerprint
    tills.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"{code}\n{world.fingerprint}"
    second = TillDatabase.open(tmp_path / "till2")
    try:
        enrolled = enroll(db=second, data_dir=tmp_path / "till2", hq_url=world.url, code=code, till_name="Front 2",
                          ca_fingerprint=world.fingerprint)
        with pytest.raises(SyncError):                            # the code is spent
            enroll(db=second, data_dir=tmp_path / "till3", hq_url=world.url, code=code,
                   ca_fingerprint=world.fingerprint)
    finally:
        second.close()
    tills.refresh()
    idle(qtbot, window)
    new = enrolled.credentials.till_id
    assert {t["id"] for t in tills.rows} == {world.sales[0].till, new}
    tills.select(new)
    assert tills.revoke_button.isEnabled()
    tills.revoke(confirm=False)
    idle(qtbot, window)
    assert tills.state.text() == f"Till {new} is revoked."
    row = next(r for r in range(tills.table.rowCount()) if tills.table.item(r, 0).text() == new)
    assert tills.table.item(row, 6).text().startswith("Revoked")
    tills.select(new)
    assert not tills.revoke_button.isEnabled()


def test_a_store_without_sync_problems_says_so(open_window, qtbot, world):
    window = open_admin(open_window, qtbot, world)
    window.store.setCurrentIndex(window.store.findData("s2"))     # a store without tills: whatever ran before
    idle(qtbot, window)
    problems = window.admin.problems
    assert problems.rejected == [] and problems.rejected_title.text() == "HQ refused no event from this store's tills."
    assert problems.exceptions_title.text() == "No exceptions were noted for this store."


def test_refused_events_and_exceptions_page_newest_first_with_the_payload(open_window, qtbot, world):
    bad = []
    for cents in ("1.5", "2.5", "3.5"):                          # one push each: distinct receive times
        payload = samples.sale_payload([("V1", 1000, 698)], till=world.sales[0].till)
        payload["total"] = float(cents)                           # a float amount: HQ refuses the event
        bad.append(payload["uuid"])
        with world.db.transaction() as connection:
            outbox.append(connection, kind="sale", payload=payload, event_id=payload["uuid"])
        world.client.push_once()
    with world.db.transaction() as connection:
        outbox.append(connection, kind="sale", payload=samples.sale_payload([("GHOST", 1000, 100)],
                                                                            till=world.sales[0].till))
    world.client.push_once()
    window = open_admin(open_window, qtbot, world)
    problems = window.admin.problems
    problems.page = 2
    problems.refresh()
    idle(qtbot, window)
    assert [e["id"] for e in problems.rejected] == bad[::-1][:2] and problems.older_rejected.isEnabled()
    problems.older_rejected.click()
    idle(qtbot, window)
    assert [e["id"] for e in problems.rejected] == bad[::-1] and not problems.older_rejected.isEnabled()
    assert problems.rejected_table.rowCount() == 3 and "total" in problems.rejected_table.item(0, 4).text()
    problems.rejected_table.selectRow(0)
    assert json.loads(problems.payload.toPlainText())["total"] == 3.5
    assert problems.rejected_title.text() == "Events HQ refused, newest first"
    everything = []
    while True:                                   # exceptions page by id, two at a time, newest first
        everything = list(problems.exceptions)
        if not problems.older_exceptions.isEnabled():
            break
        problems.older_exceptions.click()
        idle(qtbot, window)
    ids = [x["id"] for x in everything]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    assert "GHOST" in {x["sku"] for x in everything}
    assert problems.exceptions_table.rowCount() == len(everything)


def test_administration_in_chinese(open_window, qtbot, world):
    window = open_admin(open_window, qtbot, world, language="zh_CN")
    assert window.tabs.tabText(window.tabs.indexOf(window.admin)) == "系统管理"
    assert window.admin.sections.tabText(1) == "收银台"
    assert window.admin.users.table.horizontalHeaderItem(2).text() == "角色"
