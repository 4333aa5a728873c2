"""Who speaks when a sentence does not name its speaker in a phrase of its own, in the languages that
say so their own way: a French subject pronoun written onto the inverted cue ("…, explique-t-il" ->
il), a Spanish subject the verb leaves unsaid ("…», añadió." -> the running speaker), a German frame
that points back at the sentence before it ("Dies teilte der Minister mit."), and a German sentence in
Konjunktiv I that goes on with a reported speaker's words ("Er habe nichts gewusst."), or with a modal
of hearsay where a report runs ("Er soll das Geld genommen haben."). Every word is
the pack's (the cue lexicon's `inverted_subjects`, the language lexicon's `drops_subjects`, the sets
`backward_frames` and `reported_speech_forms`): English has none of them, and nothing here touches it.
"""

from __future__ import annotations

from attrib.model import Claim, Span
from attrib.resolve.context import Context, inherit, note
from attrib.resolve.reported_speakers import WORD as _WORD
from attrib.resolve.reported_speakers import own_subject, previous_subject

#: a sentence continues the running speaker only within this many sentences of the last report
RUNNING_SENTENCES = 3
#: a backward frame is short: at most this many words ("Dies teilte der Minister in Berlin mit.")
MAX_FRAME_WORDS = 14


def resolve_subject_in_cue(claims: list[Claim], ctx: Context) -> None:
    """An inverted cue that carries its subject pronoun ("explique-t-il", "a-t-elle déclaré") names
    its speaker: the pronoun, as written, is the source (the coreference resolver says who it is)."""
    suffixes = _subject_suffixes(ctx)
    if not suffixes:
        return
    for claim in claims:
        cue = claim.spans.get("cue")
        if not claim.attributed or claim.source is not None or cue is None:
            continue
        found = _pronoun_in(ctx.text[cue.start:cue.end], suffixes)
        if found is None:
            continue
        start = cue.start + found[0]
        claim.source, claim.spans["source"] = found[1], Span(start, start + len(found[1]))
        note(claim, "subject in cue", f"{found[1]} (written onto the cue {ctx.text[cue.start:cue.end]!r})")


def _subject_suffixes(ctx: Context) -> tuple[str, ...]:
    """The pronouns an inverted cue may carry, as written onto it: "-t-il", "-il", "-on" ..."""
    inverted = ctx.lexicons.set("subject_inverted")
    if not inverted:
        return ()
    return ctx.lexicons.derived("subject_suffixes", lambda: tuple(sorted(
        {"-" + form.split()[0].rsplit("-", 1)[-1] for form in inverted if "-" in form.split()[0]}, key=len,
        reverse=True)))


def _pronoun_in(cue: str, suffixes: tuple[str, ...]) -> tuple[int, str] | None:
    """(offset in the cue, pronoun) of the subject written onto the cue's first word, if any."""
    first = cue.split()[0] if cue.split() else ""
    lowered = first.lower()
    for suffix in suffixes:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return len(first) - len(suffix) + 1, first[len(first) - len(suffix) + 1:]
    return None


def resolve_dropped_subject(claims: list[Claim], ctx: Context) -> None:
    """In a language that drops its subjects (`drops_subjects`), a cue with no speaker of its own
    ("…», añadió.", "Dijo que …") is the last named speaker's: `source` stays null, `source_resolved`
    is that speaker's name ("El mandatario anunció …" in between names nobody new)."""
    if not ctx.lexicons.drops_subjects:
        return
    determiners = ctx.lexicons.set("determiners")
    for i, claim in enumerate(claims):
        if not claim.attributed or claim.source is not None or claim.cue is None or claim.source_resolved:
            continue
        speaker = _named_speaker(claims, i, determiners)
        if speaker is None:
            continue
        claim.source_resolved = speaker.source_resolved or speaker.source
        claim.source_entity, claim.source_name = speaker.source_entity, speaker.source_name
        claim.source_kind = claim.source_kind or speaker.source_kind
        note(claim, "dropped subject", f"the speaker of sentence {speaker.n}: {claim.source_resolved}")


def _named_speaker(claims: list[Claim], i: int, determiners: frozenset[str]) -> Claim | None:
    """The last claim before claims[i] whose speaker is named ("Mejía", "José Hurtado"; not "El
    mandatario"), within RUNNING_SENTENCES of the last report before it."""
    last_report = i
    for j in range(i - 1, -1, -1):
        claim = claims[j]
        if claim.attributed:
            last_report = j
            if _named(claim, determiners):
                return claim
        if last_report - j > RUNNING_SENTENCES:
            return None
    return None


def _named(claim: Claim, determiners: frozenset[str]) -> bool:
    """A named speaker: a name as written, or a phrase or pronoun resolved to one."""
    if claim.source_kind in ("document", "anonymous"):
        return False
    if claim.source_resolved:
        return True
    words = (claim.source or "").split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in determiners


