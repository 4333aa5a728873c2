"""What a cue verb group says: the cue as reported, and the words around it that make it no report
(a negation, a passive, a request, an action or a description)."""

from __future__ import annotations

import re

from attrib.grammar.english.words import WORD, ends_with, key
from attrib.rulebook.lexicon import Lexicons, alternation, union

#: a quotation mark within 80 characters: what is asked is quoted
_QUOTE_MARK_AHEAD = re.compile(r"[^\"“”]{0,80}[\"“”]")
#: an adverb ending needs a word this long: "only" and "early" are no "-ly" adverbs of the cue
_MIN_LY_ADVERB = 5
#: how many words before a cue are read for a negation ("no longer", "refused to")
_NEGATION_WORDS = 3


def cue_words(cue: str, lex: Lexicons) -> str:
    """The cue as reported: auxiliaries kept, adverbs dropped ("has also said" -> "has said")."""
    adverbs = lex.set("cue_adverbs")
    words = [w for w in cue.split() if w.lower() not in adverbs
             and not (len(w) >= _MIN_LY_ADVERB and ends_with(w, lex, "adverb_endings"))]
    return " ".join(words) if words else cue.strip()


def negating_phrase(before: str, lex: Lexicons) -> str | None:
    """The phrase right before a cue that cancels it ("did not", "declined to"), or None."""
    words = WORD.findall(before.lower().replace("’", "'"))[-_NEGATION_WORDS:]
    blocked = lex.set("blocked_before")
    return next((phrase for i in range(len(words)) if (phrase := " ".join(words[i:])) in blocked), None)


def is_passive(cue: str, lex: Lexicons) -> bool:
    """A form of "be" before a past participle: "was told", "had been denied" (not "is saying", nor
    the -ing form of a phrasal cue: "is speaking out", "are raising concerns")."""
    words = cue.lower().split()
    if " ".join(words) in lex.set("belief_adjectives"):
        return False  # "are concerned (that)": a state of mind, no passive
    aux = lex.set("passive_aux")
    progressive = any(w not in aux and ends_with(w, lex, "present_participle_endings") for w in words[1:])
    return len(words) >= 2 and not progressive and any(w in aux for w in words[:-1]) \
        and not any(w in lex.set("passive_breakers") for w in words)


def impersonal_report(subject: str | None, after: str, lex: Lexicons) -> bool:
    """"It was reported (last year) that ...": attributed, though nobody is named."""
    soon = lex.derived("that_soon", lambda: re.compile(
        rf"(?:[\w’'-]+\s+){{0,3}}?{alternation(lex.set('complementizers'))}\b"))
    return subject is not None and subject.lower() in lex.set("expletive_pronouns") and bool(soon.match(after))


def cue_kind(cue: str, lex: Lexicons) -> str | None:
    """The kind of a cue (speech, belief, request ...), by its last word or as a whole phrase."""
    if not cue:
        return None
    kind = lex.cue_kinds.get(cue.split()[-1].lower())
    return kind if kind is not None else lex.cue_kinds.get(cue.lower())


def request_without_question(kind: str | None, after: str, lex: Lexicons) -> bool:
    """A request reports an act, not a claim ("asking the government to act"), unless it asks a
    question or a quotation follows. `after` is empty when the claim came before the cue."""
    if kind != "request" or not after or _QUOTE_MARK_AHEAD.match(after):
        return False
    to_verb = lex.derived("to_verb", lambda: re.compile(
        rf"\s+(?:[\w’'-]+\s+){{0,4}}?{alternation(lex.set('infinitive_markers'))}\s+[a-z]"))
    question = lex.derived("question_ahead", lambda: re.compile(
        rf"\s+(?:[\w’'-]+\s+){{0,4}}?{alternation(lex.set('question_words') | lex.set('complementizers'))}\b",
        re.IGNORECASE))
    return bool(to_verb.match(after)) or not question.match(after)


def action_before_to(cue: str, after: str, lex: Lexicons) -> bool:
    """A cue verb that reports nothing when "to" follows: "continued to treat her"."""
    last = cue.split()[-1].lower() if cue else ""
    then_word = lex.derived("to_then_word", lambda: re.compile(
        rf"\s+{alternation(lex.set('infinitive_markers'))}\s"))
    return last in lex.set("actions_before_to") and bool(then_word.match(after))


def participle_before_agent(cue: str, after: str, lex: Lexicons) -> bool:
    """A past participle before "by" describes, nobody speaks: "a condition characterized by"
    ("by 2050" is a date)."""
    by_next = lex.derived("agent_next", lambda: re.compile(
        rf"\s+{alternation(lex.set('agent_markers'))}\s+(?!\d)"))
    return bool(cue) and " " not in cue and ends_with(cue.lower(), lex, "past_participle_endings") \
        and bool(by_next.match(after))


