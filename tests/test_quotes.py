"""Quotations: one example per attribution pattern, with sentences written for these tests."""

import re

import pytest

from ingest import nlp
from ingest.model import Mention
from ingest.quotes import find_quotes, quote_fingerprint, quote_spans

NBSP = "\u00a0"


def mentions(text: str, people: dict[str, list[str]] = {}, orgs: dict[str, list[str]] = {}) -> list[Mention]:
    """Mentions as the entity stage would give them: every listed surface, keyed by its full name."""
    out = []
    for label, names in (("person", people), ("organization", orgs)):
        for full, surfaces in names.items():
            for surface in surfaces:
                for m in re.finditer(re.escape(surface), text):
                    if not any(o.start <= m.start() < o.end for o in out):
                        out.append(Mention(m.start(), m.end(), surface, label, full.lower()))
    return sorted(out, key=lambda m: m.start)


def quotes(text: str, people=None, orgs=None) -> list[tuple]:
    doc = nlp.parse(text)
    found = find_quotes(doc, mentions(text, people or {}, orgs or {}))
    for q in found:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.kind, q.speaker_key, q.cue) for q in found]


def test_inverted_incise_with_a_named_speaker():
    text = "« Les routes du nord seront rouvertes avant la saison des pluies », a déclaré le colonel Issa Konaté à Gao."
    assert quotes(text, {"Issa Konaté": ["Issa Konaté"]}) == [
        ("Les routes du nord seront rouvertes avant la saison des pluies", "direct", "issa konaté", "déclarer")
    ]


def test_incise_with_a_clitic_pronoun_resolves_to_the_person_named_before():
    text = "La ministre Awa Sanogo a visité le camp de Mentao. « Nous doublerons les rations dès lundi », a-t-elle promis."
    assert quotes(text, {"Awa Sanogo": ["Awa Sanogo"]}) == [
        ("Nous doublerons les rations dès lundi", "direct", "awa sanogo", "promettre")
    ]


def test_document_incise_yields_to_the_person_whose_words_it_reports():
    text = "Le général Malick Fall a assuré « que les élections se tiendront à la date prévue », ajoute le communiqué."
    assert quotes(text, {"Malick Fall": ["Malick Fall"]}) == [
        ("que les élections se tiendront à la date prévue", "partial", "malick fall", "assurer")
    ]


def test_a_document_alone_speaks_without_an_entity():
    text = "La frontière restera fermée. « Toute tentative de passage sera sanctionnée », précise le communiqué."
    doc = nlp.parse(text)
    [q] = find_quotes(doc, [])
    assert (q.kind, q.speaker_surface, q.speaker_key, q.cue) == ("direct", "le communiqué", None, "préciser")


def test_speech_verb_then_colon():
    text = "Devant les députés, Lamine Sarr a déclaré : « Le budget de la défense augmentera de dix pour cent. »"
    assert quotes(text, {"Lamine Sarr": ["Lamine Sarr"]}) == [
        ("Le budget de la défense augmentera de dix pour cent.", "direct", "lamine sarr", "déclarer")
    ]


def test_name_then_colon():
    text = "Olga Petrova : « Moscou honorera tous ses contrats d'armement. »"
    assert quotes(text, {"Olga Petrova": ["Olga Petrova"]}) == [
        ("Moscou honorera tous ses contrats d'armement.", "direct", "olga petrova", ":")
    ]


def test_speaker_on_the_line_before_a_standalone_quotation():
    text = "Le ministère de l'Intérieur a publié un bilan. Le ministère affirme :\n\n« Trois suspects ont été interpellés à l'aube. »\n\nL'enquête continue."
    assert quotes(text, orgs={"ministère de l'Intérieur": ["ministère de l'Intérieur"]}) == [
        ("Trois suspects ont été interpellés à l'aube.", "direct", "ministère de l'intérieur", "affirmer")
    ]


def test_caption_line_after_a_standalone_quotation():
    text = "\"Aucune base étrangère ne sera installée sur notre sol\"\n\nSeydou Bamba, ministre ivoirien de la Défense\n\nLa déclaration a surpris."
    assert quotes(text, {"Seydou Bamba": ["Seydou Bamba"]}) == [
        ("Aucune base étrangère ne sera installée sur notre sol", "direct", "seydou bamba", None)
    ]


