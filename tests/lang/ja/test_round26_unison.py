"""Round 26: a verb of accord in its て-form before another act is its manner ("in unison"),
not an agreement (the demo's 北朝鮮の派兵を一致して非難 headline)."""

from .test_coder import briefs


def test_accord_in_unison_is_the_manner_of_the_act():
    got = briefs("日米韓の3か国は、北朝鮮によるロシアへの派兵を一致して非難した。")
    assert not [b for b in got if b[0] == "AGREE"]
    assert ("ACCUSE", ("JPN", "USA", "KOR"), ("PRK",)) in got


def test_unison_before_a_response_tells_no_agreement():
    got = briefs("韓国と米国は一致して北朝鮮の核実験を糾弾した。")
    assert not [b for b in got if b[0] == "AGREE"]


def test_accord_as_its_own_clause_stays_an_agreement():
    for s in (
        "日本と韓国は安全保障協力を強化することで一致していた。",
        "日本と韓国の首脳は会談で連携の強化で一致して、共同声明を発表した。",
    ):
        assert ("AGREE", ("JPN", "KOR"), ()) in [
            (b[0], tuple(sorted(b[1] + b[2])), ()) for b in briefs(s)
        ], s
