"""The one spaCy pass: load `fr_core_news_md` once, parse each article body once.

The parsed `Doc` is handed to every extractor (entities, quotes, events) so no
article is parsed twice. The model is a PyPI dependency; nothing is downloaded
at run time.
"""

from __future__ import annotations

from functools import lru_cache

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def load():
    """The French pipeline, loaded once per process."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as exc:  # the model package is missing from the environment
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `pip install -e .` "
            "(it is a dependency in pyproject.toml)"
        ) from exc


def parse(text: str):
    """Parse one text with the shared pipeline."""
    return load()(text)


def parse_many(texts, batch_size: int = 16):
    """Parse many texts, streaming, in order."""
    return load().pipe(texts, batch_size=batch_size)
