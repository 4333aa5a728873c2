"""What a cue verb group says in the shared grammars: the cue as reported, its kind, and the words
around it that make it no report (a negation, a passive, a request for an act, a cue that needs
content it lacks, the particles a separable verb awaits)."""

from __future__ import annotations

import re

from attrib.grammar.common.words import capitalised, key
from attrib.rulebook.lexicon import Lexicons, alternation

#: how many words before a cue are read for a negation ("n'a pas", "no")
_NEGATION_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: how many words after a cue its content may start at
_CONTENT_WITHIN = 8


def cue_words(cue: str, lex: Lexicons) -> str:
    """The cue as reported: auxiliaries kept, adverbs of the verb group dropped ("a notamment
    déclaré" -> "a déclaré", "sagte heute" -> "sagte")."""
    adverbs = lex.set("cue_adverbs")
    words = [w for w in cue.split() if key(w) not in adverbs]
    return " ".join(words) if words else cue.strip()


def cue_kind(cue: str, lex: Lexicons) -> str | None:
    """The kind of a cue (speech, belief, request ...), as a whole phrase, by its last word or its first."""
    if not cue:
        return None
    lowered = cue.lower().replace("’", "'")
    for candidate in (lowered, lowered.split()[-1], lowered.split()[0]):
        kind = lex.cue_kinds.get(candidate)
        if kind is not None:
            return kind
    return None


def negating_phrase(before: str, lex: Lexicons) -> str | None:
    """The words right before a cue that cancel it ("n'a pas", "no", "nicht"), or None."""
    words = [key(w) for w in before.split()][-_NEGATION_WORDS:]
    blocked = lex.set("blocked_before")
    return next((phrase for i in range(len(words)) if (phrase := " ".join(words[i:])) in blocked), None)


def is_passive(cue: str, lex: Lexicons) -> bool:
    """A passive auxiliary before the cue's participle: "a été annoncé", "fue anunciado"."""
    words = [key(w) for w in cue.split()]
    return len(words) >= 2 and any(w in lex.set("passive_aux") for w in words[:-1])


def impersonal_report(subject: str | None, after: str, lex: Lexicons) -> bool:
    """"Il a été annoncé que ...", "Es wurde bekannt, dass ...": attributed, though nobody is named."""
    if subject is None or key(subject) not in lex.set("expletive_pronouns"):
        return False
    soon = [key(w) for w in after.split()[:4]]
    return any(w in lex.set("complementizers") for w in soon)


def request_without_question(kind: str | None, after: str, lex: Lexicons) -> bool:
    """A request reports an act, not a claim, when the words after it ask for an act with an
    infinitive marker ("appelle à agir", "forderte, zu handeln") and quote nothing."""
    if kind != "request" or not after or any(m in after[:80] for m in _quote_marks(lex)):
        return False
    words = [key(w) for w in after.split()[:5]]
    return any(w in lex.set("infinitive_markers") for w in words) and not any(
        w in lex.set("complementizers") | lex.set("question_words") for w in words)


def _quote_marks(lex: Lexicons) -> frozenset[str]:
    return lex.derived("common_quote_openers", lambda: frozenset(
        mark for pair in lex.split.quote_pairs for mark in pair))


def action_before_to(cue: str, after: str, lex: Lexicons) -> bool:
    """A cue verb that reports nothing before an infinitive marker (`actions_before_to`)."""
    last = key(cue.split()[-1]) if cue.split() else ""
    nxt = key(after.split()[0]) if after.split() else ""
    return last in lex.set("actions_before_to") and nxt in lex.set("infinitive_markers")


def participle_before_agent(cue: str, after: str, lex: Lexicons) -> bool:
    """A lone participle before an agent marker describes ("caractérisé par"): nobody speaks."""
    nxt = key(after.split()[0]) if after.split() else ""
    endings = lex.endings("past_participle_endings")
    return " " not in cue.strip() and nxt in lex.set("agent_markers") and bool(endings) \
        and cue.lower().endswith(endings)


def belief_before_to(cue: str, kind: str | None, after: str, lex: Lexicons) -> bool:
    """A belief verb before an infinitive marker describes ("considéré comme", "gilt als")."""
    nxt = key(after.split()[0]) if after.split() else ""
    return kind == "belief" and nxt in lex.set("infinitive_markers") and " " not in cue.strip()