def belief_before_to(cue: str, kind: str | None, after: str, lex: Lexicons) -> bool:
    """A belief verb before "to" describes, it reports nobody's view: "both considered to be"."""
    to_next = lex.derived("to_next", lambda: re.compile(rf"\s+{alternation(lex.set('infinitive_markers'))}\b"))
    return kind == "belief" and bool(cue) and ends_with(cue.split()[-1].lower(), lex, "past_participle_endings") \
        and bool(to_next.match(after))


#: how many words after such a cue its content may start ("posted on Facebook on Sunday that ...")
_CONTENT_WITHIN = 8


def content_missing(cue: str, after: str, lex: Lexicons) -> bool:
    """A cue of `cues_needing_content` ("added", "posted", "observed") with no clause, quotation,
    colon or reporting participle in the words after it: "Economy adds 90,000 jobs", "posted the
    video after waiting" are acts; so is a cue whose particle makes another verb ("showed up at the
    rally"). `after` is empty when the claim came before the cue."""
    words = cue.lower().split()
    following = WORD.findall(after.lower())[:1]
    if words and following and f"{words[-1]} {following[0]}" in lex.set("other_sense_phrasals"):
        return True
    needing = lex.set("cues_needing_content")
    if not after or not words or (words[-1] not in needing and " ".join(words[-2:]) not in needing):
        return False
    stripped = after.lstrip()
    if stripped[:1] in ":,\"“‘'(—–-":
        return False
    words = WORD.findall(stripped.lower())[:_CONTENT_WITHIN]
    if not words or words[0][:1].isdigit():
        return bool(words)
    introducers = lex.derived("content_introducers", lambda: union(
        lex.set("complementizers"), lex.set("participles"), lex.set("question_words"), lex.set("speech_act_nouns")))
    reach = stripped[:sum(len(w) + 1 for w in words) + 2]
    return not any(w in introducers or _reporting_participle(words, i, lex) for i, w in enumerate(words)) \
        and not any(mark in reach for mark in ("\"", "“", ":", "''"))


def _reporting_participle(words: list[str], i: int, lex: Lexicons) -> bool:
    """A cue's -ing form that opens what is reported: "a letter disputing the charges", but not the noun
    of "their worst showing in Nanaimo" (a preposition, or nothing, follows it)."""
    if words[i] not in lex.set("ing_forms"):
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return bool(following) and following not in lex.set("prepositions")


def holds_verb(text: str, lex: Lexicons) -> bool:
    """True when the words hold an auxiliary or a cue verb: "If China can build a wall," is a clause,
    "The big hit of the evening," is not."""
    return any(w in lex.set("aux") or w in lex.cue_kinds for w in WORD.findall(text.lower()))


def cue_before_role(cue: str, after: str, lex: Lexicons) -> bool:
    """A bare noun-like cue form right before a singular role noun is the first half of a compound
    title: "White House press secretary Josh Earnest said" (but "Lawmakers press officials on ...")."""
    words = cue.lower().split()
    following = WORD.findall(after.lstrip().lower().replace("’", "'"))[:1]
    return len(words) == 1 and words[0] in lex.set("noun_like_cues") and bool(following) \
        and after.lstrip()[:1].islower() and following[0] in lex.set("role_nouns") \
        and not ends_with(following[0], lex, "plural_endings")


def cue_reads_as_noun(cue: str, before: str, after: str, lex: Lexicons) -> bool:
    """A bare cue form that is also a common noun ("report", "claims", "remarks") reads as the noun
    after a determiner, a number or a possessive ("the report", "Trump's remarks"), and, when the
    claim follows it, before an auxiliary, a cue verb or a preposition of a noun ("No credible reports
    support ...", "The next jobs report is due", "charges against him")."""
    words = cue.lower().split()
    previous = (WORD.findall(before.lower().replace("’", "'")) or [""])[-1]
    if len(words) == 1 and previous in lex.set("adjective_markers") \
            and ends_with(words[0], lex, "past_participle_endings"):
        return True  # "more detailed medical records": an adjective
    if len(words) != 1 or words[0] not in lex.set("noun_like_cues"):
        return False  # "has reported", "claimed": a verb group
    if previous in lex.set("personal_pronouns"):
        return False  # "he talks about", "she boasts about": the verb
    if previous in lex.set("noun_determiners") or previous.isdigit() or previous in lex.set("number_words") \
            or ends_with(previous, lex, "possessive_endings") \
            or previous in lex.set("superlatives") or _compound_head(before, after, lex):
        return True  # "the report", "Trump's remarks", "the greatest fear", "a talk show"
    stripped = after.lstrip()
    if not stripped or not stripped[:1].isalpha():
        return False  # a claim first, or a quotation or colon: the verb reports
    following = WORD.findall(stripped)[0]
    if not following[:1].islower():
        return False  # "claims Trump lied"
    key_word = following.replace("’", "'")
    if f"{words[0]} {key_word}" in lex.set("phrasal_cues"):
        return False  # "calls for", "talks about": the verb and its own particle
    # the noun before its verb ("reports support", "report is due") or its preposition ("charges
    # against her", "reports for the quarter")
    finite_aux = key_word in lex.set("aux") and not ends_with(key_word, lex, "present_participle_endings")
    return finite_aux or key_word in lex.set("noun_prepositions") or (
        key_word in lex.cue_kinds and key_word not in lex.set("ing_forms"))


