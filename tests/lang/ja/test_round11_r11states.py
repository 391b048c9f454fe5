"""Round 11 (r11states): states and regional organisations the actor tables did not know.

A coverage pass over every UN member, observer and partly recognised state, the states in
free association with New Zealand (Cook Islands, Niue), the Latin abbreviations Japanese
papers print for states (NZ) and the regional IGOs (OAS, ECOWAS, AES, OIC, CARICOM ...).
Full CLDR names were already known; the additions live in lang/ja/data/actors.tsv.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code, ja_actors

pytestmark = pytest.mark.model


def test_free_association_states_are_actors():
    (m,) = code("クック諸島政府は4日、中国と海洋資源の開発で協力する協定に署名した。")
    assert brief(m)[1] == ("COK",) and "CHN" in brief(m)[2]
    (n,) = code("ニウエの首相は9日、ニュージーランドに財政支援の拡大を求めた。")
    assert brief(n) == ("REQUEST", ("NIU",), ("NZL",))


def test_latin_abbreviation_nz_and_its_compounds():
    (m,) = code("NZ政府は3日、中国の大使を呼び出し、抗議した。")
    assert brief(m)[1] == ("NZL",)
    ms = code("豪NZ両国の外相は20日、キャンベラで会談した。")
    assert any(set(brief(x)[1] + brief(x)[2]) == {"AUS", "NZL"} for x in ms)


def test_regional_organisations_are_igos():
    (m,) = code("米州機構（OAS）は12日、ベネズエラ政府に選挙結果の公表を求めた。")
    assert brief(m) == ("REQUEST", ("IGO",), ("VEN",))
    (n,) = code("サヘル諸国同盟（AES）は8日、アルジェリアを強く非難した。")
    assert brief(n)[:2] == ("ACCUSE", ("IGO",))


def test_no_state_inside_a_latin_word_or_a_currency_or_another_organ():
    r = ja_actors()
    assert r.find_all("NZ") and r.find_all("ANZAC") == [] and r.find_all("NZD") == []
    ja = [m for m in code("1億NZドルの支援策が発表された。")]
    assert not any("NZL" in brief(m)[1] + brief(m)[2] for m in ja)
    # アラブ諸国連盟 is one organisation, not the UN (国連) inside it
    (m,) = code("アラブ諸国連盟は15日、イスラエルの攻撃を非難した。")
    assert brief(m) == ("ACCUSE", ("IGO",), ("ISR",))