def resolve_pronominal_cue(claims: list[Claim], ctx: Context) -> None:
    """A cue that is itself a pronoun of the report before it ("Demnach wurde niemand verletzt":
    according to it; the set `pronominal_cues`) names its source as written, like "it": the source is
    that word, resolved to the speaker of the last report within RUNNING_SENTENCES before it."""
    words = ctx.lexicons.set("pronominal_cues")
    if not words:
        return
    for i, claim in enumerate(claims):
        cue = claim.spans.get("cue")
        if not claim.attributed or claim.source is not None or cue is None:
            continue
        found = next((m for m in _WORD.finditer(ctx.text, cue.start, cue.end) if m.group().lower() in words), None)
        if found is None:
            continue
        claim.source, claim.spans["source"] = found.group(), Span(found.start(), found.end())
        speaker = next((c for c in reversed(claims[max(0, i - RUNNING_SENTENCES):i])
                        if c.attributed and (c.source_resolved or c.source)), None)
        if speaker is not None:
            claim.source_resolved = speaker.source_resolved or speaker.source
            claim.source_entity, claim.source_name = speaker.source_entity, speaker.source_name
            claim.source_kind = speaker.source_kind
        note(claim, "pronominal cue", f"{found.group()} -> {claim.source_resolved or 'nobody named before it'}")


def resolve_backward_frame(claims: list[Claim], ctx: Context) -> None:
    """A short frame that opens with a word pointing back ("Dies teilte der Minister mit.", "Das gab
    Airbus bekannt.", the set `backward_frames`) says who said the sentence before it: that sentence,
    unattributed so far, is the frame's speaker's, with no cue of its own."""
    frames = ctx.lexicons.set("backward_frames")
    if not frames:
        return
    for i, claim in enumerate(claims[1:], start=1):
        previous = claims[i - 1]
        words = _WORD.findall(claim.text)
        if not claim.attributed or previous.attributed or previous.paragraph != claim.paragraph \
                or not words or words[0].lower() not in frames or len(words) > MAX_FRAME_WORDS \
                or not claim.text.lstrip()[:1].isalpha():  # "„Das ist …“, sagte sie." quotes, points at nothing
            continue
        inherit(previous, claim, "backward-frame", _quote_of(previous, ctx))
        note(previous, "backward frame", f"said by the speaker of sentence {claim.n}'s frame")


def _quote_of(claim: Claim, ctx: Context) -> str:
    """direct | mixed | indirect, from how much of the sentence is quoted."""
    sentence = ctx.sentences[claim.n - 1]
    quoted = sum(q.end - q.start for q in sentence.quoted)
    length = max(1, len(claim.text.strip()))
    return "direct" if quoted >= 0.9 * length else "mixed" if quoted else "indirect"


def resolve_reported_speech(claims: list[Claim], ctx: Context) -> None:
    """A sentence in the reported-speech mood (German Konjunktiv I: "er habe", "sie sei", the set
    `reported_speech_forms`) with no attribution of its own goes on with the speaker of the report
    before it, in its paragraph or the next: attributed to that speaker, with no cue (the verb's
    mood marks it as reported). With no speaker before it, it is attributed to nobody named."""
    forms = ctx.lexicons.set("reported_speech_forms")
    if not forms:
        return
    speaker: Claim | None = None
    for claim in claims:
        if claim.attributed:
            speaker = claim if claim.source or claim.source_resolved else speaker
            continue
        words = {w.lower() for w in _WORD.findall(claim.text)}
        running = speaker is not None and claim.paragraph - speaker.paragraph <= 1
        if not words & forms and not (running and (_hearsay(words, ctx) or words & ctx.lexicons.set(
                "running_report_forms"))):
            continue
        own = own_subject(claim, ctx)
        # a party named by the narrative sentence right before it takes over the report
        named = own or previous_subject(claims, claim, ctx)
        if speaker is not None and running and named is None:
            inherit(claim, speaker, "reported-speech", _quote_of(claim, ctx))
            note(claim, "reported speech", f"continues the report of sentence {speaker.n}")
            speaker = claim
            continue
        claim.attributed, claim.rule, claim.quote = True, "reported-speech", _quote_of(claim, ctx)
        if named is None:
            note(claim, "reported speech", "reported speech with no speaker named before it")
            continue
        claim.source, claim.source_kind = named, ctx.grammar.classify_source(named, ctx.lexicons)
        note(claim, "reported speech", f"the words of {named}, the subject of "
             + ("its main clause" if own else "the sentence before it"))
        speaker = claim


def _hearsay(words: set[str], ctx: Context) -> bool:
    """A modal of hearsay with a perfect infinitive ("Er soll das Geld genommen haben": the sets
    `hearsay_modals` and `perfect_infinitives`): reported speech, but only where a report runs."""
    return bool(words & ctx.lexicons.set("hearsay_modals")) and bool(words & ctx.lexicons.set("perfect_infinitives"))
