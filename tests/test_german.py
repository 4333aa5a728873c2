"""German clause order and reported speech on sentences written for these tests (attrib.grammar.german,
the German pack's rules and the reported-speech resolver)."""

from __future__ import annotations

import attrib


def german(text: str, rules: attrib.RuleSet) -> list[attrib.Claim]:
    return attrib.analyze(text, rules, lang="de")


def test_nach_reads_the_genitive_after_a_noun_of_saying_or_the_phrase_itself(rules: attrib.RuleSet) -> None:
    claims = german("Nach Angaben der Feuerwehr wurde niemand verletzt. Nach ersten Erkenntnissen war ein "
                    "Kurzschluss die Ursache. Nach dem Einsatz fuhren die Helfer nach Hause.", rules)
    assert (claims[0].source, claims[0].cue) == ("der Feuerwehr", "Nach")
    assert (claims[1].source, claims[1].cue) == ("ersten Erkenntnissen", "Nach")
    assert not claims[2].attributed  # "nach dem Einsatz": no noun of saying


def test_zufolge_reads_its_phrase_back_in_the_middle_of_a_clause(rules: attrib.RuleSet) -> None:
    claims = german("Am Sonntag starben offiziellen Angaben zufolge drei Bergsteiger.", rules)
    assert (claims[0].source, claims[0].cue) == ("offiziellen Angaben", "zufolge")


def test_a_fronted_phrase_puts_the_speaker_after_the_verb(rules: attrib.RuleSet) -> None:
    claims = german("In ihrem Interview nach dem Finale sagte die Trainerin, die Mannschaft habe verdient "
                    "gewonnen. Die Niederlage bezeichnete er als bitter.", rules)
    assert claims[0].source == "die Trainerin"
    assert claims[1].source == "er"


def test_a_subject_in_a_subordinate_clause_is_no_speaker(rules: attrib.RuleSet) -> None:
    claims = german("Die Verhandlungen stocken, weil die Gewerkschaften höhere Löhne fordern.", rules)
    assert claims[0].source != "die Gewerkschaften"


def test_a_passive_with_its_subject_reports_nothing_unless_content_follows(rules: attrib.RuleSet) -> None:
    claims = german("Die Zahl der Opfer wurde am Abend offiziell bestätigt. Dem Fahrer wird vorgeworfen, zu schnell "
                    "gefahren zu sein.", rules)
    assert not claims[0].attributed
    assert claims[1].attributed and claims[1].source is None


def test_a_speaker_with_an_apposition_is_no_object_of_an_inverted_cue(rules: attrib.RuleSet) -> None:
    claims = german("Die Vorsitzende des Verbands, Anna Berger, warf der Regierung schwere Versäumnisse vor.", rules)
    assert claims[0].source == "Anna Berger"


def test_konjunktiv_ii_plural_and_hearsay_continue_a_running_report(rules: attrib.RuleSet) -> None:
    claims = german("Die Staatsanwaltschaft teilte mit, der Mann sei festgenommen worden. Seine Komplizen hätten "
                    "das Land bereits verlassen. Er soll das Geld in der Schweiz versteckt haben.", rules)
    assert claims[1].attributed and claims[1].source == "Die Staatsanwaltschaft"
    assert claims[2].attributed and claims[2].source == "Die Staatsanwaltschaft" and claims[2].cue is None


def test_hearsay_without_a_running_report_is_the_writers_own(rules: attrib.RuleSet) -> None:
    claims = german("Die neue Brücke soll im Mai fertig sein.", rules)
    assert not claims[0].attributed


def test_an_inverted_cue_names_speaker_and_outlet_told(rules: attrib.RuleSet) -> None:
    claims = german("„Wir bleiben bei unserer Entscheidung“, sagte Bürgermeisterin Eva Roth dem MDR.", rules)
    assert (claims[0].source, claims[0].outlet, claims[0].quote) == ("Bürgermeisterin Eva Roth", "MDR", "direct")


def test_a_quotation_opening_with_das_is_no_backward_frame(rules: attrib.RuleSet) -> None:
    claims = german("Die Gewerkschaft reagierte mit Kritik. „Das ist ein Schlag ins Gesicht“, sagte die "
                    "Bezirksleiterin dem MDR.", rules)
    assert not claims[0].attributed
    assert (claims[1].source, claims[1].outlet) == ("die Bezirksleiterin", "MDR")


def test_nach_reads_a_genitive_plural_without_article_and_hyphenated_adjectives(rules: attrib.RuleSet) -> None:
    claims = german("Nach Einschätzung ausländischer Diplomaten bleibt die Lage ruhig. Das Werk bleibt nach "
                    "Angaben des baden-württembergischen Umweltministeriums geschlossen. Die Straße wurde nach "
                    "Polizeiangaben wieder freigegeben.", rules)
    assert claims[0].source == "Einschätzung ausländischer Diplomaten"
    assert claims[1].source == "des baden-württembergischen Umweltministeriums"
    assert claims[2].source == "Polizeiangaben"  # "wieder" is no adjective of a genitive


