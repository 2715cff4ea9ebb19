"""The one spaCy pass: load `fr_core_news_md` once, parse each article body once.

The parsed `Doc` is handed to every extractor (entities, quotes, events) so no
article is parsed twice. The model is a PyPI dependency; nothing is downloaded
at run time. Sentence boundaries come from the text's own punctuation and
paragraph breaks, then the parser.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

MODEL = "fr_core_news_md"


_SENTENCE_END = {".", "!", "?", "…", "...", "»", "\"", "”", ")", ":", ";"}


_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet", "cette", "ces",
                "son", "sa", "ses", "leur", "leurs", "nos", "notre"}
def _closing(token) -> bool:
    """A closing quotation mark: « » and “ ” by their shape, a straight one when glued to the word before."""
    return token.text in ("»", "”") or token.text == '"' and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _closes_sentence(doc, i: int) -> bool:
    """Does the quotation closing at token `i` end on sentence punctuation ("… venu. »")?"""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text in (".", "!", "?", "…", "...")


def _glued_point(text: str) -> bool:
    """A word the tokenizer left with the full stop that ends its sentence ("km/h.", "à 14 h."), not an
    abbreviation or initials ("M.", "Dr.", "J.-C.", "U.S.", "av.", "cf.")."""
    return len(text) >= 2 and text.endswith(".") and not re.fullmatch(
        r"(?:[A-Z]\.-?)+|[A-Z][a-z]{0,3}\.|(?:av|apr|env|cf|etc|ex|vol|éd|coll|dir|art|chap|bd|boul|no|p|pp|s|ss|t|vs)\.", text)


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """Sentences start after a line break, and nowhere but after sentence punctuation (not after a
    point followed by a comma or a lowercase word: an abbreviation's).

    The parser keeps boundaries set before it runs; left alone, it both runs
    headings into paragraphs and cuts sentences at short names ("Ousmane | Sy").
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif (_closing(token) or token.is_space) and _closes_sentence(doc, token.i):
            token.is_sent_start = False  # "… le moment venu. »": the closing mark stays with its sentence
        elif _closing(previous) and token.text[:1].isupper() and _closes_sentence(doc, previous.i):
            token.is_sent_start = True  # "« … le moment venu. » Pour X, …": a new sentence after the quotation
        elif _glued_point(previous.text) and token.text[:1].isupper():
            token.is_sent_start = True  # "des rafales à 200 km/h. Dans …": the tokenizer kept the point on the word
        elif previous.text not in _SENTENCE_END or previous.text == "." and (
                token.text in (",", ";", ")") or token.text[:1].isalpha() and token.text[:1].islower()):
            token.is_sent_start = False  # "Gestion X inc., assure …": an abbreviation's point ends no sentence
    return doc


@Language.component("hyphen_compounds")
def hyphen_compounds(doc):
    """One token for a lowercase compound the tokenizer cut at its hyphen ("l'état-major des armées", "les
    sapeurs-pompiers"): cut, the parser reads "major" as a noun of its own and loses the subject. Not before a
    name ("la start-up nantaise Zelkor"): there the recogniser was trained on the cut form."""
    spans = []  # runs of word-hyphen-word: "bleu-blanc-rouge" is one token
    for t in doc[1:-1]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        if t.text == "-" and not left.whitespace_ and not t.whitespace_ and left.is_alpha and right.is_alpha \
                and left.text.islower() and right.text.islower():
            if spans and spans[-1][1] == left.i + 1:
                spans[-1] = (spans[-1][0], right.i + 1)
            else:
                spans.append((left.i, right.i + 1))
    with doc.retokenize() as retokenizer:
        for a, b in spans:
            named = a and doc[a - 1].text[:1].isupper() and doc[a - 1].lower_.rstrip("'’") not in _DETERMINERS
            if not named and not any(x.text[:1].isupper() for x in doc[b:b + 3]):  # nor in one: "le Conseil café-cacao"
                retokenizer.merge(doc[a:b])
    return doc


@lru_cache(maxsize=1)
def load():
    """The French pipeline, loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # the model package is missing from the environment
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `pip install -e .` "
            "(it is a dependency in pyproject.toml)"
        ) from exc
    nlp.add_pipe("hyphen_compounds", first=True)
    nlp.add_pipe("paragraph_sentences", before="parser")
    return nlp


def parse(text: str):
    """Parse one text with the shared pipeline."""
    return load()(text)


def parse_many(texts, batch_size: int = 16):
    """Parse many texts, streaming, in order."""
    return load().pipe(texts, batch_size=batch_size)


# Common nouns for people and for things: the model's word vectors put a noun nearer one kind or the other.
_PEOPLE_WORDS = ("homme", "femme", "personne", "pêcheur", "ouvrier", "enfant", "marin", "soldat")
_THING_WORDS = ("livre", "document", "objet", "texte", "rapport", "machine", "bâtiment", "produit")


@lru_cache(maxsize=4096)
def animacy(word: str) -> float:
    """How much nearer a word's vector is to nouns of people than to nouns of things (cosine difference; 0 for a
    word the model has no vector for): "matelot" 0.44, "gamin" 0.49, "livret" -0.37, "coût" -0.34."""
    import numpy

    vocab = load().vocab
    if not vocab.has_vector(word):
        return 0.0

    def centroid(words):
        return numpy.mean([vocab.get_vector(w) for w in words], axis=0)

    def cosine(a, b):
        return float(a @ b / (numpy.linalg.norm(a) * numpy.linalg.norm(b) or 1.0))

    vector = vocab.get_vector(word)
    return cosine(vector, centroid(_PEOPLE_WORDS)) - cosine(vector, centroid(_THING_WORDS))



def finite(token) -> bool:
    """Whether a token is a conjugated verb or auxiliary ("a", "dénonce"), not a participle or an infinitive."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
