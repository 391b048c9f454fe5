from alliancewatch.store.fts import index_terms, match_query


def test_cjk_runs_become_bigrams_and_words_lowercase():
    assert index_terms("北朝鮮が派兵") == "北朝 朝鮮 鮮が が派 派兵"
    assert index_terms("NATO summit") == "nato summit"


def test_query_is_a_phrase_per_word():
    assert match_query("派兵") == '"派兵"'
    assert match_query("原子力潜水艦 NATO") == '"原子 子力 力潜 潜水 水艦" AND "nato"'


def test_single_cjk_character_cannot_be_searched_with_bigrams():
    assert match_query("米") is None


def test_query_quotes_are_neutralised():
    assert match_query('a"b') == '"a" AND "b"'
