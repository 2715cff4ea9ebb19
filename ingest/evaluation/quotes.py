"""Quotation evaluation in the style of the Radar de Parité French quote extractor.

Quote spans are matched one to one by word overlap (|shared words| / |words of
the longer span|): lenient ≥ 0.3, strict ≥ 0.8. Speaker accuracy is over the
leniently matched quotations: one of the predicted entity's names (its key, or
any name the article gives that key, so an acronym and its expansion both count)
must equal one of the gold speaker's names (its canonical name, and an acronym or
expansion written with it in parentheses; accents, case and leading titles folded),
and a gold quotation with no identifiable speaker must get none. A quotation the extractor cuts at an incise
and one the gold cuts count the same (`_one_convention`): annotators follow either convention. Three sets, reported separately:
the five seeds (gold/quotes/seeds.jsonl, on the cleaned body the pipeline
sees), project-written news passages (gold/quotes/news.jsonl and news_dev3.jsonl:
development; news_heldout.jsonl to news_heldout5.jsonl: held out once,
since used for development; news_heldout6.jsonl and news_heldout7.jsonl, written by
annotators who never read the rules: sets 6 and 7 held out once, since used for
development; news_indep8.jsonl and news_indep9.jsonl by such annotators too,
written as development data; news_heldout10.jsonl blind, never tuned on) and French
LitBank fiction (shared corpora; speakers there are mentions, not entities).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from .. import nlp
from ..articles import build_article
from ..decode import decode
from ..model import Mention, Source
from ..quotes import find_quotes, fold, lexicon, nationality, quote_fingerprint

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "quotes"
ANCHOR = {"quote_f1": 0.817, "speaker_accuracy": 0.804, "what": "Radar de Parité, 54 French news articles"}
LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
TITLES = {"m.", "mme", "m", "mr", "dr", "le", "la", "general", "colonel", "commandant", "president", "ministre"}


def ent_mentions(doc) -> list[Mention]:
    """Stand-in mentions from `doc.ents` when `ingest.entities` is absent: a surname carries the full name's key."""
    mentions = [Mention(e.start_char, e.end_char, e.text, LABELS.get(e.label_, "other"), e.text.lower()) for e in doc.ents]
    surname = {fold(m.surface.split()[-1]) for m in mentions if m.label == "person" and len(m.surface.split()) > 1}
    for m in mentions:  # the model often tags a lone surname as a place: "Sangaré a déclaré"
        if fold(m.surface.split()[-1]) in surname:
            m.label = "person"
    people = [m for m in mentions if m.label == "person"]
    for m in people:
        words = [w for w in m.surface.split() if fold(w) not in TITLES]
        if not words:
            continue
        same = [p for p in people if fold(p.surface.split()[-1]) == fold(words[-1])] or [m]
        longest = max(len(p.surface.split()) for p in same)
        full = next(p for p in same if len(p.surface.split()) == longest).surface
        m.key = " ".join(w for w in full.split() if fold(w) not in TITLES).lower()
    return mentions


def mentions_for(doc) -> list[Mention]:
    """The pipeline's mentions if the entities module is there, else the stand-in."""
    try:
        from ..entities import find_mentions
    except ImportError:
        return ent_mentions(doc)
    return find_mentions(doc)


def _words(text: str, start: int, end: int) -> set[int]:
    return {start + m.start() for m in re.finditer(r"\w+", text[start:end])}


