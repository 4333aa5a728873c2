"""German articles for issue 17 (written natively, fictional events). Conventions decided here, as
the shared README gives none for German: a sentence in Konjunktiv I that continues a speaker's
indirect report ("Man habe alle Alternativen geprüft.") reports that speaker's words, so it is
attributed to the speaker with cue null, as a quote continuation is; a source in an inflected case
keeps its span as written ("des Landesverkehrsministeriums") with the base form in alt_sources."""

from __future__ import annotations

from annotations import Article, claim, narrative

KONJUNKTIV = "Konjunktiv I continues the speaker's indirect report: attributed, cue null (module docstring)"

BRUECKENSPERRUNG = Article("Deutsche Presse-Agentur", "de", [
    narrative("Brücke in Merseburg gesperrt – Pendler müssen Umwege fahren"),
    narrative("Merseburg (dpa) - Nach der Entdeckung von Rissen in mehreren Spannbetonträgern ist die Saalebrücke in "
              "Merseburg seit Dienstag für den gesamten Verkehr gesperrt.", "dateline (dpa)"),
    claim("Wie eine Sprecherin der Stadt sagte, wurden die Schäden bei einer routinemäßigen Prüfung am Montag "
          "festgestellt.", True, "eine Sprecherin der Stadt", "anonymous", "sagte", "indirect",
          note="verb-final 'Wie … sagte'"),
    claim("Die Brücke werde frühestens in drei Monaten wieder freigegeben, so die Sprecherin.", True, "die Sprecherin",
          "anonymous", "so", "indirect", alt=["eine Sprecherin der Stadt"]),
    narrative("Die Saalebrücke ist eine der wichtigsten Verbindungen zwischen Merseburg und Halle."),
    narrative("Täglich überqueren rund 18.000 Fahrzeuge die Brücke."),
    narrative("Sie wurde 1968 gebaut.", "'Sie' is the bridge"),
    claim("„Wir hatten keine andere Wahl“, sagte Oberbürgermeisterin Katrin Lenz der Deutschen Presse-Agentur.", True,
          "Katrin Lenz", "named", "sagte", "direct", outlet="Deutsche Presse-Agentur",
          alt=["Oberbürgermeisterin Katrin Lenz"]),
    claim("„Die Sicherheit der Menschen geht vor.“", True, "Katrin Lenz", "named", None, "direct",
          outlet="Deutsche Presse-Agentur", note="cue-less quote continuation copies the outlet"),
    claim("Die Stadt habe die Brücke erst 2021 für 2,4 Millionen Euro sanieren lassen, sagte Lenz.", True, "Lenz",
          "named", "sagte", "indirect", resolved="Katrin Lenz", note="a new cue without an outlet: outlet null"),
    claim("Laut einem Gutachten, das dem „Spiegel“ vorliegt, hatten Ingenieure bereits damals vor Korrosion an den "
          "Spanngliedern gewarnt.", True, "einem Gutachten", "document", "Laut", "indirect", outlet="Der Spiegel",
          alt=["einem Gutachten, das dem „Spiegel“ vorliegt", "Gutachten"],
          note="a document an outlet has seen: the document is the source, the outlet vouches (as quarry-report's "
               "'records reviewed by Reuters'); the engineers are nested (guide 2)"),
    claim("Die Stadt habe die Warnungen nicht ernst genug genommen, heißt es in dem Bericht.", True, "dem Bericht",
          "document", "heißt es", "indirect", alt=["einem Gutachten", "Bericht"]),
    claim("Lenz widersprach.", True, "Lenz", "named", "widersprach", "indirect", resolved="Katrin Lenz",
          note="contradicting the report is attributed, as 'X denied the report' (guide 5)"),
    claim("Die damaligen Gutachter hätten keine akute Gefahr gesehen, sagte sie.", True, "sie", "named", "sagte",
          "indirect", resolved="Katrin Lenz"),
    narrative("Für Pendler bedeutet die Sperrung lange Umwege."),
    narrative("Die Polizei hat Umleitungen über die Autobahn 38 eingerichtet.", "an act of the police"),
    narrative("Busse des Nahverkehrs werden über die Autobahn umgeleitet, der Schiffsverkehr auf der Saale ist nicht "
              "betroffen."),
    claim("Nach Angaben des Landesverkehrsministeriums sind in Sachsen-Anhalt derzeit 37 weitere Brücken in einem "
          "ähnlich kritischen Zustand.", True, "des Landesverkehrsministeriums", "named", "Nach Angaben", "indirect",
          alt=["Landesverkehrsministerium"]),
    claim("„Wir werden in den kommenden fünf Jahren 400 Millionen Euro in die Sanierung investieren“, so "
          "Verkehrsministerin Anja Petersen (CDU).", True, "Anja Petersen", "named", "so", "direct",
          alt=["Verkehrsministerin Anja Petersen (CDU)", "Verkehrsministerin Anja Petersen"]),
    claim("Allein für die Merseburger Brücke rechnet die Stadt mit Kosten von mindestens fünf Millionen Euro.", True,
          "die Stadt", "named", "rechnet mit", "indirect", resolved="Merseburg",
          note="an expectation as the main verb (guide 6)"),
    narrative("Ob die Brücke ganz ersetzt werden muss, ist noch offen."),
    narrative("Die Ergebnisse weiterer Untersuchungen liegen voraussichtlich im Herbst vor.",
              "'voraussichtlich' hedges without a source, as 'reportedly'"),
    claim("Anwohner berichten schon jetzt von Staus bis in die Innenstadt.", True, "Anwohner", "anonymous",
          "berichten", "indirect"),
    claim("„Ich habe heute für fünf Kilometer fast eine Stunde gebraucht“, erzählte ein Handwerker aus Schkopau, der "
          "seinen Namen nicht in der Zeitung lesen wollte.", True,
          "ein Handwerker aus Schkopau, der seinen Namen nicht in der Zeitung lesen wollte", "anonymous", "erzählte",
          "direct", alt=["ein Handwerker aus Schkopau", "ein Handwerker"]),
], "issue 17: German wire style (dpa dateline, „…“, 'sagte … der Deutschen Presse-Agentur', 'Wie … sagte', "
   "', so …', Konjunktiv I, 'laut', 'nach Angaben')")

