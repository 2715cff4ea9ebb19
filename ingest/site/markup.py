"""Mark up a text from stored character offsets, escaping everything that is not our own tag.

Quotes, event dates and entity mentions come from different extractors, so their spans may
cross. HTML needs properly nested tags: a span is kept only when it nests in, or stays clear
of, every span already kept, and the more important kinds (quotes, then events, then
mentions) are kept first. The text between tags always goes through `escape`, so an
article holding `<script>` or `onerror=` shows it as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

QUOTE, EVENT, MENTION = 0, 1, 2


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    layer: int  # QUOTE, EVENT or MENTION: lower layers win a conflict and sit outside
    open_tag: Markup
    close_tag: Markup


def _compatible(a: Span, b: Span) -> bool:
    """True when the spans are disjoint or one contains the other."""
    disjoint = a.end <= b.start or b.end <= a.start
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return disjoint or nested


def mark_up(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, with each kept span wrapped in its tags."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.layer, s.start, -s.end)):
        if 0 <= span.start < span.end <= len(text) and all(_compatible(span, k) for k in kept):
            kept.append(span)
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(escape(text[pos:top.end]))
            out.append(top.close_tag)
            pos = top.end

    for span in sorted(kept, key=lambda s: (s.start, -s.end, s.layer)):
        close_until(span.start)
        out.append(escape(text[pos:span.start]))
        out.append(span.open_tag)
        pos = span.start
        stack.append(span)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def tag(html: str, **values) -> Markup:
    """An HTML fragment with every value escaped."""
    return Markup(html).format(**{k: escape(v) for k, v in values.items()})


def mention_span(start: int, end: int, href: str, name: str, entity_type: str | None) -> Span:
    """An entity mention, linked to its entity's page."""
    return Span(start, end, MENTION,
                tag('<a class="mention {type}" href="{href}" title="{name} ({type})">',
                    type=entity_type or "other", href=href, name=name), Markup("</a>"))


def quote_span(start: int, end: int, quote_id: str, speaker: str | None) -> Span:
    """A quotation, followed by its speaker's name."""
    speaker = speaker or "?"
    return Span(start, end, QUOTE,
                tag('<span class="quote" id="quote-{id}" title="{speaker}">', id=quote_id, speaker=speaker),
                tag('</span><span class="speaker">{speaker}</span>', speaker=speaker))


def event_span(start: int, end: int, date: str, event_type: str, summary: str | None) -> Span:
    """A dated event's sentence or date expression."""
    return Span(start, end, EVENT,
                tag('<mark class="event" title="{date} · {type} · {summary}">',
                    date=date, type=event_type, summary=summary or ""), Markup("</mark>"))
