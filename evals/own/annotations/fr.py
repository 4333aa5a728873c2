"""French articles for issue 17 (written natively, fictional events). Conventions beyond the English
guide (../shared/data/README.md): an inverted cue keeps its pronoun (`a-t-il ajouté` → source `il`,
resolved to the speaker); `selon X`, `d'après X`, `pour X` are "according to"; `à l'AFP`, `au Monde`,
`auprès du Progrès`, `sur France Info` name the outlet the speaker told."""

from __future__ import annotations

from annotations import Article, claim, narrative

GREVE_DOCKERS = Article("AFP", "fr", [
    narrative("Saint-Nazaire : les dockers en grève, le port à l'arrêt"),
    narrative("SAINT-NAZAIRE (AFP) - Le port de Saint-Nazaire était quasiment à l'arrêt mardi, au deuxième jour d'une "
              "grève des dockers qui réclament une revalorisation de leurs primes de nuit.",
              "dateline (AFP); 'réclament une revalorisation' is a demand for an action (guide 9)"),
    claim("« Aucun navire n'a été chargé ou déchargé depuis lundi matin », a déclaré à l'AFP Yann Le Goff, secrétaire "
          "du syndicat CGT des dockers.", True, "Yann Le Goff", "named", "a déclaré", "direct", outlet="AFP",
          alt=["Yann Le Goff, secrétaire du syndicat CGT des dockers"]),
    claim("« On ne lâchera pas tant que la direction ne reviendra pas à la table des négociations », a-t-il ajouté.",
          True, "il", "named", "a-t-il ajouté", "direct", resolved="Yann Le Goff",
          note="a new cue without an outlet: outlet null"),
    claim("Selon la direction du port, une vingtaine de navires attendaient mardi au large de l'estuaire.", True,
          "la direction du port", "named", "Selon", "indirect"),
    narrative("Environ 800 dockers travaillent sur le port, qui est le quatrième de France pour le trafic de "
              "marchandises."),
    narrative("Les dockers assurent le chargement des conteneurs, du vrac et des pièces d'avion destinées à l'usine "
              "aéronautique voisine.", "'assurent le chargement' = carry out the loading, not 'assure que'"),
    claim("Dans un communiqué, la direction a dit « regretter un mouvement disproportionné » et assuré que les primes "
          "avaient été augmentées de 4 % en janvier.", True, "la direction", "named", "a dit", "mixed",
          alt=["la direction du port"], channel="un communiqué"),
    narrative("Les deux parties doivent se retrouver jeudi à la sous-préfecture."),
    narrative("Sur les quais, l'ambiance restait calme mardi matin."),
    claim("« Je travaille ici depuis vingt-deux ans et je n'ai jamais vu une telle colère », confie Sandrine Morvan, "
          "grutière, en désignant les portiques immobiles.", True, "Sandrine Morvan", "named", "confie", "direct"),
    claim("Selon elle, beaucoup de dockers enchaînent les nuits pour compenser la hausse des prix.", True, "elle",
          "named", "Selon", "indirect", resolved="Sandrine Morvan"),
    narrative("La grève inquiète les entreprises de la zone portuaire.",
              "the strike worries the firms: their state, not their claim"),
    narrative("Le motoriste Atlantis Marine, qui attend des pièces pour un paquebot en construction, n'a pas souhaité "
              "faire de commentaire.", "withheld (guide 5)"),
    claim("D'après Ouest-France, au moins deux cargos ont déjà été détournés vers le port du Havre.", True,
          "Ouest-France", "outlet", "D'après", "indirect", outlet="Ouest-France"),
    claim("Le ministre des Transports a appelé mardi sur France Info « au dialogue ».", True,
          "Le ministre des Transports", "named", "a appelé", "direct", outlet="France Info",
          note="a call in his own quoted words states a position (guide 9); said on the radio station's air = "
               "an interview with that outlet"),
    claim("« Il faut que chacun fasse un pas », a-t-il estimé, ajoutant que l'État « ne se substituera pas » aux "
          "partenaires sociaux.", True, "il", "named", "a-t-il estimé", "mixed", resolved="Le ministre des Transports",
          note="a new cue: outlet null"),
    narrative("Le dernier conflit de ce type, en 2019, avait duré onze jours."),
    narrative("Les dockers ont voté mardi la reconduction de la grève jusqu'à jeudi.", "a vote is an act"),
    claim("« Nous sommes prêts à tenir », a assuré M. Le Goff.", True, "M. Le Goff", "named", "a assuré", "direct",
          resolved="Yann Le Goff"),
    claim("Une proposition de la direction pourrait être présentée jeudi, selon une source proche du dossier.", True,
          "une source proche du dossier", "anonymous", "selon", "indirect"),
], "issue 17: French wire style (AFP dateline, « à l'AFP », inversion, selon/d'après)")

