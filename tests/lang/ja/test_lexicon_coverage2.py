"""End-to-end checks of the ja trigger lexicon's breadth, round 6 (issue 9): words and
constructions news uses for each PLOVER type that the lexicon lacked (搬入, 訪露, 引見, 連合訓練,
停止 of aid, 打診, 反論 ...), each coding a sentence of our own to the right type and parties;
and the readings that must stay silent: a restricted trade is no aid (輸出を規制), a halted
machine no sanction (稼働を停止), a supply route no transfer (補給路), an approval rating no
support (支持率)."""

from __future__ import annotations

import pytest

from tests.lang.coding import code_text

pytestmark = pytest.mark.model
PUB = "2024-10-21"
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}

# (type, sentence, actor, recipient); MOBILIZE is scored on the actor only (spec §6);
# several codes are joined with + (日米韓 -> JPN, USA+KOR).
CASES = [
    ("AID", "北朝鮮はロシアに兵器を搬入した。", "PRK", "RUS"),
    ("AID", "北朝鮮はロシアから原油を輸入した。", "RUS", "PRK"),
    ("AID", "北朝鮮はロシアに兵士を出兵させた。", "PRK", "RUS"),
    ("AID", "米国はウクライナに弾薬を補給した。", "USA", "UKR"),
    ("AID", "米国はウクライナに戦闘機を貸与した。", "USA", "UKR"),
    ("AID", "ロシアは北朝鮮に衛星技術を伝授した。", "RUS", "PRK"),
    ("AID", "北朝鮮はロシアに砲弾を売り渡した。", "PRK", "RUS"),
    ("AID", "ロシアは北朝鮮から砲弾を買い付けた。", "PRK", "RUS"),
    ("AID", "ロシアは北朝鮮から弾薬を受領した。", "PRK", "RUS"),
    ("AID", "日本は台湾に支援物資を贈呈した。", "JPN", "TWN"),
    ("CONSULT", "岸田首相は訪露した。", "JPN", "RUS"),
    ("CONSULT", "韓国の大統領は訪英した。", "KOR", "GBR"),
    ("CONSULT", "日本の首相は訪仏した。", "JPN", "FRA"),
    ("CONSULT", "日本の外相は訪独した。", "JPN", "DEU"),
    ("CONSULT", "インドの首相は訪露した。", "IND", "RUS"),
    ("CONSULT", "金正恩総書記はロシアの代表団を引見した。", "PRK", "RUS"),
    ("CONSULT", "プーチン大統領は金正恩総書記を空港で出迎えた。", "RUS", "PRK"),
    ("CONSULT", "日中は戦略対話を行った。", "JPN", "CHN"),
    ("CONSULT", "日韓の外相は意見交換をした。", "JPN", "KOR"),
    ("CONSULT", "日米首脳はサミットに臨んだ。", "JPN", "USA"),
    ("CONSULT", "金正恩総書記は訪朝したプーチン大統領を歓待した。", "PRK", "RUS"),
    ("SUPPORT", "中国は北朝鮮の建国記念日を祝った。", "CHN", "PRK"),
    ("SUPPORT", "日本は米国に同調した。", "JPN", "USA"),
    ("SUPPORT", "金正恩総書記はプーチン大統領に祝電を送った。", "PRK", "RUS"),
    ("SUPPORT", "金正恩総書記はプーチン大統領に祝賀メッセージを送った。", "PRK", "RUS"),
    ("SUPPORT", "中国はロシアに肩入れした。", "CHN", "RUS"),
    ("SUPPORT", "北朝鮮はロシアとの連帯を誇示した。", "PRK", "RUS"),
    ("AGREE", "日本と韓国は取り決めを交わした。", "JPN", "KOR"),
    ("AGREE", "日本と韓国は歩み寄った。", "JPN", "KOR"),
    ("AGREE", "米国は韓国への防衛義務を再確認した。", "USA", "KOR"),
    ("AGREE", "日米は協力を誓い合った。", "JPN", "USA"),
    ("COOPERATE", "韓米は連合訓練を実施した。", "KOR", "USA"),
    ("COOPERATE", "米韓は連合空中訓練を行った。", "USA", "KOR"),
    ("COOPERATE", "日米韓は共同空中訓練を実施した。", "JPN", "USA+KOR"),
    ("COOPERATE", "中国とロシアは合同海上訓練を行った。", "CHN", "RUS"),
    ("SANCTION", "オバマ米大統領は、ロシアに制裁を科す大統領令に署名した。", "USA", "RUS"),
    ("SUPPORT", "日本とフィリピンは円滑化協定に署名した。", "JPN", "PHL"),
    ("COOPERATE", "日米は共同対応を行った。", "JPN", "USA"),
    ("COOPERATE", "日韓の共同歩調が確認された。", "JPN", "KOR"),
    ("COOPERATE", "米韓は核協議グループを立ち上げた。", "USA", "KOR"),
    ("COOPERATE", "日米は合同軍事演習を行った。", "JPN", "USA"),
    ("SANCTION", "米国はイランへの援助を停止した。", "USA", "IRN"),
    ("SANCTION", "米国はロシアの銀行を国際決済網から締め出した。", "USA", "RUS"),
    ("SANCTION", "米国は中国への半導体の輸出管理を強化した。", "USA", "CHN"),
    ("SANCTION", "ロシアは米国との新戦略兵器削減条約の履行を停止した。", "RUS", "USA"),
    ("SANCTION", "米国はロシアとの交渉を中止した。", "USA", "RUS"),
    ("SANCTION", "韓国は北朝鮮との交流を凍結した。", "KOR", "PRK"),
    ("SANCTION", "北朝鮮は韓国との軍事合意の履行を全面停止した。", "PRK", "KOR"),
    ("ACCUSE", "韓国は北朝鮮の核開発を責めた。", "KOR", "PRK"),
    ("ACCUSE", "北朝鮮は韓国を嘲笑した。", "PRK", "KOR"),
    ("ACCUSE", "中国は日本の首相の発言をとがめた。", "CHN", "JPN"),
    ("ACCUSE", "北朝鮮は韓国の大統領を酷評した。", "PRK", "KOR"),
    ("REQUEST", "ロシアは北朝鮮に兵力の派遣を打診した。", "RUS", "PRK"),
    ("REQUEST", "韓国は米国に協力を依頼した。", "KOR", "USA"),
    ("REQUEST", "ロシアは北朝鮮に協力を持ちかけた。", "RUS", "PRK"),
    ("REJECT", "北朝鮮は韓国の支援提案を突き放した。", "PRK", "KOR"),
    ("COOPERATE", "日米は共同対応を行った。", "JPN", "USA"),
    ("COOPERATE", "日韓の共同歩調が確認された。", "JPN", "KOR"),
    ("MOBILIZE", "北朝鮮は砲兵部隊を出動させた。", "PRK", ""),
    ("MOBILIZE", "ロシアは核戦力を警戒態勢に置いた。", "RUS", ""),
    ("MOBILIZE", "北朝鮮は固体燃料エンジンの地上噴射試験を実施した。", "PRK", ""),
    ("MOBILIZE", "北朝鮮は黄海上で砲撃訓練を実施した。", "PRK", ""),
    ("MOBILIZE", "韓国軍は戦闘機を緊急出動させた。", "KOR", ""),
    ("MOBILIZE", "北朝鮮は核兵器を量産している。", "PRK", ""),
    ("MOBILIZE", "北朝鮮は新型ミサイルの発射試験を行った。", "PRK", ""),
    ("ASSAULT", "ロシア軍はウクライナの村を奪取した。", "RUS", "UKR"),
    ("ASSAULT", "ロシア軍はウクライナの町を陥落させた。", "RUS", "UKR"),
    ("ASSAULT", "ロシア軍はウクライナ軍を攻め立てた。", "RUS", "UKR"),
    ("ASSAULT", "ロシア軍はウクライナ南部に攻め入った。", "RUS", "UKR"),
    ("ASSAULT", "北朝鮮兵はウクライナ軍と戦った。", "PRK", "UKR"),
    ("RETREAT", "ロシアはウクライナ兵の遺体を返還した。", "RUS", "UKR"),
    ("RETREAT", "米国はロシアに対する制裁を解いた。", "USA", "RUS"),
    ("AID", "北朝鮮はロシアから軍事技術を獲得した。", "RUS", "PRK"),
    ("AID", "台湾は米国から戦闘機を買った。", "USA", "TWN"),
    ("AID", "北朝鮮はロシアから潜水艦技術を譲り受けた。", "RUS", "PRK"),
    ("AID", "米国はウクライナに戦車を送り届けた。", "USA", "UKR"),
    ("AID", "北朝鮮はロシアに砲弾を運び込んだ。", "PRK", "RUS"),
    ("AID", "日本はウクライナに防弾チョッキを手渡した。", "JPN", "UKR"),
    ("AID", "韓国はウクライナに1億ドルを寄付した。", "KOR", "UKR"),
    ("AID", "日本は世界銀行を通じてウクライナに資金を出資した。", "JPN", "UKR"),
    ("CONSULT", "北朝鮮と米国の当局者が接触した。", "PRK", "USA"),
    ("CONSULT", "日本の首相は中国の国家主席と対面した。", "JPN", "CHN"),
    ("CONSULT", "日米の首脳はテレビ会議を開いた。", "JPN", "USA"),
    ("CONSULT", "米中はビデオ会議を行った。", "USA", "CHN"),
    ("CONSULT", "ロシアの外相は金正恩総書記に謁見した。", "RUS", "PRK"),
    ("SUPPORT", "北朝鮮はロシアの勝利を賛美した。", "PRK", "RUS"),
    ("SUPPORT", "北朝鮮はロシア軍を礼賛した。", "PRK", "RUS"),
    ("SUPPORT", "ゼレンスキー大統領は日本に謝辞を送った。", "UKR", "JPN"),
    ("SUPPORT", "金正恩総書記はプーチン大統領に祝辞を送った。", "PRK", "RUS"),
    ("SUPPORT", "北朝鮮はロシアを応援した。", "PRK", "RUS"),
    ("SUPPORT", "北朝鮮はロシア軍の英雄を讃えた。", "PRK", "RUS"),
    ("AGREE", "日韓は関係改善で歩み寄りを見せた。", "JPN", "KOR"),
    ("COOPERATE", "中国とロシアは合同軍事訓練を実施した。", "CHN", "RUS"),
    ("COOPERATE", "日米は共同軍事訓練を行った。", "JPN", "USA"),
    ("COOPERATE", "米韓は連合軍事訓練を行った。", "USA", "KOR"),
    ("COOPERATE", "日本と米国とオーストラリアは多国間訓練を実施した。", "JPN", "USA+AUS"),
    ("COOPERATE", "日本とフィリピンは多国間演習に参加した。", "JPN", "PHL"),
    ("COOPERATE", "米国と日本は基地を共同使用している。", "USA", "JPN"),
    ("COOPERATE", "日米はミサイル防衛システムを共同運用した。", "JPN", "USA"),
    ("COOPERATE", "北朝鮮とロシアは軍事交流を拡大した。", "PRK", "RUS"),
    ("COOPERATE", "日本と韓国は防衛交流を再開した。", "JPN", "KOR"),
    ("COOPERATE", "北朝鮮とロシアの軍は協同した。", "PRK", "RUS"),
    ("SANCTION", "米国はロシアの輸入規制を強化した。", "USA", "RUS"),
    ("SANCTION", "米国は北朝鮮の口座凍結を実施した。", "USA", "PRK"),
    ("SANCTION", "EUはロシアとの取引禁止を決めた。", "EUR", "RUS"),
    ("SANCTION", "米国はロシアへの投資禁止を打ち出した。", "USA", "RUS"),
    ("SANCTION", "米国はウクライナへの援助停止を決めた。", "USA", "UKR"),
    ("SANCTION", "米国はキューバに経済封鎖を科した。", "USA", "CUB"),
    ("SANCTION", "中国は日本に貿易制限を課した。", "CHN", "JPN"),
    ("ACCUSE", "中国は日本を譴責した。", "CHN", "JPN"),
    ("ACCUSE", "北朝鮮は韓国を痛罵した。", "PRK", "KOR"),
    ("ACCUSE", "北朝鮮は韓国の大統領を揶揄した。", "PRK", "KOR"),
    ("ACCUSE", "日本は北朝鮮のミサイル発射に憂慮を表明した。", "JPN", "PRK"),
    ("ACCUSE", "中国は米国の行動に憤慨した。", "CHN", "USA"),
    ("REQUEST", "IAEAはイランに査察の受け入れを勧告した。", "IGO", "IRN"),
    ("REQUEST", "ウクライナは日本に支援を懇請した。", "UKR", "JPN"),
    ("REJECT", "北朝鮮は日本の会談提案を門前払いした。", "PRK", "JPN"),
    ("REJECT", "北朝鮮は韓国の招待を謝絶した。", "PRK", "KOR"),
    ("MOBILIZE", "中国軍機が沖縄周辺に飛来した。", "CHN", ""),
    ("MOBILIZE", "北朝鮮は日本海に向けて射撃を行った。", "PRK", ""),
    ("MOBILIZE", "北朝鮮は弾道ミサイルの発射訓練を行った。", "PRK", ""),
    ("MOBILIZE", "北朝鮮は上陸訓練を実施した。", "PRK", ""),
    ("MOBILIZE", "ロシア軍は戦術訓練を行った。", "RUS", ""),
    ("MOBILIZE", "北朝鮮軍は機動訓練を行った。", "PRK", ""),
    ("ASSAULT", "ロシア軍はウクライナの原発を占拠した。", "RUS", "UKR"),
    ("ASSAULT", "ロシア軍はウクライナのダムを破壊した。", "RUS", "UKR"),
    ("ASSAULT", "北朝鮮兵が韓国兵を狙撃した。", "PRK", "KOR"),
    ("ASSAULT", "北朝鮮軍は韓国の民間人を射殺した。", "PRK", "KOR"),
    ("ASSAULT", "イスラエル軍はイランの司令官を暗殺した。", "ISR", "IRN"),
    ("RETREAT", "日本は韓国への輸出規制を撤回した。", "JPN", "KOR"),
    ("RETREAT", "米国は中国への追加関税を撤廃した。", "USA", "CHN"),
    ("THREATEN", "中国は日本に対抗措置を取ると警告した。", "CHN", "JPN"),
    ("THREATEN", "北朝鮮は韓国に「代価を払うことになる」と警告した。", "PRK", "KOR"),
    ("THREATEN", "イスラエルはイランに代償を払わせると述べた。", "ISR", "IRN"),
    ("SUPPORT", "日韓の両首脳は共同文書を発表した。", "JPN", "KOR"),
    ("SUPPORT", "米国と北朝鮮は共同声明に署名した。", "USA", "PRK"),
    ("SUPPORT", "日本と韓国は共同宣言を発表した。", "JPN", "KOR"),
    ("SUPPORT", "フィンランドはNATOに正式に加盟した。", "FIN", "NATO"),
    ("SUPPORT", "スウェーデンがNATOに加盟した。", "SWE", "NATO"),
    ("ASSAULT", "北朝鮮兵とウクライナ軍が初めて交戦した。", "PRK", "UKR"),
    ("ASSAULT", "北朝鮮兵とウクライナ軍の間で戦闘があった。", "PRK", "UKR"),
    ("ASSAULT", "タイ軍とカンボジア軍が国境で衝突した。", "THA", "KHM"),
    ("ASSAULT", "インドとパキスタンの軍事衝突が続いた。", "IND", "PAK"),
    ("AID", "米国はウクライナに兵器を注ぎ込んだ。", "USA", "UKR"),
    ("AID", "ロシアは北朝鮮の衛星開発を手助けした。", "RUS", "PRK"),
    ("CONSULT", "米国の大統領はカタールの首長に電話した。", "USA", "QAT"),
    ("AID", "ロシアは北朝鮮の労働者を受け入れた。", "PRK", "RUS"),
    ("AID", "北朝鮮はロシアから技術者を受け入れた。", "RUS", "PRK"),
    ("AID", "ロシアは北朝鮮から工兵を受け入れた。", "PRK", "RUS"),
    ("THREATEN", "イランは米国への報復を示唆した。", "IRN", "USA"),
    ("THREATEN", "パキスタンはインドに「必ず報復する」と警告した。", "PAK", "IND"),
    ("ASSAULT", "パキスタン軍はインドへの報復作戦を開始した。", "PAK", "IND"),
]


