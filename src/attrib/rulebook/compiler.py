"""The pattern compiler, in one place: a parsed pattern (rulebook.pattern) and a Vocabulary built from
the lexicons -> one regex with a named group per slot.

Noun-phrase slots are matched word by word, lazily up to the cue before it and greedily up to
punctuation after it; the cue is the verb group of a cue set; the outlet and channel slots have
shapes built from the lexicons. Only `{claim}` is open-ended, at most once per pattern, and two open
slots may not meet, so a compiled pattern cannot backtrack catastrophically.

A Vocabulary may be narrowed to the phrases a text can hold (`present`): a phrase none of whose
occurrences is in the text cannot match there, so the narrowed regex finds exactly what the full one
finds in that text, and compiles in a fraction of the time (engine.regexes uses it for short runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from attrib.record import Record
from attrib.rulebook.lexicon import Lexicons
from attrib.rulebook.pattern import DEFAULT_CUE_SET, Node, PatternError, slots_of
from attrib.rulebook.phrase_trie import phrase_regex

#: the longest noun phrase a slot may capture (a source, an outlet, a listener)
MAX_PHRASE_WORDS = 20
#: a word and the marks around words, as the slot shapes write them
#: (the curly apostrophe in a lookaround of its own: a class of ASCII and a character past Latin-1 compiles
#: to a 64K-character bitmap, ~0.5 ms per occurrence, while the two lookarounds match exactly the same)
_NOT_WORD_BEFORE = r"(?<![\w'-])(?<!’)"
_NOT_WORD_AFTER = r"(?![\w'-])(?!’)"
#: the sets the slot shapes are built from (a narrowed vocabulary narrows them too)
_SHAPE_SETS = ("aux", "cue_adverbs", "channel_nouns", "platforms", "outlet_descriptors", "phrase_cannot_end",
               "phrase_cannot_end_in_lower_case", "cannot_start_phrase", "definite_articles", "possessive_endings",
               "channel_openers", "platform_prepositions", "platform_owners", "platform_places", "name_particles",
               "name_joiners", "name_connectors", "outlet_name_joiners")


class Vocabulary(Record):
    """What a pattern may refer to: named phrase sets and the regex shape of each slot. `present`, when
    given, keeps only the phrases it says a text can hold."""

    __slots__ = ("_narrowed", "cue_bodies", "present", "sets", "slot_shapes")

    def __init__(self, sets: dict[str, frozenset[str]], slot_shapes: dict[str, str] | None = None,
                 present: Callable[[str], bool] | None = None) -> None:
        self.sets = sets
        self.slot_shapes = slot_shapes if slot_shapes is not None else {}
        self.present = present
        #: regex text of each cue slot variant, built once per vocabulary rather than once per rule
        self.cue_bodies: dict[str, str] = {}
        self._narrowed: dict[str, frozenset[str]] = {}

    def phrases(self, name: str) -> frozenset[str] | None:
        """The set (narrowed to the present phrases), or None when no set has that name."""
        full = self.sets.get(name)
        if full is None or self.present is None:
            return full
        found = self._narrowed.get(name)
        if found is None:
            found = self._narrowed[name] = frozenset(p for p in full if self.present(p))
        return found


def _words_regex(words: Iterable[str]) -> str:
    """The phrases as written, and capitalised: "the" -> the|The (for shapes that open a phrase)."""
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return phrase_regex(forms, ignore_case=False)


_WORDY = frozenset({"word", "slot", "set"})


def _edge_kind(node: Node, last: bool) -> str:
    """The kind of the element a node starts with (or ends with, when `last`), for separators."""
    if node.kind == "seq":
        return _edge_kind(node.children[-1 if last else 0], last) if node.children else "punct"
    if node.kind == "alt":
        kinds = {_edge_kind(c, last) for c in node.children}
        return kinds.pop() if len(kinds) == 1 else "mixed"
    if node.kind == "opt":
        return "mixed"
    return node.kind


def _first_kind(node: Node) -> str:
    return _edge_kind(node, last=False)


def _last_kind(node: Node) -> str:
    return _edge_kind(node, last=True)


#: slots whose length is open (a noun phrase, any words): two of them side by side can split the
#: words between them in very many ways, and a failing match then tries every split
_BOUNDED_SLOTS = frozenset({"cue", "channel"})  # cue: a phrase set; channel: ends on a channel noun


def _refuse_adjacent_open_slots(node: Node, after_open: bool) -> bool:
    """Raise PatternError when two open-length slots can meet with no word or mark between them.

    Returns whether `node` can end with an open slot (so the next part must not start with one).
    """
    if node.kind == "seq":
        for child in node.children:
            after_open = _refuse_adjacent_open_slots(child, after_open)
        return after_open
    if node.kind == "alt":
        return any([_refuse_adjacent_open_slots(c, after_open) for c in node.children])
    if node.kind == "opt":  # may be absent: what came before can meet what comes after
        return _refuse_adjacent_open_slots(node.children[0], after_open) or after_open
    if node.kind == "slot" and node.value not in _BOUNDED_SLOTS and not node.arg:
        if after_open:
            raise PatternError(node.column, f"{{{node.value}}} follows another slot with no word or "
                               "punctuation between them; add one (two open slots side by side make "
                               "matching very slow)")
        return True
    return False


class Compiler:
    """Turns a parsed pattern into a regex string with named groups, using a Vocabulary. Noun-phrase
    slots after the cue are greedy up to punctuation; before it, lazy up to the cue."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.used: dict[str, int] = {}
        #: a lookahead for what follows the slot being compiled ("" if none is known), see _lookahead
        self.follows = ""
        self.seen_cue = False

    def compile(self, tree: Node) -> str:
        claims = [n for n in slots_of(tree) if n.value == "claim"]
        if len(claims) > 1:
            raise PatternError(claims[1].column, "a pattern may have only one {claim} slot")
        seen: set[str] = set()
        for slot in slots_of(tree):
            if slot.value in seen and slot.value != "detail":
                raise PatternError(slot.column, f"slot {{{slot.value}}} appears twice")
            seen.add(slot.value)
        _refuse_adjacent_open_slots(tree, False)
        body = self._node(tree, last=True)
        top = tree.children if tree.kind == "seq" else (tree,)
        if top and top[0].kind == "slot" and top[0].value == "claim":
            # a leading claim can always start at 0, so anchoring changes nothing but stops the
            # regex engine from retrying the whole sentence from every position
            body = r"\A" + body
        return body

    def _sep(self, previous: str, current: str) -> str:
        if previous in _WORDY and current in _WORDY:
            return r"\s+"
        return r"\s*"

    def _node(self, node: Node, last: bool = False) -> str:
        if node.kind in ("alt", "opt"):
            self.follows = ""  # what follows a part of these is not known here
        compile_kind = _KINDS.get(node.kind)
        if compile_kind is None:  # pragma: no cover - the parser makes no other kinds
            raise PatternError(node.column, f"cannot compile {node.kind}")
        return compile_kind(self, node, last)

    def _seq(self, node: Node, last: bool) -> str:
        out, previous = [], "start"
        for i, child in enumerate(node.children):
            # a slot right before the final "." also runs to the end of the sentence
            child_last = last and (i == len(node.children) - 1 or (
                i == len(node.children) - 2 and node.children[-1].kind == "end"))
            following = node.children[i + 1] if i + 1 < len(node.children) else None
            self.follows = self._lookahead(following) if child.kind == "slot" and following else ""
            if previous in ("start", "begin") or child.kind == "end":
                out.append(self._node(child, last=child_last))
            elif child.kind == "opt":
                # the separator goes inside the optional group, so an absent part leaves no gap
                inner = child.children[0]
                sep = self._sep(previous, _first_kind(inner))
                out.append(f"(?:{sep}{self._node(inner, last=child_last)})?")
            else:
                out.append(self._sep(previous, _first_kind(child)) + self._node(child, last=child_last))
            previous = "mixed" if child.kind == "opt" else _last_kind(child)
        return "".join(out)

    def _alt(self, node: Node, last: bool) -> str:
        return "(?:" + "|".join(self._node(c, last=last) for c in node.children) + ")"

    def _opt(self, node: Node, last: bool) -> str:
        return f"(?:{self._node(node.children[0], last=last)})?"

    def _punct(self, node: Node, last: bool) -> str:
        if node.value == ",":
            # "…,” he said" and "…?” she asked": a quoted claim ends with , or with ? ! and its quote
            # (nested quotes close together: …,’” ; archives put a space: …, '' he said; "!!!")
            # (“ closes too, as a typo: "Apparently not,“ he said.)
            # ("1,500 interviews": a comma between digits is part of the number)
            return r"(?:,(?!(?<=\d,)\d)(?:\s?(?:[\"”’»'“]|'')){0,2}|[?!]++(?:[\"”’»'“]|''){1,2})"
        return re.escape(node.value)

    def _lookahead(self, node: Node) -> str:
        """`(?=...)` for a slot's next part, as the sequence writes it after the slot: a word, a
        punctuation mark or a cue (regexes without groups); else "". A phrase slot checks it
        before its costly end checks; it only refuses phrase ends that nothing could follow."""
        if node.kind in ("word", "punct", "quote"):
            body = self._node(node)
        elif node.kind == "slot" and node.value == "cue":
            body = self._cue_body(node)
        else:
            return ""
        return f"(?={self._sep('slot', _first_kind(node))}{body})"

    def _phrases(self, name: str, column: int, what: str) -> frozenset[str]:
        full = self.vocabulary.sets.get(name)
        if full is None:
            raise PatternError(column, what)
        if not full:
            raise PatternError(column, f"set <{name}> is empty")
        return self.vocabulary.phrases(name) or frozenset()

    def _set(self, node: Node, last: bool) -> str:
        phrases = self._phrases(node.value, node.column, f"unknown set <{node.value}>")
        return _NOT_WORD_BEFORE + phrase_regex(phrases) + _NOT_WORD_AFTER

    def _slot(self, node: Node, last: bool) -> str:
        name = node.value
        self.used[name] = self.used.get(name, 0) + 1
        if name == "cue":
            self.seen_cue = True
            body = self._cue_body(node)
        elif name == "claim":
            body = r"[\s\S]+" if last else r"[\s\S]+?"  # a sentence may hold hard line breaks
        elif name == "detail":
            # a sentence's inner stops are abbreviations ("Mr. Obama"), so only ! and ? end a detail
            body = r"[^!?]{1,200}" if last else r"[^!?]{1,200}?"
            count = self.used[name]
            if count > 1:  # several details: detail, detail2, ... (regex group names must differ)
                return f"(?P<detail{count}>{body})"
        elif node.arg:
            phrases = self._phrases(node.arg, node.column, f"unknown set {node.arg!r} for {{{name}}}")
            body = _NOT_WORD_BEFORE + phrase_regex(phrases) + _NOT_WORD_AFTER
        else:
            body = self._phrase_slot(name, last)
        return f"(?P<{name}>{body})"

    def _phrase_slot(self, name: str, last: bool) -> str:
        shapes = self.vocabulary.slot_shapes
        if name not in ("source", "via", "listener"):
            return shapes[name]
        if not self.seen_cue:
            # the lazy phrase ends after each word in turn: checking what must follow first
            # spares the dozen lookbehinds of phrase_end wherever it cannot
            return f"{shapes['phrase_words']}{self.follows}{shapes['phrase_end']}"
        return shapes["phrase_after" if last else "phrase_after_lazy"]

    def _cue_body(self, node: Node) -> str:
        key = node.arg or DEFAULT_CUE_SET
        if key in self.vocabulary.cue_bodies:
            return self.vocabulary.cue_bodies[key]
        set_names = [s.strip() for s in key.split("|")]
        forms: set[str] = set()
        for set_name in set_names:
            forms |= self._phrases(set_name, node.column, f"unknown cue set {set_name!r}")
        lead = self.vocabulary.slot_shapes["cue_lead"]
        # an -ing form needs an auxiliary ("is saying"), unless the rule asks for the participles
        # set itself (", saying ...")
        bare_ing = self.vocabulary.phrases("participles") or frozenset() if "participles" in set_names else set()
        ing = (forms - bare_ing) & (self.vocabulary.phrases("ing_forms") or frozenset())
        finite = frozenset(forms - ing)
        # verbs match as written in lower case ("States" is not "states"); a cue may open the
        # sentence with a capital ("According to ...", "Said the mayor: ...")
        capitals = "".join(sorted({re.escape(f[0].upper()) for f in finite if f[0].upper() != f[0]
                                   and len(f[0].upper()) == 1}))
        not_capital = f"(?![{capitals}])" if capitals else ""
        capital = (r"|(?:(?<![\s\S])|(?<=[“\"‘(\[]))" + f"(?=[{capitals}])") if capitals else ""
        alternatives = [rf"(?:(?:{lead}\s++){{0,4}}{not_capital}{capital})"
                        + phrase_regex(finite, ignore_case=False, either_case_first=bool(capitals))]
        if ing:  # an -ing form needs an auxiliary: "is saying", not "began speaking"; tried first so
            # the longest verb group wins ("was quoted as saying", not the passive "was quoted");
            # the auxiliary may be a clitic on the word before: "He’s claiming", "they're saying"
            after_clitic = r"(?:(?<=['’]s\s)|(?<=['’]re\s)|(?<=['’]m\s))"
            alternatives.insert(0, rf"(?:(?:{lead}\s++){{1,4}}|{after_clitic})" + phrase_regex(ing, ignore_case=False))
        body = _NOT_WORD_BEFORE + "(?:" + "|".join(alternatives) + ")" + _NOT_WORD_AFTER
        self.vocabulary.cue_bodies[key] = body
        return body


