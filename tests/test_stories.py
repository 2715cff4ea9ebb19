"""Story linking: copies, rewrites and same-event reports grouped; other happenings kept apart.

Inputs are French articles written for these tests (invented people and events);
the evidence other stages would supply (entities, quotations, event dates) is
given by hand.
"""

from ingest.stories import SAME_STORY, StoryDoc, align, compare, link_stories

ORIGINAL = """Le ministre nigérien des Mines, Ousmane Barké, a reçu mardi 5 mars 2024 à Niamey le vice-ministre russe de l'Énergie, Pavel Sorokine, pour discuter de l'exploitation de l'uranium et de la construction d'une centrale solaire.

Les deux responsables ont signé un protocole d'accord prévoyant des études géologiques dans la région d'Agadez. « Nous voulons que nos ressources profitent d'abord aux Nigériens », a déclaré Ousmane Barké à l'issue de l'entretien.

Pavel Sorokine a affirmé que les entreprises russes étaient prêtes à investir rapidement dans le secteur minier. Depuis le départ des troupes françaises, Niamey multiplie les partenariats avec Moscou.

Plusieurs économistes doutent cependant de la capacité du pays à financer les infrastructures nécessaires."""

CHROME = """Accueil › Afrique › Économie

{}

Partager sur Facebook Partager sur X
LIRE AUSSI : Le prix du mil flambe sur les marchés de Zinder
Publicité
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée."""

LIGHT_EDIT = (ORIGINAL.replace("a reçu mardi", "a accueilli le mardi")
              .replace("Plusieurs économistes doutent cependant", "Des économistes doutent toutefois")
              .replace(" Depuis le départ des troupes françaises, Niamey multiplie les partenariats avec Moscou.", ""))

PARAPHRASE = """Niamey et Moscou veulent relancer l'uranium. Le mardi 5 mars 2024, dans la capitale nigérienne, le responsable des Mines Ousmane Barké s'est entretenu avec Pavel Sorokine, numéro deux du ministère russe de l'Énergie, au sujet de l'extraction d'uranium et d'un projet de centrale solaire.

Un protocole d'accord a été paraphé : il ouvre la voie à des études géologiques autour d'Agadez. Le ministre nigérien a insisté pour que les richesses du sous-sol bénéficient en priorité à la population.

Côté russe, on se dit prêt à investir sans tarder dans le secteur minier. Le Niger, qui a poussé les soldats français vers la sortie, se tourne de plus en plus vers la Russie.

Des économistes s'interrogent toutefois sur le financement des infrastructures nécessaires."""

SAME_PEOPLE_2021 = """Le ministre nigérien des Mines, Ousmane Barké, a rencontré jeudi 14 octobre 2021 à Moscou le vice-ministre russe de l'Énergie, Pavel Sorokine, lors d'un forum consacré à l'énergie en Afrique.

Les deux responsables ont évoqué la formation d'ingénieurs nigériens dans les universités russes et l'exploitation de l'uranium. Aucun accord n'a été signé à l'issue de la rencontre.

À l'époque, le Niger restait un partenaire étroit de la France, dont les troupes étaient déployées dans le pays."""

UNRELATED = """La saison des pluies a commencé tôt au Sénégal, où les agriculteurs du bassin arachidier ont semé dès la mi-juin.

Les services météorologiques prévoient des cumuls supérieurs à la normale, ce qui fait craindre des inondations dans les quartiers périphériques de Dakar.

La mairie a lancé le curage des canaux d'évacuation et appelle les habitants à ne plus y jeter leurs déchets."""

PEOPLE = frozenset({"person:ousmane-barke", "person:pavel-sorokine", "place:niger", "place:russie"})
QUOTE = "nous voulons que nos ressources profitent d abord aux nigeriens"


def doc(id, body, published=None, entities=PEOPLE | {"place:niamey", "place:agadez"}, quotes=(), dates=("2024-03-05",)):
    return StoryDoc(id=id, body=body, title=None, published=published, entity_keys=frozenset(entities),
                    quote_keys=frozenset(quotes), event_dates=frozenset(dates))


def original(id="a1", published="2024-03-05"):
    return doc(id, ORIGINAL, published, quotes=[QUOTE])


def same_story(result, a, b):
    return result.story_of[a] == result.story_of[b]


def kinds(result):
    return {(link.a, link.b): link.kind for link in result.links}


