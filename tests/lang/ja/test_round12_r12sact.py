"""Round 12 (r12sact): actors blind set 12 left unresolved or resolved to the outlet's Japan.

- The Taliban written bare (タリバン, タリバン側) is Afghanistan's de facto government; the
  Pakistani movement (パキスタン・タリバン運動, TTP) stays no state.
- US combatant commands written with 米 (米南方軍, 米アフリカ軍, 米欧州軍 …) are US forces;
  米欧州軍 is not 米欧 (the US and Europe).
- A foreign ministry called 外交部 with the Japanese gloss (外務省) in brackets is one
  ministry, not a second, Japanese one; 政府 after 両国 or 合法 is no government of Japan.
- A person the tables list with a title (ペトロ大統領, シシ大統領) is that state's wherever the
  story names him again with another title or 氏; a dotted name the tables list also by its
  first part (ハッサン・シェイク・モハムド大統領 … ハッサン氏).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, ja_codes

pytestmark = pytest.mark.model


def test_bare_taliban_is_afghanistan():
    assert ("ACCUSE", ("AFG",), ("PAK",)) in briefs(
        "タリバン側は、パキスタン軍が東部の州を空爆したと非難した。"
    )
    assert ja_codes("タリバンの報道官") == [("AFG",)] and ja_codes("タリバン政府") == [("AFG",)]


def test_the_pakistani_taliban_is_no_state():
    assert ja_codes("パキスタン・タリバン運動の戦闘員") == []
    assert ja_codes("パキスタンのタリバン勢力") == []
    assert "AFG" not in str(briefs("パキスタン軍は、パキスタン・タリバン運動の拠点を空爆した。"))


@pytest.mark.parametrize(
    "command", ["米南方軍", "米北方軍", "米欧州軍", "米アフリカ軍", "米宇宙軍", "米特殊作戦軍"]
)
def test_us_combatant_commands(command):
    assert ja_codes(command + "の司令官") == [("USA",)]


def test_us_european_command_is_not_the_us_and_europe():
    assert briefs("米欧州軍は、ルーマニアに戦闘機を派遣した。") == [("AID", ("USA",), ("ROU",))]
    assert ja_codes("米欧の首脳") == [("USA", "EUR")]


def test_foreign_ministry_with_its_japanese_gloss_is_one_ministry():
    assert ja_codes("台湾の外交部(外務省)は15日") == [("TWN",)]
    assert ja_codes("中国外交部（外務省）の報道官") == [("CHN",)]
    assert "JPN" in str(ja_codes("日本の外務省は"))


def test_government_of_both_states_or_the_lawful_one_is_not_japan():
    ms = briefs("ソロモン諸島政府は声明で、中華人民共和国を中国の唯一の合法政府として承認した。")
    assert ("SUPPORT", ("SLB",), ("CHN",)) in ms
    assert "JPN" not in str(ms)
    assert ja_codes("両国政府は") == []
    assert ja_codes("政府は") == [("JPN",)]


def test_listed_leader_named_again_with_honorific():
    ms = briefs(
        "南米コロンビアのペトロ大統領は1日、演説した。",
        "イスラエルのカッツ外相は、ペトロ氏を「反ユダヤ主義者だ」と批判した。",
    )
    assert ("ACCUSE", ("ISR",), ("COL",)) in ms


def test_dotted_name_shortened_to_its_first_part():
    ms = briefs(
        "エジプトのシシ大統領とソマリアのハッサン・シェイク・モハムド大統領が声明を出した。",
        "シシ氏とハッサン氏は14日、カイロで会談した。",
    )
    assert ("CONSULT", ("EGY",), ("SOM",)) in ms


def test_first_name_of_another_person_is_not_learned():
    # ハッサン alone, with nobody of that name introduced, is no state
    assert "SOM" not in str(briefs("ハッサン氏は14日、カイロでエジプトの外相と会談した。"))