def _word(compiler: Compiler, node: Node, last: bool) -> str:
    return _NOT_WORD_BEFORE + "(?i:" + re.escape(node.value) + ")" + _NOT_WORD_AFTER


def _fixed(text: str) -> Callable[[Compiler, Node, bool], str]:
    return lambda compiler, node, last: text


_KINDS: dict[str, Callable[[Compiler, Node, bool], str]] = {
    "seq": Compiler._seq,
    "alt": Compiler._alt,
    "opt": Compiler._opt,
    "word": _word,
    "quote": _fixed("(?:[\"“”«»]|'')"),
    "begin": _fixed(r"\A"),
    "punct": Compiler._punct,
    # runs of disjoint classes up to the end: possessive, so a run of "!!!" is read once, not once
    # from every position a lazy slot before it stops at
    "end": _fixed(r"\s*+[.!?…]*+[\"”’'»)\]]*+\s*+$"),
    "set": Compiler._set,
    "slot": Compiler._slot,
}


def not_ending_with(words: Iterable[str], lower_case_only: Iterable[str] = ()) -> str:
    """Lookbehinds refusing a phrase that ends on one of `words` (or its capitalised form), or on one
    of `lower_case_only` as written ("a news report", while "Sky News" may end a phrase).

    One lookbehind per word length (a lookbehind must have a fixed width), not one per word: the
    regex engine checks them at every position a phrase might end, so their number is what costs.
    """
    by_length: dict[int, set[str]] = {}
    forms = [f for word in words for f in (word, word.capitalize())] + list(lower_case_only)
    for form in forms:
        by_length.setdefault(len(form), set()).add(re.escape(form))
    return "".join(rf"(?<!\b(?:{'|'.join(sorted(forms))}))" for _, forms in sorted(by_length.items()))