def test_exact_copy_is_a_copy_and_the_earlier_article_its_source():
    result = link_stories([original("a1", "2024-03-05"), doc("a2", ORIGINAL, "2024-03-06", quotes=[QUOTE])])
    assert kinds(result) == {("a1", "a2"): "copy"}
    assert [(link.similarity, link.earlier) for link in result.links] == [(1.0, "a1")]
    assert len(result.stories) == 1


def test_copy_wrapped_in_site_chrome_is_still_a_copy():
    result = link_stories([original(), doc("a2", CHROME.format(ORIGINAL), "2024-03-05", quotes=[QUOTE])])
    assert kinds(result) == {("a1", "a2"): "copy"}
    assert result.links[0].earlier is None  # same day: which came first is unknown


def test_light_edit_is_a_copy():
    result = link_stories([original(), doc("a2", LIGHT_EDIT, "2024-03-06", quotes=[QUOTE])])
    assert kinds(result) == {("a1", "a2"): "copy"}


def test_paraphrase_with_the_same_people_and_date_is_one_story():
    result = link_stories([original(), doc("a2", PARAPHRASE, "2024-03-07"), doc("u", UNRELATED, "2024-03-06", entities={"place:dakar"}, dates=())])
    assert same_story(result, "a1", "a2")
    assert kinds(result) == {("a1", "a2"): "rewrite"}
    assert result.links[0].evidence["shared_dates"] == ["2024-03-05"]
    assert not same_story(result, "a1", "u")


def test_same_people_at_a_meeting_years_apart_are_two_stories():
    docs = [original(), doc("a2", PARAPHRASE, "2024-03-07"),
            doc("old", SAME_PEOPLE_2021, "2021-10-15", entities=PEOPLE | {"place:moscou"}, dates=["2021-10-14"])]
    result = link_stories(docs)
    assert same_story(result, "a1", "a2")
    assert not same_story(result, "a1", "old")
    verdict = compare(docs, "a1", "old")
    assert (verdict["kind"], verdict["days_apart"]) == (None, 872)
    assert verdict["score"] > SAME_STORY  # text and people alone would have lumped them: time decides


def test_an_undated_article_cannot_bridge_two_happenings_years_apart():
    # The opening of each report and a paragraph of its own: close to both, dated by neither.
    bridge = "\n\n".join([ORIGINAL.split("\n\n")[0], SAME_PEOPLE_2021.split("\n\n")[0],
                          "Entre ces deux rencontres, les discussions entre les deux ministres n'ont jamais cessé, "
                          "qu'il s'agisse d'uranium, d'énergie solaire ou de formation des ingénieurs."])
    docs = [original(), doc("old", SAME_PEOPLE_2021, "2021-10-15", dates=["2021-10-14"]),
            doc("bridge", bridge, None, dates=())]
    result = link_stories(docs)
    assert [compare(docs, "a1", "bridge")["kind"], compare(docs, "bridge", "old")["kind"]] == ["rewrite", "rewrite"]
    assert not same_story(result, "a1", "old")
    assert same_story(result, "a1", "bridge") != same_story(result, "bridge", "old")


def test_every_article_gets_a_story_singletons_included():
    result = link_stories([original(), doc("u", UNRELATED, entities={"place:dakar"}, dates=())])
    assert sorted(result.story_of) == ["a1", "u"]
    assert [s.article_ids for s in sorted(result.stories, key=lambda s: s.article_ids)] == [["a1"], ["u"]]
    assert result.links == []
    assert link_stories([]).stories == []


def test_story_ids_are_stable_across_rebuilds_and_input_order():
    docs = [original("b7"), doc("a2", PARAPHRASE, "2024-03-07"), doc("u", UNRELATED, entities={"place:dakar"}, dates=())]
    first = link_stories(docs).story_of
    again = link_stories(list(reversed(docs)) + [doc("z9", SAME_PEOPLE_2021, "2021-10-15", dates=["2021-10-14"])]).story_of
    assert {k: again[k] for k in first} == first
    assert first["a2"] == first["b7"] != first["u"]


