"""A checklist template: sections, standards and requirements, loaded from data."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor_app.domain.error_codes import ErrorCode


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    key: str
    text: str


@dataclass(frozen=True, slots=True)
class Requirement:
    key: str
    letter: str
    standard: int
    section_key: str
    core: bool
    text: str
    guidance: str
    evidence: tuple[EvidenceItem, ...]

    @property
    def short_text(self) -> str:
        """The first sentence, for lists and tables."""
        first = self.text.split(". ")[0].rstrip(".")
        return first if len(first) <= 90 else first[:87].rstrip() + "..."


@dataclass(frozen=True, slots=True)
class Standard:
    number: int
    title: str
    section_key: str
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    standards: tuple[Standard, ...]


@dataclass(frozen=True, slots=True)
class CaseReviewQuestion:
    key: str
    short: str
    text: str


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    id: str
    version: str
    title: str
    language: str
    wording: str
    metadata: dict[str, str]
    sections: tuple[Section, ...]
    case_review_questions: tuple[CaseReviewQuestion, ...] = ()
    default_sample_size: int = 30
    _by_key: dict[str, Requirement] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index = {r.key: r for s in self.sections for st in s.standards for r in st.requirements}
        object.__setattr__(self, "_by_key", index)

    @property
    def requirements(self) -> list[Requirement]:
        """Every requirement in checklist order."""
        return [r for s in self.sections for st in s.standards for r in st.requirements]

    @property
    def standards(self) -> list[Standard]:
        return [st for s in self.sections for st in s.standards]

    def requirement(self, key: str) -> Requirement:
        from assessor_app.domain.errors import NotFoundError

        try:
            return self._by_key[key]
        except KeyError:
            raise NotFoundError.coded(
                ErrorCode.NO_SUCH_REQUIREMENT, key=key, template_id=self.id
            ) from None

    def has_requirement(self, key: str) -> bool:
        return key in self._by_key

    def section_of(self, key: str) -> Section:
        req = self.requirement(key)
        return next(s for s in self.sections if s.key == req.section_key)


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """What a list of installed templates shows."""

    id: str
    version: str
    title: str
    wording: str
    requirement_count: int
    core_count: int
    source: str