def _compound_head(before: str, after: str, lex: Lexicons) -> bool:
    """A compound modifier before the cue makes it a noun ("a Sunday talk show", "a TV show"), unless it is
    part of a name ("the Associated Press reports") or a clause follows ("... shows that ...")."""
    written = (WORD.findall(before.replace("’", "'")) or [""])[-1]
    following = WORD.findall(after.lower())[:1]
    return not written.istitle() and written.lower() in lex.set("noun_compound_modifiers") \
        and not (following and following[0] in lex.set("complementizers"))


def later_speech_cue(text: str, after: int, lex: Lexicons) -> tuple[int, int] | None:
    """Where the speech cue of the same subject stands after a stance cue, as (start, end) in `text`:
    ", saying ...", ", and adding ...", " and said ...". None when there is none or a new clause with
    its own subject comes first."""
    follow_up = lex.derived("speech_follow_up", lambda: re.compile(
        rf",\s+(?:and\s+)?(?P<participle>{alternation(lex.set('speech_participles'))})\b"
        rf"|\s+and\s+(?:also\s+|then\s+)?(?P<verb>{alternation(lex.set('speech_and_cues'))})\b",
        re.IGNORECASE))
    found = follow_up.search(text, after)
    if found is None:
        return None
    group = "participle" if found.group("participle") else "verb"
    return found.start(group), found.end(group)


def naming_participle(before: str, cue: str, after: str, lex: Lexicons) -> bool:
    """A naming participle after a common noun gives the noun's name, nobody speaks: "a group called
    Ginbot 7", "a party called Anti-Prom", "a move called the boneless" (but "the mayor called Roe a liar":
    a role, a pronoun or an organisation before the verb is its subject)."""
    words = cue.lower().split()
    before_words = WORD.findall(before)[-2:]
    previous = before_words[-1] if before_words else ""
    if len(words) != 1 or words[0] not in lex.set("naming_participles") or not previous[:1].islower() \
            or before.rstrip().endswith(","):  # "The Institute, a think tank, called the plan ...": the verb
        return False
    speakers = union(lex.set("role_nouns"), lex.set("person_titles"), lex.set("personal_pronouns"),
                     lex.set("relative_pronouns"), lex.set("question_words"), lex.set("aux"), lex.set("cue_adverbs"))
    if key(previous) in speakers or ends_with(key(previous), lex, "adverb_endings"):
        return False
    indefinite = len(before_words) == 2 and key(before_words[0]) in lex.set("articles") - lex.set("definite_articles")
    if key(previous) in union(lex.set("organisation_words"), lex.set("document_nouns")) and not indefinite:
        return False  # "The union called the strike a success"; but "a party called Anti-Prom"
    first = (WORD.findall(after.lstrip()) or [""])[0]
    return first[:1].isupper() or key(first) in lex.set("definite_articles")


def state_not_view(cue: str, after: str, lex: Lexicons) -> bool:
    """A verb of finding or feeling (`state_verbs`) before a reflexive pronoun, a past participle or an
    intensifier describes its subject's state, it reports no view: "found himself in trouble", "felt
    blindsided by the demand", "felt so universal" (but "found that ...", "feels the plan is wrong")."""
    words = cue.lower().split()
    following = WORD.findall(after.lstrip())[:1]
    if not words or words[-1] not in lex.set("state_verbs") or not following or not following[0].islower():
        return False
    first = key(following[0])
    return first in lex.set("reflexive_pronouns") or first in lex.set("adjective_markers") \
        or (ends_with(first, lex, "past_participle_endings") and first not in lex.set("aux")
            and words[-1] in lex.set("feeling_verbs"))


def participle_modifier(cue: str, after: str, lex: Lexicons) -> bool:
    """A cue's past participle right before the preposition of its object describes the noun before
    it: "a bombing blamed on militants", "a man accused of fraud" (the active verb needs its object
    first: "blamed the militants for it")."""
    words = cue.lower().split()
    following = WORD.findall(after.lower())[:1]
    return len(words) == 1 and bool(following) and f"{words[0]} {following[0]}" in lex.set("participle_modifiers")