def test_story_title_and_first_published_come_from_the_earliest_member():
    docs = [StoryDoc("a1", ORIGINAL, "Niamey et Moscou signent un accord minier", "2024-03-05", PEOPLE, frozenset(), frozenset({"2024-03-05"})),
            StoryDoc("a2", ORIGINAL, "Uranium : l'accord russe", "2024-03-06", PEOPLE, frozenset(), frozenset({"2024-03-05"}))]
    [story] = link_stories(docs).stories
    assert (story.title, story.first_published, story.article_ids) == (
        "Niamey et Moscou signent un accord minier", "2024-03-05", ["a1", "a2"])


def test_alignment_returns_the_reused_sentences_of_the_rewrite():
    pairs = [(PARAPHRASE[al.b_start:al.b_end], ORIGINAL[al.a_start:al.a_end]) for al in align(ORIGINAL, PARAPHRASE)]
    assert pairs == [
        ("Le mardi 5 mars 2024, dans la capitale nigérienne, le responsable des Mines Ousmane Barké s'est entretenu avec "
         "Pavel Sorokine, numéro deux du ministère russe de l'Énergie, au sujet de l'extraction d'uranium et d'un projet "
         "de centrale solaire.",
         "Le ministre nigérien des Mines, Ousmane Barké, a reçu mardi 5 mars 2024 à Niamey le vice-ministre russe de "
         "l'Énergie, Pavel Sorokine, pour discuter de l'exploitation de l'uranium et de la construction d'une centrale solaire."),
        ("Un protocole d'accord a été paraphé : il ouvre la voie à des études géologiques autour d'Agadez.",
         "Les deux responsables ont signé un protocole d'accord prévoyant des études géologiques dans la région d'Agadez."),
        ("Côté russe, on se dit prêt à investir sans tarder dans le secteur minier.",
         "Pavel Sorokine a affirmé que les entreprises russes étaient prêtes à investir rapidement dans le secteur minier."),
        ("Des économistes s'interrogent toutefois sur le financement des infrastructures nécessaires.",
         "Plusieurs économistes doutent cependant de la capacité du pays à financer les infrastructures nécessaires."),
    ]


def test_alignment_of_a_copy_is_sentence_for_sentence_and_of_unrelated_text_empty():
    copied = [(al.a_start, al.a_end, al.similarity) for al in align(ORIGINAL, CHROME.format(ORIGINAL))]
    assert [ORIGINAL[a:b] for a, b, _ in copied] == [
        "Le ministre nigérien des Mines, Ousmane Barké, a reçu mardi 5 mars 2024 à Niamey le vice-ministre russe de "
        "l'Énergie, Pavel Sorokine, pour discuter de l'exploitation de l'uranium et de la construction d'une centrale solaire.",
        "Les deux responsables ont signé un protocole d'accord prévoyant des études géologiques dans la région d'Agadez.",
        "« Nous voulons que nos ressources profitent d'abord aux Nigériens », a déclaré Ousmane Barké à l'issue de l'entretien.",
        "Pavel Sorokine a affirmé que les entreprises russes étaient prêtes à investir rapidement dans le secteur minier.",
        "Depuis le départ des troupes françaises, Niamey multiplie les partenariats avec Moscou.",
        "Plusieurs économistes doutent cependant de la capacité du pays à financer les infrastructures nécessaires.",
    ]
    assert {sim for _, _, sim in copied} == {1.0}
    assert align(ORIGINAL, UNRELATED) == []


def test_same_topic_same_day_but_no_shared_actors_is_not_a_story():
    # Two flood stories of one day, in two capitals: alike in words and date, different happenings.
    dakar = doc("dakar", UNRELATED, "2024-07-02", entities={"place:dakar", "place:senegal"}, dates=["2024-07-01"])
    niamey = doc("niamey", """Au Niger aussi, la saison des pluies est précoce : dans la région de Dosso, les agriculteurs ont pu semer à la mi-juin.

Selon les services météorologiques, les cumuls devraient dépasser la normale, et les quartiers bas de Niamey craignent des inondations.

Pour éviter le pire, la mairie procède au curage des canaux d'évacuation et demande aux habitants de ne plus y jeter leurs déchets.""",
                 "2024-07-02", entities={"place:niamey", "place:niger", "place:dosso"}, dates=["2024-07-01"])
    docs = [dakar, niamey, original()]
    verdict = compare(docs, "dakar", "niamey")
    assert verdict["kind"] is None and verdict["score"] > SAME_STORY and verdict["entities"] == 0.0
    assert not same_story(link_stories(docs), "dakar", "niamey")