def test_a_phrase_after_a_preposition_is_no_speaker_before_the_verb(rules: attrib.RuleSet) -> None:
    claims = german("Seit Wochen fordert die Gewerkschaft einen Ausgleich. Während die Ministerin erklärte, "
                    "die Kasse sei leer, schwieg der Kanzler.", rules)
    assert (claims[0].source, claims[0].cue) == ("die Gewerkschaft", "fordert")
    assert claims[1].source == "die Ministerin"  # "während" opens a clause whose verb comes last


def test_demnach_is_the_source_as_written_resolved_to_the_report_before_it(rules: attrib.RuleSet) -> None:
    claims = german("Die Feuerwehr teilte am Abend mit, der Brand sei gelöscht. Demnach wurde niemand verletzt.",
                    rules)
    assert (claims[1].source, claims[1].cue) == ("Demnach", "Demnach")
    assert claims[1].source_resolved == "Die Feuerwehr"


def test_heisst_es_in_a_document_names_the_document_or_its_author(rules: attrib.RuleSet) -> None:
    claims = german("Die Arbeiten seien im Zeitplan, heißt es in einer Mitteilung der Stadtwerke. Im Bericht heißt "
                    "es, dass die Kosten gestiegen seien. In der Nacht hieß es, das Feuer sei gelöscht.", rules)
    assert (claims[0].source, claims[0].cue) == ("Stadtwerke", "heißt es")
    assert claims[1].source == "Bericht"
    assert claims[2].attributed and claims[2].source is None  # "der Nacht" is no document


def test_wonach_gives_what_a_report_before_it_says(rules: attrib.RuleSet) -> None:
    claims = german("Gerüchte, wonach die Fabrik schließen solle, wurden dementiert. Die Mannschaft trainierte am "
                    "Morgen, wonach sie in den Bus stieg.", rules)
    assert (claims[0].source, claims[0].cue) == ("Gerüchte", "wonach")
    assert not claims[1].attributed  # "wonach" after an event, no report: "after which"


def test_separable_particles_past_numbers_appositions_and_longer_cues(rules: attrib.RuleSet) -> None:
    claims = german("Am Abend gab die Wahlleiterin eine Beteiligung von 71,3 Prozent bekannt. Dies teilte die "
                    "Sprecherin der Stadt, Jana Roth, mit. Wie die Firma am Morgen bekannt gab, wird das Werk "
                    "geschlossen. Die Polizei hält es für möglich, dass der Brand gelegt wurde.", rules)
    assert (claims[0].source, claims[0].cue) == ("die Wahlleiterin", "gab")
    assert claims[1].attributed
    assert (claims[2].source, claims[2].cue) == ("die Firma", "bekannt gab")
    assert claims[3].source == "Die Polizei"


def test_schaetzen_reports_alone_and_an_object_before_the_verb_is_no_speaker(rules: attrib.RuleSet) -> None:
    claims = german("Die Stiftung schätzt, dass jedes dritte Kind betroffen ist. Den Schaden schätzt die Polizei "
                    "auf 80.000 Euro.", rules)
    assert (claims[0].source, claims[0].cue) == ("Die Stiftung", "schätzt")
    assert claims[1].source != "Den Schaden"  # an accusative opens the sentence: the speaker follows the verb


def test_a_described_outlet_keeps_its_description_as_the_source(rules: attrib.RuleSet) -> None:
    claims = german("Die Nachrichtenagentur AP berichtete, der Hubschrauber sei abgestürzt. Die Zeitung "
                    "„Nordkurier“ meldete, zwölf Menschen seien verletzt worden.", rules)
    assert (claims[0].source, claims[0].outlet, claims[0].source_kind) == ("Die Nachrichtenagentur AP", "AP", "outlet")
    assert (claims[1].source, claims[1].outlet) == ("Die Zeitung „Nordkurier“", "Nordkurier")


def test_reported_speech_after_a_main_clause_is_its_subjects(rules: attrib.RuleSet) -> None:
    claims = german("Die Feuerwehr teilte mit, das Feuer sei gelöscht. Der Hausbesitzer geht inzwischen davon "
                    "aus, dass ein defektes Kabel den Brand verursacht habe. Die Reparatur werde Monate dauern.",
                    rules)
    assert claims[1].attributed and claims[1].source == "Der Hausbesitzer" and claims[1].cue is None
    assert claims[2].source == "Der Hausbesitzer"  # the report now runs on with him


def test_reported_speech_after_a_relative_or_a_coordinated_clause_continues_the_report(
        rules: attrib.RuleSet) -> None:
    claims = german("Die Polizei erklärte, der Fahrer sei geflohen. Zwei Passanten wurden verletzt, und sie "
                    "seien ins Krankenhaus gebracht worden. Die Ermittler, die den Fall übernommen hätten, "
                    "suchten nach Zeugen.", rules)
    assert claims[1].source == "Die Polizei"
    assert claims[2].source == "Die Polizei"  # no verb between "Die Ermittler" and its comma


