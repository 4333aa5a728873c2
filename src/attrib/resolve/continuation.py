"""Sentences that inherit a speaker from another: a quotation over several sentences, a quote right
after its speaker's quote, a colon that hands the claim to the next sentence, and a speaker label
that holds the rest of its paragraph."""

from __future__ import annotations

from itertools import pairwise

from attrib.model import Claim, Span
from attrib.resolve.context import Context, clear, inherit, note

#: a sentence that opens with a quote mark after a speaker's quote continues it when at least this
#: share of its letters is quoted ("They agree with him" to support him.)
FOLLOW_UP_QUOTED_SHARE = 0.6
#: words a colon introduction may have between its cue and the colon ("tweeted using his account:")
COLON_INTRO_MAX_WORDS = 12
#: the rules of claims that inherit their speaker from another sentence (they name no speaker)
_INHERITED = frozenset({"quote-continuation", "paragraph-continuation", "block-quotation"})

def resolve_quote_continuation(claims: list[Claim], ctx: Context) -> None:
    """Sentences inside a quotation that runs over several sentences inherit its speaker.

    A run is a chain of sentences where each one ends inside a quote and the next opens inside it
    (paragraphs that reopen with a quote mark continue it). The speaker is the run's first sentence
    attributed (by its own cue, or as the quote following its speaker's); a run with none is not
    guessed at.
    """
    i = 0
    sentences = ctx.sentences
    while i < len(claims):
        run = [i]
        while run[-1] + 1 < len(claims) and sentences[run[-1]].ends_inside_quote \
                and sentences[run[-1] + 1].opens_inside_quote:
            run.append(run[-1] + 1)
        if len(run) > 1:
            _continue_run([claims[k] for k in run], ctx)
        i = run[-1] + 1


def _continue_run(run: list[Claim], ctx: Context) -> None:
    """Each sentence of a quotation with no attribution of its own takes the speaker named last before
    it in the quotation (a transcript's labels change speakers inside one run of quote marks), else the
    first one named after it ('... — Jacklyn Ashley'). A stage direction ("(CROSSTALK.)") says nothing."""
    named = [claim for claim in run if claim.attributed]
    if not named:
        return
    for claim in run:
        if claim.attributed or _stage_direction(claim.text):
            continue
        speaker = next((s for s in reversed(named) if s.n < claim.n), named[0])
        inherit(claim, speaker, "quote-continuation", "direct")
        note(claim, "quote continuation", f"inside the quotation of sentence {speaker.n}")


def _stage_direction(text: str) -> bool:
    """A sentence that is all in brackets: "(CROSSTALK.)", "(APPLAUSE)"."""
    bare = text.strip().strip("\"“”'‘’").strip()
    return bare.startswith(("(", "[")) and bare.endswith((")", "]", ").", "]."))


def resolve_colon_introduction(claims: list[Claim], ctx: Context) -> None:
    """ "Cruz continued:" says nothing itself; the sentence after it carries what he said."""
    for i, claim in enumerate(claims[:-1]):
        cue = claim.spans.get("cue")
        if not claim.attributed or cue is None or claim.text.rstrip()[-1:] not in (":", ","):
            continue
        # the words after the cue and what stands after it ("Stated Stone:" hands its claim on too)
        after = max([cue.end] + [span.end for name, span in claim.spans.items()
                                 if name in ("channel", "source") and span.start > cue.start])
        tail = ctx.text[after : claim.end].strip()
        target = claims[i + 1]
        short = tail.endswith(":") and len(tail.split()) <= COLON_INTRO_MAX_WORDS
        # "Rathbun stated," before a quoted paragraph; "Obama tweeted using his account:" before a
        # quote (a short phrase of manner before the colon)
        described = short and ctx.text[target.start] in "\"“«„'"
        if target.attributed and tail == ":":
            clear(claim)  # "Partial transcript as follows:" before a speaker label says nothing itself
            note(claim, "colon introduction", f"introduces sentence {target.n}, which names its own speaker")
            continue
        if target.attributed or not (tail in (":", ",") or short):
            continue
        handed = tail in (":", ",") or described
        if handed:
            inherit(target, claim, claim.rule, "direct" if ctx.sentences[i + 1].quoted else "indirect",
                    with_cue=True)
            note(target, "colon introduction", f"introduced by sentence {claim.n}")
        if short and not described and target.paragraph != claim.paragraph:
            # "the Church denied these allegations:" and the paragraph it introduces
            _block_quotation(claims, i, i + 2 if handed else i + 1)
        if tail == ":":  # "Cruz continued:" says nothing itself; "Rathbun stated," stays a report
            clear(claim)
            note(claim, "colon introduction", f"hands its claim to sentence {target.n}")