def vocabulary(lex: Lexicons, present: Callable[[str], bool] | None = None) -> Vocabulary:
    """The regex shape of each slot, built from the lexicons; with `present`, narrowed to the phrases
    it says a text can hold."""
    vocab = Vocabulary(sets=dict(lex.sets), present=present)

    def words(*names: str) -> frozenset[str]:
        return frozenset().union(*(vocab.phrases(name) or frozenset() for name in names))

    # auxiliaries and adverbs inside the verb group; any "-ly" word counts as an adverb there
    # ("Democrats successfully argued"), but for the nouns and adjectives listed ("The Roe family said")
    # (as written in lower case: "Theresa May said" holds no auxiliary "may")
    not_adverb = phrase_regex(words("ly_non_adverbs"), ignore_case=False)
    cue_lead = "(?:" + phrase_regex(words("aux", "cue_adverbs"), ignore_case=False) \
        + rf"|(?!{not_adverb}\s)[a-z]{{3,}}ly)"
    generic = {"the " + g for g in lex.outlets.generic} | set(lex.outlets.short_forms)
    if present is not None:
        generic = {g for g in generic if present(g.removeprefix("the "))}
    the = _words_regex(words("definite_articles"))
    shapes = {"cue_lead": cue_lead, **_phrase_shapes(vocab, words),
              "outlet": _outlet_shape(vocab, words, the, generic), "channel": _channel_shape(words)}
    vocab.slot_shapes = shapes
    return vocab


