"""Phrase knowledge the German and Romance grammars share, as functions over a pack's word lists:
words with elided articles apart ("l'ancien" -> "l'" "ancien"), a speaker's noun phrase read from its
determiner to its last complement ("le porte-parole de la mission", "der Sprecher des Ministeriums"),
the kind of source a phrase names, and what a cue verb group says. Each language's module
(attrib.grammar.german, attrib.grammar.romance) builds its Grammar from these and its own functions;
every word comes from its pack's YAML, so one function serves every language that lists the words."""
