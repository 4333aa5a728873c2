"""The reference article against its gold claims: every sentence, every field the gold lists."""

from __future__ import annotations

import attrib

FIELDS = ("attributed", "source", "source_kind", "outlet", "cue", "channel", "quote")


def test_segmentation_matches_gold(rules, reference_text, reference_gold):
    claims = attrib.analyze(reference_text, rules)
    assert [(c.start, c.end) for c in claims] == [(g["start"], g["end"]) for g in reference_gold["claims"]]


def test_every_field_matches_gold(rules, reference_text, reference_gold):
    claims = attrib.analyze(reference_text, rules)
    for claim, gold in zip(claims, reference_gold["claims"], strict=True):
        assert claim.attributed == gold["attributed"], claim.text
        if not gold["attributed"]:
            assert claim.source is None and claim.cue is None
            continue
        outlet = gold.get("outlet")
        expected = {
            "source": gold["source"],
            "source_kind": gold["source_kind"],
            "cue": gold["cue"],
            "quote": gold["quote"],
            "channel": gold.get("channel"),
        }
        got = {
            "source": claim.source,
            "source_kind": claim.source_kind,
            "cue": claim.cue,
            "quote": claim.quote,
            "channel": claim.channel,
        }
        assert got == expected, claim.text
        if outlet is None:
            assert claim.outlet is None
        else:
            assert claim.outlet is not None
            assert outlet.lower().removeprefix("the ") in claim.outlet.lower() or \
                rules.lexicons.outlets.lookup(outlet).name == claim.outlet
        assert claim.source_resolved == gold.get("resolved")


def test_outlets_are_canonical(rules, reference_text):
    outlets = {c.n: c.outlet for c in attrib.analyze(reference_text, rules) if c.outlet}
    assert outlets == {4: "Agence France-Presse", 9: "The New York Times", 10: "CNN"}


def test_pronoun_keeps_both_forms(rules, reference_text):
    claim = attrib.analyze(reference_text, rules)[6]
    assert (claim.source, claim.source_resolved) == ("it", "The Russian defense ministry")
    assert any("coreference" in note for note in claim.notes)
