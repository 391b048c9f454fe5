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


def test_one_text_condition_for_cli_and_web():
    from alliancewatch.store.fts import text_condition

    cond, args, used = text_condition("派兵 NATO", "sentences")
    assert used and "sentences_fts MATCH ?" in cond and args == ['"派兵" AND "nato"']
    cond, args, used = text_condition("米", "articles")  # one CJK character: substring
    assert not used and cond.count("LIKE ? ESCAPE") == 2 and args == ["%米%", "%米%"]
    _, args, _ = text_condition("%", "sentences")
    assert args == ["%\\%%"]  # a literal percent sign, not "anything"
