"""`freshtill user …` through the real entry point, the PIN read from standard input."""
import io

from pos_app.services.authorisation import Authoriser
from pos_app.storage import users_repo
from pos_app.storage.database import TillDatabase
from tests.pos_app.services.catalog_samples import data_dir, run  # noqa: F401


def test_adding_users_with_a_pin_from_stdin(data_dir, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("4321\n"))
    assert run(data_dir, "user", "add", "--role", "manager", "--name", "王经理", "--pin") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("1111\n"))
    assert run(data_dir, "user", "add", "--role", "cashier", "--name", "Zhang", "--pin") == 0
    assert capsys.readouterr().out.splitlines() == ["m1\tmanager\t王经理", "c1\tcashier\tZhang"]
    assert run(data_dir, "user", "list") == 0
    listing = capsys.readouterr().out
    assert listing.splitlines() == ["c1\tcashier\tactive\tZhang", "m1\tmanager\tactive\t王经理"]
    assert "4321" not in listing
    with TillDatabase.open(data_dir) as db:
        assert Authoriser(db).authorise("4321", action="refund").user_id == "m1"
        with db.reading() as connection:
            assert users_repo.check_pin(connection, user_id="c1", pin="1111") is not None


def test_a_bad_pin_or_a_missing_pin_flag_exits_2_and_saves_nothing(data_dir, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert run(data_dir, "user", "add", "--role", "cashier", "--name", "Z", "--pin") == 2
    assert "4 to 12 digits" in capsys.readouterr().err
    assert run(data_dir, "user", "add", "--role", "cashier", "--name", "Z") == 2
    assert "--pin" in capsys.readouterr().err
    assert run(data_dir, "user", "list") == 0
    assert capsys.readouterr().out == ""
