"""The device-local settings file the setup wizard writes: what is saved loads back equal, anything else in
the file is one sentence naming it (never another exception), and a save replaces the file whole."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from pos_app.core.errors import PosError
from pos_app.till import device_settings
from pos_app.till.device_settings import DEVICE_STEPS, LANGUAGES, MODES, DeviceSettings

text = st.text(max_size=40)
valid = st.builds(DeviceSettings, mode=st.sampled_from(MODES), till_name=text, language=st.sampled_from(LANGUAGES),
                  hq_url=text, scale_port=text, scale_protocol=text, printer=text,
                  skipped=st.lists(st.sampled_from(DEVICE_STEPS), unique=True).map(tuple))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
                           max_leaves=8)


@settings(max_examples=60, deadline=None)
@given(chosen=valid)
def test_what_is_saved_loads_back_equal(tmp_path_factory, chosen):
    folder = tmp_path_factory.mktemp("till")
    device_settings.save(folder, chosen)
    assert device_settings.load(folder) == chosen
    assert [p.name for p in folder.iterdir()] == [device_settings.FILE_NAME]     # no temporary file left


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(st.sampled_from(["mode", "till_name", "language", "hq_url", "scale_port",
                                             "scale_protocol", "printer", "skipped", "from_a_newer_version"]),
                            json_values, max_size=9) | json_values)
def test_anything_in_the_file_is_settings_or_one_sentence_naming_it(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("till")
    device_settings.path(folder).write_text(json.dumps(data), encoding="utf-8")
    try:
        loaded = device_settings.load(folder)
    except PosError as error:
        assert device_settings.FILE_NAME in str(error) and "run the setup again" in str(error)
    else:
        assert isinstance(loaded, DeviceSettings) and all(isinstance(s, str) for s in loaded.skipped)


def test_a_file_cut_short_is_refused_and_a_missing_one_means_not_set_up(tmp_path):
    assert device_settings.load(tmp_path) is None
    device_settings.save(tmp_path, DeviceSettings(till_name="Till 1"))
    whole = device_settings.path(tmp_path).read_bytes()
    device_settings.path(tmp_path).write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PosError, match="cannot be read"):
        device_settings.load(tmp_path)


def test_skipping_a_step_and_doing_it_again():
    done = DeviceSettings().skipping("scale", True).skipping("printer", True).skipping("scale", False)
    assert done.skipped == ("printer",)
    with pytest.raises(PosError):
        DeviceSettings(skipped=("fax",))


def test_a_save_cut_off_before_the_rename_leaves_the_old_settings_whole(tmp_path, monkeypatch):
    old = DeviceSettings(till_name="Till 1", printer="tcp://192.168.1.50:9100")
    device_settings.save(tmp_path, old)

    def power_cut(*_args):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(device_settings.os, "replace", power_cut)
    with pytest.raises(OSError):
        device_settings.save(tmp_path, DeviceSettings(till_name="Till 2"))
    monkeypatch.undo()
    assert device_settings.load(tmp_path) == old