def _overlap(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def match(body: str, gold: list[dict], predicted: list, threshold: float) -> list[tuple[dict, object]]:
    """One-to-one pairs (gold, predicted) whose word overlap reaches `threshold`, best pairs first."""
    pairs = []
    for g in gold:
        gw = _words(body, g["start"], g["end"])
        for p in predicted:
            score = _overlap(gw, _words(body, p.start, p.end))
            if score >= threshold:
                pairs.append((score, id(g), g, p))
    used_g, used_p, out = set(), set(), []
    for _, gid, g, p in sorted(pairs, key=lambda x: -x[0]):
        if gid in used_g or id(p) in used_p:
            continue
        used_g.add(gid)
        used_p.add(id(p))
        out.append((g, p))
    return out


def entity_names(mentions: list[Mention]) -> dict[str, set[str]]:
    """Every name the article gives each entity key ("fmi" → {"Fonds monétaire international", "FMI"}), and
    the gazetteer's names for a listed actor ("CEDEAO" → its long form): the names its entity row will carry,
    role phrases ("le ministre") left out."""
    try:
        from ..entities import is_role, lookup
    except ImportError:
        def is_role(surface: str) -> bool:
            return False

        def lookup(surface: str):
            return None
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.key and not is_role(m.surface):
            entry = lookup(m.surface)
            names.setdefault(m.key, set()).update({m.surface} | ({entry.name, *entry.aliases} if entry else set()))
    return names


def _gold_names(gold: dict) -> set[str]:
    """The gold speaker's name, and the acronym or expansion written with it: "Organisation mondiale de la santé (OMS)"."""
    name = gold["speaker"]
    parts = re.match(r"^(.*\S)\s*\(([^()]+)\)$", name)
    return {name} | (set(parts.groups()) if parts else set()) | set(gold.get("speaker_aliases", []))


def _same_speaker(gold: dict, pred, names: dict[str, set[str]] | None = None) -> bool:
    """The predicted entity is the gold speaker if one of its names (key, or a name the article gives
    the same key: an acronym and its expansion alike) is one of the gold speaker's names."""
    if gold.get("speaker") is None:
        return pred.speaker_key is None
    if pred.speaker_key is None:
        return False
    predicted = {pred.speaker_key} | (names or {}).get(pred.speaker_key, set())
    return any(_same_name(got, want) for got in predicted for want in _gold_names(gold))


def _same_name(got: str, want: str) -> bool:
    # Keys are the entity stage's canonical names: compare folded, and let a longer official name count.
    got, want = _untitled(got), _untitled(want)
    # the entity stage keys a common-noun state body with its country ("gouvernement malien de transition"),
    # the annotator writes it as the article does ("le gouvernement de transition"): one name
    national = [w for w in _content(got) if not w.startswith("@")]
    return bool(got) and (got == want or got.startswith(want + " ") or want.startswith(got + " ")
                          or _content(got) == _content(want)
                          or national != _content(got) and national == _content(want))


_LINKS = {"le", "la", "les", "l", "de", "du", "des", "d", "au", "aux"}


def _content(name: str) -> list[str]:
    """A name's words without links, a nationality and its country as one ("ministère algérien des Affaires
    étrangères" and "ministère des Affaires étrangères de l'Algérie" are one name written two ways)."""
    words = [w for w in name.split() if w not in _LINKS]
    for k in range(len(words) - 1):  # a country of two words: "burkina faso" is one word, "@BF"
        if nationality(" ".join(words[k:k + 2])).startswith("@"):
            words[k:k + 2] = [" ".join(words[k:k + 2])]
            break
    return sorted(map(nationality, words))


def _untitled(name: str) -> str:
    """A key without the titles, functions and article the entity stage may leave in front or take off
    ("premier ministre x y" → "x y", "Les Républicains" → "republicains")."""
    lex = lexicon()
    words = quote_fingerprint(name).split()
    while len(words) > 2 and (words[0] in lex.roles or words[0] in lex.titles or " ".join(words[:2]) in lex.roles):
        words = words[2:] if " ".join(words[:2]) in lex.roles else words[1:]
    if len(words) > 1 and words[0] in ("le", "la", "les", "l"):
        words = words[1:]  # canonical names drop the article: "Les Républicains" is the key "republicains"
    if len(words) > 1 and words[0] == "groupe":
        words = words[1:]  # "le groupe Lafarge" is Lafarge
    return " ".join(words)


class Tally:
    """Counts over a set of documents, and the figures they give."""

    def __init__(self):
        self.gold = self.pred = self.speaker_ok = 0
        self.matched = {"lenient": 0, "strict": 0}
        self.errors: list[str] = []

    def add(self, body: str, gold: list[dict], predicted: list, same_speaker=_same_speaker, name: str = "", names: dict | None = None) -> None:
        gold, predicted = _one_convention(body, gold, predicted)
        self.gold += len(gold)
        self.pred += len(predicted)
        for level, threshold in (("lenient", 0.3), ("strict", 0.8)):
            pairs = match(body, gold, predicted, threshold)
            self.matched[level] += len(pairs)
            if level == "lenient":
                for g, p in pairs:
                    if same_speaker(g, p, names):
                        self.speaker_ok += 1
                    else:
                        self.errors.append(f"{name}: speaker {p.speaker_key or p.speaker_surface!r} ≠ {g.get('speaker')!r}: {g['text'][:50]!r}")
                hit_g = {id(g) for g, _ in pairs}
                hit_p = {id(p) for _, p in pairs}
                self.errors += [f"{name}: missed {g['text'][:60]!r}" for g in gold if id(g) not in hit_g]
                self.errors += [f"{name}: spurious {p.text[:60]!r}" for p in predicted if id(p) not in hit_p]

    def figures(self) -> dict:
        out = {"gold": self.gold, "predicted": self.pred}
        for level, m in self.matched.items():
            p = m / self.pred if self.pred else 0.0
            r = m / self.gold if self.gold else 0.0
            out[level] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
        lenient = self.matched["lenient"]
        out["speaker_accuracy"] = round(self.speaker_ok / lenient, 3) if lenient else 0.0
        return out


def _one_convention(body: str, gold: list[dict], predicted: list) -> tuple[list[dict], list]:
    """A quotation cut by an incise (« Les taxes ne baisseront pas, prévient X. Pas cette année. ») is one quotation
    for some annotators and two for others, and the extractor cuts it only where the incise ends a sentence. Two
    pieces of one pair of marks, with one speaker, that a single quotation of the other side covers count as one."""
    def merged(whole: list[tuple[int, int]], pieces: list, bounds, speaker, join) -> list:
        for start, end in whole:
            inside = [p for p in pieces if start <= bounds(p)[0] and bounds(p)[1] <= end]
            if len(inside) == 2 and speaker(inside[0]) == speaker(inside[1]) \
                    and not re.search(r"[«»“”\"]", body[bounds(inside[0])[1]:bounds(inside[1])[0]]):
                pieces = [join(*inside) if p is inside[0] else p for p in pieces if p is not inside[1]]
        return pieces
    predicted = merged([(g["start"], g["end"]) for g in gold], list(predicted), lambda q: (q.start, q.end),
                       lambda q: q.speaker_key, lambda a, b: replace(a, end=b.end, text=body[a.start:b.end]))
    gold = merged([(q.start, q.end) for q in predicted], list(gold), lambda g: (g["start"], g["end"]),
                  lambda g: g.get("speaker"), lambda a, b: {**a, "end": b["end"], "text": body[a["start"]:b["end"]]})
    return gold, predicted


def _locate(body: str, items: list[dict], where: str) -> list[dict]:
    for g in items:
        at = body.find(g["text"])
        if at < 0:
            raise ValueError(f"gold quote not in {where}: {g['text'][:60]!r}")
        g["start"], g["end"] = at, at + len(g["text"])
    return items


def seeds_body(path: Path) -> str:
    return build_article(Source(origin=str(path), text=decode(path.read_bytes()))).body


def evaluate_seeds() -> tuple[dict, int]:
    """The seeds' gold on the cleaned bodies, and how many quotations the raw files' chrome would give."""
    gold: dict[str, list[dict]] = {}
    for line in (GOLD / "seeds.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold.setdefault(row["article"], []).append(row)
    tally, chrome = Tally(), 0
    for name in sorted(gold):
        path = PROJECT / name
        body = seeds_body(path)
        doc = nlp.parse(body)
        mentions = mentions_for(doc)
        tally.add(body, _locate(body, gold[name], name), find_quotes(doc, mentions), name=name, names=entity_names(mentions))
        raw = decode(path.read_bytes())
        raw_doc = nlp.parse(raw)
        for q in find_quotes(raw_doc, mentions_for(raw_doc)):
            line = raw[raw.rfind("\n", 0, q.start) + 1:raw.find("\n", q.end) if raw.find("\n", q.end) >= 0 else len(raw)]
            if line.strip() not in body:
                chrome += 1
                tally.errors.append(f"{name}: quote from chrome (raw file) {q.text[:50]!r}")
    return tally.figures() | {"errors": tally.errors}, chrome


def evaluate_news(name: str) -> dict:
    """Project-written news passages, each with its annotated quotations."""
    tally = Tally()
    for line in (GOLD / name).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        doc = nlp.parse(row["text"])
        mentions = mentions_for(doc)
        tally.add(row["text"], _locate(row["text"], row["quotes"], row["id"]), find_quotes(doc, mentions), name=row["id"], names=entity_names(mentions))
    return tally.figures() | {"errors": tally.errors}


def read_brat(path: Path) -> tuple[list[dict], dict[str, str]]:
    """Citation spans (start, end of the whole, possibly discontinuous, span) and their speaker mention text."""
    spans, texts, source = {}, {}, {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, info, text = line.split("\t", 2)
            kind, offsets = info.split(" ", 1)
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[tid] = (kind, pieces)
            texts[tid] = text
        elif line.startswith("R"):
            _, info = line.split("\t", 1)
            rel, a1, a2 = info.split()[:3]
            if rel == "Source":
                source[a2.split(":")[1]] = a1.split(":")[1]
    gold = []
    for tid, (kind, pieces) in spans.items():
        if kind == "Citation":
            gold.append({"start": pieces[0][0], "end": pieces[-1][1], "text": texts[tid], "speaker_text": texts.get(source.get(tid, ""), None)})
    return gold, texts


def _litbank_speaker(gold: dict, pred, names=None) -> bool:
    """Lenient: the predicted speaker as written shares a word with the gold speaker mention (no coreference there)."""
    if not gold.get("speaker_text"):
        return pred.speaker_surface is None
    if not pred.speaker_surface:
        return False
    return bool(set(re.findall(r"\w+", fold(gold["speaker_text"]))) & set(re.findall(r"\w+", fold(pred.speaker_surface))))


def evaluate_litbank(folder: Path) -> dict | None:
    if not folder.is_dir():
        return None
    tally = Tally()
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text("utf-8")
        gold, _ = read_brat(ann)
        doc = nlp.parse(text)
        # Speakers there are compared as written, so the fast stand-in mentions are enough.
        tally.add(text, gold, find_quotes(doc, ent_mentions(doc)), same_speaker=_litbank_speaker, name=ann.stem)
    return tally.figures()


def _line(name: str, f: dict) -> str:
    return (
        f"{name:<26} gold {f['gold']:>4}  pred {f['predicted']:>4}  "
        f"lenient P/R/F1 {f['lenient']['precision']:.3f}/{f['lenient']['recall']:.3f}/{f['lenient']['f1']:.3f}  "
        f"strict P/R/F1 {f['strict']['precision']:.3f}/{f['strict']['recall']:.3f}/{f['strict']['f1']:.3f}  "
        f"speaker acc {f['speaker_accuracy']:.3f}"
    )


# Project-written news sets: file, label, and whether its errors are printed (a blind set's never are).
NEWS_SETS = (("news.jsonl", "news passages (project)", True),
             ("news_dev3.jsonl", "news dev 3 (project)", True),
             ("news_heldout.jsonl", "news held-out (project)", True),
             ("news_heldout2.jsonl", "news held-out 2 (project)", True),
             ("news_heldout3.jsonl", "news held-out 3 (now dev)", True),
             ("news_heldout4.jsonl", "news held-out 4 (now dev)", True),
             ("news_heldout5.jsonl", "news held-out 5 (now dev)", True),
             ("news_heldout6.jsonl", "news held-out 6 (now dev)", True),
             ("news_indep8.jsonl", "news indep. 8 (dev)", True),
             ("news_indep9.jsonl", "news indep. 9 (dev)", True),
             ("news_heldout7.jsonl", "news held-out 7 (now dev)", True),
             ("news_heldout10.jsonl", "news held-out 10 (now dev)", True),
             ("news_indep12.jsonl", "news indep. 12 (dev)", True),
             ("news_indep13.jsonl", "news indep. 13 (dev)", True),
             ("news_indep14.jsonl", "news indep. 14 (dev)", True),
             ("news_indep15.jsonl", "news indep. 15 (dev)", True),
             ("news_indep16.jsonl", "news indep. 16 (dev)", True),
             ("news_indep17.jsonl", "news indep. 17 (dev)", True),
             ("news_heldout11.jsonl", "news held-out 11 (now dev)", True),
             ("news_indep20.jsonl", "news indep. 20 (dev)", True),
             ("news_heldout18.jsonl", "news held-out 18 (now dev)", True),
             ("news_heldout19.jsonl", "news held-out 19 (now dev)", True),
             ("news_heldout21.jsonl", "news held-out 21 (now dev)", True),
             ("news_heldout22.jsonl", "news held-out 22 (now dev)", True),
             ("news_heldout23.jsonl", "news held-out 23 (now dev)", True),
             ("news_heldout24.jsonl", "news held-out 24 (now dev)", True),
             ("news_heldout25.jsonl", "news held-out 25 (now dev)", True),
             ("news_heldout26.jsonl", "news held-out 26 (now dev)", True),
             ("news_heldout27.jsonl", "news held-out 27 (now dev)", True),
             ("news_heldout28.jsonl", "news held-out 28 (now dev)", True),
             ("news_heldout29.jsonl", "news held-out 29 (now dev)", True),
             ("news_heldout30.jsonl", "news held-out 30 (now dev)", True),
             ("news_heldout31.jsonl", "news held-out 31 (now dev)", True),
             ("news_heldout32.jsonl", "news held-out 32 (now dev)", True),
             ("news_heldout33.jsonl", "news held-out 33 (now dev)", True),
             ("news_heldout34.jsonl", "news held-out 34 (now dev)", True),
             ("news_heldout35.jsonl", "news held-out 35 (now dev)", True),
             ("news_heldout36.jsonl", "news held-out 36 (now dev)", True),
             ("news_heldout37.jsonl", "news held-out 37 (now dev)", True),
             ("news_heldout38.jsonl", "news held-out 38 (now dev)", True),
             ("news_heldout39.jsonl", "news held-out 39 (now dev)", True),
             ("news_heldout40.jsonl", "news held-out 40 (now dev)", True),
             ("news_heldout41.jsonl", "news held-out 41 (now dev)", True),
             ("news_heldout42.jsonl", "news held-out 42 (now dev)", True),
             ("news_heldout43.jsonl", "news held-out 43 (blind)", False),
             ("news_heldout44.jsonl", "news held-out 44 (blind)", False),
             ("news_heldout45.jsonl", "news held-out 45 (blind)", False))


def run(shared: Path) -> dict:
    """Print the quotation report next to the published anchor and return the figures."""
    seeds, chrome = evaluate_seeds()
    news = {name: evaluate_news(name) for name, _, _ in NEWS_SETS}
    litbank = evaluate_litbank(Path(shared) / "corpora" / "fr-litbank-quotes")
    print("Quotations — span P/R/F1 (word overlap ≥0.3 lenient, ≥0.8 strict), speaker accuracy over lenient matches")
    print(f"anchor: {ANCHOR['what']}: quote F1 {ANCHOR['quote_f1']:.3f}, speaker accuracy {ANCHOR['speaker_accuracy']:.3f}")
    print(_line("seeds (5 articles)", seeds))
    print(f"{'':<26} quotations taken from chrome when run on the raw seed files: {chrome}")
    for name, label, _ in NEWS_SETS:
        print(_line(label, news[name]))
    if litbank:
        print(_line("fr-litbank (fiction, ref.)", litbank))
    for err in seeds["errors"] + [e for name, _, shown in NEWS_SETS if shown for e in news[name]["errors"]]:
        print("  -", err)
    return {"anchor": ANCHOR, "seeds": seeds, "chrome_quotes": chrome, "litbank": litbank,
            **{name.removesuffix(".jsonl"): news[name] for name, _, _ in NEWS_SETS}}
