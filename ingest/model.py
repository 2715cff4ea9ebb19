"""The values that flow through the pipeline, one dataclass per stage.

A reader yields `Source` (or `ReadError`); cleaning turns a `Source` into an
`Article`; analysis adds `Mention`, `Quote`, `TimeExpression` and `EventMention`
values that point into `Article.body` by character offsets; linking turns them
into corpus-level `Entity`, `Event` and `Story` values; the store writes them.
Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Source:
    """One document as a reader found it, before cleaning.

    Exactly one of `text` (plain text, already decoded and normalised) or
    `html` is set. `meta` holds what the container said about the document,
    with the keys of the `articles` table (url, title, author, source,
    published, section, language, subtitle) plus anything else under `extra`.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class ReadError:
    """A file or record that could not be read, and why (one line)."""

    origin: str
    reason: str


@dataclass
class Removed:
    """A line the cleaner dropped as boilerplate, with the rule that dropped it."""

    text: str
    reason: str


@dataclass
class Article:
    """A clean article: the columns of the `articles` table."""

    id: str
    origin: str
    body: str
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    source: str | None = None
    section: str | None = None
    url: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_inferred: bool = False
    modified: str | None = None
    language: str | None = None
    content_hash: str = ""
    removed: list[Removed] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass
class Mention:
    """A name in an article body. `key` is the canonical entity key once linked."""

    start: int
    end: int
    surface: str
    label: str  # person / organization / place / other
    key: str | None = None


@dataclass
class Entity:
    """A canonical entity across the corpus."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    wikidata: str | None = None


@dataclass
class Quote:
    """A quotation in an article body; `start`/`end` cover the quoted text only."""

    start: int
    end: int
    text: str
    kind: str  # direct / partial
    speaker_surface: str | None = None
    speaker_key: str | None = None
    cue: str | None = None
    group: str | None = None  # the same quotation in several articles shares a group


@dataclass
class EventMention:
    """One article's report of a dated happening: the sentence, its date and its cast."""

    article_id: str
    start: int  # sentence offsets into the article body
    end: int
    sentence: str
    date_text: str
    date: str  # ISO, truncated to its precision
    precision: str
    type: str
    summary: str
    place_key: str | None = None
    actors: list[tuple[str, str]] = field(default_factory=list)  # (entity key, role)
    places: list[str] = field(default_factory=list)  # every place key the sentence names


@dataclass
class Event:
    """A happening merged across the articles that report it."""

    id: str
    date: str
    precision: str
    type: str
    summary: str
    place_key: str | None
    mentions: list[EventMention] = field(default_factory=list)
    actors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Corpus:
    """Everything one build produced, ready for the store."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (origin, article id it repeats)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    stories: object = None  # ingest.stories.StoryResult once story linking ran
    passages: list[tuple[str, str, object]] = field(default_factory=list)  # (a, b, stories.Alignment)