TELEPHERIQUE = Article(None, "fr", [
    narrative("Lyon\u00a0: le projet de téléphérique de l'Ouest lyonnais suspendu après un avis défavorable"),
    narrative("Le projet de téléphérique censé relier Francheville à la gare de Perrache a du plomb dans l'aile."),
    claim("La commission d'enquête publique a rendu lundi un avis défavorable, estimant que l'utilité du projet "
          "n'était «\u00a0pas démontrée\u00a0».", True, "La commission d'enquête publique", "named", "estimant",
          "mixed"),
    claim("Selon Le Monde, qui a consulté le rapport, les commissaires pointent notamment un coût «\u00a0largement "
          "sous-évalué\u00a0», estimé à 180 millions d'euros.", True, "les commissaires", "anonymous", "pointent",
          "mixed", outlet="Le Monde", alt=["Le Monde", "La commission d'enquête publique"],
          note="'X pointent …, selon OUTLET': source X, outlet the outlet, also accepted as source (guide 1)"),
    narrative("Le tracé, long de 5,6 kilomètres, devait survoler deux vallées et desservir quatre stations."),
    narrative("La Métropole finance 80\u00a0% du projet, le reste étant apporté par la région."),
    claim("«\u00a0C'est un coup dur, mais ce n'est pas la fin de l'histoire\u00a0», a réagi auprès du Progrès le "
          "vice-président de la Métropole chargé des mobilités, Julien Ferrand.", True, "Julien Ferrand", "named",
          "a réagi", "direct", outlet="Le Progrès",
          alt=["le vice-président de la Métropole chargé des mobilités, Julien Ferrand",
               "le vice-président de la Métropole chargé des mobilités"]),
    claim("L'avis de la commission n'est que consultatif, a-t-il rappelé, et la Métropole peut passer outre.", True,
          "il", "named", "a-t-il rappelé", "indirect", resolved="Julien Ferrand"),
    narrative("Les opposants, eux, se réjouissent.", "a feeling, no content"),
    claim("«\u00a0Nous l'avons toujours dit\u00a0: ce téléphérique ne répond à aucun besoin\u00a0», explique Claire "
          "Dumas, présidente de l'association Ciel libre, qui a recueilli plus de 12\u00a0000 signatures contre le "
          "projet.", True, "Claire Dumas", "named", "explique", "direct",
          alt=["Claire Dumas, présidente de l'association Ciel libre"]),
    claim("«\u00a0Les habitants de Francheville veulent des bus, pas des cabines au-dessus de leurs jardins\u00a0», "
          "ajoute-t-elle.", True, "elle", "named", "ajoute-t-elle", "direct", resolved="Claire Dumas"),
    narrative("La pétition sera remise au président de la Métropole la semaine prochaine."),
    claim("D'après un rapport de la chambre régionale des comptes publié en mars, la dette de la Métropole a augmenté "
          "de 15\u00a0% en trois ans.", True, "la chambre régionale des comptes", "named", "D'après", "indirect",
          channel="un rapport",
          alt=["un rapport de la chambre régionale des comptes publié en mars",
               "un rapport de la chambre régionale des comptes"],
          note="a document with its author named: the author is the source (guide 3)"),
    narrative("Le coût du téléphérique avait déjà été revu à la hausse à deux reprises."),
    narrative("Le président écologiste de la Métropole, Bruno Carrel, n'a pas souhaité s'exprimer lundi.",
              "withheld (guide 5)"),
    claim("Son entourage assure toutefois que «\u00a0rien n'est tranché\u00a0».", True, "Son entourage",
          "anonymous", "assure", "direct", note="the content after 'que' is wholly quoted"),
    claim("Sur X, l'élu d'opposition Marc Vidal a salué «\u00a0une victoire du bon sens\u00a0».", True, "Marc Vidal",
          "named", "a salué", "direct", alt=["l'élu d'opposition Marc Vidal"], channel="X"),
    claim("Pour lui, la Métropole «\u00a0doit désormais investir dans le tramway\u00a0».", True, "lui", "named",
          "Pour", "mixed", resolved="Marc Vidal"),
    narrative("Le projet avait été lancé en 2021 pour désengorger l'Ouest lyonnais, où les bouchons sont quotidiens."),
    narrative("Les travaux, qui devaient commencer en 2026, sont désormais suspendus."),
    claim("«\u00a0Nous prendrons le temps d'examiner chaque réserve de la commission\u00a0», a déclaré au Monde une "
          "source à la Métropole.", True, "une source à la Métropole", "anonymous", "a déclaré", "direct",
          outlet="Le Monde"),
    narrative("Un nouveau vote du conseil de la Métropole est prévu en juin."),
], "issue 17: French regional-paper style (no publisher shown, « » with no-break spaces, au Monde, auprès du Progrès)")

ARTICLES: dict[str, Article] = {
    "fr-greve-dockers": GREVE_DOCKERS,
    "fr-telepherique": TELEPHERIQUE,
}
