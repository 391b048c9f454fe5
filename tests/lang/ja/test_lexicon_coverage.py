"""End-to-end checks of the ja trigger lexicon's breadth (issue 9): for every PLOVER type,
news words the coder used to miss (けん制-style verbs, サ変 nouns, light-verb compounds) must
each code a sentence of our own to the right type and parties, and the object-restricted
readings must stay silent on other objects (資産を凍結 is a sanction, 計画を凍結 is not)."""

from __future__ import annotations

import pytest

from tests.lang.coding import code_text

pytestmark = pytest.mark.model
PUB = "2024-10-21"
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}

# (type, sentence, actor, recipient); MOBILIZE is scored on the actor only (spec §6).
CASES = [
    ("AID", "米国はウクライナに地対空ミサイルを贈った。", "USA", "UKR"),
    ("AID", "日本はフィリピンに巡視船を無償で譲渡した。", "JPN", "PHL"),
    ("AID", "日本はウクライナに5000億円の資金を拠出した。", "JPN", "UKR"),
    ("AID", "北朝鮮はロシアに労働者を送り込んだ。", "PRK", "RUS"),
    ("AID", "韓国はポーランドに戦車を納入した。", "KOR", "POL"),
    ("CONSULT", "北朝鮮の代表団がモスクワ入りした。", "PRK", "RUS"),
    ("CONSULT", "金正恩総書記はプーチン大統領と面会した。", "PRK", "RUS"),
    ("CONSULT", "日米両政府は2プラス2を開いた。", "JPN", "USA"),
    ("CONSULT", "ロシアのショイグ安保会議書記が平壌入りした。", "RUS", "PRK"),
    ("CONSULT", "日本の外相はフィリピンを歴訪した。", "JPN", "PHL"),
    ("SUPPORT", "ロシアは北朝鮮の立場を擁護した。", "RUS", "PRK"),
    ("SUPPORT", "米国はウクライナへの連帯を表明した。", "USA", "UKR"),
    ("SUPPORT", "韓国は米国の提案に賛同した。", "KOR", "USA"),
    ("SUPPORT", "日本はフィリピンの取り組みを高く評価した。", "JPN", "PHL"),
    ("SUPPORT", "ロシアは北朝鮮を称えた。", "RUS", "PRK"),
    ("AGREE", "日韓はシャトル外交の再開で折り合った。", "JPN", "KOR"),
    ("AGREE", "中国はロシアとの協力を誓った。", "CHN", "RUS"),
    ("COOPERATE", "中国とロシアの艦艇が日本海で合同巡航した。", "CHN", "RUS"),
    ("COOPERATE", "米国と日本は情報交換を行った。", "USA", "JPN"),
    ("COOPERATE", "日本とオーストラリアは共同作戦を行った。", "JPN", "AUS"),
    ("COOPERATE", "米韓は拡大抑止で協調した。", "USA", "KOR"),
    ("SANCTION", "日本政府はロシアの資産を凍結した。", "JPN", "RUS"),
    ("SANCTION", "ロシアは日本との平和条約交渉を打ち切った。", "RUS", "JPN"),
    ("SANCTION", "ロシアは米国の外交官を国外退去処分にした。", "RUS", "USA"),
    ("SANCTION", "中国は米国の議員に入国禁止措置を取った。", "CHN", "USA"),
    ("SANCTION", "米国はイランとの核合意から離脱した。", "USA", "IRN"),
    ("ACCUSE", "中国は日本の措置に強い不満を表明した。", "CHN", "JPN"),
    ("ACCUSE", "韓国政府は北朝鮮の挑発を強く指弾した。", "KOR", "PRK"),
    ("ACCUSE", "中国外務省報道官は米国を名指しで批難した。", "CHN", "USA"),
    ("ACCUSE", "中国は米国の台湾への武器売却に対し強烈な不満を示した。", "CHN", "USA"),
    ("ACCUSE", "米国は中国を人権侵害で告発した。", "USA", "CHN"),
    ("REQUEST", "ウクライナは米国に追加の軍事支援を要望した。", "UKR", "USA"),
    ("REQUEST", "日本政府は中国に邦人の早期釈放を申し入れた。", "JPN", "CHN"),
    ("REQUEST", "ウクライナはドイツに戦車の供与を懇願した。", "UKR", "DEU"),
    ("REQUEST", "米国は日本を首脳会談に招請した。", "USA", "JPN"),
    ("REQUEST", "中国は韓国の大統領を国賓として招待した。", "CHN", "KOR"),
    ("REJECT", "中国は日本の要求を一蹴した。", "CHN", "JPN"),
    ("REJECT", "北朝鮮は韓国の提案をはねつけた。", "PRK", "KOR"),
    ("REJECT", "中国は日本との会談を断った。", "CHN", "JPN"),
    ("REJECT", "イランは米国の要求を突っぱねた。", "IRN", "USA"),
    ("THREATEN", "北朝鮮は韓国に核攻撃も辞さないと恫喝した。", "PRK", "KOR"),
    ("THREATEN", "中国は日本に対抗措置を予告した。", "CHN", "JPN"),
    ("THREATEN", "北朝鮮は韓国に「無慈悲な懲罰」を加えると脅迫した。", "PRK", "KOR"),
    ("THREATEN", "ロシアはウクライナに最後通告を突き付けた。", "RUS", "UKR"),
    ("MOBILIZE", "ロシア軍はウクライナ国境付近に部隊を集結させた。", "RUS", ""),
    ("MOBILIZE", "ロシアは予備役を動員した。", "RUS", ""),
    ("MOBILIZE", "中国軍機が台湾の防空識別圏に進入した。", "CHN", ""),
    ("MOBILIZE", "ロシア軍機が日本の領空を侵犯した。", "RUS", ""),
    ("MOBILIZE", "中国は核弾頭を増産している。", "CHN", ""),
    ("ASSAULT", "ロシア軍は無人機でウクライナのエネルギー施設を襲った。", "RUS", "UKR"),
    ("ASSAULT", "ロシア軍はウクライナの都市を占領した。", "RUS", "UKR"),
    ("ASSAULT", "イランはイスラエルにミサイルを撃ち込んだ。", "IRN", "ISR"),
    ("ASSAULT", "ロシア軍はウクライナの町を制圧した。", "RUS", "UKR"),
    ("SANCTION", "ロシア軍はウクライナの港を封鎖した。", "RUS", "UKR"),
    ("RETREAT", "米国は対ロ制裁を解除した。", "USA", "RUS"),
    ("RETREAT", "日本は韓国への輸出規制を緩和した。", "JPN", "KOR"),
    ("RETREAT", "北朝鮮は拘束していた米国人を送還した。", "PRK", "USA"),
    ("RETREAT", "米国はイランに対する制裁を緩和した。", "USA", "IRN"),
    ("ACCUSE", "韓国政府は日本の責任を追及した。", "KOR", "JPN"),
    ("REQUEST", "米国は中国に早期の回答を催促した。", "USA", "CHN"),
    ("AID", "日本はウクライナに発電機を寄贈した。", "JPN", "UKR"),
    ("CONSULT", "金正恩総書記はロシアの国防相を接見した。", "PRK", "RUS"),
    ("SANCTION", "ニカラグアは台湾との国交を断絶した。", "NIC", "TWN"),
    ("SANCTION", "米国はロシアの総領事館を閉鎖した。", "USA", "RUS"),
    ("MOBILIZE", "中国軍は台湾海峡で実弾射撃を行った。", "CHN", ""),
    ("ASSAULT", "ロシア軍はウクライナ軍を掃討した。", "RUS", "UKR"),
    ("RETREAT", "韓国軍は北朝鮮向けの拡声器を撤去した。", "KOR", "PRK"),
    ("ACCUSE", "中国は日本の首相の発言に強い不快感を示した。", "CHN", "JPN"),
    ("ACCUSE", "北朝鮮は米国を「ならず者国家」と罵倒した。", "PRK", "USA"),
    ("AID", "北朝鮮はロシアにミサイルを横流しした。", "PRK", "RUS"),
    ("AID", "米国は台湾に武器を売った。", "USA", "TWN"),
    ("AID", "ドイツはウクライナに防空システムを届けた。", "DEU", "UKR"),
    ("CONSULT", "日本の外相は中国外相と立ち話をした。", "JPN", "CHN"),
    ("ASSAULT", "イスラエル軍はイラン国内の拠点を爆破した。", "ISR", "IRN"),
    ("SANCTION", "韓国は北朝鮮への電力供給を遮断した。", "KOR", "PRK"),
    ("SANCTION", "米国は中国への半導体輸出を規制した。", "USA", "CHN"),
    ("SANCTION", "韓国は日本との軍事情報包括保護協定を終了した。", "KOR", "JPN"),
    ("ASSAULT", "タイ軍はカンボジア軍に発砲した。", "THA", "KHM"),
    ("ASSAULT", "インド軍はパキスタン軍の砲撃に応戦した。", "IND", "PAK"),
    ("ACCUSE", "北朝鮮は米国の敵視政策を排撃した。", "PRK", "USA"),
    ("CONSULT", "インドとパキスタンは直接話し合った。", "IND", "PAK"),
    ("MOBILIZE", "韓国軍は警告射撃を行った。", "KOR", ""),
    ("SANCTION", "EUはロシアの高官に渡航禁止を科した。", "EUR", "RUS"),
    ("REJECT", "中国は日本の提案に難色を示した。", "CHN", "JPN"),
    ("REJECT", "北朝鮮は韓国の呼びかけを黙殺した。", "PRK", "KOR"),
    ("AGREE", "北朝鮮はロシアの提案を快諾した。", "PRK", "RUS"),
    ("SUPPORT", "中国は北朝鮮の建国記念日を祝賀した。", "CHN", "PRK"),
    ("CONSULT", "日米の外相会議がワシントンで開かれた。", "JPN", "USA"),
]


