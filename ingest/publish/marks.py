"""An article body as HTML paragraphs, with quotes, event dates and mentions marked.

The marking itself is the website's (`ingest.site.markup.mark_up`: stored offsets,
conflicts resolved by nesting, every text escaped), so the static page shows what the
Datasette page shows. This adds paragraphs: the body separates them with a blank
line, and a span crossing one is clipped into each paragraph it touches.
"""

from __future__ import annotations

import re
from dataclasses import replace

from markupsafe import Markup

from ..site.markup import Span, mark_up

PARAGRAPH = re.compile(r"\S(?:(?!\n[^\S\n]*\n)[\s\S])*")


def paragraphs(body: str, spans: list[Span]) -> list[Markup]:
    out = []
    for match in PARAGRAPH.finditer(body):
        start = match.start()
        end = start + len(match.group().rstrip())
        inner = [replace(s, start=max(s.start, start) - start, end=min(s.end, end) - start)
                 for s in spans if s.start < end and s.end > start]
        out.append(mark_up(body[start:end], inner))
    return out
