"""Spanish articles for issue 17 (written natively, fictional events). Conventions beyond the English
guide (../shared/data/README.md): a dropped subject («…», añadió.) has source null, resolved = the
speaker and, as in es-dev.jsonl, the speaker's last mention in alt_sources; `según X`, `de acuerdo
con X`, `para X` are "according to"; `dijo a EFE`, `en declaraciones a Europa Press`, `en una
entrevista con RAC1` name the outlet."""

from __future__ import annotations

from annotations import Article, claim, narrative

DROPPED = "dropped subject: source null, resolved the speaker (README convention)"

INCENDIO_ESPADAN = Article("EFE", "es", [
    narrative("Un incendio obliga a desalojar a 600 vecinos en la sierra de Espadán"),
    claim("Castellón, 12 ago (EFE).- Un incendio forestal declarado este lunes en la sierra de Espadán ha obligado a "
          "desalojar a unos 600 vecinos de tres municipios, según ha informado el Centro de Coordinación de "
          "Emergencias de la Generalitat.", True, "el Centro de Coordinación de Emergencias de la Generalitat",
          "named", "según ha informado", "indirect", note="EFE dateline '(EFE).-' is part of the first sentence"),
    narrative("Las llamas, avivadas por rachas de viento de hasta 60 kilómetros por hora, han calcinado ya unas 1.200 "
              "hectáreas."),
    claim("«La noche va a ser muy complicada», dijo a EFE el jefe de bomberos del consorcio provincial, Javier "
          "Monferrer.", True, "Javier Monferrer", "named", "dijo", "direct", outlet="EFE",
          alt=["el jefe de bomberos del consorcio provincial, Javier Monferrer",
               "el jefe de bomberos del consorcio provincial"]),
    claim("«Tenemos tres frentes activos y el viento no nos da tregua», añadió.", True, None, "named", "añadió",
          "direct", resolved="Javier Monferrer", alt=["Javier Monferrer"],
          note=DROPPED + "; a new cue without an outlet: outlet null"),
    narrative("Unos 250 efectivos, entre bomberos, brigadas forestales y militares de la UME, trabajan en la extinción "
              "con el apoyo de 14 medios aéreos."),
    narrative("Los medios aéreos dejarán de operar al caer la noche y volverán al amanecer."),
    narrative("Los vecinos de Eslida, Aín y Alcudia de Veo pasarán la noche en un polideportivo de la Vall d'Uixó."),
    narrative("La carretera que une Eslida con la Vall d'Uixó permanece cortada."),
    claim("«Salimos con lo puesto; no sabemos si la casa sigue en pie», explicó en declaraciones a Europa Press Carmen "
          "Forcada, vecina de Eslida.", True, "Carmen Forcada", "named", "explicó", "direct", outlet="Europa Press",
          alt=["Carmen Forcada, vecina de Eslida"], channel="declaraciones"),
    claim("Según El País, el fuego se originó en una finca agrícola donde se estaban quemando rastrojos pese a la "
          "prohibición vigente.", True, "El País", "outlet", "Según", "indirect", outlet="El País"),
    narrative("La Guardia Civil investiga las causas del incendio.", "an investigation is an act"),
    claim("Fuentes de la investigación han señalado que no se descarta ninguna hipótesis.", True,
          "Fuentes de la investigación", "anonymous", "han señalado", "indirect"),
    claim("La consellera de Emergencias, Marta Beltrán, ha asegurado en rueda de prensa que los desalojados podrán "
          "volver a sus casas «en cuanto sea seguro».", True, "Marta Beltrán", "named", "ha asegurado", "mixed",
          alt=["La consellera de Emergencias, Marta Beltrán", "La consellera de Emergencias"],
          channel="rueda de prensa"),
    narrative("Beltrán ha pedido además extremar la precaución a quienes circulen por la CV-223, cortada en varios "
              "tramos.", "a request for an action (guide 9)"),
    claim("«No es momento de hacer turismo de incendios», ha subrayado.", True, None, "named", "ha subrayado",
          "direct", resolved="Marta Beltrán", alt=["Beltrán"], note=DROPPED),
    claim("La Agencia Estatal de Meteorología (Aemet) prevé que el viento amaine a partir del miércoles.", True,
          "La Agencia Estatal de Meteorología", "named", "prevé", "indirect",
          alt=["La Agencia Estatal de Meteorología (Aemet)", "Aemet"]),
    narrative("Es el tercer gran incendio en la Comunitat Valenciana este verano."),
    narrative("En julio, un fuego en la comarca de Los Serranos quemó más de 3.000 hectáreas."),
    claim("El alcalde de Eslida, Vicent Gil, ha lamentado la falta de limpieza de los montes.", True, "Vicent Gil",
          "named", "ha lamentado", "indirect", alt=["El alcalde de Eslida, Vicent Gil", "El alcalde de Eslida"],
          note="a complaint whose object states a fact (the hills are not cleared)"),
    claim("«Llevamos años avisando de que esto podía pasar», dijo Gil a EFE por teléfono.", True, "Gil", "named",
          "dijo", "direct", resolved="Vicent Gil", outlet="EFE", channel="teléfono"),
], "issue 17: Spanish wire style (EFE dateline, «…», 'dijo a EFE', dropped subjects, 'según El País', "
   "'en declaraciones a Europa Press')")