def _phrase_shapes(vocab: Vocabulary, words: Callable[..., frozenset[str]]) -> dict[str, str]:
    # a phrase before the cue may not end on an article ("the report said" is not "the" + "report")
    no_dangling = not_ending_with(words("phrase_cannot_end"), words("phrase_cannot_end_in_lower_case"))
    # noun phrases are matched word by word (not character by character), so a search costs
    # a dozen steps per word at most; MAX_PHRASE_WORDS bounds every slot but {claim}
    # a word, or a short parenthesis such as a party label: "Rep. Jane Roe (D-N.Y.)"
    # (or an organisation's name in brackets: "CEI (Italian Episcopal Conference)")
    # (or a word in quotation marks: 'The "History" section of the site')
    # (or a name of several words in a pack's quotation marks: 'Die „Süddeutsche Zeitung“ berichtete';
    # the pairs are never narrowed to a text's phrases: no text holds the two marks side by side)
    quoted_names = _quoted_names(vocab.sets.get("quoted_name_marks", frozenset()))
    token = (rf"(?>{quoted_names}\([^()\s]{{1,12}}\)|\([A-Z][^()\n,;:]{{1,40}}\)"
             r"|[\"“][A-Z][^\s,;:\"“”]{0,30}[\"”]|[^\s,;:()\[\]\"“”«»!?—―–]++)")
    more = MAX_PHRASE_WORDS - 1
    np_before_words = rf"{_NOT_WORD_BEFORE}(?:{token}\s++){{0,{more}}}?{token}"
    # a phrase after the cue never opens with a preposition ("said on Monday" has no listener), so
    # the regex tries the pattern without that optional part instead
    head = rf"{_NOT_WORD_BEFORE}(?!{phrase_regex(words('cannot_start_phrase'))}{_NOT_WORD_AFTER})"
    return {
        # a phrase before the cue in two parts, so that a check of what follows can go between
        "phrase_words": np_before_words,
        "phrase_end": no_dangling,
        "phrase_after": rf"{head}{token}(?:\s++{token}){{0,{more}}}",  # greedy: up to punctuation
        "phrase_after_lazy": rf"{head}{token}(?:\s++{token}){{0,{more}}}?{_NOT_WORD_AFTER}",  # the pattern goes on
    }