def content_missing(cue: str, after: str, lex: Lexicons) -> bool:
    """A cue of `cues_needing_content` with no clause, quotation or colon in the words after it:
    "a publié une photo", "hat 90 Stellen angekündigt" report nothing."""
    words = cue.lower().split()
    if not after or not words or words[-1] not in lex.set("cues_needing_content"):
        return False
    stripped = after.lstrip()
    if stripped[:1] in ":,;(—–-" or stripped[:1] in _quote_marks(lex):
        return False
    near = [key(w) for w in stripped.split()[:_CONTENT_WITHIN]]
    introducers = lex.set("complementizers") | lex.set("question_words")
    return not any(w in introducers for w in near) and not any(m in stripped[:80] for m in _quote_marks(lex))


def particles_awaited(cue: str, after: str, lex: Lexicons) -> frozenset[str] | None:
    """The particles the cue's separable stem reports with ("teilte" -> {"mit"}), or None when there
    is nothing to read: no cue, the claim came before it ("„…“, teilte er mit."), a stem that is not
    separable or is a verb of its own too ("forderte")."""
    words = cue.lower().split()
    if not words or not after:
        return None
    particles = separable_particles(lex).get(words[-1])
    return None if not particles or "" in particles else particles


def separable_particles(lex: Lexicons) -> dict[str, frozenset[str]]:
    """stem -> the particles it reports with, from the set `separable_verbs` ("teilte mit")."""
    def build() -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for entry in lex.set("separable_verbs"):
            parts = entry.split()
            found.setdefault(parts[0], set()).add(parts[-1] if len(parts) > 1 else "")
        return {stem: frozenset(p) for stem, p in found.items()}
    return lex.derived("common_separable", build)


def holds_verb(text: str, lex: Lexicons) -> bool:
    """True when the words hold an auxiliary or a cue verb (a clause, not a phrase)."""
    return any(key(w) in lex.set("aux") or (key(w) in lex.cue_kinds and not capitalised(w))
               for w in _WORD.findall(text))


def later_speech_cue(text: str, after: int, lex: Lexicons) -> tuple[int, int] | None:
    """Where a speech cue of the same subject follows a stance cue (", en ajoutant …", "y añadió …"):
    (start, end) in `text`, from the sets `speech_participles` and `speech_and_cues`; None when none."""
    follow_up = lex.derived("common_speech_follow_up", lambda: _follow_up(lex))
    found = follow_up.search(text, after) if follow_up is not None else None
    if found is None:
        return None
    group = "participle" if found.group("participle") else "verb"
    return found.start(group), found.end(group)


def _follow_up(lex: Lexicons) -> re.Pattern[str] | None:
    participles, and_cues = lex.set("speech_participles"), lex.set("speech_and_cues")
    coordinators = lex.set("coordinators")
    parts = []
    if participles:
        parts.append(rf",\s+(?P<participle>{alternation(participles)})(?![\w'’-])")
    if and_cues and coordinators:
        parts.append(rf"\s+{alternation(coordinators)}\s+(?P<verb>{alternation(and_cues)})(?![\w'’-])")
    if not parts:
        return None
    if "participle" not in "".join(parts):
        parts.append(r"(?P<participle>(?!))")
    if "(?P<verb>" not in "".join(parts):
        parts.append(r"(?P<verb>(?!))")
    return re.compile("|".join(parts), re.IGNORECASE)


def cue_reads_as_noun(cue: str, before: str, after: str, lex: Lexicons) -> bool:
    """A bare cue form that is also a common noun (`noun_like_cues`) reads as the noun after a
    determiner ("le rapport", "el anuncio")."""
    words = cue.lower().split()
    if len(words) != 1 or words[0] not in lex.set("noun_like_cues"):
        return False
    previous = key(before.split()[-1]) if before.split() else ""
    return previous in lex.set("noun_determiners") or previous in lex.set("determiners")


def participle_modifier(cue: str, after: str, lex: Lexicons) -> bool:
    """A participle cue right before the preposition of its object describes the noun before it
    (the pack's `participle_modifiers`: "cue preposition" pairs; "accusé de fraude")."""
    words = cue.lower().split()
    following = _WORD.findall(after.lower())[:1]
    return len(words) == 1 and bool(following) and f"{words[0]} {following[0]}" in lex.set("participle_modifiers")
