"""Round 26 (act): organisations' officials, groups named by their members, and set phrases.

A surname the tagger reads as a verb (ストルテンベルグ, ending in ぐ) before its title is still
one name with it, so NATO's secretary-general is NATO's agent; NATO's deputy secretary-general
is listed with his title. A promise verb with its content as a と-clause (…すると約束した) is
the AGREE with the addressee set off before the content; an act nominalised before 表明
(…を行うことを表明した) is pledged as …すると表明した is. Reservists' call-up as a noun
(予備役の招集) is a MOBILIZE; a group noun 'including' named states (米ロを含む関係国) stands
for them; documents exchanged by the parties (文書を交わした) are a signing, and an
application handed over (申請書を手渡した) a request. 中越 run together is China and Vietnam,
but not in the Niigata region's names (中越沖地震, 中越地方).
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, of_kind, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("kind", "sentence", "published", "expected"),
    [
        (  # a name read as a verb, before the organisation's title
            "CONSULT",
            "英国のジョンソン首相は１５日、ロンドンでストルテンベルグ事務総長と会談した。",
            "2021-06-16",
            ("CONSULT", ("GBR",), ("NATO",)),
        ),
        (  # the same name as the subject of a stance
            "SUPPORT",
            "ストルテンベルグ事務総長はノルウェー政府の決定を歓迎した。",
            "2020-02-03",
            ("SUPPORT", ("NATO",), ("NOR",)),
        ),
        (  # NATO's deputy secretary-general, with NATO only as the place
            "CONSULT",
            "ブラジルの国防相はブリュッセルのＮＡＴＯ本部でジョアナ事務次長と会談した。",
            "2023-03-02",
            ("CONSULT", ("BRA",), ("NATO",)),
        ),
        (  # a promise to an addressee set off by a comma, an act that is no event type
            "AGREE",
            "イランの外相はフランス側に対し、拘束中の記者の処遇を見直すと約束した。",
            "2022-11-10",
            ("AGREE", ("IRN",), ("FRA",)),
        ),
        (  # the addressee before a quoted promise
            "AGREE",
            "ロシアの大統領はトルコの大統領に「捕虜の処遇を改善する」と約束した。",
            "2022-09-20",
            ("AGREE", ("RUS",), ("TUR",)),
        ),
        (  # an act nominalised before 表明
            "AGREE",
            "中国政府はパキスタンに対し、２０億ドル規模の融資を行うことを表明した。",
            "2019-04-02",
            ("AGREE", ("CHN",), ("PAK",)),
        ),
        (  # reservists called up, as a noun
            "MOBILIZE",
            "アルメニアの首相は国内に戒厳令を敷き、予備役の招集を命じた。",
            "2020-09-28",
            ("MOBILIZE", ("ARM",), ()),
        ),
        (  # a group noun whose members are named
            "REQUEST",
            "韓国政府は中ロを含む関係国に冷静な対応を求めた。",
            "2017-09-05",
            ("REQUEST", ("KOR",), ("CHN", "RUS")),
        ),
        (  # the documents of a signed agreement exchanged
            "SUPPORT",
            "英国の国防相とイタリアの駐英大使がロンドンで協定の文書を交わした。",
            "2023-05-11",
            ("SUPPORT", ("GBR",), ("ITA",)),
        ),
        (  # an application handed over
            "REQUEST",
            "スウェーデンの大使はＮＡＴＯのストルテンベルグ事務総長に加盟申請書を手渡した。",
            "2022-05-20",
            ("REQUEST", ("SWE",), ("NATO",)),
        ),
    ],
)
def test_coded(kind: str, sentence: str, published: str, expected: tuple) -> None:
    assert expected in briefs_of(kind, sentence, published)


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("MOBILIZE", "議長は来月の国会の招集を決めた。"),  # a parliament convened
        ("REQUEST", "スウェーデンの大使は国王に信任状を手渡した。"),  # no application
        ("SUPPORT", "日本の首相と韓国の大統領は会場で言葉を交わした。"),  # words, no signing
    ],
)
def test_not_coded(kind: str, sentence: str) -> None:
    assert of_kind(kind, sentence) == []


def test_chuetsu_region_is_no_state_pair() -> None:
    assert [c for _, c, _ in people("中越両国の海軍が南沙諸島で交戦した。", "1988-03-15")] == [
        ("CHN", "VNM")
    ]
    assert people("中越沖地震の被災地を訪れた。", "2007-07-20") == []
    assert people("中越地方で大雪が続いた。", "2020-01-10") == []
