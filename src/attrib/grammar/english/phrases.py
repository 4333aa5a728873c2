"""Is a captured window a speaker's noun phrase, and which part of it? `trim_noun_phrase` cuts the
window down to the phrase next to the cue, or refuses it with a named reason (a clause, a fronted
phrase, a pronoun with a verb after it ...)."""

from __future__ import annotations

import re

from attrib.grammar.english.clauses import starts_clause
from attrib.grammar.english.names import capitalised_run, described_name, name_after_role, name_after_title
from attrib.grammar.english.words import (
    MAX_SOURCE_WORDS,
    Word,
    ending,
    ends_with,
    head_noun,
    is_share,
    key,
    name_links,
    name_word,
    tokens,
)
from attrib.grammar.place import Place
from attrib.grammar.refusal import Refusal, quoted
from attrib.model import Span
from attrib.rulebook.lexicon import Lexicons, alternation, union

_LAST_WORD = re.compile(r"(\S+)\.$")
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.){1,}$")
#: a year as a word: "in 2001"
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: the first words of a phrase whose head makes it a clause, not a speaker ("fisherman first noticed")
_HEAD_WITHIN = 3


def _words_text(words: list[Word]) -> str:
    return " ".join(w for _, _, w in words)


def trim_noun_phrase(text: str, span: Span, offset: int, lex: Lexicons, place: Place) -> Span | Refusal:
    """Cut a captured window down to the noun phrase next to the cue, or refuse it.

    Before the cue the phrase ends at the cue and starts after the last clause boundary word
    (", and the Kremlin said" -> the Kremlin); after the cue it starts at the cue and ends before
    the first one ("according to officials who ..." -> officials). A phrase that opens the match
    (`open_left`) must also open a clause. A title or role before a name is dropped: "White House
    spokesman Josh Earnest" -> Josh Earnest. A `whole` phrase (one a pattern anchors at the
    sentence start) may not be cut at all: "documents that the lawyers believe" is no speaker.
    """
    local_start, local_end = span.start - offset, span.end - offset
    words = tokens(text, local_start, local_end)
    if not words:
        return Refusal("no-words", "the phrase is empty")
    if place.before_cue:
        if place.open_left and not starts_clause(text[:local_start], lex):
            return Refusal("mid-clause", f"{quoted(_words_text(words))} starts in the middle of a clause")
        kept = phrase_before_cue(words, lex)
        if isinstance(kept, Refusal):
            return kept
        refusal = _cut_or_fronted(text, words, kept, local_end, lex, place)
        if refusal is not None:
            return refusal
    else:
        kept = phrase_after_cue(words, lex, place.bare_noun_ok, place.any_party)
        if isinstance(kept, Refusal):
            return kept
    kept = name_after_title(kept, lex)
    start, end = kept[0][0], kept[-1][1]
    end = _before_clitic(text, start, end, lex)
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if text[end - 1] == "." and not _ends_with_abbreviation(text[:end], lex):
        end -= 1  # the sentence's full stop, not an abbreviation's
    return Span(start + offset, end + offset)


def _cut_or_fronted(text: str, words: list[Word], kept: list[Word], local_end: int, lex: Lexicons,
                    place: Place) -> Refusal | None:
    """A whole phrase that had to be cut, or a fronted phrase before the speaker's comma."""
    if place.whole and kept[0] != words[0] and key(words[0][2]) not in lex.set("leading_adverbs") \
            and key(words[0][2]) not in lex.set("conjunctions"):  # ", and a teacher thought"
        return Refusal("cut-phrase", f"{quoted(_words_text(words))} opens the sentence and is no phrase as a whole")
    if text[local_end:].lstrip().startswith(",") and _names_no_party(kept, lex):
        before = text[:kept[0][0]].split()[-1:] or [""]  # the word before the kept phrase
        if key(before[0]) in union(lex.set("subordinators"), lex.set("prepositions")) \
                and not before[0].endswith(","):
            # "After the match, the coach, ..., said": a fronted phrase, not a speaker
            return Refusal("fronted-phrase", f"{quoted(before[0] + ' ' + _words_text(kept))} is a fronted phrase")
    return None