WERKSSCHLIESSUNG = Article(None, "de", [
    narrative("Hellwig schließt Werk in Gotha – 400 Jobs in Gefahr"),
    narrative("Der Heizungshersteller Hellwig Haustechnik will sein Werk in Gotha bis Ende 2025 schließen.",
              "an intention, no cue in the sentence"),
    claim("Das teilte das Unternehmen am Mittwoch in Kassel mit.", True, "das Unternehmen", "named", "teilte mit",
          "indirect", resolved="Hellwig Haustechnik",
          note="'Das' takes up the previous sentence as the content; separable verb 'teilte … mit'"),
    claim("Die Nachfrage nach Gasheizungen sei seit dem vergangenen Jahr um fast 40 Prozent eingebrochen, sagte "
          "Geschäftsführer Thomas Berger.", True, "Thomas Berger", "named", "sagte", "indirect",
          alt=["Geschäftsführer Thomas Berger"]),
    claim("Die Produktion werde an den Stammsitz in Kassel und in ein Werk in Polen verlagert.", True, "Thomas Berger",
          "named", None, "indirect", note=KONJUNKTIV),
    claim("Man habe alle Alternativen geprüft.", True, "Thomas Berger", "named", None, "indirect",
          note=KONJUNKTIV + "; 'Man' is inside the reported content, not the source"),
    narrative("In Gotha arbeiten derzeit rund 400 Menschen für Hellwig."),
    narrative("Das Werk gehört seit den 1990er-Jahren zu dem Familienunternehmen, das weltweit rund 3.200 Mitarbeiter "
              "beschäftigt."),
    narrative("Die IG Metall reagierte mit scharfer Kritik.", "a reaction without content"),
    claim("„Das ist ein Schlag ins Gesicht der Beschäftigten“, sagte Bezirksleiterin Sabine Krüger dem MDR.", True,
          "Sabine Krüger", "named", "sagte", "direct", outlet="MDR", alt=["Bezirksleiterin Sabine Krüger"]),
    claim("„Noch vor einem Jahr hat man uns eine Standortgarantie versprochen.“", True, "Sabine Krüger", "named",
          None, "direct", outlet="MDR", note="cue-less quote continuation copies the outlet"),
    claim("Hellwig hatte 2023 nach Angaben der Gewerkschaft einen Rekordumsatz von 1,2 Milliarden Euro erzielt.",
          True, "der Gewerkschaft", "named", "nach Angaben", "indirect", resolved="IG Metall"),
    claim("Wie das „Handelsblatt“ unter Berufung auf Unternehmenskreise berichtete, erwägt Hellwig zudem den Verkauf "
          "seiner Sparte für Klimaanlagen.", True, "Unternehmenskreise", "anonymous", "berichtete", "indirect",
          outlet="Handelsblatt", note="'OUTLET reported, citing X': source X, outlet OUTLET (guide 1)"),
    narrative("Ein Sprecher wollte das auf Anfrage nicht kommentieren.", "withheld (guide 5)"),
    claim("Thüringens Wirtschaftsministerin Petra Wendt (SPD) kündigte an, mit der Geschäftsführung sprechen zu "
          "wollen.", True, "Petra Wendt", "named", "kündigte an", "indirect",
          alt=["Thüringens Wirtschaftsministerin Petra Wendt (SPD)", "Thüringens Wirtschaftsministerin Petra Wendt"]),
    claim("„Wir werden um jeden Arbeitsplatz kämpfen“, betonte sie in Erfurt.", True, "sie", "named", "betonte",
          "direct", resolved="Petra Wendt"),
    claim("Es sei aber „nicht Aufgabe des Staates“, ein Unternehmen zur Produktion zu zwingen, so Wendt.", True,
          "Wendt", "named", "so", "mixed", resolved="Petra Wendt"),
    narrative("Für die Stadt wäre die Schließung ein schwerer Schlag.",
              "Konjunktiv II of a hypothetical, the writer's own judgement"),
    narrative("Hellwig ist dort nach der Stadtverwaltung der zweitgrößte Arbeitgeber.",
              "'nach der Stadtverwaltung' = after the town hall, not 'nach Angaben'"),
    claim("Oberbürgermeister Knut Seifert (parteilos) sprach von einem „schwarzen Tag für Gotha“.", True,
          "Knut Seifert", "named", "sprach von", "direct",
          alt=["Oberbürgermeister Knut Seifert (parteilos)", "Oberbürgermeister Knut Seifert"],
          note="only the article stands outside the quote marks"),
    narrative("Der Betriebsrat will am Freitag über Protestaktionen beraten.", "an intention"),
    claim("Zunächst seien Gespräche über einen Sozialplan geplant, so der Betriebsratsvorsitzende Jens Ohlendorf.",
          True, "Jens Ohlendorf", "named", "so", "indirect",
          alt=["der Betriebsratsvorsitzende Jens Ohlendorf"]),
    claim("„Kampflos geben wir das Werk aber nicht auf“, sagte er.", True, "er", "named", "sagte", "direct",
          resolved="Jens Ohlendorf"),
    narrative("Die Bundesregierung hatte die Förderung für Wärmepumpen im vergangenen Jahr neu geregelt."),
], "issue 17: German newspaper style (no publisher shown, Konjunktiv I over several sentences, 'sagte … dem MDR', "
   "'Wie das „Handelsblatt“ … berichtete', ', so …')")

ARTICLES: dict[str, Article] = {
    "de-brueckensperrung": BRUECKENSPERRUNG,
    "de-werksschliessung": WERKSSCHLIESSUNG,
}