def parties(event: str, actor: str, recipient: str) -> object:
    if event in SYMMETRIC:
        return (frozenset(actor.split("+")) | frozenset(recipient.split("+"))) - {""}
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
        ("ウクライナ軍はロシア軍の補給路を断った。", "AID"),
        ("日本政府はロシアからの一部輸入の禁止を決めた。", "AID"),
        ("日本はロシアへの輸出を規制した。", "AID"),
        ("韓国は協定の破棄通告の効力を停止した。", "SANCTION"),
        ("政府は工場の稼働を停止した。", "SANCTION"),
        ("米国は調査を中止した。", "SANCTION"),
        ("自民党の支持率が下がった。", "SUPPORT"),
        ("ウクライナは米国に追加支援を訴えた。", "AID"),
        ("オバマ米大統領は、ロシアに制裁を科す大統領令に署名した。", "SUPPORT"),
        ("北朝鮮は、破壊されたインフラを再建する要員をロシアに派遣した。", "ASSAULT"),
        ("中国海警局はフィリピン軍の補給任務を妨害した。", "AID"),
        ("米国は中国からの輸入品に追加関税を課した。", "AID"),
        ("韓国政府は殺傷兵器の直接供与には慎重な立場を取ってきた。", "AID"),
        ("日本は対ロシア制裁を導入した。", "AID"),
        ("米中は軍の対話を再開することで合意した。", "CONSULT"),
        ("ロシア外務省は、両国の協力は国際法に反しないと反論した。", "REJECT"),
        ("韓国は北朝鮮に軍事協力を中止するよう求めた。", "SANCTION"),
        ("工場はスマートフォンを量産している。", "MOBILIZE"),
        ("彼は数学の問題を解いた。", "RETREAT"),
        ("米国はキューバに経済封鎖を科した。", "ASSAULT"),
        ("政府は方針を撤回した。", "RETREAT"),
        ("地震は道路を破壊した。", "ASSAULT"),
        ("会社は顧客と接触した。", "CONSULT"),
        ("北朝鮮は派兵の代価としてロシアから技術を得た。", "THREATEN"),
        ("NATO加盟国の首脳が集まった。", "SUPPORT"),
        ("両首脳は、あらゆるレベルで意思疎通を重ねることで一致した。", "CONSULT"),
        ("米英仏独が対抗措置", "THREATEN"),
        ("日本とフィリピンの共同訓練が行われた。", "ASSAULT"),
        ("北朝鮮の労働者がロシアで働いている。", "AID"),
        ("彼は電話で取材に答えた。", "CONSULT"),
        ("インド軍、パキスタン領内を攻撃 4月のテロへの報復", "THREATEN"),
        ("イラン革命防衛隊は、米軍による核施設攻撃への報復だとする声明を出した。", "THREATEN"),
    ],
)
def test_readings_stay_silent_elsewhere(sentence: str, event: str):
    assert event not in {m.event for m in code_text("ja", sentence, published=PUB)}


