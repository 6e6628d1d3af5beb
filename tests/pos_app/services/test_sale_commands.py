from pos_app.cli import main


def test_replay_of_a_missing_file_is_one_clear_error(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "replay", str(tmp_path / "nope.csv")])
    assert code == 2
    assert "nope.csv" in capsys.readouterr().err
