"""What a source phrase is and who stands behind it, in the shared grammars: its kind (named,
anonymous, document, outlet), the author of a document ("le communiqué du ministère des Transports"),
the outlet a description names ("le quotidien français Le Figaro", "das Nachrichtenmagazin „Der
Spiegel“"), and a name in apposition ("un jeune locataire, Julien Perrin")."""

from __future__ import annotations

from attrib.grammar.common.phrases import Style
from attrib.grammar.common.words import Word, capitalised, head_noun, is_name, key, name_word, tokens
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, Outlet, normalize_name, union

#: how many lower-case words may stand between an outlet's description and its name ("quotidien français")
_DESCRIPTION_WORDS = 2
#: the longest outlet name after its description, in words
_MAX_DESCRIBED_NAME = 4
#: how many words of a phrase may come before the description of an outlet
_DESCRIBED_WITHIN = 6


def classify_source(source: str, lex: Lexicons, style: Style) -> str | None:
    """named | anonymous | document | outlet; None for a pronoun (a resolver decides)."""
    norm = normalize_name(source)
    words = [key(w) for w in source.split()]
    if not words or norm in lex.set("personal_pronouns"):
        return None
    if lex.outlets.recognise(source) is not None or described_outlet_name(source, lex, style) is not None:
        return "outlet"
    if any(phrase in norm for phrase in lex.set("anonymity_phrases") if " " in phrase):
        return "anonymous"
    head = head_noun(words, lex)
    if head in lex.set("document_nouns"):
        return "document"
    named = any(capitalised(w) for w in source.split()[1:]) or (
        capitalised(source) and words[0] not in lex.set("determiners"))
    unnamed = union(lex.set("group_nouns"), lex.set("anonymity_phrases"))
    if head in unnamed or words[0] in lex.set("unnamed_pronouns"):
        return "anonymous" if not named else "named"
    if head in lex.set("role_nouns") and words[0] in lex.set("indefinite_determiners"):
        return "anonymous"
    return "named"


def is_relative_pronoun(word: str, lex: Lexicons) -> bool:
    return word.islower() and key(word) in lex.set("relative_pronouns")


def relative_antecedent(before: str, lex: Lexicons) -> str | None:
    """The phrase a relative pronoun stands for: the capitalised name right before its comma, or before
    the apposition that describes it ("Claire Vasseur, la ministre de la culture, qui")."""
    name = _name_before_comma(before, lex)
    if name is not None:
        return name
    head, comma, apposition = before.rstrip(" ,").rpartition(",")
    words = apposition.split()
    if comma and words and key(words[0]) in lex.set("determiners") and not any(capitalised(w) for w in words):
        return _name_before_comma(head, lex)
    return None


def _name_before_comma(before: str, lex: Lexicons) -> str | None:
    words = before.rstrip(" ,").split()
    run: list[str] = []
    for word in reversed(words):
        if not name_word(word, lex) or (word.endswith((",", ";", ":")) and run):
            break
        run.insert(0, word)
    return " ".join(run) if run and capitalised(run[0]) else None


def described_outlets(text: str, lex: Lexicons, style: Style) -> list[tuple[int, str]]:
    """Where each name starts that follows an outlet's description (within a few lower-case words:
    "le quotidien français Le Figaro", "die Zeitung „Die Welt“"), and the text from there. Where only
    names are capitalised, a capitalised description inside the text is a name's first word ("la
    Agencia Estatal de Meteorología" is no agency named "Estatal")."""
    words = tokens(text, lex)
    found = []
    for i in range(min(len(words), _DESCRIBED_WITHIN)):
        if key(words[i][2]) not in lex.set("outlet_descriptors"):
            continue
        if i > 0 and capitalised(words[i][2]) and not style.nouns_capitalised:
            continue
        for j in range(i + 1, min(len(words), i + 2 + _DESCRIPTION_WORDS)):
            bare = words[j][2].lstrip("„“\"«»‚‘ ")
            if bare[:1].isupper():
                at = words[j][0] + len(words[j][2]) - len(bare)
                found.append((at, text[at:]))
                break
            if capitalised(words[j][2]) or key(words[j][2]) in lex.set("prepositions"):
                break
    return found


