import pytest

from pos_app.services.pinyin import MAX_LENGTH, initials


@pytest.mark.parametrize(("name", "expected"), [
    ("西红柿", "XHS"),
    ("长豆角", "CDJ"),            # cháng, not pypinyin's default zhǎng
    ("番茄", "FQ"),              # qié, not jiā
    ("海参", "HS"),
    ("重庆小面", "CQXM"),
    ("绿豆", "LD"),              # lǜ: the first letter is plain L
    ("Coca-Cola 可口可乐", "COCACOLAKKKL"),
    ("农夫山泉 550ml", "NFSQ550ML"),
    ("ＡＢ牌１号", "ABP1H"),  # full-width letters and digits count as ASCII
    ("鸡蛋（散装）", "JDSZ"),       # full-width brackets are dropped
    ("", ""),
    ("  ·、。", ""),
])
def test_initials(name, expected):
    assert initials(name) == expected


def test_characters_outside_the_basic_plane_and_other_scripts():
    assert initials("𠀀") == "H"          # CJK extension B still has a reading
    assert initials("café 咖啡") == "CAFKF"  # é is not ASCII: dropped
    assert initials("キャベツ白菜") == "BC"    # kana dropped


def test_long_names_are_cut_to_the_column_width():
    assert len(initials("西" * 200)) == MAX_LENGTH


def test_repeated_calls_agree_and_are_fast_enough_for_a_big_catalog():
    names = [f"红富士苹果{n}号" for n in range(20_000)]
    first = [initials(name) for name in names]
    assert first == [initials(name) for name in names]
    assert first[123] == "HFSPG123H"
