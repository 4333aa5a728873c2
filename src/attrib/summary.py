"""Claims -> "who vouches for what": claims per outlet, sources without an outlet, share unattributed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Claim


@dataclass(slots=True)
class Summary:
    total: int = 0
    attributed: int = 0
    #: outlet -> the claims it carries (by the sentence's own wording, or as publisher)
    by_outlet: dict[str, list[Claim]] = field(default_factory=dict)
    #: source (resolved when known) -> its claims that no outlet carries
    without_outlet: dict[str, list[Claim]] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    publishers: dict[str, int] = field(default_factory=dict)

    @property
    def unattributed(self) -> int:
        return self.total - self.attributed

    @property
    def unattributed_share(self) -> float:
        return self.unattributed / self.total if self.total else 0.0

    def add(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            self.total += 1
            if claim.publisher:
                self.publishers[claim.publisher] = self.publishers.get(claim.publisher, 0) + 1
            if not claim.attributed:
                continue
            self.attributed += 1
            kind = claim.source_kind or "unknown"
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
            if claim.outlet:
                self.by_outlet.setdefault(claim.outlet, []).append(claim)
            else:
                who = claim.source_resolved or claim.source or "(no source named)"
                self.without_outlet.setdefault(who, []).append(claim)


def summarize(claims: Iterable[Claim]) -> Summary:
    summary = Summary()
    summary.add(claims)
    return summary
