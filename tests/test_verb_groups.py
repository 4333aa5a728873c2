"""Verb groups and speaker phrases on sentences written for these tests: a phrasal cue in its -ing
form is no passive, a noun in -ly is no adverb, a year closes a speaker's phrase as a time phrase,
and a stance expressed is a claim."""

from __future__ import annotations

import attrib


def _read(text: str, rules: attrib.RuleSet) -> list[tuple[str | None, str | None]]:
    return [(c.source, c.cue) for c in attrib.analyze(text, rules)]


def test_the_ing_form_of_a_phrasal_cue_is_no_passive(rules):
    assert _read("The retired general is speaking out about the plan he opposes.", rules) == [
        ("The retired general", "is speaking out")]
    assert _read("Local doctors are raising concerns that the clinic will close.", rules) == [
        ("Local doctors", "are raising concerns")]
    assert _read("The visas were denied by the consulate.", rules) == [(None, None)]


def test_a_noun_ending_in_ly_is_no_adverb_of_the_cue(rules):
    assert _read("The Okafor family has said the verdict was unjust.", rules) == [
        ("The Okafor family", "has said")]
    assert _read("The weekly reported that the mill would close.", rules)[0][0] == "The weekly"
    assert _read("Democrats successfully argued that the map was unfair.", rules) == [
        ("Democrats", "argued")]


def test_a_year_after_the_speaker_is_a_time_phrase(rules):
    assert _read("An arbitration panel in 2001 found the firm was in breach of the deal.", rules) == [
        ("An arbitration panel", "found")]
    assert _read("A campaign ad in 2014 claimed the bridge was unsafe.", rules)[0][0] == "A campaign ad"
    assert _read("The class of 2001 said goodbye.", rules) == [(None, None)]


def test_an_expressed_stance_is_a_claim(rules):
    assert _read("The mayor expressed confidence that the bridge would reopen in May.", rules) == [
        ("The mayor", "expressed confidence")]
    assert _read("Two council members expressed doubts about the budget.", rules) == [
        ("Two council members", "expressed doubts")]
    assert _read("The mayor expressed the parcel to Ohio.", rules) == [(None, None)]


def test_a_statement_condemning_or_criticizing_reports_its_author(rules):
    got = _read("The union issued a statement condemning the closure of the plant.", rules)
    assert got == [("The union", "condemning")]
    assert _read("The union issued a recall notice on Monday.", rules) == [(None, None)]


def test_what_a_speech_was_about_is_reported(rules):
    assert _read("The judge spoke of the long fight for the town's water rights.", rules) == [
        ("The judge", "spoke of")]
    assert _read("The judge spoke at a dinner for retired teachers.", rules) == [(None, None)]


def test_a_pronoun_with_a_clitic_auxiliary_inside_a_sentence_is_a_speaker(rules):
    got = _read("While she's said she backs the plan, the mayor has doubts about its cost.", rules)
    assert got == [("she", "said")]


def test_unnamed_groups_of_people_speak(rules):
    assert _read("If the plant closes, donors said, the school will lose its funding.", rules) == [
        ("donors", "said")]
    assert _read("But environmentalists worry that the river will be polluted.", rules)[0][0] == "environmentalists"


def test_an_aside_between_double_hyphens_after_the_speaker(rules):
    text = "Dana Kall -- co-editor of a book on debates, which came out in May -- said the candidate liked surprises."
    assert _read(text, rules) == [("Dana Kall", "said")]


def test_a_voiced_stance_and_praise_or_likening_state_a_view(rules):
    assert _read("Several parents voiced frustration that the school had closed early.", rules) == [
        ("Several parents", "voiced frustration")]
    assert _read("The governor likened the new tax to highway robbery.", rules) == [("The governor", "likened")]
    assert _read("The mayor touted the bridge as the best in the state.", rules) == [("The mayor", "touted")]


def test_a_name_that_opens_with_its_particle_speaks(rules):
    assert _read("The union will watch the case closely, dos Santos says.", rules) == [("dos Santos", "says")]
    assert _read("The budget is balanced, de Groot said on Monday.", rules) == [("de Groot", "said")]


def test_a_participle_of_mockery_praise_or_description_reports_the_subject(rules):
    got = _read("Senator Roe left the hall early, mocking the plan as a gift to the banks.", rules)
    assert got == [("Senator Roe", "mocking")]
    got = _read("Okafor spoke for an hour, describing the season as the hardest of his career.", rules)
    assert got == [("Okafor", "describing")]
    assert _read("The coach spent an hour in the gym, lifting weights with the team.", rules) == [(None, None)]


def test_a_compound_noun_and_a_phrasal_verb_are_no_cue(rules):
    assert _read("The pastor also hosts a Sunday talk show, writes a column and runs a food bank.", rules) == [
        (None, None)]
    assert _read("Nearly 4,000 fans who showed up at the arena left before the final whistle.", rules) == [
        (None, None)]
    assert _read("The council's radio show airs on Fridays.", rules) == [(None, None)]
    # a name, or a clause after the noun-like form, keeps the verb
    assert _read("The Associated Press reports that the mill will close in May.", rules) == [
        ("The Associated Press", "reports")]
    assert _read("Polls show that the race for mayor is close.", rules) == [("Polls", "show")]