DESAHUCIO_VERDI = Article(None, "es", [
    narrative("Los vecinos de la calle Verdi plantan cara al fondo que ha comprado su edificio"),
    claim("Los 28 inquilinos de un edificio de la calle Verdi, en el barrio barcelonés de Gràcia, se niegan a "
          "abandonar sus viviendas después de que un fondo de inversión comprara el inmueble y les comunicara que no "
          "renovará sus contratos.", True, "un fondo de inversión", "anonymous", "comunicara", "indirect",
          alt=["Bluestone Capital"],
          note="a speech cue in a subordinate clause (guide 6); the fund is named in the next sentence"),
    claim("El fondo, Bluestone Capital, con sede en Londres, adquirió el edificio en enero por 9,5 millones de euros, "
          "según el registro de la propiedad.", True, "el registro de la propiedad", "document", "según",
          "indirect"),
    narrative("El edificio, de cinco plantas, fue construido en 1910."),
    claim("«Nos quieren echar para duplicar los alquileres», aseguró a la Cadena SER la portavoz de los vecinos, Núria "
          "Puig, que vive en el edificio desde 1998.", True, "Núria Puig", "named", "aseguró", "direct",
          outlet="Cadena SER", alt=["la portavoz de los vecinos, Núria Puig", "la portavoz de los vecinos"]),
    claim("«Aquí hay gente mayor que no tiene adónde ir», añadió.", True, None, "named", "añadió", "direct",
          resolved="Núria Puig", alt=["Núria Puig"], note=DROPPED + "; a new cue: outlet null"),
    claim("Según Puig, al menos nueve de los inquilinos tienen más de 70 años.", True, "Puig", "named", "Según",
          "indirect", resolved="Núria Puig"),
    narrative("Bluestone no ha querido hacer declaraciones a este diario.", "withheld (guide 5)"),
    claim("En un comunicado remitido a Europa Press, la empresa defendió que cumple «escrupulosamente» la ley y que "
          "ofrecerá a los inquilinos «soluciones individualizadas».", True, "la empresa", "named", "defendió", "mixed",
          resolved="Bluestone Capital", outlet="Europa Press", channel="un comunicado",
          note="a statement sent to an outlet names that outlet, as 'told X in a statement'"),
    narrative("Bluestone gestiona unas 2.000 viviendas en España, la mayoría en Madrid y Barcelona."),
    narrative("Los contratos del edificio vencen entre junio y diciembre de este año."),
    narrative("El Ayuntamiento de Barcelona ha abierto un expediente para comprobar si la compraventa respetó el "
              "derecho de tanteo municipal.", "an administrative act"),
    claim("De acuerdo con fuentes municipales, la ciudad podría haber ejercido ese derecho y comprado el edificio, "
          "pero no fue informada de la operación.", True, "fuentes municipales", "anonymous", "De acuerdo con",
          "indirect"),
    narrative("La teniente de alcalde de Vivienda, Laia Bosch, fue más lejos."),
    claim("«Si se confirma que se ocultó la venta, iremos a los tribunales», advirtió en una entrevista con RAC1.",
          True, None, "named", "advirtió", "direct", resolved="Laia Bosch", alt=["Laia Bosch"], outlet="RAC1",
          channel="una entrevista", note=DROPPED),
    claim("Para el Sindicato de Inquilinas, el caso de Verdi «no es una excepción, sino el modelo de negocio» de los "
          "grandes fondos.", True, "el Sindicato de Inquilinas", "named", "Para", "mixed"),
    claim("La organización calcula que los fondos compraron el año pasado más de 40 edificios enteros en la ciudad.",
          True, "La organización", "named", "calcula", "indirect", resolved="Sindicato de Inquilinas"),
    narrative("Los vecinos han convocado una concentración frente al edificio el próximo sábado."),
    narrative("Será la tercera protesta en el barrio este año."),
    claim("Preguntada por si están dispuestos a negociar una salida, Puig fue tajante: «Nosotros no nos vamos».", True,
          "Puig", "named", "fue tajante", "direct", resolved="Núria Puig",
          note="'fue tajante:' introduces her answer; the content is wholly quoted"),
    claim("El precio medio del alquiler en Barcelona subió un 9 % el último año, según el portal inmobiliario "
          "Pisolia.", True, "Pisolia", "named", "según", "indirect", alt=["el portal inmobiliario Pisolia"]),
], "issue 17: Spanish newspaper style (no publisher shown, 'aseguró a la Cadena SER', dropped subjects, "
   "'de acuerdo con', 'para', 'en una entrevista con RAC1')")

ARTICLES: dict[str, Article] = {
    "es-incendio-espadan": INCENDIO_ESPADAN,
    "es-desahucio-verdi": DESAHUCIO_VERDI,
}
