"""German, French and Spanish on the same engine (issue 17): the language guess, the packs, the `lang`
key and `--lang`, and each language's own wordings, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import attrib
from attrib.cli import app
from attrib.pipeline import language_of
from attrib.text.language import guess_language

ROOT = Path(__file__).resolve().parents[1]

ENGLISH = {
    "headline": "Obama Says Museum Will Open In May",
    "short": "Prices rose.",
    "names": "Jean-Luc de la Fontaine, Carlos del Toro y Prado, Maria dos Santos and Hans von der Leyen.",
    "names in a sentence": "Juan Carlos de la Vega, Rafael del Pino and Jean-Pierre Le Duc met Ursula von der Leyen "
                           "at the Palais de la Musique in Barcelona, the Élysée said.",
    "foreign quote": "“C’est la vie,” said Marie Dubois, who runs the café, “et nous sommes contents.”",
    "a German title": "The film “Das Leben der Anderen” won the prize, the jury said on Monday.",
    "article": "The city council voted on Tuesday to close the bridge for repairs. The mayor said the work "
               "would take a year. Residents told reporters they were worried about the traffic.",
    "spanish names and words": "El Niño and La Niña shape the weather, scientists at the Instituto de Ciencias del "
                               "Mar said, according to a report by the agency.",
}

OTHERS = {
    "de": "Der Minister sagte am Montag, die Brücke werde im Mai wieder geöffnet. Das teilte die Stadt mit.",
    "fr": "Le ministre a déclaré que le pont rouvrira en mai, selon l'AFP. Il a ajouté que les travaux dureront un an.",
    "es": "El ministro dijo que el puente volverá a abrir en mayo. También señaló que las obras durarán un año.",
}


@pytest.fixture(scope="module")
def words(rules: attrib.RuleSet) -> dict[str, frozenset[str]]:
    return rules.packs.function_words()


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_the_guess_never_sends_an_english_text_to_another_pack(name: str, words: dict[str, frozenset[str]]) -> None:
    assert guess_language(ENGLISH[name], words) == "en"


#: the project's own English articles (evals/own, not the ones named for another language) and the sample
ENGLISH_ARTICLES = sorted(p for p in [*(ROOT / "evals" / "own").glob("*.txt"), *(ROOT / "samples").glob("*.txt")]
                          if p.name[:3] not in {"de-", "fr-", "es-"})


@pytest.mark.parametrize("path", ENGLISH_ARTICLES, ids=lambda p: p.stem)
def test_auto_reads_every_own_english_article_and_each_of_its_paragraphs_as_english(path: Path,
                                                                                      rules: attrib.RuleSet) -> None:
    text = path.read_text(encoding="utf-8")
    assert language_of(text, rules, "auto") == "en"
    # a paragraph alone is a short text, where a foreign name or quote weighs most
    assert {language_of(p, rules, "auto") for p in text.split("\n\n") if p.strip()} == {"en"}


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_the_guess_finds_each_language(code: str, words: dict[str, frozenset[str]]) -> None:
    assert guess_language(OTHERS[code], words) == code


def test_a_word_two_languages_list_tells_neither(words: dict[str, frozenset[str]]) -> None:
    # "la", "de", "en", "que" are French and Spanish alike: alone they make no language
    assert guess_language("la de en que la de en que la de en que", words) == "en"


def test_every_claim_carries_the_language_it_was_read_in(rules: attrib.RuleSet) -> None:
    for code, text in OTHERS.items():
        claims = attrib.analyze(text, rules)
        assert {c.lang for c in claims} == {code}
        assert claims[0].as_record()["lang"] == code
    assert {c.lang for c in attrib.analyze(ENGLISH["article"], rules)} == {"en"}


def test_lang_forces_a_pack_and_auto_guesses(rules: attrib.RuleSet) -> None:
    text = OTHERS["fr"]
    assert language_of(text, rules, "auto") == "fr"
    assert language_of(text, rules, "es") == "es"
    assert {c.lang for c in attrib.analyze(text, rules, lang="en")} == {"en"}


def test_a_language_no_pack_has_is_an_error(rules: attrib.RuleSet) -> None:
    with pytest.raises(attrib.AttribError, match="no language pack"):
        attrib.analyze("Ciao a tutti.", rules, lang="it")


def test_each_pack_is_loaded_once_and_shares_the_outlets(rules: attrib.RuleSet) -> None:
    french = rules.pack("fr")
    assert rules.pack("fr") is french and french.pack("en") is rules
    assert french.lexicons.outlets.lookup("l'AFP").name == "Agence France-Presse"
    assert rules.pack("de").lexicons.outlets.lookup("dpa").name == "Deutsche Presse-Agentur"
    assert rules.pack("es").lexicons.outlets.lookup("Agencia EFE").name == "EFE"
    assert not {r.id for r in rules.rules} & {r.id for r in french.rules}


# --- each language's own wordings --------------------------------------------------------------------


def only(text: str, rules: attrib.RuleSet, lang: str) -> list[attrib.Claim]:
    return attrib.analyze(text, rules, lang=lang)


def test_french_inverted_cue_keeps_its_pronoun_resolved_to_the_speaker(rules: attrib.RuleSet) -> None:
    claims = only("La ministre Claire Vasseur a présenté le budget mardi. « Nous tiendrons nos engagements. "
                  "Les comptes seront à l'équilibre en 2027 », a-t-elle affirmé.", rules, "fr")
    last = claims[-1]
    assert (last.source, last.cue, last.quote) == ("elle", "a-t-elle affirmé", "direct")
    assert last.source_resolved == "Claire Vasseur"
    assert claims[1].attributed and claims[1].source == "elle" and claims[1].cue is None  # the quote before it


def test_french_outlet_told(rules: attrib.RuleSet) -> None:
    claim = only("Le maire de Lyon a déclaré à l'AFP que le tunnel restera fermé.", rules, "fr")[0]
    assert (claim.source, claim.outlet) == ("Le maire de Lyon", "Agence France-Presse")


def test_french_incise_inside_the_quotation_reports_it(rules: attrib.RuleSet) -> None:
    claims = only("« Le port restera fermé », affirme Paul Girard, un docker. « Nous, dit-il, nous tiendrons "
                  "jusqu'au bout ».", rules, "fr")
    assert (claims[1].source, claims[1].cue, claims[1].source_resolved) == ("il", "dit-il", "Paul Girard")


def test_french_dit_on_is_an_inverted_cue(rules: attrib.RuleSet) -> None:
    # "on" is a YAML boolean unless quoted: the pack once made "dit-true" of it
    assert "dit-on" in rules.pack("fr").lexicons.set("subject_inverted")
    assert "dit-true" not in rules.pack("fr").lexicons.set("subject_inverted")


def test_french_relative_pronoun_after_an_apposition_stands_for_the_name(rules: attrib.RuleSet) -> None:
    claims = only("Le maire a reçu Sophie Marchand, la directrice de l'hôpital, qui a déclaré que les urgences "
                  "resteraient ouvertes.", rules, "fr")
    assert (claims[0].source, claims[0].source_resolved) == ("qui", "Sophie Marchand")


def test_french_opening_phrases_are_no_speaker(rules: attrib.RuleSet) -> None:
    claims = only("De son côté, Paul Girard, le délégué syndical, a affirmé que la grève continuerait.", rules, "fr")
    assert claims[0].source == "Paul Girard"
    claims = only("Lors de la séance de mardi, la ministre Anne Vidal a défendu le texte en affirmant qu'il "
                  "protégerait les locataires.", rules, "fr")
    assert claims[0].attributed and claims[0].source == "Anne Vidal" and claims[0].cue == "en affirmant"


def test_french_wish_or_sight_without_content_is_no_claim(rules: attrib.RuleSet) -> None:
    for text in ("Le député a souhaité poser une question au gouvernement.",
                 "Les témoins ont remarqué une voiture garée devant la banque.",
                 "Le candidat conclura sa tournée vendredi à Lille."):
        assert not only(text, rules, "fr")[0].attributed, text
    assert only("Le député a souhaité que le gouvernement réponde.", rules, "fr")[0].attributed


def test_french_outlet_told_after_the_speaker_or_on_air(rules: attrib.RuleSet) -> None:
    claim = only("« Nous ne céderons rien », a indiqué le délégué syndical à l'AFP.", rules, "fr")[0]
    assert (claim.source, claim.outlet) == ("le délégué syndical", "Agence France-Presse")
    claim = only("Le ministre a annoncé lundi sur France Info que le port rouvrirait.", rules, "fr")[0]
    assert (claim.source, claim.outlet) == ("Le ministre", "Franceinfo")


def test_the_outlet_told_before_the_speaker(rules: attrib.RuleSet) -> None:
    # the outlet as a preposition leaves it: "au Parisien", "à l'AFP", "a la Cadena SER"
    claim = only("« La digue a cédé vers minuit », a raconté à l'AFP un pompier du secteur.", rules, "fr")[0]
    assert (claim.source, claim.outlet) == ("un pompier du secteur", "Agence France-Presse")
    claim = only("« Le chantier reprendra lundi », a assuré au Parisien le directeur du site.", rules, "fr")[0]
    assert (claim.source, claim.outlet) == ("le directeur du site", "Le Parisien")
    claim = only("«Nadie nos avisó», dijo a la Cadena SER un vecino del barrio.", rules, "es")[0]
    assert (claim.source, claim.outlet) == ("un vecino del barrio", "Cadena SER")
    claim = only("«Nadie nos avisó», dijo el alcalde a EFE.", rules, "es")[0]
    assert (claim.source, claim.outlet) == ("el alcalde", "EFE")
    # "à la presse" is French for "to the press", not the Montreal paper
    assert only("« Rien n'est décidé », a assuré à la presse un porte-parole.", rules, "fr")[0].outlet is None


def test_spanish_dropped_subject_is_the_running_speaker(rules: attrib.RuleSet) -> None:
    claims = only("La alcaldesa Marta Ibáñez anunció ayer el cierre del puente. \"Las obras son urgentes\", "
                  "añadió. Dijo que el tráfico se desviará por el centro.", rules, "es")
    assert claims[0].source == "Marta Ibáñez"
    for claim in claims[1:]:
        assert claim.attributed and claim.source is None and claim.source_resolved == "Marta Ibáñez"
    assert [c.cue for c in claims[1:]] == ["añadió", "Dijo"]


def test_a_capitalised_description_inside_a_romance_name_names_no_outlet(rules: attrib.RuleSet) -> None:
    # "Agencia" is an outlet's description ("la agencia EFE"), but written with a capital it begins a name
    claims = only("La Agencia Estatal de Meteorología prevé que el viento amaine el miércoles.", rules, "es")
    assert claims[0].attributed and claims[0].outlet is None
    assert only("La agencia Xinhua informó de que el puerto sigue cerrado.", rules, "es")[0].outlet == "Xinhua"


def test_spanish_outlet_told(rules: attrib.RuleSet) -> None:
    claim = only("El consejero de Sanidad dijo a EFE que el hospital abrirá en junio.", rules, "es")[0]
    assert (claim.source, claim.outlet) == ("El consejero de Sanidad", "EFE")


def test_german_verb_final_and_so(rules: attrib.RuleSet) -> None:
    claims = only("Wie die Feuerwehr am Abend mitteilte, wurde niemand verletzt. „Wir hatten großes Glück“, so der "
                  "Einsatzleiter.", rules, "de")
    assert (claims[0].source, claims[0].cue) == ("die Feuerwehr", "mitteilte")
    assert (claims[1].source, claims[1].cue, claims[1].quote) == ("der Einsatzleiter", "so", "direct")


def test_german_konjunktiv_continues_the_reported_speaker(rules: attrib.RuleSet) -> None:
    claims = only("Der Bürgermeister sagte, die Sanierung koste zwei Millionen Euro. Die Stadt habe das Geld bereits "
                  "zurückgelegt. Die Arbeiten beginnen im Herbst.", rules, "de")
    assert claims[0].source == "Der Bürgermeister"
    assert claims[1].attributed and claims[1].source == "Der Bürgermeister" and claims[1].cue is None
    assert not claims[2].attributed  # indicative: the writer's own narrative


def test_german_backward_frame_hands_its_speaker_back(rules: attrib.RuleSet) -> None:
    claims = only("Die Autobahn bleibt bis Freitag gesperrt. Dies teilte die Polizei am Morgen mit.", rules, "de")
    assert claims[1].source == "die Polizei" and claims[1].cue == "teilte"
    assert claims[0].attributed and claims[0].source == "die Polizei" and claims[0].cue is None


def test_german_separable_verb_needs_its_particle(rules: attrib.RuleSet) -> None:
    claims = only("Der Trainer teilte die Mannschaft in zwei Gruppen.", rules, "de")
    assert not claims[0].attributed


def test_an_impersonal_passive_whose_source_slot_was_already_taken_away_is_no_crash(rules: attrib.RuleSet) -> None:
    # the German grammar reads every passive report as impersonal; the outlet's rule had no source slot left
    claims = only("Die Schulen bleiben zu, nur die Brücke wurde nach Angaben der Tagesschau wieder freigegeben.",
                  rules, "de")
    assert claims[0].attributed and claims[0].outlet == "ARD"


# --- the command line --------------------------------------------------------------------------------


def attrib_cmd(*args: str) -> Result:
    """The command in process (typer's runner): an exception escaping it fails the test."""
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_run_guesses_each_document_and_a_record_may_say_its_language(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [
        {"id": "a", "text": OTHERS["de"]}, {"id": "b", "text": OTHERS["es"], "lang": "ES"},
        {"id": "c", "text": ENGLISH["article"]}, {"id": "d", "text": ENGLISH["article"], "lang": "fr"}]),
        encoding="utf-8")
    result = attrib_cmd("run", str(corpus), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    langs = {r["doc"]: r["lang"] for r in map(json.loads, result.stdout.splitlines())}
    assert langs == {"a": "de", "b": "es", "c": "en", "d": "fr"}
    forced = attrib_cmd("run", str(corpus), "--format", "jsonl", "--lang", "en")
    assert {json.loads(line)["lang"] for line in forced.stdout.splitlines()} == {"en"}


def test_an_unknown_language_is_a_one_line_error(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(ENGLISH["article"], encoding="utf-8")
    result = attrib_cmd("run", str(story), "--lang", "xx")
    assert result.exit_code == 2 and result.stderr.startswith("attrib: error: no language pack 'xx'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_summary_counts_documents_per_language(tmp_path: Path) -> None:
    for code, text in OTHERS.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    result = attrib_cmd("run", str(tmp_path), "--summary", "--format", "csv")
    rows = [line.split(",") for line in result.stdout.splitlines() if line.startswith("language,")]
    assert sorted(row[1] for row in rows) == ["de", "es", "fr"]


def test_a_users_pack_file_and_a_file_that_says_its_language(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text('language: fr\nrules:\n  - id: fr-mine\n    description: "« … », martèle X"\n'
                    '    pattern: "{claim}, martèle {source}."\n    cue: martèle\n    examples:\n'
                    '      - text: "« Nous ne céderons pas », martèle Paul Roux."\n        source: Paul Roux\n',
                    encoding="utf-8")
    tested = attrib_cmd("rules", "test", str(mine))
    assert tested.exit_code == 0 and "1 passed, 0 failed" in tested.stdout, tested.stdout + tested.stderr
    english = attrib_cmd("rules", "test", str(mine), "--lang", "en")
    assert english.exit_code == 1 and "not read for language 'en'" in english.stderr


def test_every_tool_reads_the_pack_of_its_language(tmp_path: Path) -> None:
    listed = attrib_cmd("rules", "list", "--lang", "fr", "--id", "fr-selon")
    assert listed.exit_code == 0 and {line.split()[0] for line in listed.stdout.splitlines()} == {
        "fr-selon", "fr-selon-outlet"}, listed.stdout + listed.stderr
    assert attrib_cmd("rules", "list", "--id", "fr-selon").exit_code == 1  # English has no such rule
    tested = attrib_cmd("rules", "test", "--lang", "es")
    assert tested.exit_code == 0 and " 0 failed" in tested.stdout, tested.stdout + tested.stderr
    story = tmp_path / "histoire.txt"
    story.write_text(OTHERS["fr"] + " « Nous tiendrons les délais », a-t-il promis.", encoding="utf-8")
    explained = attrib_cmd("explain", str(story), "--lang", "fr", "--sentence", "1")
    assert explained.exit_code == 0 and "fr-selon-outlet" in explained.stdout, explained.stdout + explained.stderr
    page = attrib_cmd("run", str(story), "--format", "html")
    assert page.exit_code == 0 and '<div class="text" lang="fr">' in page.stdout
    assert "« Nous tiendrons les délais »" in page.stdout  # the quote marks as written