def parties(event: str, actor: str, recipient: str) -> object:
    if event in SYMMETRIC:
        return frozenset({actor, recipient} - {""})
    return (actor, recipient) if event != "MOBILIZE" else actor


@pytest.mark.parametrize(("event", "sentence", "actor", "recipient"), CASES)
def test_news_vocabulary_codes_the_event(event: str, sentence: str, actor: str, recipient: str):
    found = [
        parties(m.event, "+".join(a.code for a in m.actor), "+".join(r.code for r in m.recipient))
        for m in code_text("ja", sentence, published=PUB)
        if m.event == event
    ]
    assert parties(event, actor, recipient) in found, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("日本政府は事業計画を凍結した。", "SANCTION"),
        ("米国は調査を打ち切った。", "SANCTION"),
        ("気象庁は大雨警報を解除した。", "RETREAT"),
        ("中国は鉄鋼の増産を続けている。", "MOBILIZE"),
        ("韓国政府は人員の削減を発表した。", "RETREAT"),
        ("政府は老朽化した庁舎を閉鎖した。", "SANCTION"),
        ("警察は不審物を撤去した。", "RETREAT"),
        ("政府は会議を予定通り終了した。", "SANCTION"),
        ("当局は道路を遮断した。", "SANCTION"),
    ],
)
def test_object_restricted_readings_stay_silent(sentence: str, event: str):
    assert event not in {m.event for m in code_text("ja", sentence, published=PUB)}
