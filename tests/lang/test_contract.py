"""The contract every registered language keeps (docs/ARCHITECTURE.md): its data files load
through the shared reader, and the sentences of its examples.py yield the frames listed
there, with roles from the shared role set and cue labels from the shared label set."""

from __future__ import annotations

import importlib

import pytest

from alliancewatch.config import Settings
from alliancewatch.datafiles import read_rows
from alliancewatch.lang import CUE_LABELS, ROLES, VOICES, Language, describe, languages
from alliancewatch.lang.split import split_paragraph
from alliancewatch.plover import EVENT_TYPES
from alliancewatch.types import Sentence

SETTINGS = Settings()
LANGS = languages()


def _examples(language: Language) -> list[tuple[str, str, dict[str, str]]]:
    try:
        module = importlib.import_module(f"alliancewatch.lang.{language.code}.examples")
    except ModuleNotFoundError:
        return []
    return module.EXAMPLES


def _frames_of(language: Language, text: str) -> list:
    sentence = Sentence(0, 0, 0, len(text), text)
    if language.parse is not None:
        (sentence,) = language.parse([sentence], SETTINGS)
    assert language.frames is not None
    return language.frames(sentence, SETTINGS)


def test_the_project_languages_are_registered():
    assert {"ja", "ko", "en"} <= {x.code for x in LANGS}


@pytest.mark.parametrize("language", LANGS, ids=lambda x: x.code)
def test_data_files_load_and_are_listed(language: Language):
    info = describe(language)
    assert info["problems"] == []
    for f, path in zip(info["data_files"], language.data_files(), strict=True):
        assert f["rows"] == len(read_rows(path)) and f["rows"] > 0


@pytest.mark.parametrize("language", LANGS, ids=lambda x: x.code)
def test_every_language_splits(language: Language):
    text = "Seoul 2024. 東京。서울."
    spans = split_paragraph(text, language, SETTINGS)
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def _example_params() -> list:
    params = []
    for language in LANGS:
        if not language.has_coder:
            continue
        marks = [pytest.mark.model] if language.parse is not None else []
        for text, event, roles in _examples(language):
            params.append(pytest.param(language, text, event, roles, marks=marks, id=text))
    return params


def test_every_coder_has_examples():
    assert all(_examples(x) for x in LANGS if x.has_coder)


@pytest.mark.parametrize(("language", "text", "event", "roles"), _example_params())
def test_examples_yield_their_frames(language: Language, text: str, event: str, roles: dict):
    frames = _frames_of(language, text)
    assert frames, f"{language.code}: no frame for {text}"
    for f in frames:
        assert {a.role for a in f.arguments} <= ROLES
        assert {c.label for c in f.cues} <= CUE_LABELS
        assert f.voice in VOICES and f.event in EVENT_TYPES
    hits = [f for f in frames if f.event == event]
    assert hits, f"{text}: {[f.event for f in frames]}"
    got = {(a.role, a.text) for a in hits[0].arguments}
    assert set(roles.items()) <= got, got