def test_subject_of_the_governing_speech_verb_through_an_apposition():
    text = "Le patron de la police, Yacouba Diarra, a fustigé des « rumeurs infondées » sur les réseaux sociaux."
    assert quotes(text, {"Yacouba Diarra": ["Yacouba Diarra"]}) == [
        ("rumeurs infondées", "partial", "yacouba diarra", "fustiger")
    ]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Le cessez-le-feu est « fragile mais réel », selon Ibrahim Touré.", "selon"),
        ("Le cessez-le-feu est « fragile mais réel », d'après Ibrahim Touré.", "d'après"),
        ("Pour Ibrahim Touré, le cessez-le-feu est « fragile mais réel ».", "pour"),
    ],
)
def test_selon_dapres_pour(text, cue):
    assert quotes(text, {"Ibrahim Touré": ["Ibrahim Touré"]}) == [("fragile mais réel", "partial", "ibrahim touré", cue)]


def test_role_description_resolves_to_the_person_given_that_role_in_an_apposition():
    text = (
        "Fanta Camara, ministre guinéenne des Affaires étrangères, est arrivée à Accra. "
        "La cheffe de la diplomatie guinéenne a ensuite salué « un partenariat exemplaire »."
    )
    assert quotes(text, {"Fanta Camara": ["Fanta Camara"]}) == [
        ("un partenariat exemplaire", "partial", "fanta camara", "saluer")
    ]


def test_pronoun_subject_resolves_to_the_person_named_before():
    text = "Karim Ouattara a quitté le gouvernement en mai. Il a dénoncé « une dérive autoritaire » du régime."
    assert quotes(text, {"Karim Ouattara": ["Karim Ouattara"]}) == [
        ("une dérive autoritaire", "partial", "karim ouattara", "dénoncer")
    ]


def test_anonymous_source_keeps_its_surface_but_no_entity():
    text = "« Les négociations sont au point mort », a confié une source diplomatique à Niamey."
    doc = nlp.parse(text)
    [q] = find_quotes(doc, [])
    assert (q.speaker_surface, q.speaker_key, q.cue) == ("une source diplomatique", None, "confier")


def test_institution_speaks_for_the_organisation_named_with_it():
    text = "Le gouvernement de la transition a affirmé que la grève était « illégale et politique »."
    got = quotes(text, orgs={"gouvernement de la transition": ["gouvernement de la transition"]})
    assert got == [("illégale et politique", "partial", "gouvernement de la transition", "affirmer")]


def test_scare_quotes_titles_and_names_are_not_quotations():
    text = (
        "Les combattants présentés en tant qu'« instructeurs » ont quitté la base. "
        "L'opération « Bouclier du Sahel » s'achève. Le roman « La Nuit des dunes » sort en mars. "
        "La tempête \"Clara\" a touché la côte. Le « grand retour » de la diplomatie est annoncé."
    )
    assert quotes(text) == []


def test_nested_quotation_stays_inside_the_outer_one():
    text = "Le maire Paul Zongo a raconté : « Le préfet m'a dit “ fermez les écoles ”, et je l'ai fait. »"
    assert quotes(text, {"Paul Zongo": ["Paul Zongo"]}) == [
        ("Le préfet m'a dit “ fermez les écoles ”, et je l'ai fait.", "direct", "paul zongo", "raconter")
    ]


def test_quotation_continued_over_paragraphs():
    text = (
        "Salimata Koné a témoigné devant la commission.\n\n"
        "« Les soldats sont arrivés à l'aube. Ils cherchaient des armes.\n\n"
        "« Ils sont repartis le soir même », a-t-elle raconté."
    )
    assert quotes(text, {"Salimata Koné": ["Salimata Koné"]}) == [
        (
            "Les soldats sont arrivés à l'aube. Ils cherchaient des armes.\n\n« Ils sont repartis le soir même",
            "direct",
            "salimata koné",
            "raconter",
        )
    ]


def test_spans_without_spaces_no_break_spaces_and_mismatched_closers():
    text = f"Il a dénoncé un «{NBSP}sabotage{NBSP}», un «complot« et une «trahison“, puis « partez ! »."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["sabotage", "complot", "trahison", "partez !"]


def test_closer_typed_as_an_opener_after_an_apostrophe():
    text = "Ils travaillent en tant qu' »experts« , selon la presse."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["experts"]


def test_fingerprint_folds_case_accents_punctuation_and_spaces():
    assert quote_fingerprint("Nous  ne partirons PAS, c’est décidé !") == quote_fingerprint("nous ne partirons pas — c'est decide")
    assert quote_fingerprint("Échec total.") == "echec total"


