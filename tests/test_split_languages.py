"""German, French and Spanish sentences and quotations, with each language's own lexicons (rules/lang)."""

from __future__ import annotations

import pytest
from lang_packs import CODES, pack_config

from attrib.text.quotes import mark_quotes
from attrib.text.split import split


def sentences(text: str, code: str) -> list[str]:
    return [s.text for s in split(text, pack_config(code))]


def quoted(text: str, code: str) -> list[str]:
    config = pack_config(code)
    return [text[q.start:q.end] for s in mark_quotes(text, split(text, config), config) for q in s.quoted]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Sitzung beginnt am 3. Juni in Berlin. Danach wird abgestimmt.",
     ["Die Sitzung beginnt am 3. Juni in Berlin.", "Danach wird abgestimmt."]),
    ("Im 20. Jahrhundert wuchs die Stadt. Heute leben hier 50.000 Menschen.",
     ["Im 20. Jahrhundert wuchs die Stadt.", "Heute leben hier 50.000 Menschen."]),
    ("Der 1. FC Köln gewann zum 5. Mal. Die Fans feierten bis 2 Uhr.",
     ["Der 1. FC Köln gewann zum 5. Mal.", "Die Fans feierten bis 2 Uhr."]),
    ("Die Stadt wurde 1990 gegründet. Zwei Jahre später kam die Bahn.",  # a year ends a sentence
     ["Die Stadt wurde 1990 gegründet.", "Zwei Jahre später kam die Bahn."]),
    ("Sie landete auf Platz 19. Die Siegerin kam aus Norwegen.",  # a small number before an opener ends it
     ["Sie landete auf Platz 19.", "Die Siegerin kam aus Norwegen."]),
    ("Er kam z. B. mit Dr. Müller und Prof. Schmidt. Sie blieben bis ca. 18 Uhr.",
     ["Er kam z. B. mit Dr. Müller und Prof. Schmidt.", "Sie blieben bis ca. 18 Uhr."]),
    ("Das kostet ca. 5 Mio. Euro, bzw. Verluste. Die Stadt zahlt usw. Der Rat stimmt zu.",
     ["Das kostet ca. 5 Mio. Euro, bzw. Verluste.", "Die Stadt zahlt usw.", "Der Rat stimmt zu."]),
    ("„Wir kommen morgen.“ Über die Folgen sprach sie nicht.",
     ["„Wir kommen morgen.“", "Über die Folgen sprach sie nicht."]),
    ("Sie sagte: »Wir bleiben hier.« Ähnlich äußerte sich der Bürgermeister.",
     ["Sie sagte: »Wir bleiben hier.«", "Ähnlich äußerte sich der Bürgermeister."]),
    ("Er sagte in St. Gallen, Nr. 7 sei frei. Der Saal war voll.",
     ["Er sagte in St. Gallen, Nr. 7 sei frei.", "Der Saal war voll."]),
])
def test_german(text, expected):
    assert sentences(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("« Nous partons demain. » Puis il est sorti.", ["« Nous partons demain. »", "Puis il est sorti."]),
    ("Il a parlé de la « tempête ». « C'était un vent terrible », a-t-il dit.",
     ["Il a parlé de la « tempête ».", "« C'était un vent terrible », a-t-il dit."]),
    ("M. Dupont et Mme Martin sont arrivés. Ils ont parlé.", ["M. Dupont et Mme Martin sont arrivés.",
                                                                "Ils ont parlé."]),
    ("César est mort en 44 av. J.-C. Les historiens le savent.",
     ["César est mort en 44 av. J.-C.", "Les historiens le savent."]),
    ("Des fruits, p. ex. Pommes et poires, sont vendus.", ["Des fruits, p. ex. Pommes et poires, sont vendus."]),
    ("La hausse est de 3 %. À Paris, les prix montent.", ["La hausse est de 3 %.", "À Paris, les prix montent."]),
    ("« On ne peut pas l'accepter. [...] Jamais un vote n'a été suspendu. »",
     ["« On ne peut pas l'accepter.", "[...] Jamais un vote n'a été suspendu. »"]),
    ("Vraiment ? Oui ! Et l'armée est partie… L'État a réagi.",
     ["Vraiment ?", "Oui !", "Et l'armée est partie…", "L'État a réagi."]),
    ("Ils ont voté, etc. L'opposition a quitté la salle.", ["Ils ont voté, etc.", "L'opposition a quitté la salle."]),
])
def test_french(text, expected):
    assert sentences(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El Sr. García y la Sra. López llegaron a EE. UU. el lunes. Después hablaron.",
     ["El Sr. García y la Sra. López llegaron a EE. UU. el lunes.", "Después hablaron."]),
    ("Viajó a EE. UU. El viaje duró una semana.", ["Viajó a EE. UU.", "El viaje duró una semana."]),
    ("«No nos iremos», dijo la portavoz. ¿Qué pasará ahora? ¡Nadie lo sabe!",
     ["«No nos iremos», dijo la portavoz.", "¿Qué pasará ahora?", "¡Nadie lo sabe!"]),
    ("Está en la pág. 5 del informe, núm. 3. Dña. Ana lo firmó.",
     ["Está en la pág. 5 del informe, núm. 3.", "Dña. Ana lo firmó."]),
    ("Compraron frutas, verduras, etc. Luego volvieron.", ["Compraron frutas, verduras, etc.", "Luego volvieron."]),
])
def test_spanish(text, expected):
    assert sentences(text, "es") == expected


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("de", "Er sagte: „Wir kommen“, und ging.", ["„Wir kommen“"]),
    ("de", "Er nannte es »Unsinn«. Sie nannte es «Pech».", ["»Unsinn«", "«Pech»"]),
    ("de", "„Er sagte ‚nein‘ und ging“, hieß es.", ["„Er sagte ‚nein‘ und ging“"]),  # inner quotes are inside
    ("de", "Er schrieb “Bitte warten” ans Tor.", ["“Bitte warten”"]),  # English-style marks in German text
    ("fr", "Il a dit : « Nous verrons. » Puis il est parti.", ["« Nous verrons. »"]),
    ("fr", "« Il a dit “ non ” et il est parti », raconte-t-elle.", ["« Il a dit “ non ” et il est parti »"]),
    ("es", "«Dijo “nunca” y se fue», contó ella.", ["«Dijo “nunca” y se fue»"]),  # ” does not close «
    ("es", "“Vamos a ganar”, afirmó.", ["“Vamos a ganar”"]),
])
def test_quotations_close_with_their_own_mark(code, text, expected):
    assert quoted(text, code) == expected


def test_a_quotation_runs_over_sentences_until_its_mark_closes_it():
    text = "« Nous partons. Nous reviendrons demain. » Puis il est sorti."
    config = pack_config("fr")
    marked = mark_quotes(text, split(text, config), config)
    assert [(s.opens_inside_quote, s.ends_inside_quote) for s in marked] == [
        (False, True), (True, False), (False, False)]


@pytest.mark.parametrize("code", CODES)
def test_every_pack_has_quote_marks_and_abbreviations(code):
    config = pack_config(code)
    assert config.quote_pairs and config.titles and config.openers and config.brackets