def _quoted_names(marks: frozenset[str]) -> str:
    """Alternatives for a name of a few words inside a pair of `marks` (each an opening and a closing
    mark: "„“"), ended by "|"; nothing when the pack lists none (English)."""
    shapes = [rf"{re.escape(pair[0])}[^\W\d_][^{re.escape(pair)}\n,;:!?]{{0,50}}+{re.escape(pair[1])}"
              for pair in sorted(marks) if len(pair) == 2]
    return "".join(shape + "|" for shape in shapes)


def _outlet_shape(vocab: Vocabulary, words: Callable[..., frozenset[str]], the: str, generic: set[str]) -> str:
    # (a name may open with a particle joined to its capital: "al-Ikhbariya", "el-Watan")
    word = r"(?:[a-z]{1,3}-)?[A-Z0-9][\w&’'-]*(?:\.[A-Za-z][\w&’'-]*)*"
    # lower-case words inside an outlet's name: "Le Monde", "The Mail on Sunday", "Welt am Sonntag"
    connector = phrase_regex(words("name_particles", "name_joiners", "name_connectors", "outlet_name_joiners"),
                             ignore_case=False)
    references = phrase_regex(p.removeprefix("the ") for p in generic) if generic else ""
    # an outlet's description before its name: "Egypt's state news agency MENA", "the German weekly ..."
    possessive = "(?:" + "|".join(re.escape(e).replace("'", "['’]") for e in sorted(words("possessive_endings"))) \
        + ")" if words("possessive_endings") else "(?!)"
    descriptors = vocab.sets.get("outlet_descriptors")
    described = (rf"(?:(?:{the}\s+|{word}{possessive}\s+)?(?:[\w’'-]+\s+){{0,3}}?"
                 rf"{phrase_regex(words('outlet_descriptors'))}\s+)?" if descriptors else "")
    # an article elided onto the name ("l'AFP", "l’Humanité") where the language writes one
    elided = frozenset(w for w in words("definite_articles") if w.endswith(("'", "’")))
    article = rf"(?:{the}\s+|{phrase_regex(elided)}(?=[A-Z]))?" if elided else rf"(?:{the}\s+)?"
    return (rf"{_NOT_WORD_BEFORE}(?:{described}{article}{word}(?:\s+(?:{connector}\s+)?{word}){{0,5}}"
            + (rf"|{the}\s+{references}{_NOT_WORD_AFTER}" if references else "") + ")")


def _channel_shape(words: Callable[..., frozenset[str]]) -> str:
    # "a statement", "a joint statement", "a post on his X account"
    openers = phrase_regex(words("channel_openers"), ignore_case=False)
    on = phrase_regex(words("platform_prepositions"), ignore_case=False)
    owners = phrase_regex(words("platform_owners"), ignore_case=False)
    places = phrase_regex(words("platform_places"), ignore_case=False)
    return (rf"{_NOT_WORD_BEFORE}{openers}\s+(?:[\w’'-]+\s+){{0,3}}?{phrase_regex(words('channel_nouns'))}"
            rf"(?:\s+{on}\s+(?:{owners}\s+(?:[\w’'-]+\s+){{0,2}}?)?{phrase_regex(words('platforms'))}"
            rf"(?:\s+{places})?)?{_NOT_WORD_AFTER}")


def pattern_regex(tree: Node, vocab: Vocabulary) -> str:
    """The regex text of a parsed pattern (or part of one, for `attrib explain`)."""
    return Compiler(vocab).compile(tree)
