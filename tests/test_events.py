"""Events: a dated clause with a trigger becomes an event; reports of one happening merge."""

import pytest

from ingest.events import find_events, merge_events
from ingest.model import Article, Mention
from ingest.nlp import parse


def article(body, published=None, id="a1"):
    return Article(id=id, origin=f"{id}.txt", body=body, published=published)


def mention(body, surface, label, key=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = body.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, key or surface.lower())


def events_of(body, mentions=(), published=None, id="a1"):
    doc = parse(body)
    return find_events(doc, list(mentions), article(body, published, id))


def test_a_dated_meeting_with_its_actors_and_place():
    body = "Le président sénégalais Bassirou Faye a reçu le 3 mars 2024 à Dakar son homologue ivoirien Alassane Koné."
    mentions = [mention(body, "Bassirou Faye", "person"), mention(body, "Dakar", "place"),
                mention(body, "Alassane Koné", "person")]
    (event,) = events_of(body, mentions)
    assert (event.date, event.precision, event.type, event.place_key, event.date_text) == (
        "2024-03-03", "day", "meeting", "dakar", "le 3 mars 2024")
    assert sorted(event.actors) == [("alassane koné", "participant"), ("bassirou faye", "agent")]
    assert body[event.start:event.end] == event.sentence == body


def test_year_less_date_takes_the_publication_year():
    body = "Les soldats ont quitté la base de Tessalit le 12 août, selon l'état-major."
    (event,) = events_of(body, published="2023-09-02")
    assert (event.date, event.precision, event.type) == ("2023-08-12", "day", "withdrawal")


def test_unanchored_dates_give_no_event():
    assert events_of("Les soldats ont quitté la base le 12 août, selon l'état-major.") == []


def test_a_clause_without_a_trigger_is_no_event():
    assert events_of("Le pays comptait 20 millions d'habitants en 2018, selon le dernier recensement.") == []


def test_non_dates_give_no_event():
    body = "La résolution 2690 a été adoptée par les 15 membres du Conseil, qui ont voté à 97% pour le texte."
    assert events_of(body) == []


@pytest.mark.parametrize("sentence, expected", [
    ("L'armée a repris le contrôle de la ville en novembre 2023.", ("2023-11", "capture")),
    ("Des militaires ont renversé le président en août 2020.", ("2020-08", "coup")),
    ("Les deux pays ont signé un accord de défense le 5 juin 2022.", ("2022-06-05", "agreement")),
    ("Une attaque a visé un camp militaire le 7 septembre 2023.", ("2023-09-07", "attack")),
    ("Le Conseil de sécurité a adopté une résolution le 30 juin 2023.", ("2023-06-30", "decision")),
    ("Les électeurs se sont rendus aux urnes pour un référendum le 18 juin 2023.", ("2023-06-18", "election")),
    ("L'organisation a été créée en 2013 par les pays de la région.", ("2013", "founding")),
])
def test_event_types(sentence, expected):
    (event,) = events_of(sentence)
    assert (event.date, event.type) == expected


def test_idioms_are_not_triggers():
    body = "Le ministre a créé la surprise le 16 juin en exigeant le départ des troupes étrangères."
    (event,) = events_of(body, published="2023-07-01")
    assert event.type == "demand"


def test_reports_of_one_day_merge_across_articles_and_types():
    a = "Le ministre Ousmane Sy a exigé le départ de la mission le 16 juin 2023 à New York."
    b = "Lors d'un discours le 16 juin 2023, Ousmane Sy a dénoncé l'échec de la mission à New York."
    found = events_of(a, [mention(a, "Ousmane Sy", "person"), mention(a, "New York", "place")], id="a") + \
        events_of(b, [mention(b, "Ousmane Sy", "person"), mention(b, "New York", "place")], id="b")
    (event,) = merge_events(found)
    assert (event.date, event.type, sorted({m.article_id for m in event.mentions})) == ("2023-06-16", "demand", ["a", "b"])


def test_different_days_never_merge():
    a = "Le ministre Ousmane Sy a rencontré son homologue le 10 mai 2023."
    b = "Le ministre Ousmane Sy a rencontré son homologue le 11 mai 2023."
    found = events_of(a, [mention(a, "Ousmane Sy", "person")], id="a") + \
        events_of(b, [mention(b, "Ousmane Sy", "person")], id="b")
    assert sorted(e.date for e in merge_events(found)) == ["2023-05-10", "2023-05-11"]


def test_same_year_without_shared_actor_or_place_stays_apart():
    a = "Des soldats ont quitté Gao en 2022, selon la presse locale."
    b = "Des soldats ont quitté Niamey en 2022, selon la presse locale."
    found = events_of(a, [mention(a, "Gao", "place")], id="a") + events_of(b, [mention(b, "Niamey", "place")], id="b")
    assert len(merge_events(found)) == 2
