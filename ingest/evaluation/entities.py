"""Entity evaluation: are the people, organisations and places each article names found, typed, placed?

Scored at the canonical-entity level per article: a gold entity is found when
one predicted entity of the article was written in one of the gold forms
(accents, case, leading articles and titles ignored); a predicted entity is
right when it is one of the gold entities; type accuracy is over found ones.
Raw spaCy (its PER/ORG/LOC spans as written, one entity per distinct string)
is scored next to the pipeline, so the gain of trimming, junk rejection,
gazetteer and linking is visible.

The FENEC samples are also split in two halves by sentence number: odd-numbered
sentences are the dev half (the only errors looked at when writing rules),
even-numbered ones the held-out half; both are reported. Quaero collective
persons and media titles are optional there (see OPTIONAL).

Gold: `gold/entities/seeds.yml` (the project's annotation of the seeds, with
the true location of every place); `gold/entities/news_dev.yml` and
`news_heldout.yml` to `news_heldout4.yml` (French news passages written and
annotated by the project; the first three held-out sets, consumed, are now dev
data; only the blind `news_heldout4`, by an annotator who never read the rules,
keeps its errors unprinted); the FENEC sample (French news and
Wikipedia, Quaero types, hand-annotated); HIPE-2022 French historical
newspapers (OCR text; a subsample, for reference).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from .. import nlp
from ..entities import LABELS, find_mentions, fold, lexicon, link_entities
from ..geocode import cities
from ..pipeline import collect

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "entities" / "seeds.yml"
# News passages: development sets (errors printed, used to write rules) and the blind set (figures only).
# Every set was blind when written; the consumed ones have been read and are development data now.
# (result key, printed label, gold file, whether errors are printed).
_INDEPENDENT = "independent annotator, development"
NEWS_SETS = tuple((name, f"{name} ({label})", PROJECT / "gold" / "entities" / f"{name}.yml", shown) for name, label, shown in (
    ("news_dev", "project, development", True),
    ("news_heldout", "first blind set, since used for development", True),
    ("news_heldout2", "second blind set, since used for development", True),
    ("news_heldout3", "third blind set, since used for development", True),
    ("news_indep5", _INDEPENDENT, True),
    ("news_heldout4", "fourth blind set, since used for development", True),
    ("news_indep7", _INDEPENDENT, True),
    ("news_indep8", _INDEPENDENT, True),
    ("news_indep9", _INDEPENDENT, True),
    ("news_indep10", _INDEPENDENT, True),
    ("news_heldout6", "sixth blind set, since used for development", True),
    ("news_indep13", _INDEPENDENT, True),
    ("news_heldout11", "seventh blind set, since used for development", True),
    ("news_heldout12", "eighth blind set, since used for development", True),
    ("news_heldout14", "ninth blind set, since used for development", True),
    ("news_heldout15", "tenth blind set, since used for development", True),
    ("news_heldout16", "eleventh blind set, since used for development", True),
    ("news_heldout17", "twelfth blind set, since used for development", True),
    ("news_heldout18", "thirteenth blind set, since used for development", True),
    ("news_heldout19", "fourteenth blind set, since used for development", True),
    ("news_heldout20", "fifteenth blind set, since used for development", True),
    ("news_heldout21", "sixteenth blind set, since used for development", True),
    ("news_heldout22", "seventeenth blind set, since used for development", True),
    ("news_heldout23", "eighteenth blind set, since used for development", True),
    ("news_heldout24", "nineteenth blind set, since used for development", True),
    ("news_heldout25", "twentieth blind set, since used for development", True),
    ("news_heldout26", "twenty-first blind set, since used for development", True),
    ("news_heldout27", "twenty-second blind set, since used for development", True),
    ("news_heldout28", "twenty-third blind set, since used for development", True),
    ("news_heldout29", "twenty-fourth blind set, since used for development", True),
    ("news_heldout30", "twenty-fifth blind set, since used for development", True),
    ("news_heldout31", "twenty-sixth blind set, since used for development", True),
    ("news_heldout32", "blind: figures only", False),
    ("news_heldout33", "blind: figures only", False),
    ("news_heldout34", "blind: figures only", False),
    ("news_heldout35", "blind: figures only", False),
    ("news_heldout36", "blind: figures only", False),
    ("news_heldout37", "blind: figures only", False),
))
TYPES = ("person", "organization", "place")
FENEC_SAMPLES = ("wikinews-2018-03", "fr_sequoia-ud-train.conllu", "fr_gsd-ud-train.conllu", "aijwikinerfrwp3")
HIPE_FILE = "HIPE-2022-v2.1-hipe2020-dev-fr.tsv"
HIPE_DOCS = 20
_QUAERO = {"pers": "person", "org": "organization", "loc": "place"}
# Quaero types that are not entities in this project's sense, or typed differently, so
# neither required nor penalised: collective persons ("les Verdunois" is a demonym, which
# the issue rules out; a band is an organisation here) and media titles (an outlet is an
# organisation here, a "prod.media" there).
OPTIONAL = "optional"
_QUAERO_OPTIONAL = ("pers.coll", "prod.media")


def _norm(name: str) -> str:
    """The matching form: folded, leading articles, titles and functions off ("la France" = "France").

    Corpora differ on whether "le président Dupont" or "Dupont", "le département
    du Morbihan" or "Morbihan" is the span; the entity is the same.
    """
    lex = lexicon()
    strip = lex["determiners"] | lex["honorifics"] | lex["roles"] | lex["town_heads"]
    words = fold(name).replace("'", "' ").split()
    while len(words) > 1 and fold(words[0]) in strip:
        words = words[1:]
    return " ".join(words).replace("' ", "'")


def score(gold: list[tuple[set[str], str]], predicted: list[tuple[set[str], str]]) -> Counter:
    """Counts for one document: gold found, predicted right, typed right, totals.

    Gold of type OPTIONAL need not be found, and a prediction that is one of them
    (and no other gold entity) is neither right nor wrong: it is not counted.
    """
    optional = {_norm(n) for names, t in gold if t == OPTIONAL for n in names}
    gold = [({_norm(n) for n in names}, t) for names, t in gold if t != OPTIONAL]
    predicted = [({_norm(n) for n in names}, t) for names, t in predicted]
    required = {n for names, _ in gold for n in names}
    predicted = [(names, t) for names, t in predicted if names & required or not names & optional]
    c = Counter(gold=len(gold), predicted=len(predicted))
    for names, gtype in gold:
        hits = [t for pnames, t in predicted if names & pnames]
        if hits:
            c["found"] += 1
            c["typed"] += gtype in hits
    c["right"] = sum(1 for pnames, _ in predicted if any(pnames & names for names, _ in gold))
    return c


def figures(c: Counter) -> dict:
    return {
        "recall": round(c["found"] / c["gold"], 3) if c["gold"] else 0.0,
        "precision": round(c["right"] / c["predicted"], 3) if c["predicted"] else 0.0,
        "type_accuracy": round(c["typed"] / c["found"], 3) if c["found"] else 0.0,
        "gold": c["gold"], "predicted": c["predicted"],
    }


def _line(label: str, f: dict) -> str:
    return (f"  {label:10} recall {f['recall']:.3f}  precision {f['precision']:.3f}  "
            f"type accuracy {f['type_accuracy']:.3f}  (gold {f['gold']}, predicted {f['predicted']})")


def _raw(doc) -> list[tuple[set[str], str]]:
    """Raw spaCy: one entity per distinct (string, type) of PER/ORG/LOC spans."""
    seen = {(e.text, LABELS[e.label_]) for e in doc.ents if LABELS.get(e.label_) in TYPES}
    return [({text}, t) for text, t in seen]


def _pipeline(mentions) -> list[tuple[set[str], str]]:
    by_key: dict[str, set[str]] = defaultdict(set)
    types = {}
    for m in mentions:
        if m.label in TYPES:
            by_key[m.key].add(m.surface)
            types[m.key] = m.label
    return [(names, types[k]) for k, names in by_key.items()]


# --------------------------------------------------------------------------- seeds


def _seeds() -> dict:
    gold = yaml.safe_load(GOLD.read_text("utf-8"))
    corpus = collect([PROJECT / "seeds"], PROJECT)
    name_of = {a.id: Path(a.origin).name for a in corpus.articles}
    docs = {a.id: doc for a, doc in zip(corpus.articles, nlp.parse_many(a.body for a in corpus.articles))}
    mentions = {aid: find_mentions(doc) for aid, doc in docs.items()}
    entities = {e.key: e for e in link_entities(mentions)}
    raw_total, pipe_total = Counter(), Counter()
    chrome = []
    print("Seeds (gold/entities/seeds.yml, entity level per article):")
    for article in corpus.articles:
        name = name_of[article.id]
        expected = [({g["name"], *g.get("aliases", [])}, g["type"]) for g in gold["articles"][name]]
        predicted = [({entities[k].name, *names}, entities[k].type)
                     for k, names in _keys(mentions[article.id]).items() if entities[k].type in TYPES]
        raw_total += score(expected, _raw(docs[article.id]))
        c = score(expected, predicted)
        pipe_total += c
        gold_names = {_norm(n) for names, _ in expected for n in names}
        wrong = sorted(min(names) for names, _ in predicted if not {_norm(n) for n in names} & gold_names)
        missed = sorted(min(names) for names, _ in expected
                        if not any({_norm(n) for n in names} & {_norm(n) for n in pnames} for pnames, _ in predicted))
        removed = fold(" ".join(r.text for r in article.removed))
        chrome += [n for n in wrong if re.search(rf"\b{re.escape(fold(n))}\b", removed)]
        print(f"  {name:30} found {c['found']}/{c['gold']}  right {c['right']}/{c['predicted']}  typed {c['typed']}/{c['found']}"
              + (f"\n      missed: {', '.join(missed)}" if missed else "") + (f"\n      extra:  {', '.join(wrong)}" if wrong else ""))
    raw, pipe = figures(raw_total), figures(pipe_total)
    print(_line("raw spaCy", raw))
    print(_line("pipeline", pipe))
    print(f"  entities taken from chrome: {len(chrome)} {chrome if chrome else ''}")
    geo = _geocoding(gold["places"], entities.values())
    return {"raw": raw, "pipeline": pipe, "chrome_entities": len(chrome), "geocoding": geo}


def _keys(mentions) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        out[m.key].add(m.surface)
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _country_at(lat: float, lon: float) -> str:
    """The country of the nearest GeoNames town: where a point falls, without shapes."""
    best = min((p for places in cities().values() for _, p in places),
               key=lambda p: _km(lat, lon, p.latitude, p.longitude))
    return best.country_code


def _geocoding(places: dict, entities) -> dict:
    """Every gold place the pipeline placed must be near its true location; unplaced ones are listed."""
    by_name = {_norm(n): e for e in entities if e.type == "place" for n in (e.name, *e.aliases)}
    ok, placed, unplaced, wrong = 0, 0, [], []
    print("Geocoding (seed places):")
    for name, truth in places.items():
        e = by_name.get(_norm(name))
        if e is None or e.latitude is None:
            unplaced.append(name)
            continue
        placed += 1
        if "latitude" in truth:
            d = _km(e.latitude, e.longitude, truth["latitude"], truth["longitude"])
            good, why = d <= 50, f"{d:.0f} km"
        elif "country" in truth:
            at = _country_at(e.latitude, e.longitude)
            good, why = at == truth["country"] and e.country_code == truth["country"], f"point in {at}"
        else:
            s, w, n, east = truth["bbox"]
            good, why = s <= e.latitude <= n and w <= e.longitude <= east, "in box" if s <= e.latitude <= n else "outside box"
        ok += good
        if not good:
            wrong.append(f"{name} ({why})")
        print(f"  {name:14} {e.latitude:8.3f} {e.longitude:9.3f} {e.country_code or '':3} {'ok' if good else 'WRONG'} ({why})")
    print(f"  placed {placed}/{len(places)}, correct {ok}/{placed}" + (f", unplaced: {', '.join(unplaced)}" if unplaced else "")
          + (f", wrong: {', '.join(wrong)}" if wrong else ""))
    return {"placed": placed, "correct": ok, "total": len(places), "unplaced": unplaced, "wrong": wrong}


# --------------------------------------------------------------------------- the project's news passages


def _news(label: str, path: Path, show_errors: bool) -> dict:
    """Passages of French news annotated by the project (`gold/entities/news_*.yml`), each an article.

    Errors are printed for development sets only: a blind set's are never read.
    """
    passages = yaml.safe_load(path.read_text("utf-8"))["passages"]
    docs = list(nlp.parse_many(p["text"] for p in passages))
    mentions = {p["id"]: find_mentions(doc) for p, doc in zip(passages, docs)}
    entities = {e.key: e for e in link_entities(mentions)}
    raw_total, pipe_total, unseen_total = Counter(), Counter(), Counter()
    seen = set() if show_errors else _development_names()
    print(f"{label}: gold/entities/{path.name} ({len(passages)} passages, entity level per passage):")
    for p, doc in zip(passages, docs):
        expected = [({g["name"], *g.get("aliases", [])}, g["type"]) for g in p["entities"]]
        expected += [(_optional_names(n), OPTIONAL) for n in p.get("optional", [])]
        predicted = [({entities[k].name, *names}, entities[k].type)
                     for k, names in _keys(mentions[p["id"]]).items() if entities[k].type in TYPES]
        raw_total += score(expected, _raw(doc))
        c = score(expected, predicted)
        pipe_total += c
        unseen_total += score([(names, OPTIONAL if {_norm(n) for n in names} & seen else t)
                               for names, t in expected], predicted)
        if show_errors:
            _errors(p["id"], expected, predicted)
    raw, pipe = figures(raw_total), figures(pipe_total)
    print(_line("raw spaCy", raw))
    print(_line("pipeline", pipe))
    if not seen:
        return {"raw": raw, "pipeline": pipe}
    unseen = figures(unseen_total)
    print(_line("pipeline", unseen) + "   [names no development set annotates]")
    return {"raw": raw, "pipeline": pipe, "pipeline_unseen_names": unseen}


def _optional_names(item) -> set[str]:
    """An optional name as written, or as an entity entry with its type and aliases (one annotator's form)."""
    return {item["name"], *item.get("aliases", [])} if isinstance(item, dict) else {item}


def _development_names() -> set[str]:
    """The matching forms of every name the development sets (the news sets whose errors are
    printed, and the seeds) annotate: a blind set is also scored without them, so a rule or a
    gazetteer entry written for a development error does not count as generalising."""
    names = set()
    for _, _, path, show_errors in NEWS_SETS:
        if show_errors and path.is_file():
            for p in yaml.safe_load(path.read_text("utf-8"))["passages"]:
                names |= {_norm(n) for g in p["entities"] for n in (g["name"], *g.get("aliases", []))}
    for items in yaml.safe_load(GOLD.read_text("utf-8"))["articles"].values():
        names |= {_norm(n) for g in items for n in (g["name"], *g.get("aliases", []))}
    return names


def _errors(name: str, expected: list, predicted: list) -> None:
    """Print one passage's missed, extra and mistyped entities."""
    optional = {_norm(n) for names, t in expected if t == OPTIONAL for n in names}
    gold = [({_norm(n) for n in names}, t, min(names)) for names, t in expected if t != OPTIONAL]
    pred = [({_norm(n) for n in names}, t, min(names)) for names, t in predicted]
    missed = [n for names, _, n in gold if not any(names & p for p, _, _ in pred)]
    extra = [f"{n} ({t})" for p, t, n in pred if not any(p & g for g, _, _ in gold) and not p & optional]
    typed = [f"{n} ({', '.join(sorted({t for p, t, _ in pred if p & names}))} for {gt})" for names, gt, n in gold
             if any(names & p for p, _, _ in pred) and gt not in {t for p, t, _ in pred if p & names}]
    if missed or extra or typed:
        print(f"  {name}: " + "; ".join(part for part in (
            f"missed: {', '.join(missed)}" if missed else "", f"extra: {', '.join(extra)}" if extra else "",
            f"mistyped: {', '.join(typed)}" if typed else "") if part))


# --------------------------------------------------------------------------- third-party corpora


def read_webanno(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """(text, [(start, end, type)]) of a WebAnno TSV 3.2 file: outermost PER/ORG/LOC Quaero
    entities, then every span of an optional type (type OPTIONAL)."""
    sentences, spans, optional = [], {}, {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#Text="):
            sentences.append(line[6:])
            continue
        parts = line.split("\t")
        if len(parts) < 4 or "-" not in parts[1]:
            continue
        start, end = map(int, parts[1].split("-"))
        for n, label in enumerate(parts[3].split("|")):
            m = re.match(r"(([a-z]+)[.\w]*)(?:\[(\d+)\])?$", label)
            if not m or m.group(2) not in _QUAERO and not m.group(1).startswith(_QUAERO_OPTIONAL):
                continue
            kind, into = (OPTIONAL, optional) if m.group(1).startswith(_QUAERO_OPTIONAL) else (_QUAERO[m.group(2)], spans)
            ident = m.group(3) or f"{parts[0]}/{n}"
            a, b, t = into.get(ident, (start, end, kind))
            into[ident] = (min(a, start), max(b, end), t)
    text = "\n".join(sentences)
    found = set(spans.values())
    outer = [s for s in found if not any(o[:2] != s[:2] and o[0] <= s[0] and s[1] <= o[1] for o in found)]
    return text, sorted(outer) + sorted(set(optional.values()))


def read_hipe(path: Path, limit: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The first `limit` documents of a HIPE TSV file: (text, [(start, end, coarse type)])."""
    docs: list[tuple[str, list]] = []
    text, spans, current = "", [], None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# hipe2022:document_id"):
            if text:
                docs.append((text, spans))
            if len(docs) >= limit:
                return docs
            text, spans, current = "", [], None
            continue
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 10 or parts[0] == "TOKEN":
            continue
        token, tag, misc = parts[0], parts[1], parts[9]
        start = len(text)
        text += token + ("" if "NoSpaceAfter" in misc else "\n" if "EndOfSentence" in misc else " ")
        kind = _QUAERO.get(tag[2:]) if tag != "O" else None
        if tag.startswith("B-") and kind:
            current = [start, start + len(token), kind]
            spans.append(current)
        elif tag.startswith("I-") and current is not None and kind == current[2]:
            current[1] = start + len(token)
        else:
            current = None
    if text and len(docs) < limit:
        docs.append((text, spans))
    return [(t, [tuple(s) for s in ss]) for t, ss in docs]


def halves(text: str, spans: list[tuple[int, int, str]]) -> tuple[tuple[str, list], tuple[str, list]]:
    """(dev, held-out) halves of a one-sentence-per-line document: odd-numbered sentences
    (1st, 3rd, ...) are the dev half, even-numbered ones the held-out half; offsets re-based."""
    out: tuple[list, list] = ([], [])
    pos = 0
    for n, line in enumerate(text.split("\n")):
        out[n % 2].append((pos, line))
        pos += len(line) + 1
    result = []
    for part in out:
        new_text, new_spans, at = [], [], 0
        for start, line in part:
            new_spans += [(a - start + at, b - start + at, t) for a, b, t in spans if start <= a and b <= start + len(line)]
            new_text.append(line)
            at += len(line) + 1
        result.append(("\n".join(new_text), new_spans))
    return result[0], result[1]


def _corpus(name: str, documents: list[tuple[str, list]]) -> dict:
    """Mention level (exact span and type) and entity level (distinct names per document), raw and pipeline."""
    counts = {k: Counter() for k in ("raw_mentions", "pipe_mentions", "raw_entities", "pipe_entities")}
    for (text, gold), doc in zip(documents, nlp.parse_many(t for t, _ in documents)):
        raw = {(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if LABELS.get(e.label_) in TYPES}
        mentions = find_mentions(doc)
        pipe = {(m.start, m.end, m.label) for m in mentions if m.label in TYPES}
        gold_at = {(a, b): t for a, b, t in gold if t != OPTIONAL}
        optional_at = {(a, b) for a, b, t in gold if t == OPTIONAL} - gold_at.keys()
        for key, found in (("raw_mentions", raw), ("pipe_mentions", pipe)):
            at = {(a, b): t for a, b, t in found if (a, b) not in optional_at}
            same = gold_at.keys() & at.keys()
            counts[key] += Counter(gold=len(gold_at), predicted=len(at), found=len(same), right=len(same),
                                   typed=sum(gold_at[s] == at[s] for s in same))
        by_name: dict[str, set[str]] = defaultdict(set)
        for a, b, t in gold:
            by_name[_norm(text[a:b])].add(t)
        expected = [({n}, min(ts - {OPTIONAL} or ts)) for n, ts in by_name.items()]
        counts["raw_entities"] += score(expected, _raw(doc))
        counts["pipe_entities"] += score(expected, _pipeline(mentions))
    out = {k: figures(c) for k, c in counts.items()}
    print(f"{name}:")
    print(_line("raw spaCy", out["raw_entities"]) + "   [entity level]")
    print(_line("pipeline", out["pipe_entities"]) + "   [entity level]")
    print(_line("raw spaCy", out["raw_mentions"]) + "   [mention level, exact span]")
    print(_line("pipeline", out["pipe_mentions"]) + "   [mention level, exact span]")
    return out


def run(shared: Path | None = None) -> dict:
    shared = Path(shared) if shared else PROJECT.parent / "shared"
    results = {"seeds": _seeds()}
    for key, label, path, show_errors in NEWS_SETS:
        if path.is_file():
            results[key] = _news(label, path, show_errors)
    fenec = shared / "corpora" / "fenec-sample-ner-fr" / "annotation"
    if fenec.is_dir():
        docs = [read_webanno(fenec / f"{s}.sample.webanno.tsv") for s in FENEC_SAMPLES]
        dev, held = zip(*(halves(*d) for d in docs))
        print("FENEC halves: dev = odd-numbered sentences (1st, 3rd, ...) of each sample, the only ones "
              "looked at when writing rules; held-out = even-numbered sentences.")
        for half, part in (("dev", dev), ("held-out", held)):
            results[f"fenec_news_{half}"] = _corpus(f"FENEC sample, Wikinews (news), {half} half", list(part[:1]))
            results[f"fenec_{half}"] = _corpus(f"FENEC sample, {len(docs)} samples, {half} half", list(part))
        results["fenec_news"] = _corpus("FENEC sample, Wikinews (news), whole", docs[:1])
        results["fenec"] = _corpus(f"FENEC sample, {len(docs)} samples ({', '.join(FENEC_SAMPLES)}), whole", docs)
    hipe = shared / "corpora" / "hipe2022-fr-newspapers-ner" / HIPE_FILE
    if hipe.is_file():
        results["hipe"] = _corpus(f"HIPE-2022 {HIPE_FILE}, first {HIPE_DOCS} documents (historical OCR, reference)",
                                  read_hipe(hipe, HIPE_DOCS))
    return results