def test_single_curly_quotes_and_the_apostrophe_that_looks_like_their_closer():
    text = "Le maire a promis ‘une école dans chaque quartier’. ‘Nous n’attendrons pas l’État’, a-t-il dit."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["une école dans chaque quartier", "Nous n’attendrons pas l’État"]


def test_inverted_subject_after_a_day_and_a_prepositional_complement():
    text = "« Ce vote n'a aucune valeur », a réagi jeudi dans un communiqué l'Alliance des démocrates du Sahel."
    assert quotes(text, orgs={"Alliance des démocrates du Sahel": ["Alliance des démocrates du Sahel"]}) == [
        ("Ce vote n'a aucune valeur", "direct", "alliance des démocrates du sahel", "réagir")
    ]


def test_inverted_subject_after_the_outlet_it_spoke_to():
    text = "« Les stocks sont vides », a expliqué à l'agence Sahel Presse le gouverneur Oumar Kassogué."
    assert quotes(text, {"Oumar Kassogué": ["Oumar Kassogué"]}, {"Sahel Presse": ["Sahel Presse"]}) == [
        ("Les stocks sont vides", "direct", "oumar kassogué", "expliquer")
    ]


def test_partial_quotation_after_parler_de_with_an_anonymous_subject():
    text = "Une source diplomatique, citée par la radio, parle d'un « accord conclu en secret »."
    doc = nlp.parse(text)
    [q] = find_quotes(doc, [])
    assert (q.text, q.kind, q.speaker_surface, q.speaker_key, q.cue) == (
        "accord conclu en secret", "partial", "Une source diplomatique", None, "parler"
    )


def test_title_and_name_in_one_untyped_mention_give_the_person():
    text = "Le Premier ministre Adama Sangho a répondu aux syndicats : « La grève ne réglera rien. »"
    at = text.index("Premier")
    found = find_quotes(nlp.parse(text), [Mention(at, at + len("Premier ministre Adama Sangho"), "Premier ministre Adama Sangho", "other", "premier ministre adama sangho")])
    assert [(q.text, q.speaker_key, q.cue) for q in found] == [("La grève ne réglera rien.", "premier ministre adama sangho", "répondre")]


def test_interview_answers_without_quotation_marks():
    text = (
        "Entretien avec Salif Ouattara, économiste.\n\nLe franc CFA a-t-il un avenir ?\n\n"
        "Salif Ouattara : Oui, mais pas sous sa forme actuelle, il faut une banque centrale plus autonome.\n\n"
        "Et la Russie ?\n\nS. O. : Elle n'a aucun projet monétaire pour la région, seulement des slogans."
    )
    assert quotes(text, {"Salif Ouattara": ["Salif Ouattara"]}) == [
        ("Oui, mais pas sous sa forme actuelle, il faut une banque centrale plus autonome.", "direct", "salif ouattara", ":"),
        ("Elle n'a aucun projet monétaire pour la région, seulement des slogans.", "direct", "salif ouattara", ":"),
    ]


def test_name_and_colon_lines_outside_an_interview_are_not_quotations():
    text = "Awa Traoré : une vie au service des autres.\n\nLa militante est morte samedi à Mopti."
    assert quotes(text, {"Awa Traoré": ["Awa Traoré"]}) == []


def test_role_then_name_in_apposition_after_an_inverted_verb():
    text = "« Les délais seront tenus », a assuré sa directrice, l'ingénieure Rokia Fofana, à Kayes."
    assert quotes(text, {"Rokia Fofana": ["Rokia Fofana"]}) == [("Les délais seront tenus", "direct", "rokia fofana", "assurer")]


def test_clause_before_a_colon_without_speech_verb_gives_its_subject():
    text = "Le syndicaliste Karim Ouedraogo ne cache pas sa colère : « On nous a menti sur tout. »"
    assert quotes(text, {"Karim Ouedraogo": ["Karim Ouedraogo"]}) == [("On nous a menti sur tout.", "direct", "karim ouedraogo", ":")]


def test_an_institution_without_entity_shows_the_full_name_written_before():
    text = "Le ministère malien de la Santé a publié un bilan. Le ministère affirme : « Trois foyers sont maîtrisés. »"
    [q] = find_quotes(nlp.parse(text), [])
    assert (q.speaker_surface, q.speaker_key) == ("ministère malien de la Santé", None)
