"""How every field chooses: proposers give candidates (a value, the rule that read it, the words it was
read from, features), each scored by the weights in data/weights.py; the best score wins and the earliest
in the notice breaks a tie (dateparser's scored candidates, not a first-match cascade). A proposer whose
best possible score cannot beat the best found so far is never run, so the expensive whole-text readers
only run on notices whose labels and layout said nothing."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..data.weights import WEIGHTS


@dataclass(frozen=True)
class Candidate:
    value: Any
    rule: str
    words: str | None = None  # what it was read from: the record's evidence points there
    order: int = 0  # where in the notice (or in the proposer's reading order): ties go to the first
    features: tuple[str, ...] = field(default=())

    @property
    def score(self) -> float:
        return WEIGHTS[self.rule] + sum(WEIGHTS[f] for f in self.features)


@dataclass(frozen=True)
class Proposer:
    ceiling: float  # the best score any of its candidates can have
    propose: Callable[[], Iterable[Candidate]]


def proposer(rules: Iterable[str], propose: Callable[[], Iterable[Candidate]], bonus: float = 0.0) -> Proposer:
    """A proposer whose candidates come from these rules, with at most `bonus` from their features."""
    return Proposer(max(WEIGHTS[r] for r in rules) + bonus, propose)


def choose(proposers: Iterable[Proposer], everything: bool = False) -> tuple[Candidate | None, list[Candidate]]:
    """The best candidate and all candidates seen, best first. With `everything`, every proposer runs
    (`postingkit explain` shows the runners-up)."""
    seen: list[Candidate] = []
    for source in sorted(proposers, key=lambda p: -p.ceiling):
        if seen and not everything and max(c.score for c in seen) >= source.ceiling:
            break
        seen += [c for c in source.propose() if c.value]
    ranked = sorted(seen, key=lambda c: (-c.score, c.order))
    return (ranked[0] if ranked else None), ranked