def described_outlet_name(text: str, lex: Lexicons, style: Style) -> str | None:
    """The name of an outlet named after its description in a phrase, listed or not."""
    for _, rest in described_outlets(text, lex, style):
        name = _name_of(rest, lex)
        if name:
            return name
    return None


def _name_of(rest: str, lex: Lexicons) -> str | None:
    run: list[str] = []
    for word in rest.split()[:_MAX_DESCRIBED_NAME]:
        if not name_word(word, lex):
            break
        run.append(word)
        if word.endswith((",", ";", ":", ".", "“", "\"", "»", "”")):
            break
    name = " ".join(run).strip(" ,;:.„“\"«»”")
    return name or None


def outlet_after_description(text: str, lex: Lexicons, style: Style) -> tuple[int, Outlet, int] | None:
    """The outlet in an {outlet} slot named after its description: (where its name starts, the
    outlet, the name's length)."""
    for start, rest in described_outlets(text, lex, style):
        name = _name_of(rest, lex)
        if not name:
            continue
        found = lex.outlets.recognise(name) or Outlet(name=name, type="unknown")
        return start + (len(rest) - len(rest.lstrip("„“\"«»‚‘ "))), found, len(name)
    return None


def described_speaker(source: str, lex: Lexicons, style: Style) -> str | None:
    """An outlet that speaks, named after its description: "le quotidien français Le Figaro"."""
    return described_outlet_name(source, lex, style)


def outlet_that_saw(source: str, lex: Lexicons) -> str | None:
    return None  # "records reviewed by Reuters" has no wording of its own in these packs yet


def document_owner(source: str, lex: Lexicons) -> str | None:
    return None  # a possessive owner before a document ("PC World's analysis") is English's


def document_author(source: str, lex: Lexicons) -> tuple[str, tuple[int, int]] | None:
    """A document with its named author: "le communiqué du ministère de l'Intérieur", "un rapport de
    la Ligue arabe", "einem Bericht der „Frankfurter Allgemeine Zeitung“" -> (the document, the
    author's offsets in `source`). An author with no capitalised word ("los estatutos de la
    entidad") leaves the document as the source."""
    words = tokens(source, lex)
    markers = lex.set("author_markers")
    for i, (_, _, w) in enumerate(words[:-1]):
        if i == 0 or key(w) not in markers:
            continue
        if head_noun([key(x) for _, _, x in words[:i]], lex) not in lex.set("document_nouns"):
            return None
        author = _author(words[i + 1:], lex)
        if author is None:
            return None
        return source[:words[i][0]].rstrip(), (author[0][0], author[-1][1])
    return None


def _author(words: list[Word], lex: Lexicons) -> list[Word] | None:
    while words and key(words[0][2]) in union(lex.set("determiners"), lex.set("elided_words")):
        words = words[1:]
    if not words or not any(capitalised(w) for _, _, w in words):
        return None
    return words


def name_in_apposition(sentence: Sentence, slots: dict[str, Span], lex: Lexicons) -> Span | None:
    """The apposition's span when an unnamed speaker is followed by its name: "un jeune locataire,
    Julien Perrin", "el entrenador del Betis de Sevilla, Andrés Molina"."""
    source, detail = slots.get("source"), slots.get("detail")
    if source is None or detail is None or detail.start < source.end:
        return None
    text = sentence.text
    between = text[source.end - sentence.start:detail.start - sentence.start]
    source_text = text[source.start - sentence.start:source.end - sentence.start]
    detail_text = text[detail.start - sentence.start:detail.end - sentence.start].rstrip(" ,.")
    # the comma may follow words the speaker's phrase left out ("die Leiterin seines Büros in
    # Kassel, Sabine Roth,")
    first = source_text.split()[0]
    if not between.rstrip().endswith(",") or between.count(",") != 1 \
            or (capitalised(first) and key(first) not in lex.set("determiners")) or not is_name(detail_text, lex):
        return None
    return Span(detail.start, detail.start + len(detail_text))