def _block_quotation(claims: list[Claim], i: int, first: int) -> None:
    """The paragraph after a frame that ends with a colon ("In a statement to the ABC, the Church
    denied these allegations:") quotes the frame's speaker without quote marks: its sentences up to
    one with its own attribution are the speaker's, direct quotes with no cue."""
    frame = claims[i]
    paragraph = claims[i + 1].paragraph
    for target in claims[first:]:
        if target.paragraph != paragraph or target.attributed:
            break
        inherit(target, frame, "block-quotation", "direct")
        target.channel = frame.channel
        note(target, "colon introduction", f"block quotation introduced by sentence {frame.n}")


def resolve_quote_follow_up(claims: list[Claim], ctx: Context) -> None:
    """“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.” — a sentence that is
    mostly quoted, following a direct quote with no other speaker between, goes on with that speaker:
    in the same paragraph after a quote (also with a lead-in of the writer's: 'Instead, “he just acts
    like a defeated man.”', then `mixed`), or opening the next paragraph with a quote mark after any
    report (a paragraph that reopens with a quote mark continues the last speaker). A quote after
    narrative, or after an indirect report in its own paragraph, is not guessed at."""
    for previous, claim in pairwise(claims):
        if claim.attributed or not previous.attributed:
            continue
        sentence = ctx.sentences[claim.n - 1]
        if claim.paragraph == previous.paragraph:
            if previous.quote not in ("direct", "mixed") and not _quote_before_cue(previous, ctx):
                continue  # after an indirect report a new quote is not guessed at (annotation guide, case 4)
        elif claim.paragraph != previous.paragraph + 1:
            continue
        if not sentence.quoted or sentence.opens_inside_quote or _stage_direction(claim.text):
            continue
        marked = ctx.text[sentence.start] in "\"“«„'"
        if not marked and claim.paragraph != previous.paragraph:
            continue  # a paragraph goes on with the last speaker when it reopens with a quote mark
        if _tagged_later(claims, ctx, claim.n - 1):
            continue  # '"Compare that. Compare him to Hillary," Gorka urged.': its own speaker
        # mostly quoted; an opening quotation that runs on into the next sentence will do
        if _quoted_share(claim, sentence.quoted, ctx) < FOLLOW_UP_QUOTED_SHARE \
                and not (marked and sentence.ends_inside_quote):
            continue
        # 'Then, "I try to explain it to them."' after his quote: his words, with a lead-in of the writer's
        inherit(claim, previous, "quote-continuation", "direct" if marked else "mixed")
        note(claim, "quote continuation", f"follows the quote of sentence {previous.n} in its paragraph")


def _quoted_share(claim: Claim, quoted: tuple[Span, ...], ctx: Context) -> float:
    """The share of the claim's letters that stand inside its sentence's quotations."""
    letters = [i for i in range(claim.start, claim.end) if ctx.text[i].isalnum()]
    inside = sum(1 for i in letters if any(q.start <= i < q.end for q in quoted))
    return inside / len(letters) if letters else 0.0


def _quote_before_cue(claim: Claim, ctx: Context) -> bool:
    """True when the sentence opens with a quotation that closes before its cue ("''…,'' Shrum said,
    naming a few."): it quotes its speaker, whatever its rule made of the words after the cue."""
    cue = claim.spans.get("cue")
    quoted = ctx.sentences[claim.n - 1].quoted
    return cue is not None and bool(quoted) and quoted[0].start <= claim.start + 2 \
        and quoted[0].end <= cue.start


def _tagged_later(claims: list[Claim], ctx: Context, i: int) -> bool:
    """True when the quotation that opens in sentence i closes in a later sentence of its paragraph
    that names its own speaker with a cue."""
    j = i
    while ctx.sentences[j].ends_inside_quote and j + 1 < len(claims) \
            and claims[j + 1].paragraph == claims[i].paragraph:
        j += 1
        if claims[j].attributed and (claims[j].cue or claims[j].rule not in _INHERITED):
            return True  # ('"…?" — Jacklyn Ashley' names its speaker with no cue)
    return False


def resolve_paragraph_continuation(claims: list[Claim], ctx: Context) -> None:
    """After a rule marked `continues: paragraph` ("WALLACE: ..."), the paragraph's later sentences
    without their own attribution are the same speaker's."""
    speaker: Claim | None = None
    for claim in claims:
        if speaker is not None and claim.paragraph != speaker.paragraph:
            speaker = None
        if claim.attributed:
            speaker = claim if claim.rule in ctx.paragraph_rules else None
            continue
        if speaker is not None:
            inherit(claim, speaker, "paragraph-continuation", speaker.quote)
            note(claim, "paragraph continuation", f"speaker of sentence {speaker.n}")