def test_a_promised_transfer_is_planned():
    """約束 governs what is promised: the aid is not yet given (spec §3 planned)."""
    found = [
        m.factuality
        for m in code_text("ja", "米国はウクライナに弾薬を供与すると約束した。", published=PUB)
        if m.event == "AID"
    ]
    assert found == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("米紙が報じたところによると、ロシアは北朝鮮に技術を移転した。", "米紙"),
        (
            "韓国政府関係者が明らかにしたところによれば、北朝鮮はロシアに兵士を派遣した。",
            "韓国政府関係者",
        ),
    ],
)
def test_a_source_that_reported_it_is_the_reporting_verbs_subject(sentence: str, source: str):
    """…が報じたところによると: the claimant is who reported, not the nominaliser ところ."""
    claimed = [m.claimed_by.text for m in code_text("ja", sentence, published=PUB) if m.claimed_by]
    assert claimed == [source]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("日米は昨年暮れ、共同訓練を実施した。", "2023-12"),
        ("日米は今春、共同訓練を実施した。", "2024"),
        ("日米は昨秋、共同訓練を実施した。", "2023"),
        ("日韓は週明けに外相会談を開く。", "2024-10"),
    ],
)
def test_season_and_week_words_date_the_event(sentence: str, date: str):
    """暮れ is the year's December, a season names its year, 週明け the coming week."""
    assert [m.date for m in code_text("ja", sentence, published=PUB)] == [date]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "カタール外務省は、イスラエルの攻撃を「国際法の明白な違反」だと強く非難した。",
            "カタール外務省",
        ),
        (
            "中国外務省の報道官は「日米が対立をあおっている」と厳しく批判した。",
            "中国外務省の報道官",
        ),
    ],
)
def test_a_quote_before_an_adverb_and_a_statement_verb_names_its_speaker(
    sentence: str, source: str
):
    """「…」だと強く非難した: a manner adverb between the quote and the verb keeps the
    speaker of the quote as the claimant of the statement (spec §6)."""
    claimed = [m.claimed_by.text for m in code_text("ja", sentence, published=PUB) if m.claimed_by]
    assert claimed == [source]