def test_reported_speech_with_no_report_before_it_is_the_named_subjects_before_it(rules: attrib.RuleSet) -> None:
    claims = german("Der bayerische Umweltminister Karl Huber stellte am Montag den Bericht vor. Die Lage "
                    "habe sich deutlich verbessert.", rules)
    assert claims[1].attributed and claims[1].source == "Der bayerische Umweltminister Karl Huber"
    claims = german("Der alte Turm stand im Nebel. Er sei baufällig.", rules)
    assert claims[1].attributed and claims[1].source is None  # a tower names no party


def test_a_sentence_subject_keeps_its_adjectives_and_a_coordinated_phrase(rules: attrib.RuleSet) -> None:
    claims = german("Der Bürgermeister stellte das Projekt vor. Die beiden großen Fraktionen und der Verband "
                    "lehnen den Plan ab, er sei zu teuer.", rules)
    assert claims[1].source == "Die beiden großen Fraktionen und der Verband"


def test_konjunktiv_ii_of_strong_verbs_continues_only_a_running_report(rules: attrib.RuleSet) -> None:
    claims = german("Der Landrat erklärte, die Straße bleibe gesperrt. Eine Umleitung gäbe es erst im Mai.\n\n"
                    "Der Sommer war heiß. Ohne Regen gäbe es keine Ernte.", rules)
    assert claims[1].attributed and claims[1].source == "Der Landrat" and claims[1].cue is None
    claims = german("Der Sommer war heiß. Ohne Regen gäbe es keine Ernte.", rules)
    assert not claims[1].attributed  # no report runs: the writer's own conditional


def test_a_party_named_in_the_narrative_sentence_before_takes_over_the_report(rules: attrib.RuleSet) -> None:
    claims = german("Die Stadtverwaltung teilte mit, der Markt werde verlegt. Der Händlerverband der "
                    "Altstadt reagierte mit Unverständnis. Der neue Platz sei viel zu klein.", rules)
    assert claims[2].attributed and claims[2].source == "Der Händlerverband der Altstadt"


def test_a_perfect_with_its_object_before_the_participle_reports_its_subject(rules: attrib.RuleSet) -> None:
    claims = german("Ein Bezirksgericht in Hessen hat den Betreiber aufgefordert, die Anlage abzuschalten. "
                    "Die Behörde hat den Bericht nicht bestätigt.", rules)
    assert (claims[0].source, claims[0].cue) == ("Ein Bezirksgericht in Hessen", "aufgefordert")
    assert not claims[1].attributed  # a negation: nothing confirmed


def test_a_subject_pronoun_after_the_verb_makes_the_phrase_before_it_an_object(rules: attrib.RuleSet) -> None:
    claims = german("Die Pläne der Regierung bezeichnete er als „völlig unausgegoren“. Die neue Regelung "
                    "lobte er mit den Worten: „Endlich passiert etwas.“ Den Entwurf kritisierte die "
                    "Opposition scharf: „Das ist Flickwerk.“", rules)
    assert claims[0].source == "er"
    assert claims[1].source == "er"
    assert claims[2].source == "die Opposition"


def test_heisst_es_names_the_party_or_document_next_to_it(rules: attrib.RuleSet) -> None:
    claims = german("Aus Wien hieß es, die Gespräche würden fortgesetzt. Der Zug habe Verspätung, hieß es "
                    "vom Sprecher der Bahn. Nun heißt es im Abschlussbericht, die Wahl sei fair verlaufen.", rules)
    assert claims[0].source == "Wien"
    assert claims[1].source == "Sprecher der Bahn"
    assert (claims[2].source, claims[2].source_kind) == ("Abschlussbericht", "document")


def test_a_long_object_before_the_verb_and_its_subject_pronoun(rules: attrib.RuleSet) -> None:
    claims = german("Die Arbeit des Stadtrats in den ersten Monaten seit der Wahl lobte er mit den Worten: "
                    "„Es wird endlich entschieden.“ Der Bürgermeister, den er lobte, sagte: „Danke.“", rules)
    assert claims[0].source == "er"
    assert claims[1].source == "Der Bürgermeister"  # "den er lobte" is a relative clause


def test_von_ausgehen_and_a_fronted_main_clause_before_reported_speech(rules: attrib.RuleSet) -> None:
    claims = german("Die Ermittler gehen inzwischen von einem Brandanschlag aus. Außerdem ließ der Sprecher der "
                    "Feuerwehr verlauten, dass die Halle einsturzgefährdet sei.", rules)
    assert (claims[0].source, claims[0].cue) == ("Die Ermittler", "gehen")
    assert claims[1].attributed and claims[1].source == "der Sprecher der Feuerwehr"


def test_verlautete_from_circles_and_a_reflexive_before_the_subject(rules: attrib.RuleSet) -> None:
    claims = german("Aus Diplomatenkreisen verlautete, die Verhandlungen stünden kurz vor dem Abschluss. Im "
                    "zweiten Absatz beruft sich die Stiftung darauf, dass die Satzung geändert worden sei.", rules)
    assert (claims[0].source, claims[0].cue, claims[0].source_kind) == ("Diplomatenkreisen", "verlautete", "anonymous")
    assert claims[1].attributed and claims[1].source == "die Stiftung"