def _before_clitic(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where the phrase ends before a clitic that is the cue's auxiliary: "They've said", "He’s claiming"."""
    clitics = lex.derived("auxiliary_clitics", lambda: re.compile(
        rf"['’]{alternation(c.lstrip(chr(39)) for c in lex.set('auxiliary_clitics'))}$", re.IGNORECASE))
    is_clitic = lex.derived("is_clitics", lambda: re.compile(
        rf"['’]{alternation(c.lstrip(chr(39)) for c in lex.set('is_clitics'))}$", re.IGNORECASE))
    clitic = clitics.search(text, start, end) or is_clitic.search(text, start, end)
    # "He’s" (is), but "Obama's" is a possessive
    if clitic is not None and clitic.start() > start and (clitic.re is clitics or key(
            text[start:clitic.start()]) in lex.set("personal_pronouns")):
        return clitic.start()
    return end


def _ends_with_abbreviation(text: str, lex: Lexicons) -> bool:
    """"Martin Luther King Jr." and "the U.S." keep their period; "said Jane Cole." does not."""
    last = _LAST_WORD.search(text)
    if last is None:
        return False
    word = last.group(1).lstrip("(“\"'")
    split = lex.split
    return bool(_INITIALS.search(text)) or any(
        word in known or word.lower() in known for known in (split.titles, split.other, split.before_number))


def _after_opening_phrase(words: list[Word], lex: Lexicons) -> list[Word]:
    """The subject after an opening phrase with no comma: "In 2010 she said" -> she, "On Tuesday the
    ministry said" -> the ministry. It starts at a pronoun or a determiner; none leaves nothing."""
    openers = union(lex.set("personal_pronouns"), lex.set("object_determiners"))
    for i in range(2, min(4, len(words))):
        if key(words[i][2]) in openers:
            return words[i:]
    return []


def _with_relative_clause(head: list[Word], clause: list[Word], lex: Lexicons) -> list[Word] | Refusal:
    """"Two council members who voted against the rates argued": the speaker is the phrase before
    "who", kept with its relative clause unless the clause has its own verb group ("who has lived")."""
    if key(head[-1][2]) in lex.set("prepositions") or (len(clause) > 1 and (
            key(clause[1][2]) in union(lex.set("determiners"), lex.set("personal_pronouns"))
            or clause[1][2][:1].isupper())):
        # "the case on which the Court ruled": the pronoun is an object, nobody speaks
        return Refusal("relative-object", f"{quoted(_words_text(clause))}: its pronoun is an object, nobody speaks")
    phrase = phrase_before_cue(head, lex)
    if isinstance(phrase, Refusal) or len(phrase) + len(clause) > MAX_SOURCE_WORDS \
            or any(key(w) in lex.set("aux") for _, _, w in clause):
        return phrase
    return phrase + clause


def _relative_that(words: list[Word], at: int, lex: Lexicons) -> bool:
    """ "that" after a speaking noun opens a relative clause, not a reported one: "A 2014 study that
    appeared in a journal found ..." (the study speaks)."""
    heads = union(lex.set("role_nouns"), lex.set("organisation_words"), lex.set("document_nouns"))
    return at > 0 and key(words[at][2]) in lex.set("complementizers") and key(words[at - 1][2]) in heads \
        and not words[at - 1][2].endswith(",")


def _names_no_party(words: list[Word], lex: Lexicons) -> bool:
    """A common noun phrase naming no party: "the match", not "the F.B.I. director" or "Mr. Ryan"."""
    keys = [key(w) for _, _, w in words]
    heads = union(lex.set("role_nouns"), lex.set("person_titles"), lex.set("organisation_words"),
                  lex.set("document_nouns"))
    return not any(w[:1].isupper() for _, _, w in words[1:]) and not words[0][2][:1].isupper() \
        and head_noun(keys, lex) not in heads


def _cut_at_boundaries(words: list[Word], lex: Lexicons) -> tuple[list[Word], int]:
    """The words after the last clause boundary (", and the Kremlin" -> the Kremlin) or dash, and
    where that cut falls; an aside between dashes before the cue is dropped first."""
    boundaries = lex.set("clause_boundaries")
    dash_words = lex.set("dashes")
    cut = 0
    dashes = [i for i, (_, _, w) in enumerate(words) if w in dash_words]
    if len(dashes) >= 2 and dashes[-1] == len(words) - 1:
        words = words[:dashes[-2]]  # an aside between dashes before the cue: "economists - including ... -"
    for i, (_, _, w) in enumerate(words):
        if key(w) in boundaries and not _coordination(words, i, lex) and not (len(w) > 1 and w.isupper()):
            cut = i + 1  # ("WHO", an acronym, is no boundary)
        elif w in dash_words:
            cut = i + 1  # a dateline ends here: "LONDON (Reuters) - Donald Trump said"
    return words, cut


def phrase_before_cue(words: list[Word], lex: Lexicons) -> list[Word] | Refusal:
    """The noun phrase that ends at the cue, or why the words before the cue are none."""
    words, cut = _cut_at_boundaries(words, lex)
    if 1 < cut < len(words) and (key(words[cut - 1][2]) in lex.set("relative_pronouns")
                                 or _relative_that(words, cut - 1, lex)):
        return _with_relative_clause(words[:cut - 1], words[cut - 1:], lex)
    phrase = _words_text(words[cut:])
    words = words[cut:]
    leading = lex.set("leading_adverbs")
    if len(words) == 1 and key(words[0][2]) in leading:
        return Refusal("not-a-party", f"{quoted(phrase)} is an adverb, no speaker ('Earlier, Jane Roe, ...')")
    while len(words) > 1 and key(words[0][2]) in leading:
        words = words[1:]
    if words and key(words[0][2]) in lex.set("prepositions") and not words[0][2].isupper():
        words = _after_opening_phrase(words, lex)
    words = _without_time_phrase(words, lex)
    if not words:
        return Refusal("no-speaker-left", f"nothing of {quoted(phrase)} is left once its opening phrase goes")
    if len(words) > MAX_SOURCE_WORDS:
        return Refusal("too-long", f"{quoted(phrase)} has more than {MAX_SOURCE_WORDS} words")
    verb = next((w for i, (_, _, w) in enumerate(words) if key(w) in lex.set("aux") and not (i and w[:1].isupper())
                 and not (0 < i < len(words) - 1 and key(words[i - 1][2]) in lex.set("infinitive_markers"))), None)
    if verb is not None:  # "It was the first call": a verb inside means a clause, not a noun phrase
        # ("Figures to be published today": an infinitive describes the noun, no clause; "Ms. May" is a name)
        return Refusal("verb-inside", f"{quoted(_words_text(words))} holds the verb {quoted(verb)}: a clause")
    if is_share([key(w) for _, _, w in words], lex):
        return words
    return _refuse_before_cue(words, lex)


#: the longest time phrase looked for at the end of a speaker's phrase, in words
_TIME_PHRASE_WORDS = 4


def _without_time_phrase(words: list[Word], lex: Lexicons) -> list[Word]:
    """The phrase without a time phrase at its end: "The mayor in recent days (has said)" -> The mayor,
    "Sanders on Tuesday (said)" -> Sanders, "An arbitration panel in 2001 (found)" -> An arbitration panel."""
    if len(words) > 2 and _YEAR.fullmatch(words[-1][2]) and key(words[-2][2]) in lex.set("year_prepositions"):
        return words[:-2]
    for size in range(min(_TIME_PHRASE_WORDS, len(words) - 1), 0, -1):
        if " ".join(key(w) for _, _, w in words[-size:]) in lex.set("time_phrases"):
            rest = words[:-size]
            # ("posts from Friday": the time is the object of the phrase's own preposition)
            return words if key(rest[-1][2]) in lex.set("prepositions") else rest
    return words


def _refuse_before_cue(words: list[Word], lex: Lexicons) -> list[Word] | Refusal:
    text = quoted(_words_text(words))
    if _reads_as_clause(words, lex):
        return Refusal("reads-as-clause", f"{text} reads as a clause (subject, verb, object)")
    pronoun = key(words[0][2]).replace("’", "'").split("'")[0]
    if pronoun in lex.set("personal_pronouns") and not words[0][2].isupper() and len(words) > 1 \
            and key(words[1][2]) not in union(lex.set("pronoun_companions"), lex.set("coordinators")):
        return Refusal("pronoun-clause", f"{text}: a pronoun is a whole subject, the rest is a clause")
    first, last = key(words[0][2]), words[-1][2].replace("’", "'")
    if ends_with(first, lex, "present_participle_endings") and first not in lex.set("determiners") \
            and key(words[-1][2]) not in lex.set("role_nouns") \
            and not (words[0][2][:1].isupper() and (len(words) == 1 or words[1][2][:1].isupper())
                     and first not in lex.set("participles_alone")) \
            and not (first in lex.set("ing_nouns") and len(words) > 1):  # "Polling averages show"
        # ("restructuring experts" are people; "King", "Working Families": a name, no participle and object)
        return Refusal("participle-opener", f"{text} opens with a participle ('Making the rounds ...')")
    if len(words) > 2 and ends_with(first, lex, "past_participle_endings") \
            and key(words[1][2]) in lex.set("agent_markers"):
        return Refusal("participle-opener", f"{text} opens with a participle ('Alarmed by the unrest ...')")
    owner = ending(last, lex, "possessive_endings")  # "this weekend's", not "he's"
    possessive = (owner is not None and key(last[:-len(owner)]) not in lex.set("personal_pronouns")) \
        or ends_with(last, lex, "plural_possessive_endings")
    if first in lex.set("cannot_start_phrase") or possessive or last.isdigit():
        return Refusal("incomplete-phrase", f"{text} is no whole noun phrase ('On this weekend's', 'before the 2014')")
    if not first or not (looks_like_party([w for _, _, w in words], lex)
                         or first in lex.set("role_nouns") or first in lex.set("anonymity_phrases")):
        return Refusal("not-a-party", f"{text} names no party: no name, determiner, pronoun or role")
    return words


def phrase_after_cue(words: list[Word], lex: Lexicons, bare_noun_ok: bool,
                     any_party: bool = False) -> list[Word] | Refusal:
    """The noun phrase after a cue. After "according to" (`any_party`) any phrase of two words or more
    names a source ("according to early returns", "... to polling by the union")."""
    named = None if bare_noun_ok else _described_name_after_cue(words, lex)
    if named is not None:  # "said oil and gas worker Mike Wipf"
        return named
    boundaries = lex.set("clause_boundaries")
    joins = lex.set("after_cue_joins")
    for i, (_, _, w) in enumerate(words):
        if i > 0 and key(w) in boundaries and key(w) not in joins and not _coordination(words, i, lex):
            words = words[:i]  # ("according to Democratic and independent analysts": one phrase)
            break
    first = key(words[0][2])
    described = None if bare_noun_ok else _name_after_capitalised_description(words, lex)
    if described is not None:  # "said Republican political consultant Chris Russell"
        words = described
    elif words[0][2][:1].isupper() and not bare_noun_ok and key(words[-1][2]) not in lex.set("role_nouns") \
            and not _adjectives_joined(words, lex):
        # "According to Rathbun the property was returned": the name ends with its capitals
        words = capitalised_run(words, lex)
    elif first in lex.set("definite_articles") and len(words) > 2 and words[1][2][:1].isupper() \
            and not bare_noun_ok and any(key(w) in lex.set("aux") for _, _, w in words):
        # "According to the Saudi Interior Ministry over 345 pilgrims have died": no comma ends it
        words = words[:1] + capitalised_run(words[1:], lex)
    text = quoted(_words_text(words))
    if not first or first in boundaries or first in lex.set("cannot_start_phrase") \
            or any(key(w) in lex.set("aux") for _, _, w in words[_first_name_word(words):]) \
            or (first in lex.set("subject_pronouns") and len(words) > 1
                and key(words[1][2]) not in lex.set("pronoun_companions")):  # "said they believed ..."
        return Refusal("clause-after-cue", f"{text} is a clause, not a speaker ('said the savings were ...')")
    if len(words) > MAX_SOURCE_WORDS:
        return Refusal("too-long", f"{text} has more than {MAX_SOURCE_WORDS} words")
    if bare_noun_ok:
        return words
    if len(words) == 1 and words[0][2][:1].islower() and not (
            first in lex.set("role_nouns") or first in lex.set("personal_pronouns")
            or (first in lex.set("document_nouns") and (ends_with(first, lex, "plural_endings")
                                                         or first in lex.set("mass_document_nouns")))):
        # "according to plan" is not a source; "to officials", "to reports", "to data" are
        return Refusal("bare-noun", f"{text} is a bare noun, no source")
    if any_party or looks_like_party([w for _, _, w in words], lex):
        return words
    return Refusal("not-a-party", f"{text} names no party: no name, determiner, pronoun or role")


def _adjectives_joined(words: list[Word], lex: Lexicons) -> bool:
    """A capitalised word and a lower-case one joined before their head: "Democratic and independent
    analysts" is one phrase, not the name "Democratic"."""
    run = capitalised_run(words, lex)
    at = len(run)
    return 0 < at < len(words) - 1 and key(words[at][2]) in lex.set("coordinators") \
        and words[at + 1][2][:1].islower() and _coordinated_groups(words, at, lex)


def _described_name_after_cue(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """A description and the full name after it, right after the cue: "said oil and gas worker Mike
    Wipf" -> Mike Wipf (the description's "and" joins no two parties)."""
    at = next((i for i, (_, _, w) in enumerate(words) if w[:1].isupper()), None)
    if at is None or at == 0 or not words[0][2][:1].islower():
        return None
    run = capitalised_run(words[at:], lex)
    after = words[at + len(run)][2] if at + len(run) < len(words) else ""
    if after and not run[-1][2].endswith(",") and key(after) not in lex.set("clause_boundaries"):
        return None  # "a Washington Post database tracking ...": the name is no head
    return described_name(words[:at] + run, lex)


#: a description between a capitalised adjective and a name has at most this many lower-case words
_DESCRIPTION_WORDS = 3


def _name_after_capitalised_description(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """A capitalised adjective, a short lower-case description ending in a role, then a full name that
    ends the phrase: "Republican political consultant Chris Russell" -> the whole (the name after the
    title is kept later). None for anything else."""
    if not words or not words[0][2][:1].isupper():
        return None
    low = next((i for i, (_, _, w) in enumerate(words) if w[:1].islower()), None)
    if low is None or low == 0:
        return None
    name_at = next((i for i in range(low, len(words)) if words[i][2][:1].isupper()), None)
    if name_at is None or name_at - low > _DESCRIPTION_WORDS or len(words) - name_at < 2:
        return None
    roles = union(lex.set("role_nouns"), lex.set("person_titles"))
    if not all(name_word(w, lex) for _, _, w in words[name_at:]):
        return None
    if key(words[name_at - 1][2]) not in roles and described_name(words[low:], lex) is None:
        return None  # ("Cruz constituent Dan Roe": a description the lexicons do not list, then a name)
    return words


def looks_like_party(words: list[str], lex: Lexicons) -> bool:
    """A source after its cue must look like a party: a name, a determiner, a pronoun, or a phrase
    whose head is a role or document noun ("government sources", "people familiar with ...")."""
    first = words[0]
    lowered = first.lower().replace("’", "'")
    if first[:1].isupper() or first[:1].isdigit() or lowered in lex.set("determiners") \
            or lowered.split("'")[0] in lex.set("personal_pronouns"):  # ("he's said": a clitic auxiliary)
        return True
    if lowered in lex.set("name_particles") and len(words) > 1 and words[1][:1].isupper():
        return True  # "dos Santos", "de Blasio": a name that opens with its particle
    if name_after_role(" ".join(words), lex):
        return True  # "campaign manager Robby Mook", "super PAC spokeswoman Kellyanne Conway"
    if described_name([(0, 0, w) for w in words], lex):
        return True  # "coauthor Colette Heald": a description the lexicons do not list, then a name
    lowered_words = [w.lower().strip(".,;:") for w in words]
    coordinator = next((i for i, w in enumerate(lowered_words) if w in lex.set("coordinators")), None)
    if coordinator:  # "union members and leaders": the first of the joined phrases has the head
        lowered_words = lowered_words[:coordinator]
    head = head_noun(lowered_words, lex)
    head_early = head in lowered_words[:_HEAD_WITHIN]  # "fisherman first noticed the people" is a clause
    return head_early and (head in lex.set("role_nouns") or head in lex.set("document_nouns")
                           or head in lex.set("organisation_words"))  # "..., council says"


def _first_name_word(words: list[Word]) -> int:
    """1 when the first word is a capitalised first name that is also an auxiliary ("Will Doyle",
    "May Roe"), else 0."""
    return int(len(words) > 1 and words[0][2][:1].isupper() and words[1][2][:1].isupper())


def _reads_as_clause(words: list[Word], lex: Lexicons) -> bool:
    """A subject, a verb and its object rather than one noun phrase: "Carson shared a syllabus for a
    class", "the title of the book she"."""
    keys = [key(w) for _, _, w in words]
    if any(k in lex.set("subject_pronouns") for k in keys[1:]):
        return True
    if not words[0][2][:1].isupper() or keys[0] in lex.set("determiners"):
        return False
    keeps_phrase = union(lex.set("role_nouns"), lex.set("organisation_words"), lex.set("prepositions"),
                         lex.set("phrase_prepositions"), lex.set("document_nouns"), name_links(lex))
    return any(w[2].islower() and keys[i] not in keeps_phrase
               and not ends_with(keys[i], lex, "present_participle_endings")
               and keys[i + 1] in lex.set("object_determiners") for i, w in enumerate(words[:-1]))


def _coordination(words: list[Word], i: int, lex: Lexicons) -> bool:
    """True when "and" joins names inside one phrase ("both Moscow and Washington"), not two clauses."""
    if words[i][2].lower() not in lex.set("coordinators") or i == 0 or i + 1 >= len(words):
        return False
    start = _after_last_comma(words, i)  # "Despite the appeal, union members and leaders say"
    words, i = words[start:], i - start
    if i == 0:
        return False  # ", and the Kremlin said": the comma and "and" open a clause
    before = [w for _, _, w in words[:i]]
    after = words[i + 1][2]
    if before[-1][:1].isupper() and after[:1].isupper() and not before[-1].endswith(","):
        return True  # "The Globe and Mail", "Procter and Gamble", "Moscow and Washington"
    if len(before) == 1 and key(before[0]) in lex.set("subject_pronouns") and (
            after[:1].isupper() or key(after) in lex.set("determiners")):
        return True  # "he and Mr. Allen said", "They and their supporters argue"
    after_key = key(after)
    if after[:1].islower() and after_key not in union(lex.set("determiners"), lex.set("personal_pronouns")) \
            and not before[-1].endswith(",") and any(key(w) in lex.set("role_nouns") for w in before[:2]) \
            and any(key(w) in lex.set("topic_prepositions") for w in before):
        return True  # "Experts on North Korea and nuclear nonproliferation said", "Political observers in
        # Ohio and around the country say"
    if _coordinated_groups(words, i, lex):
        return True  # "Federal and state officials", "RT and its defenders", "Regulators and environmental groups"
    if len(before) > 3 or not after[:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in lex.set("correlatives") for w in before)


def _after_last_comma(words: list[Word], i: int) -> int:
    """Where the phrase holding words[i] starts: after the last comma before it."""
    return next((j + 1 for j in range(i - 1, -1, -1) if words[j][2].endswith(",")), 0)


#: a coordinated subject has at most this many words on either side of "and"
_COORDINATED_WORDS = 3


def _coordinated_groups(words: list[Word], i: int, lex: Lexicons) -> bool:
    """"and" inside a short subject of parties: a name, a role or an organisation before it, a short noun
    phrase with no pronoun subject or auxiliary after it, and no verb on either side."""
    before, after = words[:i], words[i + 1:]
    if not before or not after or len(before) > _COORDINATED_WORDS or len(after) > _COORDINATED_WORDS:
        return False
    last = before[-1][2].rstrip(",")
    heads = union(lex.set("role_nouns"), lex.set("organisation_words"))

    def head(word: str) -> bool:  # "critics", "groups"
        return key(word) in heads or any(key(word)[:-len(end)] in heads for end in lex.endings("plural_endings")
                                         if key(word).endswith(end))

    if not (last[:1].isupper() or head(last) or (len(before) == 1 and last.isalpha() and head(after[-1][2]))):
        return False  # ("domestic and international critics": two adjectives share the head)
    blocked = union(lex.set("aux"), lex.set("subject_pronouns"), lex.set("personal_pronouns") - lex.set("determiners"))
    return not any(key(w) in blocked or key(w) in lex.cue_kinds
                   or (w.islower() and ends_with(key(w), lex, "past_participle_endings")) for _, _, w in before + after)
