"""Quotations: one example per attribution pattern, with sentences written for these tests."""

import re

import pytest

from ingest import nlp
from ingest.entities import find_mentions
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


def _mention(text: str, surface: str, label: str, key: str, nth: int = 0) -> Mention:
    at = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return Mention(at, at + len(surface), surface, label, key)


def test_incise_between_commas_inside_the_quotation():
    # an incise that ends a sentence cuts the quotation in two: the narrator's words are no one's quote
    text = "Le maire a reçu les commerçants. « Les loyers ne baisseront pas, prévient Koffi Adjoumani. Pas cette année. »"
    assert quotes(text, {"Koffi Adjoumani": ["Koffi Adjoumani"]}) == [
        ("Les loyers ne baisseront pas", "direct", "koffi adjoumani", "prévenir"),
        ("Pas cette année.", "direct", "koffi adjoumani", "prévenir"),
    ]


def test_incise_inside_the_quotation_with_a_role_phrase():
    text = (
        "La ministre de la Culture, Odile Ferrand, a visité le chantier. "
        "« Nous voulons, explique la ministre, que le musée rouvre en mai. »"
    )
    assert quotes(text, {"Odile Ferrand": ["Odile Ferrand"]}) == [
        ("Nous voulons, explique la ministre, que le musée rouvre en mai.", "direct", "odile ferrand", "expliquer")
    ]


def test_a_comma_inside_the_quotation_without_an_incise_attributes_nothing():
    text = "« Nous irons, dit-on parfois, au bout de la nuit. »"
    assert quotes(text) == [("Nous irons, dit-on parfois, au bout de la nuit.", "direct", None, None)]


def test_speaker_named_in_the_sentence_after_a_standalone_quotation():
    text = "« Personne ne viendra nous sauver. » Le constat est signé Mariama Baldé, qui préside l'association des riverains."
    assert quotes(text, {"Mariama Baldé": ["Mariama Baldé"]}) == [
        ("Personne ne viendra nous sauver.", "direct", "mariama baldé", None)
    ]


def test_inverted_clitic_makes_any_verb_an_attribution():
    text = "Le ministre Luc Hamon a présenté le budget. « Nous ne pouvons pas tout financer », a-t-il tranché."
    assert quotes(text, {"Luc Hamon": ["Luc Hamon"]}) == [
        ("Nous ne pouvons pas tout financer", "direct", "luc hamon", "trancher")
    ]


def test_a_collective_the_entity_stage_did_not_type_and_its_back_reference():
    text = (
        "Le collectif Rivières vivantes a dénoncé « un permis accordé en catimini ». "
        "« Personne ne nous a consultés », a déclaré le collectif."
    )
    found = find_quotes(nlp.parse(text), [_mention(text, "Rivières vivantes", "other", "rivieres vivantes")])
    assert [(q.text, q.speaker_key) for q in found] == [
        ("un permis accordé en catimini", "rivieres vivantes"),
        ("Personne ne nous a consultés", "rivieres vivantes"),
    ]


def test_generic_back_reference_means_the_organisation_named_last():
    text = "La Banque africaine de développement a publié ses prévisions. « La croissance ralentira », souligne l'institution."
    assert quotes(text, orgs={"Banque africaine de développement": ["Banque africaine de développement"]}) == [
        ("La croissance ralentira", "direct", "banque africaine de développement", "souligner")
    ]


def test_bare_institution_noun_typed_as_a_place_refers_back_to_the_full_name():
    text = "L'Observatoire des prix de Lomé a publié son relevé. L'Observatoire a jugé la hausse « intenable »."
    found = find_quotes(nlp.parse(text), [
        _mention(text, "Observatoire des prix de Lomé", "organization", "observatoire des prix de lome"),
        _mention(text, "Observatoire", "place", "observatoire", nth=1),
    ])
    assert [(q.text, q.speaker_surface, q.speaker_key) for q in found] == [
        ("intenable", "Observatoire des prix de Lomé", "observatoire des prix de lome")
    ]


def test_quotation_with_its_own_verb_after_its_subject():
    text = "La Ligue des électeurs a publié un rapport. La Ligue « demande l'audit complet du fichier électoral »."
    assert quotes(text, orgs={"Ligue des électeurs": ["Ligue des électeurs"]}) == [
        ("demande l'audit complet du fichier électoral", "partial", "ligue des électeurs", None)
    ]


def test_the_interviewer_of_a_participle_is_not_the_speaker():
    text = "Interrogé par Radio Savane, l'opposant Moussa Tine ne décolère pas : « Ce scrutin est une farce. »"
    assert quotes(text, {"Moussa Tine": ["Moussa Tine"]}, {"Radio Savane": ["Radio Savane"]}) == [
        ("Ce scrutin est une farce.", "direct", "moussa tine", ":")
    ]


def test_selon_a_role_then_the_name_in_apposition():
    text = "D'après le préfet de la région, le colonel Adama Zerbo, les assaillants ont « fui vers la frontière »."
    assert quotes(text, {"Adama Zerbo": ["Adama Zerbo"]}) == [
        ("fui vers la frontière", "partial", "adama zerbo", "d'après")
    ]


def test_bare_role_after_a_name_the_entity_stage_typed_as_a_place():
    text = "Le ministre béninois de l'Intérieur, Rodrigue Houngbo, a visité Parakou. « La ville est sûre », assure le ministre."
    found = find_quotes(nlp.parse(text), [_mention(text, "Rodrigue Houngbo", "place", "rodrigue houngbo")])
    assert [(q.text, q.speaker_key) for q in found] == [("La ville est sûre", "rodrigue houngbo")]


def test_role_synonyms_patron_and_pdg():
    text = "Le PDG de Sahel Ciment, Amadou Keita, a reçu la presse. Le patron de Sahel Ciment a jugé les prix « intenables »."
    assert quotes(text, {"Amadou Keita": ["Amadou Keita"]}) == [("intenables", "partial", "amadou keita", "juger")]


def test_headline_quotation_takes_the_speaker_of_its_twin_in_the_body():
    text = "« Nous reviendrons plus forts » : le pari du maire\n\n« Nous reviendrons plus forts, je vous le promets », a lancé Paul Zida."
    assert [(q.text, q.speaker_key) for q in find_quotes(nlp.parse(text), mentions(text, {"Paul Zida": ["Paul Zida"]}))] == [
        ("Nous reviendrons plus forts", "paul zida"),
        ("Nous reviendrons plus forts, je vous le promets", "paul zida"),
    ]


def test_dash_dialogue_with_incises_and_a_colon_line():
    text = (
        "Au marché de Sikasso, les prix flambent. Le vendeur Issa Coulibaly hausse les épaules.\n\n"
        "— Le sac de riz a pris cinq mille francs en un mois, soupire-t-il.\n\n"
        "Sa voisine, Awa Sanou, lui répond :\n\n"
        "— Et personne ne fait rien pour nous."
    )
    assert quotes(text, {"Issa Coulibaly": ["Issa Coulibaly"], "Awa Sanou": ["Awa Sanou"]}) == [
        ("Le sac de riz a pris cinq mille francs en un mois", "direct", "issa coulibaly", "soupirer"),
        ("Et personne ne fait rien pour nous.", "direct", "awa sanou", "répondre"),
    ]


@pytest.mark.parametrize("intro", ["Le plan prévoit trois mesures.", "Le ministre Luc Perrin a annoncé deux mesures :"])
def test_dashed_list_is_not_dialogue(intro):
    text = intro + "\n\n— Le gel des prix du pain pendant six mois.\n\n— La baisse des taxes sur le riz importé."
    assert quotes(text, {"Luc Perrin": ["Luc Perrin"]}) == []


def test_term_presented_as_something_is_not_a_quotation():
    text = "Le maire a lancé un plan contre les inondations, présenté comme une « priorité absolue » par ses services."
    assert quotes(text) == []


def test_speaker_phrase_stops_at_the_full_stop():
    text = "« La presse n'est pas un crime », rappelle le syndicat. L'ONG Voix libres a exigé une enquête."
    assert quotes(text, orgs={"Syndicat des journalistes": ["Syndicat des journalistes"], "Voix libres": ["Voix libres"]})[0][2] is None


def test_standalone_quotation_after_a_sentence_about_its_speaker():
    text = "Sur le quai de Mopti, Hawa Kanté trie les poissons invendus. « Le fleuve se vide. Nous aussi. » Elle a quarante ans."
    assert quotes(text, {"Hawa Kanté": ["Hawa Kanté"]}) == [("Le fleuve se vide. Nous aussi.", "direct", "hawa kanté", None)]


def test_quotation_paragraph_after_a_paragraph_about_its_speaker():
    text = (
        "Marc Olivier tient le seul garage du village. Il a vu partir ses clients un à un.\n\n"
        "« Sans voiture, ici, on ne travaille pas. Et sans travail, pas de voiture. »\n\n"
        "La mairie étudie une navette."
    )
    assert quotes(text, {"Marc Olivier": ["Marc Olivier"]}) == [
        ("Sans voiture, ici, on ne travaille pas. Et sans travail, pas de voiture.", "direct", "marc olivier", None)
    ]


def test_opening_quotation_paragraph_named_in_the_next_paragraph():
    text = "« Nous ne quitterons pas cette terre. »\n\nC'est ainsi que le chef coutumier Ali Maïga a accueilli les délégués."
    assert quotes(text, {"Ali Maïga": ["Ali Maïga"]}) == [("Nous ne quitterons pas cette terre.", "direct", "ali maïga", None)]


def test_feminine_clitic_skips_a_man_named_after_the_woman():
    text = "La ministre de la Santé, Aïssata Bah, a reçu le préfet Jean Kaboré. « Les vaccins arriveront lundi », a-t-elle annoncé."
    assert quotes(text, {"Aïssata Bah": ["Aïssata Bah"], "Jean Kaboré": ["Jean Kaboré"]}) == [
        ("Les vaccins arriveront lundi", "direct", "aïssata bah", "annoncer")
    ]


def test_a_group_speaks_without_an_entity_and_its_short_quotation_is_kept():
    text = "Les syndicats de cheminots ont dénoncé « une provocation »."
    assert quotes(text) == [("une provocation", "partial", None, "dénoncer")]


def test_speaker_just_before_a_verb_the_parser_left_without_subject():
    text = "L'ancien garde des Sceaux Ismaël Touré a pour sa part parlé d'un « tournant historique »."
    assert quotes(text, {"Ismaël Touré": ["Ismaël Touré"]}) == [("tournant historique", "partial", "ismaël touré", "parler")]


def test_second_quotation_of_the_sentence_after_a_participle_shares_the_speaker():
    text = "« La paix est possible », a déclaré l'envoyé spécial, Tomas Berg, ajoutant que les deux camps avaient « accepté de se parler »."
    got = quotes(text, {"Tomas Berg": ["Tomas Berg"]})
    assert [(t, k) for t, _, k, _ in got] == [("La paix est possible", "tomas berg"), ("accepté de se parler", "tomas berg")]


def test_interview_with_plain_answer_paragraphs():
    text = (
        "ENTRETIEN. Sociologue, Lucie Marchal a enquêté deux ans dans les lycées de banlieue.\n\n"
        "Qu'avez-vous observé ?\n\nUne grande solitude des élèves face à l'orientation.\n\n"
        "Que faudrait-il changer ?\n\nDonner du temps aux conseillers, tout simplement.\n\n"
        "Propos recueillis par Paul Henry"
    )
    assert quotes(text, {"Lucie Marchal": ["Lucie Marchal"], "Paul Henry": ["Paul Henry"]}) == [
        ("Une grande solitude des élèves face à l'orientation.", "direct", "lucie marchal", None),
        ("Donner du temps aux conseillers, tout simplement.", "direct", "lucie marchal", None),
    ]


def test_explainer_question_headings_are_not_an_interview():
    text = (
        "Réforme des retraites : ce qui change.\n\nQui est concerné ?\n\nTous les salariés nés après 1968.\n\n"
        "Quand la réforme entre-t-elle en vigueur ?\n\nLe 1er septembre prochain."
    )
    assert quotes(text) == []


def test_narrative_infinitive_et_d_ajouter_continues_the_last_speaker():
    text = "« Le budget est tenu », a assuré le maire Hugo Lemoine. Et d'ajouter : « Les impôts ne bougeront pas. »"
    assert quotes(text, {"Hugo Lemoine": ["Hugo Lemoine"]}) == [
        ("Le budget est tenu", "direct", "hugo lemoine", "assurer"),
        ("Les impôts ne bougeront pas.", "direct", "hugo lemoine", "ajouter"),
    ]


def test_comme_l_a_rappele_x():
    text = "Comme l'a rappelé la procureure de Créteil, Nadia Ferhat, l'enquête « ne fait que commencer »."
    assert quotes(text, {"Nadia Ferhat": ["Nadia Ferhat"]}) == [("ne fait que commencer", "partial", "nadia ferhat", "rappeler")]


def test_a_phrase_that_holds_the_quotation_does_not_speak_it():
    text = "Les « ambassadeurs » de la marque ont été mobilisés pour défendre le produit."
    assert quotes(text) == []


def test_clitic_incise_goes_to_the_person_named_last():
    text = (
        "Le maire, Paul Verdier, défend le projet. « C'est un investissement pour cinquante ans », a-t-il assuré. "
        "Son opposant, Karim Saïd, n'est pas convaincu. « On refait la même erreur », estime-t-il."
    )
    got = quotes(text, {"Paul Verdier": ["Paul Verdier"], "Karim Saïd": ["Karim Saïd"]})
    assert [(t, k) for t, _, k, _ in got] == [
        ("C'est un investissement pour cinquante ans", "paul verdier"),
        ("On refait la même erreur", "karim saïd"),
    ]


# -- issue 4, round 2: feminine roles, professions, generic nouns, spoken designators, titles --------


def test_feminine_role_synonym_resolves_to_the_named_prime_minister():
    text = (
        "La première ministre, Hélène Corbin, a présenté son budget lundi. "
        "La cheffe du gouvernement a répliqué aux sénateurs : « Nous tiendrons nos engagements. »"
    )
    assert quotes(text, {"Hélène Corbin": ["Hélène Corbin"]}) == [
        ("Nous tiendrons nos engagements.", "direct", "hélène corbin", "répliquer")
    ]


def test_profession_synonym_with_an_age_resolves_to_the_director():
    text = (
        "Le réalisateur Bruno Lemarchand tourne son quatrième film à Lyon. "
        "« Je cherche des visages que personne ne connaît », confie le cinéaste de 52 ans."
    )
    assert quotes(text, {"Bruno Lemarchand": ["Bruno Lemarchand"]}) == [
        ("Je cherche des visages que personne ne connaît", "direct", "bruno lemarchand", "confier")
    ]


def test_generic_noun_elue_means_the_last_named_deputy_mayor():
    text = (
        "L'adjointe au maire chargée des écoles, Farida Benali, a visité le chantier. "
        "« Les élèves rentreront dans des classes neuves », assure l'élue écologiste."
    )
    assert quotes(text, {"Farida Benali": ["Farida Benali"]}) == [
        ("Les élèves rentreront dans des classes neuves", "direct", "farida benali", "assurer")
    ]


def test_le_dg_and_le_patron_de_la_societe_mean_the_named_director():
    text = (
        "Le directeur général de la société Hydrelec, Joël Mbarga, a reçu la presse. "
        "Le DG a reconnu « un retard de six mois ». "
        "Le patron de la société promet aussi des tarifs « stables jusqu'en 2027 »."
    )
    assert quotes(text, {"Joël Mbarga": ["Joël Mbarga"]}) == [
        ("un retard de six mois", "partial", "joël mbarga", "reconnaître"),
        ("stables jusqu'en 2027", "partial", "joël mbarga", "promettre"),
    ]


def test_se_dire_and_appeler_report_words_while_passive_appele_names_a_term():
    text = (
        "La préfète, Sandrine Vautier, s'est dite « très inquiète » et a appelé « à la plus grande prudence ». "
        "Le col, appelé « la Bête noire » par les cyclistes, restera fermé."
    )
    assert quotes(text, {"Sandrine Vautier": ["Sandrine Vautier"]}) == [
        ("très inquiète", "partial", "sandrine vautier", "dire"),
        ("à la plus grande prudence", "partial", "sandrine vautier", "appeler"),
    ]


def test_on_denonce_is_a_quotation_without_a_named_speaker():
    text = "Dans les rangs de l'opposition, on dénonce un « coup de force »."
    assert quotes(text) == [("coup de force", "partial", None, "dénoncer")]


def test_titles_after_a_publishing_verb_and_scare_quotes_are_not_quotations():
    text = (
        "L'historien Paul Mercier publie « Les Ports oubliés », son troisième essai. "
        "Le livre raconte la « galère » des dockers. "
        "« J'ai voulu rendre leur voix aux oubliés », dit-il."
    )
    assert quotes(text, {"Paul Mercier": ["Paul Mercier"]}) == [
        ("J'ai voulu rendre leur voix aux oubliés", "direct", "paul mercier", "dire")
    ]


def test_a_quoted_adjective_after_a_designating_noun_is_a_judgement():
    text = "Le parti Renouveau parle d'un projet « irréaliste »."
    assert quotes(text, orgs={"Renouveau": ["Renouveau"]}) == [("irréaliste", "partial", "renouveau", "parler")]


def test_selon_les_mots_du_ministre_right_after_the_quotation_wins_over_the_governing_verb():
    text = (
        "Le gouvernement justifie la hausse par une dette « devenue intenable », "
        "selon les mots du ministre du Budget, Marc Olinga, devant les députés."
    )
    assert quotes(text, {"Marc Olinga": ["Marc Olinga"]}) == [("devenue intenable", "partial", "marc olinga", "selon")]


def test_a_press_periphrasis_stands_for_the_institution_named_before():
    text = (
        "La Cour des comptes a publié jeudi son rapport sur les hôpitaux. "
        "Les magistrats financiers estiment que « la dette n'est plus soutenable »."
    )
    assert quotes(text, orgs={"Cour des comptes": ["Cour des comptes"]}) == [
        ("la dette n'est plus soutenable", "partial", "cour des comptes", "estimer")
    ]


def test_evaluation_accepts_an_acronym_key_for_the_full_name_and_back():
    from types import SimpleNamespace

    from ingest.evaluation.quotes import _same_speaker, entity_names

    names = entity_names([
        Mention(0, 29, "Fonds monétaire international", "organization", "fmi"),
        Mention(31, 34, "FMI", "organization", "fmi"),
    ])
    assert names == {"fmi": {"Fonds monétaire international", "FMI"}}
    pred = SimpleNamespace(speaker_key="fmi", speaker_surface="le FMI")
    assert _same_speaker({"speaker": "Fonds monétaire international"}, pred, names)
    assert _same_speaker({"speaker": "FMI"}, SimpleNamespace(speaker_key="fonds monetaire international", speaker_surface=None), {"fonds monetaire international": {"FMI"}})
    assert _same_speaker({"speaker": "Organisation mondiale de la santé (OMS)"}, SimpleNamespace(speaker_key="oms", speaker_surface=None), {})
    assert not _same_speaker({"speaker": "Banque mondiale"}, pred, names)


def test_a_possessive_does_not_give_the_gender_the_noun_does():
    text = ("L'ancien préfet, Gaston Ferrand, a été condamné jeudi. Son avocate, Me Odile Marchal, annonce un appel. "
            "« Ce jugement ne repose sur aucune preuve », a-t-elle déclaré.")
    people = {"Gaston Ferrand": ["Gaston Ferrand"], "Odile Marchal": ["Odile Marchal"]}
    assert quotes(text, people) == [("Ce jugement ne repose sur aucune preuve", "direct", "odile marchal", "déclarer")]


def test_son_delegue_stays_masculine():
    text = ("La directrice, Agnès Roux, a reçu les syndicats. Son délégué, Hugo Brun, était présent. "
            "« Rien n'est réglé », a-t-il dit.")
    people = {"Agnès Roux": ["Agnès Roux"], "Hugo Brun": ["Hugo Brun"]}
    assert quotes(text, people) == [("Rien n'est réglé", "direct", "hugo brun", "dire")]


def test_a_bare_role_noun_nobody_holds_means_the_person_just_named():
    text = ("Le film est tiré du roman « Les Saules » de Lucie Arnaud. "
            "La romancière se dit « heureuse de cette adaptation ».")
    assert quotes(text, {"Lucie Arnaud": ["Lucie Arnaud"]}) == [
        ("heureuse de cette adaptation", "partial", "lucie arnaud", "dire")
    ]


def test_a_bare_role_noun_does_not_take_a_person_with_another_function():
    text = ("Le maire, Paul Giraud, a inauguré le pont. "
            "« Il aurait fallu dix ans de plus », a regretté l'architecte.")
    assert [q[2] for q in quotes(text, {"Paul Giraud": ["Paul Giraud"]})] == [None]


def test_a_player_named_by_position_is_le_joueur_with_a_pronoun():
    text = ("Le talonneur du Stade rochelais Yann Morvan a signé jusqu'en 2030. Le club salue ce choix. "
            "Le joueur, lui, reste prudent : « Je veux d'abord gagner ma place. »")
    assert quotes(text, {"Yann Morvan": ["Yann Morvan"]}) == [
        ("Je veux d'abord gagner ma place.", "direct", "yann morvan", ":")
    ]


def test_a_role_phrase_with_a_place_then_the_name_in_apposition():
    text = ("Selon le délégué de l'Unicef à Lomé, le Dr Kofi Mensah, la vaccination a progressé de "
            "« près de 30 % en un an ».")
    assert quotes(text, {"Kofi Mensah": ["Kofi Mensah"]}) == [
        ("près de 30 % en un an", "partial", "kofi mensah", "selon")
    ]


def test_a_stance_verb_governing_the_quotation_gives_its_subject():
    text = ("La ministre, Hélène Prat, a présenté la réforme. Le député Luc Barrot y voit « un recul historique ». "
            "La ministre n'exclut pas « quelques ajustements ».")
    people = {"Hélène Prat": ["Hélène Prat"], "Luc Barrot": ["Luc Barrot"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("un recul historique", "luc barrot"),
        ("quelques ajustements", "hélène prat"),
    ]


def test_a_stance_verb_whose_subject_cannot_speak_attributes_nothing():
    text = "Depuis lundi, la ville voit fleurir des « cafés suspendus » dans tous les quartiers."
    assert quotes(text) == []


def test_an_award_after_elu_is_not_a_quotation():
    text = "L'ailier Théo Lemaire, élu « meilleur joueur » du championnat, a prolongé son contrat."
    assert quotes(text, {"Théo Lemaire": ["Théo Lemaire"]}) == []


def test_le_club_speaks_for_the_club_named_before():
    text = "Le Racing Club de Lens a recruté un gardien. Le club parle d'un « choix d'avenir »."
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Racing Club de Lens": ["Racing Club de Lens"]})] == [
        ("choix d'avenir", "racing club de lens")
    ]


def test_an_interview_question_put_as_a_statement_still_opens_an_answer():
    text = ("Entretien. Cheffe d'orchestre à Lyon, Agathe Verlin prépare sa première saison.\n\n"
            "Le public vous suit-il ?\n\n"
            "Oui, les abonnements ont augmenté de dix pour cent.\n\n"
            "Vous avez renoncé aux grands airs d'opéra.\n\n"
            "Ce n'est pas un renoncement, c'est un choix de répertoire.\n\n"
            "Propos recueillis par Paul Vidal")
    people = {"Agathe Verlin": ["Agathe Verlin"], "Paul Vidal": ["Paul Vidal"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("Oui, les abonnements ont augmenté de dix pour cent.", "agathe verlin"),
        ("Ce n'est pas un renoncement, c'est un choix de répertoire.", "agathe verlin"),
    ]


def test_an_address_periphrasis_stands_for_the_institution_named_before():
    text = ("La Cour des comptes publie un rapport sur les routes. "
            "Les sages de la rue Cambon relèvent « des coûts mal maîtrisés ».")
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Cour des comptes": ["Cour des comptes"]})] == [
        ("des coûts mal maîtrisés", "cour des comptes")
    ]


def test_rhetorical_subheads_after_a_lede_that_mentions_an_entretien_are_not_an_interview():
    text = ("Le président Oumar Balla a eu lundi un entretien téléphonique avec son homologue Karim Fadel, "
            "le second en un mois.\n\n"
            "Pourquoi ce rapprochement entre les deux capitales ?\n\n"
            "Les deux pays partagent une frontière longue et mal gardée, où les trafics prospèrent.\n\n"
            "Que peut faire l'Union africaine ?\n\n"
            "Peu de choses, faute de budget, et ses sanctions n'ont jamais été appliquées.")
    people = {"Oumar Balla": ["Oumar Balla"], "Karim Fadel": ["Karim Fadel"]}
    assert quotes(text, people) == []


def test_an_interview_heading_does_not_make_unaddressed_questions_interview_questions():
    text = ("Entretien\n\nLa ministre Inès Morel répond à nos lecteurs sur la rentrée.\n\n"
            "Pourquoi les classes sont-elles surchargées ?\n\n"
            "Le nombre d'élèves a augmenté de trois pour cent en deux ans.\n\n"
            "Que faire des postes vacants ?\n\n"
            "Les rectorats recruteront des contractuels dès septembre.")
    assert quotes(text, {"Inès Morel": ["Inès Morel"]}) == []


def test_question_and_answer_labels_frame_an_interview():
    text = ("Le chercheur Noé Lambert publie une étude sur les coopératives agricoles.\n\n"
            "Q : Qu'est-ce qui vous a surpris ?\n\n"
            "R : La place des femmes dans les bureaux de ces coopératives.\n\n"
            "Q : Quelle suite donnerez-vous à ce travail ?\n\n"
            "R : Une enquête comparable au Sénégal, l'an prochain.")
    assert quotes(text, {"Noé Lambert": ["Noé Lambert"]}) == [
        ("La place des femmes dans les bureaux de ces coopératives.", "direct", "noé lambert", None),
        ("Une enquête comparable au Sénégal, l'an prochain.", "direct", "noé lambert", None),
    ]



def test_a_headed_interview_with_questions_put_to_the_interviewee():
    text = ("Interview exclusive\n\nLa navigatrice Inès Morel rentre d'un tour du monde en solitaire.\n\n"
            "Qu'avez-vous ressenti à l'arrivée ?\n\nUn immense soulagement, et beaucoup de fatigue.\n\n"
            "Votre bateau a souffert dans le Pacifique.\n\nLa quille a tenu, c'est l'essentiel pour un marin.")
    assert quotes(text, {"Inès Morel": ["Inès Morel"]}) == [
        ("Un immense soulagement, et beaucoup de fatigue.", "direct", "inès morel", None),
        ("La quille a tenu, c'est l'essentiel pour un marin.", "direct", "inès morel", None),
    ]


def test_titles_of_the_entity_lexicon_are_roles_a_quotation_can_name():
    text = ("L'émir Tamim Nasser a reçu les médiateurs lundi, avec son ministre Lucas Ferrand. "
            "« Le dialogue reste ouvert », a déclaré l'émir.")
    assert quotes(text, {"Tamim Nasser": ["Tamim Nasser"], "Lucas Ferrand": ["Lucas Ferrand"]}) == [
        ("Le dialogue reste ouvert", "direct", "tamim nasser", "déclarer")
    ]


def test_a_hyphenated_title_folds_the_same_in_the_article_and_the_entity_lexicon():
    text = ("Le lieutenant-colonel Malick Fofana commande la base depuis mars, avec Lucas Ferrand. "
            "« Nous tiendrons », a assuré le lieutenant-colonel.")
    assert quotes(text, {"Malick Fofana": ["Malick Fofana"], "Lucas Ferrand": ["Lucas Ferrand"]}) == [
        ("Nous tiendrons", "partial", "malick fofana", "assurer")
    ]


def test_the_name_before_a_verb_is_not_given_the_role_of_the_object_of_that_verb():
    text = "Le sultan Tamim Nasser a reçu Lucas Ferrand. « Le dialogue reste ouvert », a dit le sultan."
    assert quotes(text, {"Tamim Nasser": ["Tamim Nasser"], "Lucas Ferrand": ["Lucas Ferrand"]}) == [
        ("Le dialogue reste ouvert", "direct", "tamim nasser", "dire")
    ]


def test_asking_verbs_are_read_from_the_speech_verbs_data_file():
    from ingest.quotes import lexicon

    assert lexicon().asking_verbs == frozenset({"interroger", "questionner", "demander", "solliciter"})


def test_an_interview_announced_in_the_lede_whose_answers_speak_in_the_first_person():
    text = ("Le maire Hugo Lemoine a accordé un entretien à notre rédaction avant le conseil municipal.\n\n"
            "Le budget sera-t-il tenu ?\n\nOui, nous avons gelé les dépenses de fonctionnement dès janvier.\n\n"
            "Et les travaux du marché couvert ?\n\nJe les lancerai à l'automne, comme promis.")
    assert quotes(text, {"Hugo Lemoine": ["Hugo Lemoine"]}) == [
        ("Oui, nous avons gelé les dépenses de fonctionnement dès janvier.", "direct", "hugo lemoine", None),
        ("Je les lancerai à l'automne, comme promis.", "direct", "hugo lemoine", None),
    ]


def test_modifiers_of_a_role_fold_gender_and_number_like_role_nouns():
    from ingest.quotes import _stem

    words = ["guineennes", "guineen", "deleguee", "delegue", "francaises", "francais", "regionale", "regionaux"]
    assert [_stem(w) for w in words] == ["guineen", "guineen", "delegu", "delegu", "francais", "francais", "regional", "regionaux"]


def test_an_interview_whose_lede_says_the_interviewee_answers_our_questions():
    text = ("La chercheuse Lise Caron, qui publie une enquête sur les ports d'Afrique de l'Ouest, répond à nos questions.\n\n"
            "Quel port a le plus changé ?\n\nCelui de Lomé, devenu en dix ans une plateforme régionale.\n\n"
            "Les concessions aux armateurs sont-elles un risque ?\n\nElles enrichissent d'abord les actionnaires, je l'ai constaté partout.")
    assert quotes(text, {"Lise Caron": ["Lise Caron"]}) == [
        ("Celui de Lomé, devenu en dix ans une plateforme régionale.", "direct", "lise caron", None),
        ("Elles enrichissent d'abord les actionnaires, je l'ai constaté partout.", "direct", "lise caron", None),
    ]


def test_reflexive_incise_with_etre_auxiliary():
    text = "« Le chantier a enfin démarré », s'est réjoui le maire Paul Ngom, élu en 2022."
    assert quotes(text, {"Paul Ngom": ["Paul Ngom"]}) == [("Le chantier a enfin démarré", "direct", "paul ngom", "réjouir")]


def test_quoted_qualifying_complement_after_a_noun_is_a_judgement():
    text = "Son éditeur, Marc Lenoir, parle d'un roman « d'une rare intensité »."
    assert quotes(text, {"Marc Lenoir": ["Marc Lenoir"]}) == [("d'une rare intensité", "partial", "marc lenoir", "parler")]


def test_pour_clause_naming_a_union_outweighs_the_subject_of_the_quoted_words():
    text = "Les agents ont cessé le travail mardi. Pour le syndicat CGT Énergie, la direction « sacrifie la maintenance des centrales »."
    assert quotes(text, orgs={"CGT Énergie": ["CGT Énergie"]}) == [
        ("sacrifie la maintenance des centrales", "partial", "cgt énergie", "pour")
    ]


def test_subject_set_off_by_an_apposition_speaks():
    text = "L'association Survie, à l'origine de la plainte, s'est félicitée d'une « décision historique »."
    assert quotes(text, orgs={"association Survie": ["association Survie"]}) == [
        ("décision historique", "partial", "association survie", "féliciter")
    ]


def test_la_juridiction_takes_up_the_court_named_before():
    text = ("La Cour de cassation a rejeté le pourvoi mardi. Dans son arrêt, la haute juridiction estime que la procédure "
            "n'était « entachée d'aucune irrégularité ».")
    assert quotes(text, orgs={"Cour de cassation": ["Cour de cassation"]}) == [
        ("entachée d'aucune irrégularité", "partial", "cour de cassation", "estimer")
    ]


def test_story_noun_takes_up_the_person_named_in_the_sentence_before():
    text = ("Le jury a couronné la photographe sénégalaise Awa Faye pour sa série sur Dakar. "
            "« Je dédie ce prix à ma mère », a réagi la lauréate.")
    assert quotes(text, {"Awa Faye": ["Awa Faye"]}) == [("Je dédie ce prix à ma mère", "direct", "awa faye", "réagir")]


def test_story_noun_with_no_one_named_before_stays_unattributed():
    text = "Le prix a été remis hier soir à Lyon. « Je suis comblée », a réagi la lauréate."
    assert quotes(text) == [("Je suis comblée", "direct", None, None)]


def test_a_headed_interview_whose_answer_says_yes_in_its_first_clause():
    text = ("ENTRETIEN. Glaciologue à Grenoble, Paul Ngom mesure la fonte des glaciers alpins.\n\n"
            "Le recul des glaciers s'accélère-t-il ?\n\n"
            "Depuis dix ans, oui. Certains ont perdu un tiers de leur volume.\n\n"
            "Peut-on l'enrayer ?\n\n"
            "Pas à l'échelle d'une vie humaine, hélas.")
    assert quotes(text, {"Paul Ngom": ["Paul Ngom"]}) == [
        ("Depuis dix ans, oui. Certains ont perdu un tiers de leur volume.", "direct", "paul ngom", None),
        ("Pas à l'échelle d'une vie humaine, hélas.", "direct", "paul ngom", None),
    ]


def test_a_pronoun_in_the_que_clause_of_a_speech_verb_is_not_the_last_person_named():
    # The body speaking is unknown to the entity stage: better no speaker than the researcher named before.
    text = ("« Le risque est réel », explique la chercheuse Awa Faye. "
            "Santé Canada a indiqué qu'elle « étudiait attentivement » ces résultats.")
    assert quotes(text, {"Awa Faye": ["Awa Faye"]}) == [("Le risque est réel", "direct", "awa faye", "expliquer")]


def test_a_t_elle_after_a_woman_and_her_male_counterpart():
    # "son homologue" is epicene: the role before the first name ("La ministre") is hers, not his.
    text = "La ministre Awa Faye a reçu son homologue Paul Ngom. « Nous ne céderons rien », a-t-elle affirmé."
    people = {"Awa Faye": ["Awa Faye"], "Paul Ngom": ["Paul Ngom"]}
    assert quotes(text, people) == [("Nous ne céderons rien", "direct", "awa faye", "affirmer")]
    assert quotes(text.replace("a-t-elle", "a-t-il"), people) == [("Nous ne céderons rien", "direct", "paul ngom", "affirmer")]


def test_monsieur_abbreviated_gives_the_gender_of_the_name_after_it():
    text = "Awa Faye a rencontré M. Paul Ngom. « Nous ne céderons rien », a-t-elle affirmé."
    assert quotes(text, {"Awa Faye": ["Awa Faye"], "Paul Ngom": ["Paul Ngom"]}) == [
        ("Nous ne céderons rien", "direct", "awa faye", "affirmer")
    ]


def test_the_person_a_participle_clause_addresses_does_not_speak():
    text = "Répondant à Paul Ngom, Awa Faye a affirmé que « rien n'est joué »."
    assert quotes(text, {"Awa Faye": ["Awa Faye"], "Paul Ngom": ["Paul Ngom"]}) == [
        ("rien n'est joué", "partial", "awa faye", "affirmer")
    ]


def test_the_person_in_the_de_complement_of_an_indefinite_role_does_not_speak():
    text = "« Rien n'est encore joué », a confié un proche de Paul Ngom, sous couvert d'anonymat."
    assert quotes(text, {"Paul Ngom": ["Paul Ngom"]}) == [("Rien n'est encore joué", "direct", None, "confier")]


def test_a_party_name_mistyped_as_a_person_before_the_name_is_not_the_speaker():
    # The entity stage may type a party ("Renouveau") as a person: the name right after it is the speaker.
    text = "Le député Renouveau Marc Lenoir a regretté une réforme « écrite sans les élus locaux »."
    people = {"Renouveau": ["Renouveau"], "Marc Lenoir": ["Marc Lenoir"]}
    assert quotes(text, people) == [("écrite sans les élus locaux", "partial", "marc lenoir", "regretter")]


def test_la_haute_cour_takes_up_a_court_named_tribunal():
    text = ("Le Tribunal administratif a rejeté la requête du collectif. Dans son jugement, la cour estime que le projet "
            "reste « compatible avec le plan local d'urbanisme ».")
    assert quotes(text, orgs={"Tribunal administratif": ["Tribunal administratif"]}) == [
        ("compatible avec le plan local d'urbanisme", "partial", "tribunal administratif", "estimer")
    ]


def test_a_speech_verb_the_parser_reads_as_a_noun_before_the_quotation():
    text = "Une enquête de la Cour des comptes parue jeudi pointe « le laxisme » des préfectures."
    assert quotes(text, orgs={"Cour des comptes": ["Cour des comptes"]}) == [("le laxisme", "partial", "cour des comptes", "pointer")]



def test_of_two_people_named_together_the_pronoun_takes_the_one_whose_gender_the_article_gives():
    text = ("Sa présidente, Awa Faye, et l'agronome Paul Ngom font visiter les pépinières. "
            "« Nous avons planté dix mille arbres », explique-t-elle.")
    assert quotes(text, {"Awa Faye": ["Awa Faye"], "Paul Ngom": ["Paul Ngom"]}) == [
        ("Nous avons planté dix mille arbres", "direct", "awa faye", "expliquer")
    ]


def test_an_epicene_noun_after_a_possessive_gives_no_gender():
    text = ("Le ministre, Marc Lenoir, a plaidé pour un accord. Son homologue, Awa Faye, s'est montrée prudente. "
            "« Le calendrier doit tenir compte de nos contraintes », a-t-elle expliqué.")
    assert quotes(text, {"Marc Lenoir": ["Marc Lenoir"], "Awa Faye": ["Awa Faye"]})[-1] == (
        "Le calendrier doit tenir compte de nos contraintes", "direct", "awa faye", "expliquer")


def test_a_name_in_quotation_marks_does_not_speak():
    text = "La navigatrice de « Marie Galante » racontait : « Je n'ai pas dormi de la nuit. »"
    found = quotes(text, {"Marie Galante": ["Marie Galante"]})
    assert [(q[0], q[2]) for q in found] == [("Je n'ai pas dormi de la nuit.", None)]



def test_pour_takes_a_role_with_coordinated_nouns_and_its_apposition():
    text = "Pour le directeur des examens et concours, Awa Faye, ces chiffres traduisent « un vrai progrès »."
    assert quotes(text, {"Awa Faye": ["Awa Faye"]}) == [("un vrai progrès", "partial", "awa faye", "pour")]


def test_pour_before_an_infinitive_names_no_one_unless_it_quotes():
    # the verb's subject speaks, not "les salariés" of the purpose clause
    assert quotes("Pour rassurer les salariés, Paul Ngom promet « aucun licenciement ».", {"Paul Ngom": ["Paul Ngom"]}) == [
        ("aucun licenciement", "partial", "paul ngom", "promettre")]
    text = ("Le ministre, Paul Ngom, a présidé le conseil. "
            "Pour reprendre les mots du ministre, « rien ne sera plus comme avant ».")
    assert quotes(text, {"Paul Ngom": ["Paul Ngom"]}) == [
        ("rien ne sera plus comme avant", "partial", "paul ngom", "pour")]


def test_le_jeune_homme_takes_up_the_man_named_before_not_the_woman_named_after():
    text = ("Paul Ngom, 23 ans, a été condamné vendredi. « Vous avez choisi de fuir », a lancé la procureure, "
            "Awa Faye. À la barre, le jeune homme a présenté des excuses. « J'ai paniqué. » "
            "Son avocate, Me Léa Morel, a annoncé qu'elle ferait appel.")
    people = {"Paul Ngom": ["Paul Ngom"], "Awa Faye": ["Awa Faye"], "Léa Morel": ["Léa Morel"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("Vous avez choisi de fuir", "awa faye"), ("J'ai paniqué.", "paul ngom")]


def test_a_definite_description_takes_up_the_person_named_before_of_its_gender():
    text = ("Le chef de l'opposition, Paul Ngom, a accusé le gouvernement de cacher les coûts. "
            "« Deux milliards de plus ! » a lancé l'élu libéral. La première ministre, Awa Faye, a répliqué. "
            "« Les chiffres sont publics », a-t-elle ajouté. "
            "« Je n'irai pas aux répétitions », confie plus tard la Dakaroise.")
    people = {"Paul Ngom": ["Paul Ngom"], "Awa Faye": ["Awa Faye"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("Deux milliards de plus !", "paul ngom"), ("Les chiffres sont publics", "awa faye"),
        ("Je n'irai pas aux répétitions", "awa faye")]


def test_an_age_after_a_description_restricts_nothing():
    text = "Le but est signé Léa Morel. « J'ai fermé les yeux et j'ai tiré », rigolait l'ailière de 22 ans."
    assert quotes(text, {"Léa Morel": ["Léa Morel"]}) == [
        ("J'ai fermé les yeux et j'ai tiré", "direct", "léa morel", "rigoler")]


def test_an_office_without_a_name_is_not_given_to_the_defendant():
    text = ("La cour d'assises a condamné Paul Ngom à trente ans de réclusion. "
            "L'avocat général avait dénoncé « un crime d'une froideur absolue ».")
    assert [q[2] for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]})] == [None]


def test_ce_retraite_and_le_vieil_homme_take_up_the_man_named_before():
    text = ("Un témoin, Paul Ngom, a donné l'alerte. « J'ai vu le bateau se retourner », raconte ce retraité de 71 ans. "
            "Son épouse, Awa Faye, était restée à terre. Le chef du village, Marc Lenoir, réclame des clôtures. "
            "« Les agents viennent et repartent », soupire le vieil homme.")
    people = {"Paul Ngom": ["Paul Ngom"], "Awa Faye": ["Awa Faye"], "Marc Lenoir": ["Marc Lenoir"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("J'ai vu le bateau se retourner", "paul ngom"), ("Les agents viennent et repartent", "marc lenoir")]


def test_two_functions_joined_by_et_name_one_speaker():
    text = ("« C'est la preuve qu'on peut réussir depuis Sfax », se félicite sa cofondatrice et directrice générale, "
            "Awa Faye, 31 ans.")
    assert [q[2] for q in quotes(text, {"Awa Faye": ["Awa Faye"]})] == ["awa faye"]


def test_de_son_cote_and_a_gerund_before_an_inverted_subject():
    people = {"Paul Ngom": ["Paul Ngom"], "Awa Faye": ["Awa Faye"]}
    text = ("Paul Ngom a menacé de bloquer tout accord. « Nous ne signerons pas, insiste de son côté le vice-premier "
            "socialiste Awa Faye, un texte qui fait payer la crise aux travailleurs. »")
    assert [q[2] for q in quotes(text, people)] == ["awa faye"]
    text = "Paul Ngom est parti tôt. « On a avancé sur la fiscalité », a résumé en sortant la ministre du Budget, Awa Faye."
    assert [q[2] for q in quotes(text, people)] == ["awa faye"]


def test_l_officier_takes_up_the_colonel():
    text = ("À ses côtés, le directeur des pompiers, le colonel Paul Ngom, a salué ses équipes. "
            "“Nous avons réalisé six cents mises en sécurité”, a précisé l'officier.")
    assert [q[2] for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]})] == ["paul ngom"]


def test_a_verbless_quotation_after_a_sentence_naming_one_person_is_theirs():
    text = ("Le ministère a rappelé que le tarif est obligatoire. Sur la place du marché, Awa, 52 ans, enseignante, "
            "n'en peut plus. « Je paie deux fois pour une électricité qui ne vient pas. » Le maire, Paul Ngom, a promis "
            "de réunir les parties.")
    assert [(q[0], q[2]) for q in quotes(text, {"Awa": ["Awa"], "Paul Ngom": ["Paul Ngom"]})] == [
        ("Je paie deux fois pour une électricité qui ne vient pas.", "awa")]


def test_the_direction_of_a_firm_speaks_for_it_even_when_typed_as_a_place():
    text = "Dans un communiqué, la direction de Carvalto affirme que le plan est « la seule option »."
    mentions = [Mention(text.index("Carvalto"), text.index("Carvalto") + 8, "Carvalto", "place", "carvalto")]
    found = find_quotes(nlp.parse(text), mentions)
    assert [(q.text, q.speaker_key) for q in found] == [("la seule option", "carvalto")]


def test_a_party_typed_as_a_person_before_a_name_neither_speaks_nor_hides_his_gender():
    text = ("La glaciologue Awa Faye publie son rapport. Le député UDC Paul Ngom appelle au calme. "
            "« Les glaciers ont toujours reculé », a-t-il déclaré. « Nous parlons de mesures », rétorque-t-elle.")
    people = {"Awa Faye": ["Awa Faye"], "UDC": ["UDC"], "Paul Ngom": ["Paul Ngom"]}
    assert [q[2] for q in quotes(text, people)] == ["paul ngom", "awa faye"]


def test_an_inverted_subject_after_a_complement_with_de():
    text = "« Ce texte est une promesse tenue », a déclaré à la sortie de l'Élysée la ministre de l'Agriculture, Awa Faye."
    assert [q[2] for q in quotes(text, {"Awa Faye": ["Awa Faye"]})] == ["awa faye"]


def test_a_circumstance_after_a_description_restricts_nothing():
    text = ("Paul Ngom a présenté samedi son cinquième album. « J'ai voulu chanter ceux qui sont restés », "
            "a expliqué l'artiste en conférence de presse.")
    assert [q[2] for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]})] == ["paul ngom"]


def test_la_fondatrice_takes_up_the_woman_who_founded_the_firm():
    text = ("Fondée en 2021 par Awa Faye, ancienne ingénieure chez un opérateur, la jeune pousse revendique "
            "800 000 utilisateurs. « C'est à eux que nous pensons d'abord », explique la fondatrice.")
    assert [q[2] for q in quotes(text, {"Awa Faye": ["Awa Faye"]})] == ["awa faye"]


def test_quoted_words_are_never_the_speaker_of_the_next_quotation():
    text = ("Le ministère de la Santé a assuré dans un communiqué que « des moyens supplémentaires » seraient "
            "débloqués « dans les prochains jours ».")
    found = quotes(text, orgs={"ministère de la Santé": ["ministère de la Santé"]})
    assert [(q[0], q[2]) for q in found] == [("des moyens supplémentaires", "ministère de la santé"),
                                             ("dans les prochains jours", "ministère de la santé")]


def test_a_quotation_closed_before_the_full_stop_takes_the_speaker_named_next():
    text = ("La scierie fermera en janvier. « C'est un coup de massue. Dans un village de 700 habitants, la scierie, "
            "c'est tout ». Ces mots sont ceux du maire, Paul Ngom, joint mardi par la radio.")
    assert [q[2] for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]})] == ["paul ngom"]


def test_the_one_person_a_clause_before_a_colon_names_speaks():
    text = ("La compagnie affirme avoir installé des dispositifs d'arrosage. Une explication qui ne convainc pas "
            "Awa Faye, cultivatrice : « Venez voir mes feuilles de manioc, elles sont rouges. »")
    assert [q[2] for q in quotes(text, {"Awa Faye": ["Awa Faye"]})] == ["awa faye"]


def test_lors_d_un_point_de_presse_before_an_inverted_subject():
    text = "« Nous perdons des enfants », a déploré lors d'un point de presse à Kinshasa le Dr Paul Ngom, médecin."
    assert [q[2] for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]})] == ["paul ngom"]


def test_a_demonym_the_entity_stage_took_for_a_name_describes_the_person_named_before():
    text = "La cycliste Awa Faye a remporté le titre. « Je suis prête », a lancé l'Aveyronnaise."
    at = text.index("Aveyronnaise")
    place = Mention(at, at + len("Aveyronnaise"), "Aveyronnaise", "place", "aveyronnaise")
    at = text.index("Awa Faye")
    person = Mention(at, at + len("Awa Faye"), "Awa Faye", "person", "awa faye")
    assert [q.speaker_key for q in find_quotes(nlp.parse(text), [person, place])] == ["awa faye"]


def test_any_agent_noun_takes_up_the_person_just_named_who_holds_no_office():
    text = ("Le préfet, Jean Morel, a visité la commune. Au bord de la route, Hervé Lemoine scie les troncs abattus. "
            "« La tempête a tout couché », a soupiré le bûcheron.")
    assert quotes(text, {"Jean Morel": ["Jean Morel"], "Hervé Lemoine": ["Hervé Lemoine"]}) == [
        ("La tempête a tout couché", "direct", "hervé lemoine", "soupirer")
    ]


def test_a_noun_that_names_no_agent_takes_up_no_one():
    text = "Le cinéaste Paul Roche publie un album. « Tout commence à l'aube », précise le livret."
    assert [q[2] for q in quotes(text, {"Paul Roche": ["Paul Roche"]})] == [None]


def test_a_multiword_speech_verb_fait_valoir():
    text = "« Les règles seront revues chaque année », fait valoir Anne Roche, porte-parole du consortium."
    assert quotes(text, {"Anne Roche": ["Anne Roche"]}) == [
        ("Les règles seront revues chaque année", "direct", "anne roche", "faire valoir")
    ]


def test_a_verb_with_dans_un_communique_speaks():
    text = "La société Verbois a attribué dans un communiqué la panne à « une erreur humaine »."
    assert quotes(text, orgs={"Verbois": ["Verbois"]}) == [("une erreur humaine", "partial", "verbois", "attribuer")]


def test_celui_ci_is_the_person_named_last_who_did_not_just_speak():
    text = ("La procureure, Claire Morin, a requis trois ans contre Luc Perrin. "
            "« Vous avez menti à tout le monde », a-t-elle lancé. Celui-ci a répliqué : « Je n'ai rien volé. »")
    assert [q[2] for q in quotes(text, {"Claire Morin": ["Claire Morin"], "Luc Perrin": ["Luc Perrin"]})] == [
        "claire morin", "luc perrin"]


def test_son_rival_is_the_other_person():
    text = ("Marc Oulié a battu Pierre Vidal en finale du tournoi. « J'ai tout donné », a dit Marc Oulié. "
            "Son rival, lui, a reconnu : « Il était plus fort aujourd'hui. »")
    assert [q[2] for q in quotes(text, {"Marc Oulié": ["Marc Oulié"], "Pierre Vidal": ["Pierre Vidal"]})] == [
        "marc oulié", "pierre vidal"]


def test_a_description_with_a_hometown_is_the_subject_just_named():
    text = ("Julie Ravel a remporté le slalom devant Anna Berg. "
            "« Je suis aux anges », a confié la skieuse de Morzine.")
    found = mentions(text, {"Julie Ravel": ["Julie Ravel"], "Anna Berg": ["Anna Berg"]})
    at = text.index("Morzine")
    found.append(Mention(at, at + len("Morzine"), "Morzine", "place", "morzine"))
    assert [q.speaker_key for q in find_quotes(nlp.parse(text), found)] == ["julie ravel"]


def test_a_clause_set_off_after_the_subject_names_no_speaker():
    text = ("L'Office des eaux de Tyr a annoncé des coupures. L'établissement public, placé sous l'autorité du "
            "ministère de l'Énergie, appelle les abonnés à « rationner leur consommation ».")
    orgs = {"Office des eaux de Tyr": ["Office des eaux de Tyr"], "ministère de l'Énergie": ["ministère de l'Énergie"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["office des eaux de tyr"]


def test_the_words_of_a_que_clause_are_the_speech_verbs_subject():
    text = ("Le tribunal de Lyon a condamné Paul Vernet. Dans son jugement, la juridiction relève pourtant que "
            "le prévenu « a persisté dans ses agissements après plusieurs mises en garde ».")
    found = quotes(text, {"Paul Vernet": ["Paul Vernet"]}, {"tribunal de Lyon": ["tribunal de Lyon"]})
    assert [q[2] for q in found] == ["tribunal de lyon"]


def test_judges_named_by_their_seat_speak_for_their_court():
    text = ("Le Tribunal fédéral a rejeté le recours. Dans un arrêt publié jeudi, les juges de Mon-Repos estiment "
            "que la société « a participé de manière active à un accord ».")
    assert [q[2] for q in quotes(text, orgs={"Tribunal fédéral": ["Tribunal fédéral"]})] == ["tribunal fédéral"]


def test_a_given_name_rules_a_person_out_for_a_feminine_pronoun():
    text = ("L'avocate générale, Hélène Marzin, et l'avocat de la défense, Me Arnaud Tessier, se sont opposés. "
            "« Ce n'est pas un geste de panique », a-t-elle martelé.")
    assert [q[2] for q in quotes(text, {"Hélène Marzin": ["Hélène Marzin"], "Arnaud Tessier": ["Arnaud Tessier"]})] == [
        "hélène marzin"]


def test_any_present_verb_right_after_the_quotation_with_a_final_subject_is_an_incise():
    text = ("Adama Sanou, 50 ans, a réduit sa surface de coton. "
            "« Le sac d'engrais est passé de 18 000 à 27 000 francs », calcule le cultivateur.")
    assert quotes(text, {"Adama Sanou": ["Adama Sanou"]}) == [
        ("Le sac d'engrais est passé de 18 000 à 27 000 francs", "direct", "adama sanou", "calculer")]


def test_a_relative_introduced_by_a_possessive_speaks_as_son_compagnon():
    text = ("Nathalie Vandercamp et son compagnon, Didier Lecomte, perdront leur emploi. "
            "« On a deux enfants aux études », a-t-elle confié. « Le four tourne encore », a renchéri son compagnon.")
    people = {"Nathalie Vandercamp": ["Nathalie Vandercamp"], "Didier Lecomte": ["Didier Lecomte"]}
    assert [q[2] for q in quotes(text, people)] == ["nathalie vandercamp", "didier lecomte"]


def test_a_description_with_a_kind_complement_or_a_tagger_adjective_takes_up_the_person():
    text = ("Soamalala Rasoanirina, 36 ans, fait bouillir des fruits de cactus. "
            "« C'est ce qui nous reste », dit la mère de famille. "
            "Mabrouka Hamdi monte chaque matin dans une camionnette. « On est serrées », raconte l'ouvrière agricole.")
    people = {"Soamalala Rasoanirina": ["Soamalala Rasoanirina"], "Mabrouka Hamdi": ["Mabrouka Hamdi"]}
    assert [q[2] for q in quotes(text, people)] == ["soamalala rasoanirina", "mabrouka hamdi"]


def test_a_relative_qui_before_a_colon_is_its_antecedent():
    text = ("Le numéro deux du parti a critiqué la direction. Une charge contre le président du parti, Bruno Lescaut, "
            "qui a aussitôt recadré son lieutenant sur une radio : « Les états d'âme se règlent en interne. »")
    assert [q[2] for q in quotes(text, {"Bruno Lescaut": ["Bruno Lescaut"]})] == ["bruno lescaut"]


def test_a_function_one_person_holds_is_that_person_whatever_the_adjectives():
    text = ("Une délégation conduite par le général Igor Petrov a été reçue lundi. "
            "« Nous sommes venus travailler avec des frères », a ajouté le général russe.")
    assert [q[2] for q in quotes(text, {"Igor Petrov": ["Igor Petrov"]})] == ["igor petrov"]


def test_an_auxiliary_and_any_participle_after_the_quotation_make_an_incise():
    text = "« Vous demandez aux ouvriers de travailler jusqu'à 67 ans », a attaqué le chef de groupe, Youssef Hamdi."
    assert [q[2] for q in quotes(text, {"Youssef Hamdi": ["Youssef Hamdi"]})] == ["youssef hamdi"]


def test_an_object_clitic_before_the_incise_verb():
    text = "« Vous en êtes certain ? », l'a relancé la présidente de la cour, Anne Verdier."
    assert [q[2] for q in quotes(text, {"Anne Verdier": ["Anne Verdier"]})] == ["anne verdier"]


def test_a_capitalised_noun_of_origin_takes_up_the_person_just_named():
    text = ("Le capitaine, le troisième-ligne Mathieu Oyhenart, a parlé d'un match à oublier. "
            "« Le groupe est vexé, et c'est plutôt bon signe », a ajouté le Basque.")
    assert [q[2] for q in quotes(text, {"Mathieu Oyhenart": ["Mathieu Oyhenart"]})] == ["mathieu oyhenart"]


def test_a_trade_is_no_office_and_takes_up_the_person_just_named():
    text = ("Pour Christophe Berset, qui cultive 35 hectares de légumes à Salavaux, l'interdiction tombe au pire moment. "
            "« Trois jours sans arroser, c'est la récolte à la poubelle », calcule le maraîcher.")
    assert [q[2] for q in quotes(text, {"Christophe Berset": ["Christophe Berset"]})] == ["christophe berset"]


def test_an_unnamed_worker_of_a_named_body_is_an_anonymous_speaker():
    text = ("Les urgences de l'hôpital Robert-Ballanger débordent. « Ça fait trois fois ce mois-ci », "
            "soupire un infirmier de l'hôpital Robert-Ballanger.")
    assert [q[2] for q in quotes(text, orgs={"hôpital Robert-Ballanger": ["hôpital Robert-Ballanger"]})] == [None]


def test_an_infinitive_speech_verb_after_tenter_de_and_an_aside_in_parentheses():
    text = ("« J'ai pris trop de chantiers », a tenté d'expliquer Kévin Le Drian. "
            "« Nous n'avons pas augmenté les taux », a justifié le maire (divers gauche), Yann Le Guen.")
    people = {"Kévin Le Drian": ["Kévin Le Drian"], "Yann Le Guen": ["Yann Le Guen"]}
    assert [q[2] for q in quotes(text, people)] == ["kévin le drian", "yann le guen"]


def test_a_demonym_after_a_woman_and_a_man_is_of_its_gender():
    text = ("La Française Léonie Castel a remporté le marathon. Son entraîneur, Bruno Lamy, a salué sa course. "
            "L'Aveyronnaise se dit « prête pour les Mondiaux ».")
    people = {"Léonie Castel": ["Léonie Castel"], "Bruno Lamy": ["Bruno Lamy"]}
    assert [q[2] for q in quotes(text, people)] == ["léonie castel"]


def test_a_sister_written_with_the_ligature_is_a_relative():
    text = ("Drissa Coulibaly attend le courant. À quelques mètres, sa sœur Assitan Coulibaly coud à la main. "
            "« À la main, une seule tenue par jour », déplore sa sœur.")
    people = {"Drissa Coulibaly": ["Drissa Coulibaly"], "Assitan Coulibaly": ["Assitan Coulibaly"]}
    assert [q[2] for q in quotes(text, people)] == ["assitan coulibaly"]


def test_a_group_led_by_someone_speaks_through_its_leader_and_an_abstract_noun_describes_no_one():
    text = ("Le maire, Yann Le Goff, a défendu le budget. L'opposition, menée par l'élue écologiste Gwen Caradec, "
            "a dénoncé un budget « sans cap et sans ambition ». L'opposition a aussi dénoncé « un passage en force ».")
    people = {"Yann Le Goff": ["Yann Le Goff"], "Gwen Caradec": ["Gwen Caradec"]}
    # the second, with no speaker, is two words in quotes: no quotation of anyone (and never the mayor's)
    assert [q[2] for q in quotes(text, people)] == ["gwen caradec"]


def test_a_capitalised_word_after_a_closed_quotation_starts_a_new_sentence_not_an_incise():
    text = ("La cheffe de la délégation, Irina Sokolova, s'en est tenue à une courte déclaration : « Nous tenons nos "
            "promesses. » Interrogé sur les critiques de Bruxelles, le ministre Hamidou Sanogo a souri.")
    people = {"Irina Sokolova": ["Irina Sokolova"], "Hamidou Sanogo": ["Hamidou Sanogo"]}
    orgs = {"Bruxelles": ["Bruxelles"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["irina sokolova"]


def test_a_pronoun_after_an_unnamed_source_introduced_as_subject_is_that_source():
    text = ("Le ministre, Hamidou Sanogo, a défendu l'accord. Un diplomate européen en poste à Dakar juge pour sa part "
            "que le texte est creux. « Rien n'a changé sur le terrain », estime-t-il. Une source proche de la présidence "
            "se montre moins sévère. « Il faut attendre », confie-t-elle.")
    people = {"Hamidou Sanogo": ["Hamidou Sanogo"]}
    assert [(q[2], q[3]) for q in quotes(text, people)] == [(None, "estimer"), (None, "confier")]


def test_a_prelate_is_the_bishop_named_before():
    text = ("Mgr Joseph Ahoua, évêque de Korhogo, a célébré la messe. Puis, s'adressant aux jeunes, le prélat a lancé :\n\n"
            "« Ne vendez pas votre voix. »\n\nVenue de Bouaké, Awa Koné, 60 ans, n'a manqué aucune édition.")
    people = {"Joseph Ahoua": ["Joseph Ahoua"], "Awa Koné": ["Awa Koné"]}
    assert [q[2] for q in quotes(text, people)] == ["joseph ahoua"]


def test_pour_a_described_person_whose_given_name_the_tagger_misreads():
    text = ("Les barrages sont à 31 %. Pour l'universitaire Faten Bouslama-Mabrouk, spécialiste de l'eau, "
            "« la crise n'est plus conjoncturelle, elle est structurelle ».")
    people = {"Faten Bouslama-Mabrouk": ["Faten Bouslama-Mabrouk"]}
    assert [(q[2], q[3]) for q in quotes(text, people)] == [("faten bouslama-mabrouk", "pour")]


def test_the_defence_speaks_through_its_lawyer_and_a_quotation_opening_on_a_verb_is_said():
    text = ("Le parquet a décrit un système organisé. Pour la défense, Me Alain Tchoupa, le dossier "
            "« repose sur un audit truffé d'approximations ».")
    people = {"Alain Tchoupa": ["Alain Tchoupa"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [("repose sur un audit truffé d'approximations", "alain tchoupa")]


def test_qualifier_de_in_the_active_quotes_and_in_the_passive_names():
    text = ("L'avocate générale Hélène Marval a requis dix ans contre celui qu'elle qualifie de « seul responsable "
            "d'une soirée qui a viré au drame ». Le maire a été qualifié de « traître ». "
            "La procureure Sandra Motte a dépeint un homme qui « savait d'où venait l'argent ».")
    people = {"Hélène Marval": ["Hélène Marval"], "Sandra Motte": ["Sandra Motte"]}
    assert [(q[2], q[3]) for q in quotes(text, people)] == [("hélène marval", "qualifier"), ("sandra motte", "dépeindre")]


def test_a_fronted_circumstance_is_not_the_subject_before_a_colon():
    text = ("Les infirmières de l'Hôpital régional de Rimouski refusent les heures supplémentaires. Devant "
            "l'établissement, la présidente du syndicat, Josée Bérubé-Lavier, a lu une lettre adressée à la direction :\n\n"
            "« Nous avons tenu pendant la pandémie, nous ne tiendrons plus. »")
    people = {"Josée Bérubé-Lavier": ["Josée Bérubé-Lavier"]}
    orgs = {"Hôpital régional de Rimouski": ["Hôpital régional de Rimouski"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["josée bérubé-lavier"]


def test_a_body_named_right_before_a_verb_the_parser_left_without_subject():
    text = ("Des tirs ont été entendus à Solino. Dans une note de presse, la Police nationale d'Haïti (PNH) affirme "
            "avoir « repoussé une tentative d'incursion » de membres d'un gang. Dans une déclaration écrite, "
            "Santé Québec dit « prendre la situation très au sérieux ».")
    orgs = {"Police nationale d'Haïti": ["Police nationale d'Haïti", "PNH"], "Santé Québec": ["Santé Québec"]}
    assert [(q[2], q[3]) for q in quotes(text, orgs=orgs)] == [
        ("police nationale d'haïti", "affirmer"), ("santé québec", "dire")]


def test_a_name_after_a_possessive_role_wins_over_an_earlier_holder_of_that_role():
    text = ("Le porte-parole du renseignement ukrainien, Andriï Sokolenko, avait laissé entendre que les rebelles avaient "
            "reçu « toutes les informations nécessaires ». Kiev a réagi lundi. « L'Ukraine respecte le droit "
            "international », a écrit sur X son porte-parole, Oleh Tykhonenko.")
    people = {"Andriï Sokolenko": ["Andriï Sokolenko"], "Oleh Tykhonenko": ["Oleh Tykhonenko"]}
    assert [(q[2], q[3]) for q in quotes(text, people)] == [
        ("andriï sokolenko", "laisser entendre"), ("oleh tykhonenko", "écrire")]


def test_a_deputy_function_is_covered_by_its_hypernym_and_a_pour_phrase_may_hold_an_acronym():
    text = ("La Russie est prête à aider le Niger, a déclaré le vice-ministre russe de l'Énergie, Alexeï Vorontov. "
            "« Nous ne venons pas prendre l'uranium », a souligné le responsable russe. Pour la présidente de "
            "l'Alliance pour la refondation démocratique (ARD), Brigitte Sossa, la réforme est « un coup d'État "
            "constitutionnel en bonne et due forme ».")
    people = {"Alexeï Vorontov": ["Alexeï Vorontov"], "Brigitte Sossa": ["Brigitte Sossa"]}
    assert [q[2] for q in quotes(text, people)] == ["alexeï vorontov", "brigitte sossa"]


def test_a_misread_verb_whose_que_clause_holds_the_quotation():
    text = ("L'eurodéputée Sarah Van Hoore a salué la décision. Sa collègue N-VA Liesbeth Vermeer juge au contraire "
            "qu'il faut « éviter toute dérive vers la censure ».")
    people = {"Sarah Van Hoore": ["Sarah Van Hoore"], "Liesbeth Vermeer": ["Liesbeth Vermeer"]}
    assert [q[2] for q in quotes(text, people)] == ["liesbeth vermeer"]


def test_an_interview_answer_by_initials_holds_its_own_quoted_words():
    text = ("Chercheuse, Fatou Bagayoko suit la présence russe au Sahel.\n\n"
            "Jeune Afrique : Les populations y gagnent-elles ?\n\n"
            "F. B. : Elles paient le prix de ce que Moscou appelle la « lutte antiterroriste ». Rien n'a changé.")
    people = {"Fatou Bagayoko": ["Fatou Bagayoko"], "F. B.": ["F. B."]}
    assert [(q[0][:12], q[2]) for q in quotes(text, people)] == [("Elles paient", "fatou bagayoko")]


def test_a_three_word_function_is_learned_and_a_portfolio_may_run_over_commas():
    text = ("C'est avec ces mots que la garde des Sceaux, Claire Monteval, a défendu son projet. « Nous ne vidons pas "
            "les prisons », a insisté la ministre. « Nos peuples n'ont pas à payer nos choix », a déclaré le ministre "
            "des Affaires étrangères, de la Coopération régionale et des Burkinabè de l'extérieur, Landry Sanogo.")
    people = {"Claire Monteval": ["Claire Monteval"], "Landry Sanogo": ["Landry Sanogo"]}
    assert [q[2] for q in quotes(text, people)] == ["claire monteval", "landry sanogo"]


def test_a_function_with_a_complement_before_the_name_in_apposition():
    text = ("« Les flammes sortaient déjà par le toit », a expliqué le chef aux opérations du Service de sécurité "
            "incendie de Montréal (SIM), Stéphane Tremblay-Ouellet.")
    assert [q[2] for q in quotes(text, {"Stéphane Tremblay-Ouellet": ["Stéphane Tremblay-Ouellet"]})] == ["stéphane tremblay-ouellet"]


def test_the_head_of_a_body_is_learned_past_an_acronym_and_an_abbreviation_and_taken_up_as_its_chief():
    text = ("Le directeur général a.i. de la Police nationale d'Haïti (PNH), Jean-Élie Barthelot, a tenu une conférence "
            "de presse. « Nous avons perdu trois agents », a déclaré le chef de la police.")
    people = {"Jean-Élie Barthelot": ["Jean-Élie Barthelot"]}
    orgs = {"Police nationale d'Haïti": ["Police nationale d'Haïti", "PNH"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["jean-élie barthelot"]


def test_the_role_before_a_name_is_the_last_phrase_naming_a_function_and_a_deputy_is_a_diplomat_too():
    text = ("La visite régionale de la vice-ministre roumaine des Affaires étrangères, Ioana Petrescu, s'est achevée à "
            "Lomé. « Nous voulons des partenariats durables », a affirmé la diplomate lors d'un point de presse avec son "
            "homologue togolaise, Akossiwa Mensah-Dogbe. Celle-ci a salué « un dialogue franc ».")
    people = {"Ioana Petrescu": ["Ioana Petrescu"], "Akossiwa Mensah-Dogbe": ["Akossiwa Mensah-Dogbe"]}
    assert [q[2] for q in quotes(text, people)] == ["ioana petrescu", "akossiwa mensah-dogbe"]


def test_a_document_taken_up_again_speaks_for_the_body_that_issued_it():
    text = ("Le nombre de cas de dengue progresse à Abidjan, selon le dernier bulletin de l'Institut national d'hygiène "
            "publique (INHP). Le document relève une « hausse inquiétante » dans deux communes. La Croix-Rouge a réagi "
            "dans la soirée sur Facebook. « Nous manquons de moustiquaires », affirme le message.")
    orgs = {"Institut national d'hygiène publique": ["Institut national d'hygiène publique", "INHP"],
            "Croix-Rouge": ["Croix-Rouge"], "Facebook": ["Facebook"]}
    assert [q[2] for q in quotes(text, {}, orgs)] == ["institut national d'hygiène publique", "croix-rouge"]


def test_a_role_noun_of_one_gender_takes_up_the_person_of_that_gender():
    text = ("Le projet a été adopté, un choix assumé par le maire, Gaël Kerbrat. Chef de file de l'opposition, Maryvonne "
            "Le Goff a dénoncé un dossier ficelé d'avance. « Personne n'a consulté les riverains », a ironisé l'élue.")
    people = {"Gaël Kerbrat": ["Gaël Kerbrat"], "Maryvonne Le Goff": ["Maryvonne Le Goff"]}
    assert [q[2] for q in quotes(text, people)] == ["maryvonne le goff"]


def test_me_makes_a_lawyer_and_the_avocat_general_is_the_prosecutor_not_the_accused():
    text = ("La cour d'assises a condamné Kévin Morvan à vingt ans de réclusion. L'avocat général avait dénoncé « un crime "
            "d'une froideur absolue ». La défense, conduite par Me Paul Ondoa, a plaidé la relaxe, face à l'avocat "
            "général Bertrand Essomba. « Mon client n'a jamais menti », a rétorqué l'avocat.")
    people = {"Kévin Morvan": ["Kévin Morvan"], "Paul Ondoa": ["Paul Ondoa"], "Bertrand Essomba": ["Bertrand Essomba"]}
    assert [q[2] for q in quotes(text, people)] == ["bertrand essomba", "paul ondoa"]
    unnamed = text[:text.index(" La défense")]
    assert [q[2] for q in quotes(unnamed, {"Kévin Morvan": ["Kévin Morvan"]})] == [None]


def test_a_colon_after_a_relative_clause_or_an_unnamed_person_and_a_spouse_in_apposition():
    text = ("Côté production, Karim Belhadj, dont la société Atlas Films a porté le projet, ne cache pas sa joie : "
            "« Les portes vont enfin s'ouvrir. » Un analyste d'un grand cabinet, qui ne souhaite pas être cité, "
            "tempère : « Le marché ne décollera qu'en 2030. » « Ils sont entrés armés », raconte son épouse, Nadia, "
            "qui était dans l'arrière-boutique.")
    people = {"Karim Belhadj": ["Karim Belhadj"], "Nadia": ["Nadia"]}
    orgs = {"Atlas Films": ["Atlas Films"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["karim belhadj", None, "nadia"]


def test_a_regulator_taken_up_by_a_generic_noun_and_a_lawyer_after_a_complement():
    text = ("Le Conseil supérieur de la communication (CSC) a suspendu le quotidien. Dans sa décision, l'instance de "
            "régulation évoque des « informations non recoupées ». « Il n'y a là aucune infraction », a affirmé à l'AFP "
            "Me Samuel Nadjindo. Une version que le procureur a qualifiée de « commode ».")
    people = {"Samuel Nadjindo": ["Samuel Nadjindo"]}
    orgs = {"Conseil supérieur de la communication": ["Conseil supérieur de la communication", "CSC"], "AFP": ["AFP"]}
    assert [(q[0], q[2]) for q in quotes(text, people, orgs)] == [
        ("informations non recoupées", "conseil supérieur de la communication"),
        ("Il n'y a là aucune infraction", "samuel nadjindo"), ("commode", None)]


def test_a_description_takes_up_a_person_given_a_trade_and_a_pronoun_the_subject_described_before():
    text = ("« On se lève à 3 h pour remplir les bidons », témoigne Khadija Benali, mère de trois enfants. Une explication "
            "qui ne convainc pas Samir Haddad, hydrologue et enseignant à l'université d'Oran. « La panne n'est qu'un "
            "déclencheur », affirme l'universitaire. Le chef du gouvernement, Marc Vervoort, a été interpellé par le "
            "député Paul Lenoir. Le Premier ministre s'est défendu point par point. "
            "« Nous tiendrons le cap », a-t-il répliqué.")
    people = {"Khadija Benali": ["Khadija Benali"], "Samir Haddad": ["Samir Haddad"], "Paul Lenoir": ["Paul Lenoir"],
              "Marc Vervoort": ["Marc Vervoort"]}
    assert [q[2] for q in quotes(text, people)] == ["khadija benali", "samir haddad", "marc vervoort"]


def test_a_senior_official_and_a_long_pour_phrase_naming_a_body_then_a_person():
    text = ("Le directeur national des affaires politiques, Fodé Camara, assure que la mesure concerne tous les partis. "
            "« La loi est la même pour tous », insiste le haut fonctionnaire. Pour le coordonnateur régional du Réseau "
            "des organisations de la société civile de Dosso, Issa Garba-Moussa, l'annonce doit « se traduire sur le "
            "terrain ».")
    people = {"Fodé Camara": ["Fodé Camara"], "Issa Garba-Moussa": ["Issa Garba-Moussa"]}
    orgs = {"Réseau des organisations de la société civile de Dosso": ["Réseau des organisations de la société civile de Dosso"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["fodé camara", "issa garba-moussa"]


def test_a_function_with_a_charge_complement_and_a_role_in_apposition_before_a_rank():
    text = ("Le nouveau gouverneur de la région du Centre-Est, le colonel Issa Kaboré, a été installé mardi. Le ministre "
            "Paul Ouédraogo a présidé la cérémonie. « Ma porte sera ouverte à tous », a promis le gouverneur. « Nous "
            "protégerons les commerçants », a souligné le commissaire chargé des affaires politiques, de la paix et de "
            "la sécurité, Kwame Asante-Boateng.")
    people = {"Issa Kaboré": ["Issa Kaboré"], "Paul Ouédraogo": ["Paul Ouédraogo"],
              "Kwame Asante-Boateng": ["Kwame Asante-Boateng"]}
    assert [q[2] for q in quotes(text, people)] == ["issa kaboré", "kwame asante-boateng"]


def test_a_verb_after_a_closed_quoted_sentence_belongs_to_the_next_sentence():
    text = ("Au sortir de la réunion, le secrétaire régional de la FGTB, Salvatore Greco, ne décolérait pas. «On nous "
            "annonce la fin de 140 ans d'histoire en vingt minutes.» Sa collègue de la CSC, Nathalie Piérard, a évoqué "
            "un choc terrible.")
    people = {"Salvatore Greco": ["Salvatore Greco"], "Nathalie Piérard": ["Nathalie Piérard"]}
    assert [q[2] for q in quotes(text, people)] == ["salvatore greco"]


def test_a_title_between_a_role_and_a_name_and_a_fronted_participle_clause_before_the_subject():
    text = ("Face à la presse jeudi, le ministre du Pétrole, Dr Hamadou Garba, a annoncé trois expulsions. « Nos lois "
            "s'appliquent à tous », a martelé le ministre. Interrogé par France 24, un conseiller à la présidence, qui "
            "a souhaité garder l'anonymat, balaie les critiques : « Les Russes sont ici à notre demande. »")
    people = {"Hamadou Garba": ["Hamadou Garba"]}
    orgs = {"France 24": ["France 24"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["hamadou garba", None]


def test_the_press_names_the_president_and_the_prime_minister_by_their_seat():
    text = ("Le chef de l'État, Hervé Castel, a reçu les ambassadeurs. « Nous n'avons pas su expliquer notre action », a "
            "lancé le locataire de l'Élysée. Le premier ministre, Bertrand Sauvage, a été interpellé. Le locataire de "
            "Matignon a répondu : « Le 49.3 est dans la Constitution. »")
    people = {"Hervé Castel": ["Hervé Castel"], "Bertrand Sauvage": ["Bertrand Sauvage"]}
    orgs = {"Élysée": ["Élysée"], "Matignon": ["Matignon"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["hervé castel", "bertrand sauvage"]


def test_a_demonstrative_role_phrase_takes_up_the_person_just_named():
    text = ("Joint par RFI, Modibo Sanogo, l'un des animateurs de la coordination, a dénoncé une dérive. « Nous ne "
            "demandons que le respect de la charte », a insisté cet ancien garde des Sceaux.")
    assert [q[2] for q in quotes(text, {"Modibo Sanogo": ["Modibo Sanogo"]})] == ["modibo sanogo"]


def test_one_of_a_group_named_in_apposition_and_a_speech_verb_the_tagger_took_for_a_name():
    text = ("Trois randonneurs ont été secourus samedi près de Zermatt. « On a cru qu'on ne redescendrait jamais », "
            "raconte l'une d'elles, Noémie Carrel-Bovay, 54 ans. « Je ne sais pas si on reviendra », souffle Lorenz "
            "Imboden, guide de montagne.")
    people = {"Noémie Carrel-Bovay": ["Noémie Carrel-Bovay"], "Lorenz Imboden": ["Lorenz Imboden"]}
    assert [q[2] for q in quotes(text, people)] == ["noémie carrel-bovay", "lorenz imboden"]


def test_on_speaks_for_the_body_the_sentence_opens_on_and_a_member_before_his_party():
    text = ("Du côté de la Fédération des planteurs (FDP), on juge la réforme « irréaliste sans aide de l'État ». "
            "Dans l'opposition, Hervé Lacombe-Rigal, conseiller municipal LR, dénonce un « manque d'anticipation ». "
            "Le club a obtenu des créneaux ailleurs, regrette son président, Karim Lahmar.")
    people = {"Hervé Lacombe-Rigal": ["Hervé Lacombe-Rigal"], "Karim Lahmar": ["Karim Lahmar"]}
    orgs = {"Fédération des planteurs": ["Fédération des planteurs", "FDP"], "Les Républicains": ["LR"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["fédération des planteurs", "hervé lacombe-rigal"]


def test_a_document_taken_up_far_after_it_was_named_with_its_author():
    text = ("Les libellules reculent. C'est la conclusion d'une étude menée pendant huit ans par l'Université de Liège "
            "et publiée cette semaine. Près d'un tiers des espèces seraient menacées. Les marais disparaissent. Les "
            "étangs s'assèchent aussi. L'étude recommande de « restaurer les zones humides d'ici 2035 ».")
    orgs = {"Université de Liège": ["Université de Liège"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["université de liège"]


def test_state_bodies_named_with_common_nouns_speak():
    text = ("Dans ses réquisitions, le ministère public avait dénoncé « une entreprise de prédation ». Dans un "
            "communiqué lu à la télévision, l'état-major général des armées a assuré que « les assaillants font "
            "l'objet d'une traque ». La junte nigérienne a dénoncé un « acte d'hostilité ».")
    assert [q[2] for q in quotes(text)] == ["ministere public", "etat major general des armees", "junte nigerienne"]


def test_a_description_takes_up_the_one_person_of_its_gender_when_all_hold_an_office_and_an_outlet_is_no_one():
    text = ("« Sans ce réflexe, on les cherchait encore », souligne Anne Kervella, porte-parole du centre de secours. "
            "Le patron du canot, Yannick Le Bihan, raconte une intervention délicate. « Ils portaient tous leur gilet »,"
            " insiste le sauveteur bénévole. Le metteur en scène Paul Arnaud se dit ravi. La critique reste partagée "
            ": le quotidien berlinois Die Welle évoque « un exercice un peu vain ».")
    people = {"Anne Kervella": ["Anne Kervella"], "Yannick Le Bihan": ["Yannick Le Bihan"], "Paul Arnaud": ["Paul Arnaud"]}
    orgs = {"Die Welle": ["Die Welle"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["anne kervella", "yannick le bihan", "die welle"]


def test_a_definite_phrase_after_a_fronted_complement_and_the_subject_of_a_clause_with_no_speech_verb():
    text = ("Électricité du Cap (EDC) a annoncé samedi une nouvelle réduction de l’alimentation. Dans un communiqué, "
            "l’établissement public invoque « un retard de livraison de deux cargaisons de fioul ».")
    assert [q[2] for q in quotes(text, None, {"Électricité du Cap": ["Électricité du Cap", "EDC"]})] == ["électricité du cap"]
    text = "Verlaine Emballages vise une marge « qui restera comprise entre 7 et 8 % cette année »."
    assert [q[2] for q in quotes(text, None, {"Verlaine Emballages": ["Verlaine Emballages"]})] == ["verlaine emballages"]


def test_a_role_with_a_seat_no_one_was_named_with_takes_up_the_subject_of_the_sentence_before():
    text = ("La ministre des Comptes publics, Solène Varin, a défendu le texte. La présidente du groupe écologiste, "
            "Maëlle Courtin, a annoncé une motion de censure. « Ce gouvernement gouverne contre le Parlement », a lancé "
            "la députée de la Drôme.")
    doc = nlp.parse(text)  # the entity stage's own mentions: the seat is a place
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["maelle courtin"]


def test_the_defendant_is_the_one_put_on_trial_not_the_prosecutor_or_the_lawyer_named_since():
    text = ("Le parquet a requis jeudi cinq ans de prison contre Laurent Fabre-Maurin, ancien dirigeant d'une société de "
            "rénovation accusé d'avoir détourné des aides publiques. « Vous avez bâti une entreprise de fraude », a lancé "
            "le procureur, Antoine Rivet, à l'adresse du prévenu. Son avocate, Me Hélène Casal, a plaidé la relaxe. "
            "Invité à s'exprimer en dernier, le prévenu s'est borné à dire qu'il « regrettait profondément le tort causé aux "
            "clients ».")
    people = {"Laurent Fabre-Maurin": ["Laurent Fabre-Maurin"], "Antoine Rivet": ["Antoine Rivet"],
              "Hélène Casal": ["Hélène Casal"]}
    assert [q[2] for q in quotes(text, people)] == ["antoine rivet", "laurent fabre-maurin"]


def test_an_unnamed_official_after_a_fronted_participle_the_parse_took_for_the_subject():
    text = ("Joint par téléphone, un responsable de la Direction des pêches (DPP) assure que « deux navires ont été "
            "arraisonnés depuis janvier » et que les moyens vont être renforcés.")
    assert [q[2] for q in quotes(text, None, {"Direction des pêches": ["Direction des pêches", "DPP"]})] == [None]


def test_a_present_participle_noun_the_tagger_took_for_a_verb_is_a_description():
    text = ("Les Forces vives, dont le porte-parole, Mamadou Bah-Kouyaté, dénonce « un scrutin taillé sur mesure ». « On "
            "ne peut pas organiser un référendum libre quand les opposants sont en exil », insiste l'opposant, joint par "
            "téléphone à Dakar.")
    people = {"Mamadou Bah-Kouyaté": ["Mamadou Bah-Kouyaté"]}
    assert [q[2] for q in quotes(text, people)] == ["mamadou bah-kouyaté", "mamadou bah-kouyaté"]


def test_a_definite_body_right_before_the_verb_speaks_not_the_person_named_in_the_fronted_complement():
    text = ("Une affirmation que conteste la coalition citoyenne Tournons la page-Gabon. Dans une déclaration signée de son "
            "coordonnateur national, Régis Nzé Obiang, l’organisation relève plus de 40 000 doublons et exige « un audit "
            "contradictoire, ouvert à la société civile et aux partis ».")
    people = {"Régis Nzé Obiang": ["Régis Nzé Obiang"]}
    orgs = {"Tournons la page-Gabon": ["Tournons la page-Gabon"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["tournons la page-gabon"]


def test_a_generic_back_reference_means_the_body_of_that_name_or_the_one_that_acted_not_one_named_in_passing():
    text = ("Santé Lanaudière reconnaît une situation exceptionnelle, qu'elle attribue au manque de places en CHSLD. "
            "« Des lits supplémentaires seront ouverts », a précisé l'agence.")
    orgs = {"Santé Lanaudière": ["Santé Lanaudière"], "CHSLD": ["CHSLD"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["santé lanaudière"]
    text = ("Le groupe Atlas Drive va investir 1,2 milliard de dirhams à Kénitra, a annoncé mardi l'Agence marocaine de "
            "développement (AMD). Dans un communiqué, l'agence salue « un jalon décisif pour la filière ».")
    orgs = {"Atlas Drive": ["Atlas Drive"], "Agence marocaine de développement": ["Agence marocaine de développement", "AMD"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["agence marocaine de développement"]


def test_an_unnamed_member_named_by_her_party_is_no_one_named():
    text = ("« On aurait pu trouver un compromis avec une semaine de plus », confie une députée Renaissance. « Nous "
            "voterons contre », a prévenu un élu, Marc Delorme.")
    people = {"Renaissance": ["Renaissance"], "Marc Delorme": ["Marc Delorme"]}  # the model may take the party for a person
    assert [q[2] for q in quotes(text, people)] == [None, "marc delorme"]


def test_a_generic_noun_takes_up_the_envoy_named_before_not_the_host_in_the_fronted_participle():
    text = ("La visite de l'ambassadeur de France, Paul Vernier-Laube, au palais a été relayée par la télévision. Reçu "
            "pendant une heure par le général Amadou Salifou, le diplomate a évoqué « un dialogue franc et sans tabou ».")
    people = {"Paul Vernier-Laube": ["Paul Vernier-Laube"], "Amadou Salifou": ["Amadou Salifou"]}
    assert [q[2] for q in quotes(text, people)] == ["paul vernier-laube"]
    # a nationality the envoy named last does not share: someone else
    text = ("Le représentant permanent adjoint de la Russie, Piotr Sokolovski, a mis en garde. L'ambassadeur adjoint "
            "américain, John Whitcombe, a balayé l'argument. Le diplomate russe a répliqué que Washington « découvre "
            "la région quand cela l'arrange ».")
    people = {"Piotr Sokolovski": ["Piotr Sokolovski"], "John Whitcombe": ["John Whitcombe"]}
    assert [q[2] for q in quotes(text, people)] != ["john whitcombe"]


def test_a_person_coordinated_after_a_name_gets_no_role_from_it():
    text = ("La remise s'est faite en présence de la ministre de la Santé, Mme Odile Ngakosso, et de l'ambassadeur du "
            "Japon, Son Excellence M. Hiroshi Tanabe. « Nous resterons aux côtés du Congo », a indiqué le diplomate.")
    people = {"Odile Ngakosso": ["Odile Ngakosso"], "Hiroshi Tanabe": ["Hiroshi Tanabe"]}
    assert [q[2] for q in quotes(text, people)] == ["hiroshi tanabe"]


def test_a_pronoun_in_the_document_its_subject_issued_is_that_subject():
    text = ("La ministre Jeanne Dufresnoy a défendu sa réforme lundi. La Confédération paysanne a publié un communiqué "
            "dans lequel elle dénonce « un passage en force ».")
    people = {"Jeanne Dufresnoy": ["Jeanne Dufresnoy"]}
    orgs = {"Confédération paysanne": ["Confédération paysanne"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["confédération paysanne"]


def test_a_pronoun_takes_up_the_body_the_sentence_before_was_about():
    text = ("« Ces crimes ne resteront pas impunis », a déclaré la juriste Fanta Sidibé-Koné. Le Conseil supérieur de la "
            "communication n'a pas répondu. Dans une note publiée en mai, il avait dénoncé « des attaques sans "
            "fondement ».")
    people = {"Fanta Sidibé-Koné": ["Fanta Sidibé-Koné"]}
    orgs = {"Conseil supérieur de la communication": ["Conseil supérieur de la communication"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["fanta sidibé-koné", "conseil supérieur de la communication"]
    # but a person described in that sentence stays a person, and a plural pronoun no one body
    text = ("À quinze jours de la rentrée, Zoé Marchal-Pépin n'a pas de logement. L'étudiante de l'Université Laval a "
            "visité vingt appartements. « On est trente à chaque visite », déplore-t-elle.")
    people = {"Zoé Marchal-Pépin": ["Zoé Marchal-Pépin"]}
    orgs = {"Université Laval": ["Université Laval"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["zoé marchal-pépin"]


def test_a_pronoun_takes_up_the_topic_the_sentence_opens_on():
    text = ("L'ambassade de France a dénoncé des « spéculations ». Quant aux Forces armées togolaises (FAT), elles "
            "assurent que « la relève se poursuit selon le calendrier ».")
    orgs = {"ambassade de France": ["ambassade de France"], "Forces armées togolaises": ["Forces armées togolaises", "FAT"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["ambassade de france", "forces armées togolaises"]


def test_the_document_of_a_body_taken_up_by_a_generic_noun():
    text = ("Human Rights Watch accuse les forces de sécurité d'exécutions sommaires. Dans un rapport publié jeudi, "
            "l'organisation s'appuie sur des images satellites. Le document évoque « un schéma récurrent d'abus ».")
    orgs = {"Human Rights Watch": ["Human Rights Watch"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["human rights watch"]


def test_an_anonymous_official_before_a_quotation_of_several_sentences():
    text = ("Le président Karim Oussou a reçu la délégation. Joint par téléphone à Lomé, un haut fonctionnaire de "
            "l'organisation régionale rejette ces critiques. « Nos portes restent ouvertes. Les règles sont claires », "
            "a-t-il confié sous couvert d'anonymat.")
    people = {"Karim Oussou": ["Karim Oussou"]}
    assert [q[2] for q in quotes(text, people)] == [None]


def test_a_bare_role_takes_up_the_person_whose_function_it_modifies():
    text = ("C'est le message qu'a voulu faire passer mardi le ministre porte-parole du gouvernement, Kossi Agbékou, "
            "au lendemain d'une visite russe. Le ministre a confirmé que des « échanges techniques » avaient eu lieu.")
    people = {"Kossi Agbékou": ["Kossi Agbékou"]}
    assert [q[2] for q in quotes(text, people)] == ["kossi agbékou"]


def test_a_speech_verb_the_parse_hung_on_a_relative_clause_still_has_its_subject():
    text = ("À l'approche du scrutin, l'Assemblée des évêques du Togo a publié mardi une lettre appelant les élus à "
            "« bannir la haine ». Le texte, qui sera lu dimanche dans toutes les paroisses du pays, rappelle que « la "
            "paix n'est pas un slogan de campagne mais une exigence quotidienne ».")
    orgs = {"Assemblée des évêques du Togo": ["Assemblée des évêques du Togo"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["assemblée des évêques du togo"] * 2


def test_an_incise_away_from_the_quotation_has_its_subject_after_the_verb():
    text = ("Le trafic sera « fortement perturbé » jeudi sur l'ensemble des lignes Transilien et RER, a prévenu mercredi "
            "la RATP, à la veille d'une grève.")
    orgs = {"Transilien": ["Transilien"], "RER": ["RER"], "RATP": ["RATP"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["ratp"]
    # but not a participle's object clause: "estimant que la Ville « … »"
    text = ("Le conseiller Bruno Lacasse-Roy a voté contre, estimant que la Ville « frappe les petits propriétaires ».")
    people = {"Bruno Lacasse-Roy": ["Bruno Lacasse-Roy"]}
    assert [q[2] for q in quotes(text, people, {"Ville": ["Ville"]})] == ["bruno lacasse-roy"]


def test_a_subject_the_parse_gave_to_a_participle_between_commas():
    text = ("Le colonel Assane Goudiaby, arrivé au pouvoir par un coup d’État en 2023, a promis à plusieurs reprises de "
            "« reconquérir chaque village » du pays.")
    assert [q[2] for q in quotes(text, {"Assane Goudiaby": ["Assane Goudiaby"]})] == ["assane goudiaby"]


def test_a_communique_no_one_is_named_with_is_the_subject_s():
    text = ("Bamako a ordonné vendredi l'expulsion d'un attaché de l'ambassade de Suède, accusé d'« ingérence dans les "
            "affaires intérieures », selon un communiqué lu à la télévision publique.")
    orgs = {"Bamako": ["Bamako"], "ambassade de Suède": ["ambassade de Suède"]}
    assert [q[2] for q in quotes(text, None, orgs)] == ["bamako"]


def test_the_seat_of_a_ministry_stands_for_its_minister():
    text = ("Le ministre de l'Économie, Paul-Henri Vautrin, a demandé un repreneur. Mais le locataire de Bercy se veut "
            "lucide : « L'État ne peut pas se substituer à un actionnaire qui part. »")
    people = {"Paul-Henri Vautrin": ["Paul-Henri Vautrin"]}
    orgs = {"Bercy": ["Bercy"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["paul-henri vautrin"]


def test_a_pronoun_prefers_the_person_not_named_inside_a_complement():
    text = ("C'est le message qu'a voulu faire passer le ministre porte-parole du gouvernement, Alpha Kourouma-Diallo, "
            "au lendemain de la visite d'une délégation conduite par le vice-ministre de la Défense Guennadi Orlov. "
            "« Notre politique ne se décide pas ailleurs », a-t-il déclaré. Le ministre a confirmé des « discussions "
            "techniques ».")
    people = {"Alpha Kourouma-Diallo": ["Alpha Kourouma-Diallo"], "Guennadi Orlov": ["Guennadi Orlov"]}
    assert [q[2] for q in quotes(text, people)] == ["alpha kourouma-diallo", "alpha kourouma-diallo"]


def test_a_deputy_mayor_named_after_her_portfolio():
    text = ("« Ce n’est pas un projet contre les automobilistes, c’est un projet pour nos enfants », a défendu "
            "l’adjointe aux mobilités, Solenn Quéméner.")
    assert [q[2] for q in quotes(text, {"Solenn Quéméner": ["Solenn Quéméner"]})] == ["solenn quéméner"]


def test_a_description_long_after_the_only_person_of_its_gender():
    text = ("La romancière Odile Marchand-Bérubé ne s'attendait pas à ce succès. « J'ai écrit pour ma mère », lance-t-elle. "
            "L'autrice dit avoir mis dix ans à trouver la forme. Son éditeur, Luc Gendron, se souvient d'un manuscrit "
            "raturé. « Elle réécrit tout », rigole-t-il. Le livre sera adapté au théâtre. Il a été traduit en anglais. "
            "Les droits ont été vendus en Italie. « Je n'irai pas aux répétitions », confie la Sherbrookoise.")
    people = {"Odile Marchand-Bérubé": ["Odile Marchand-Bérubé"], "Luc Gendron": ["Luc Gendron"]}
    assert [q[2] for q in quotes(text, people)][-1] == "odile marchand-bérubé"


def test_a_member_of_the_government_is_the_minister_named_before():
    text = ("Le ministre des Travaux publics, Emmanuel Ndzana Owona, a visité le chantier. Le membre du gouvernement a "
            "exigé de l'entreprise « un travail de jour comme de nuit ».")
    assert [q[2] for q in quotes(text, {"Emmanuel Ndzana Owona": ["Emmanuel Ndzana Owona"]})] == ["emmanuel ndzana owona"]


def test_a_country_s_diplomacy_is_its_foreign_ministry():
    text = ("Dans un communiqué publié lundi, la diplomatie algérienne a dénoncé « les allégations mensongères d'une "
            "junte en quête de légitimité ».")
    assert [q[2] for q in quotes(text)] == ["ministere algerien des affaires etrangeres"]


def test_a_pronoun_after_the_defendant_described_in_the_sentence_before():
    text = ("Karim Belhadj-Rossi comparaît depuis lundi devant la cour d'assises pour le meurtre de son associé. "
            "L’avocat de la défense, Me Romain Duclos, s’est engouffré dans la brèche en dénonçant « un souvenir qui "
            "surgit opportunément ». Dans le box, l’accusé, vêtu d’un pull gris, a secoué la tête. « Je ne l’ai jamais "
            "menacé », a-t-il lâché d’une voix sourde.")
    people = {"Karim Belhadj-Rossi": ["Karim Belhadj-Rossi"], "Romain Duclos": ["Romain Duclos"]}
    assert [q[2] for q in quotes(text, people)] == ["romain duclos", "karim belhadj-rossi"]


def test_an_incise_with_an_object_pronoun_before_its_verb():
    text = ("« Vous en êtes certain ? Vous n’en aviez jamais parlé aux enquêteurs », l’a relancé la présidente de la "
            "cour, Anne-Laure Vergnes.")
    assert [q[2] for q in quotes(text, {"Anne-Laure Vergnes": ["Anne-Laure Vergnes"]})] == ["anne-laure vergnes"]


def test_a_nationality_and_its_country_are_one_modifier_of_a_role():
    text = ("Le ministre des Affaires étrangères, Mahamat Idriss Abakar, a reçu l'ambassadeur de Chine, Wang Jianguo. "
            "Le diplomate chinois a salué « une amitié éprouvée ».")
    people = {"Mahamat Idriss Abakar": ["Mahamat Idriss Abakar"], "Wang Jianguo": ["Wang Jianguo"]}
    assert [q[2] for q in quotes(text, people)] == ["wang jianguo"]


def test_an_adjective_before_an_epicene_noun_gives_the_description_its_gender():
    text = ("Le procès de l'ancien échevin des Finances, Marc Deschamps, s'est ouvert lundi. « Rien ne prouve ces "
            "virements », a plaidé son avocate, Me Julie Ferrand. À la barre, l'ancien mandataire libéral s'est dit "
            "« serein ».")
    people = {"Marc Deschamps": ["Marc Deschamps"], "Julie Ferrand": ["Julie Ferrand"]}
    assert [q[2] for q in quotes(text, people)] == ["julie ferrand", "marc deschamps"]


def test_a_speech_verb_the_parse_hung_on_its_subject_noun_as_a_participle():
    text = ("Dans le village, où les camions arrivent au compte-gouttes, une habitante jointe par RFI, Aminata "
            "Coulibaly, décrit une situation « intenable ».")
    assert [q[2] for q in quotes(text, {"Aminata Coulibaly": ["Aminata Coulibaly"]})] == ["aminata coulibaly"]


def test_a_present_participle_after_a_comma_has_the_sentence_s_subject():
    text = ("Le groupe minier Sahel Gold a annoncé mardi, sur une chaîne Telegram qui lui est proche, son départ du pays, "
            "affirmant avoir « respecté tous ses engagements ».")
    assert [q[2] for q in quotes(text, orgs={"Sahel Gold": ["Sahel Gold"], "Telegram": ["Telegram"]})] == ["sahel gold"]


def test_a_verb_the_tagger_took_for_a_noun_after_a_named_person_set_off_by_commas():
    text = 'Une décision que la présidente du syndicat, Claire Moreau, juge "inacceptable".'
    assert [q[2] for q in quotes(text, {"Claire Moreau": ["Claire Moreau"]})] == ["claire moreau"]


def test_an_indefinite_description_then_a_name_after_an_inverted_verb():
    text = ("Le ministre, Paul Ngom, s'est rendu sur place. « Personne ne nous a prévenus », lui a rétorqué un notable "
            "du quartier de Médina, Issa Traoré.")
    people = {"Issa Traoré": ["Issa Traoré"], "Paul Ngom": ["Paul Ngom"]}
    assert [q[2] for q in quotes(text, people)] == ["issa traoré"]


def test_a_plural_pronoun_takes_up_the_body_whose_members_spoke():
    text = ("Réunis à Lomé, les ministres de l'Union africaine ont appelé au dialogue. Dans leur déclaration finale, "
            "ils estiment que « la transition doit rester civile ».")
    assert [q[2] for q in quotes(text, orgs={"Union africaine": ["Union africaine"]})] == ["union africaine"]


def test_the_one_made_to_speak_by_faire_dire():
    text = ("C'est le troisième braquage du mois, ce qui fait dire à l'échevin de la Sécurité, Jean Poulain, qu'il "
            "faudra « renforcer les patrouilles ».")
    assert [q[2] for q in quotes(text, {"Jean Poulain": ["Jean Poulain"]})] == ["jean poulain"]


def test_a_document_consulted_by_an_outlet_is_not_the_outlet_s():
    text = "Un audit interne consulté par Le Parisien pointait déjà « des failles graves » dans la sécurité du site."
    assert [q[2] for q in quotes(text, orgs={"Le Parisien": ["Le Parisien"]})] == [None]


def test_a_body_that_declined_to_comment_issued_no_document():
    text = ("Un collectif de juristes a publié mercredi un rapport sur les expulsions. Sollicité, le ministère de "
            "l'Intérieur n'a pas donné suite. Le rapport recommande « un moratoire immédiat ».")
    assert [q[2] for q in quotes(text, orgs={"ministère de l'Intérieur": ["ministère de l'Intérieur"]})] == [None]


def test_a_document_of_a_body_taken_up_by_a_generic_noun():
    text = ("Le réseau de surveillance Hydronet a publié son bilan. Le géographe Paul Meyer, de l'université de Berne, "
            "a coordonné les mesures. Le rapport du réseau recommande « un suivi renforcé ».")
    orgs = {"Hydronet": ["Hydronet"], "université de Berne": ["université de Berne"]}
    assert [q[2] for q in quotes(text, {"Paul Meyer": ["Paul Meyer"]}, orgs)] == ["hydronet"]


def test_a_body_with_an_apposition_before_its_on():
    text = "Du côté de la Caisse d'allocations, partie civile, on se dit « soulagé »."
    orgs = {"Caisse d'allocations": ["Caisse d'allocations"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["caisse d'allocations"]


def test_a_woman_titled_le_dr_is_taken_up_by_elle():
    text = ("Pour le Dr Mireille Santoni, pédiatre, « la maladie progresse ». « Nous manquons de lits », "
            "précise-t-elle.")
    assert [q[2] for q in quotes(text, {"Mireille Santoni": ["Mireille Santoni"]})] == ["mireille santoni"] * 2


def test_a_transitional_government_with_its_nationality_speaks():
    text = "Le gouvernement de transition guinéen a dénoncé jeudi « une ingérence inacceptable »."
    assert [q[2] for q in quotes(text)] == ["gouvernement guineen de transition"]


def test_a_portfolio_listed_with_capitalised_words_before_the_name():
    text = ("« Nous resterons vigilants », a déclaré le commissaire aux Affaires politiques, Paix et Sécurité, "
            "Jean-Marc Oyono, à Abuja.")
    assert [q[2] for q in quotes(text, {"Jean-Marc Oyono": ["Jean-Marc Oyono"]})] == ["jean-marc oyono"]


def test_evaluation_takes_a_nationality_and_its_country_for_one_name():
    from types import SimpleNamespace

    from ingest.evaluation.quotes import _same_speaker

    pred = SimpleNamespace(speaker_key="ministere algerien des affaires etrangeres", speaker_surface=None)
    assert _same_speaker({"speaker": "Ministère des Affaires étrangères de l'Algérie"}, pred, {})
    assert not _same_speaker({"speaker": "Ministère des Affaires étrangères du Maroc"}, pred, {})
    assert _same_speaker({"speaker": "Groupe Wagner"}, SimpleNamespace(speaker_key="wagner", speaker_surface=None), {})
    pred = SimpleNamespace(speaker_key="gouvernement burkinabe", speaker_surface=None)  # a country of two words
    assert _same_speaker({"speaker": "gouvernement du Burkina Faso"}, pred, {})
    assert not _same_speaker({"speaker": "gouvernement du Burkina"}, pred, {})


def test_the_bare_government_of_an_article_about_one_country_speaks():
    text = ("À Bamako, les files d'attente s'allongent, et le blocus touche Kayes et Nioro. Le gouvernement de "
            "transition assure que des convois « arrivent régulièrement » dans la capitale.")
    doc = nlp.parse(text)
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["gouvernement malien de transition"]


def test_members_of_a_body_taken_up_by_its_generic_noun_speak_as_the_body():
    text = ("Le Mali, le Burkina Faso et le Niger ont fondé la Confédération des États du Sahel. Dans un communiqué, "
            "les chefs d'état-major de la Confédération jugent la menace « sous contrôle ».")
    orgs = {"Confédération des États du Sahel": ["Confédération des États du Sahel"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["confédération des états du sahel"]


def test_a_mission_taken_up_by_a_generic_noun():
    text = ("La Force des Nations unies à Chypre (Unficyp) a signalé des tirs. Dans un communiqué, la mission "
            "onusienne rappelle que « les Casques bleus ne sont pas une cible ».")
    orgs = {"Unficyp": ["Force des Nations unies à Chypre", "Unficyp"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["unficyp"]


def test_a_stressed_pronoun_between_commas_takes_up_the_noun_phrase_before_it():
    text = ("La représentante britannique, Harriet Lowe, a proposé un texte. « Nous ne pouvons pas attendre », "
            "a-t-elle averti. L'armée soudanaise, elle, parle d'un « crime de guerre signé ».")
    assert [q[2] for q in quotes(text, {"Harriet Lowe": ["Harriet Lowe"]})] == ["harriet lowe", "armee soudanaise"]


def test_a_description_by_a_quoted_name_of_her_boat():
    text = ("La navigatrice Anne Quéré mène la flotte devant Paul Rivet. Jointe lundi, la skippeuse de « Ar Vag » a "
            "confié avoir « très peu dormi ».")
    people = {"Anne Quéré": ["Anne Quéré"], "Paul Rivet": ["Paul Rivet"]}
    assert [q[2] for q in quotes(text, people)] == ["anne quéré"]


def test_a_possessive_document_is_its_body_s():
    text = ("Météo-France a placé douze départements en vigilance orange. Son dernier bulletin évoque « des rafales "
            "de 120 km/h » sur le littoral.")
    assert [q[2] for q in quotes(text, orgs={"Météo-France": ["Météo-France"]})] == ["météo-france"]


def test_a_body_speaking_through_the_voice_of_its_president():
    text = "L'association Logis pour tous a dénoncé, par la voix de son président, Karim Ouali, « une expulsion illégale »."
    people, orgs = {"Karim Ouali": ["Karim Ouali"]}, {"Logis pour tous": ["Logis pour tous"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["karim ouali"]


def test_a_person_in_a_group_s_complement_does_not_speak():
    text = "Les avocats de Moussa Keita ont dénoncé « un procès politique »."
    assert [q[2] for q in quotes(text, {"Moussa Keita": ["Moussa Keita"]})] == [None]


def test_a_player_s_position_describes_the_player_named_before():
    text = ("Sa capitaine, Inès Morel, a inscrit huit buts. « Ce sont les filles derrière qui ont fait le travail », "
            "a assuré la demi-centre.")
    assert [q[2] for q in quotes(text, {"Inès Morel": ["Inès Morel"]})] == ["inès morel"]


def test_a_document_read_on_a_channel_is_its_subject_body_s_not_the_channel_s():
    text = ("Dans un communiqué lu sur Radio Kayira, le Conseil national de transition (CNT) reproche à l'organisation "
            "d'avoir « entretenu des contacts avec des groupes armés ». Le texte prévient que « toute récidive sera "
            "sanctionnée ».")
    orgs = {"Radio Kayira": ["Radio Kayira"], "Conseil national de transition": ["Conseil national de transition", "CNT"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["conseil national de transition", "conseil national de transition"]


def test_roles_written_after_du_and_before_civil_titles():
    text = ("La cérémonie s'est tenue au port de Dosso, en présence du ministre du Commerce et de l'Industrie, M. "
            "Issoufou Garba Maman, et de l'ambassadeur de Chine au Niger, S.E. Wang Lei. Prenant la parole, le ministre "
            "a salué « un geste d'amitié ». Pour sa part, le diplomate chinois a évoqué « une coopération durable ».")
    doc = nlp.parse(text)
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["issoufou garba maman", "wang lei"]


def test_a_spokeswoman_of_the_mayor_holds_no_mayor_s_role():
    text = ("La porte-parole du maire, Julie Ravel, a réagi. Le maire, Paul Hinault, a promis « une enquête ». "
            "« Rien n'a été caché », a assuré la porte-parole.")
    people = {"Julie Ravel": ["Julie Ravel"], "Paul Hinault": ["Paul Hinault"]}
    assert [q[2] for q in quotes(text, people)] == ["paul hinault", "julie ravel"]


def test_qualifier_de_in_an_active_tense_quotes_its_subject_but_not_the_passive():
    text = "Le syndicat qualifie d'« inacceptable » la fermeture du site. Le projet, qualifié de « vitrine », a coûté cher."
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Le syndicat": ["Le syndicat"]})] == [("inacceptable", "le syndicat")]


def test_a_bill_named_dit_de_is_a_term_and_savoir_before_an_infinitive_is_a_modal():
    text = ("L'association exige que le projet de loi dit de « solidarité fiscale » soit amendé. La fédération a répondu "
            "dans un communiqué que les banques ne sauraient « payer seules la facture ».")
    orgs = {"L'association": ["L'association"], "La fédération": ["La fédération"]}
    assert [(q[0], q[2], q[3]) for q in quotes(text, orgs=orgs)] == [("payer seules la facture", "la fédération", "répondre")]


def test_an_abbreviation_point_ends_no_sentence():
    doc = nlp.parse("Le propriétaire, Immeubles Vallée inc., assure que les travaux sont « nécessaires ».")
    assert len(list(doc.sents)) == 1


def test_a_statement_after_a_parse_ending_the_sentence_at_inc():
    text = ("Le nouveau gestionnaire, Immeubles Vallée inc., assure dans une déclaration écrite que les travaux sont "
            "« nécessaires pour la sécurité des locataires ».")
    assert [q[2] for q in quotes(text, orgs={"Immeubles Vallée inc.": ["Immeubles Vallée inc."]})] == ["immeubles vallée inc."]


def test_advising_is_speaking():
    text = "La préfecture a fermé trois routes et conseille aux automobilistes de « différer leurs déplacements »."
    assert [q[2:] for q in quotes(text, orgs={"La préfecture": ["La préfecture"]})] == [("la préfecture", "conseiller")]


def test_a_noun_rooted_sentence_speaks_through_its_subject_for_every_coordinated_verb():
    text = ("Médecins du Désert (MDD), qui appuie la riposte, juge toutefois la situation « préoccupante » et redoute "
            "« une propagation rapide avec le début de la saison des pluies ».")
    orgs = {"Médecins du Désert": ["Médecins du Désert", "MDD"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["médecins du désert", "médecins du désert"]


def test_the_winner_is_the_subject_of_the_verb_of_winning_not_the_last_person_named():
    text = ("La Liégeoise Julie Marchal a remporté dimanche le Tour des Flandres, devançant la Néerlandaise Fenna "
            "de Wit. « J'en rêvais depuis toute petite », a confié la lauréate.")
    people = {"Julie Marchal": ["Julie Marchal"], "Fenna de Wit": ["Fenna de Wit"]}
    assert [q[2] for q in quotes(text, people)] == ["julie marchal"]


def test_the_accused_is_the_one_the_court_sentenced_not_the_victim_named_after():
    text = ("La cour d'assises du Gard a condamné jeudi Marc Vidal, 52 ans, pour le meurtre de son voisin, Louis "
            "Aubert. L'accusé a pris la parole : « Je regrette tout. »")
    people = {"Marc Vidal": ["Marc Vidal"], "Louis Aubert": ["Louis Aubert"]}
    assert [q[2] for q in quotes(text, people)] == ["marc vidal"]


def test_a_report_taken_up_is_its_author_s_not_the_subject_s_of_its_sentence():
    text = ("Un réseau de 200 comptes TikTok a relayé des contenus hostiles, selon un rapport publié lundi par le Centre "
            "d'études des médias (CEM). Le rapport estime que ces pages « ont amplifié les rumeurs ».")
    orgs = {"TikTok": ["TikTok"], "Centre d'études des médias": ["Centre d'études des médias", "CEM"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["centre d'études des médias"]


def test_one_or_two_quoted_words_in_another_noun_s_complement_are_a_term():
    text = ("Le groupe Sentinelle a annoncé sur Telegram la fin de sa « mission » au Niger. Le député a dénoncé un pacte "
            "avec les partis du « bloc central ». Sentinelle dénonce une « mascarade ».")
    orgs = {"Sentinelle": ["Sentinelle"]}
    assert [q[0] for q in quotes(text, orgs=orgs)] == ["mascarade"]


def test_a_show_s_title_after_its_noun_and_an_adjective():
    text = "L'émission incriminée, « Le Grand Rendez-vous du samedi », était très suivie, selon la chaîne."
    assert quotes(text) == []


def test_a_place_in_the_apposition_before_a_colon_does_not_speak_for_the_person():
    text = "Un argument qui ne convainc pas Karim Ouali, habitant d'Aïn-Turk : « On nous parle de panne chaque été. »"
    assert [q[2] for q in quotes(text, {"Karim Ouali": ["Karim Ouali"]})] == ["karim ouali"]


def test_a_speech_verb_read_as_a_noun_before_a_preposition_after_a_fronted_apposition():
    text = ("Pédiatre au CHU Hassan II de Fès, le Dr Yassine Alami-Benjelloun alerte sur « une défiance vaccinale qui ne "
            "recule pas ».")
    people = {"Yassine Alami-Benjelloun": ["Yassine Alami-Benjelloun"]}
    assert [q[2] for q in quotes(text, people)] == ["yassine alami-benjelloun"]


def test_the_scorer_takes_a_state_body_keyed_with_its_country_for_the_body_as_written():
    from types import SimpleNamespace

    from ingest.evaluation.quotes import _same_speaker
    pred = SimpleNamespace(speaker_key="gouvernement malien de transition", speaker_surface=None)
    assert _same_speaker({"speaker": "gouvernement de transition"}, pred, {})
    assert not _same_speaker({"speaker": "gouvernement d'union nationale"}, pred, {})


def test_a_feminine_delegate_in_apposition_to_a_titled_name_and_a_capitalised_operation_name():
    text = ("« Nous avons ouvert deux centres », a indiqué la déléguée régionale de la Santé pour le Nord, le Dr Awa "
            "Mbarga Ndzana, lors d'un point de presse consacré à l'opération « Nord sans paludisme ».")
    people = {"Awa Mbarga Ndzana": ["Awa Mbarga Ndzana"]}
    orgs = {"Santé pour le Nord": ["Santé pour le Nord"]}
    assert [(q[0], q[2]) for q in quotes(text, people, orgs)] == [("Nous avons ouvert deux centres", "awa mbarga ndzana")]


def test_the_priest_takes_up_the_parish_priest_named_before():
    text = ("« Une décision mûrement réfléchie », assure le père Yann Le Goff, curé de la paroisse de Lorient. « Nous "
            "n'avions plus le choix », poursuit le prêtre.")
    assert [q[2] for q in quotes(text, {"Yann Le Goff": ["Yann Le Goff"]})] == ["yann le goff", "yann le goff"]


def test_juger_read_as_a_noun_before_pour_sa_part_que():
    text = ("Le chef de l'opposition au conseil municipal, Yannick Beaulieu, juge pour sa part que la mairesse « a vendu "
            "un projet qu'elle n'avait pas les moyens de financer ».")
    assert [q[2] for q in quotes(text, {"Yannick Beaulieu": ["Yannick Beaulieu"]})] == ["yannick beaulieu"]


def test_a_role_given_with_comme_and_a_body_whose_document_is_an_incise():
    text = ("Des fidèles ont assisté à l'installation de Mgr Jean-Marc Kouassi comme archevêque de Bouaké. Dans son "
            "homélie, le nouveau pasteur du diocèse a appelé les fidèles à être « des artisans de paix ». La Conférence "
            "des évêques du Togo avait, dans un message publié en début de semaine, exhorté les partis à « bannir tout "
            "discours de haine ».")
    people = {"Jean-Marc Kouassi": ["Jean-Marc Kouassi"]}
    orgs = {"Conférence des évêques du Togo": ["Conférence des évêques du Togo"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["jean-marc kouassi", "conférence des évêques du togo"]


def test_a_described_speaker_in_an_incise_is_the_person_named_in_apposition_after_a_comma():
    text = ("« Ce n'est pas une chute brutale, c'est un recul lent », note son coauteur, le botaniste Paul Arnoux-Ribes, "
            "du Muséum de Toulouse.")
    assert [q[2] for q in quotes(text, {"Paul Arnoux-Ribes": ["Paul Arnoux-Ribes"]})] == ["paul arnoux-ribes"]


def test_a_trade_noun_for_a_firm_takes_up_the_firm_named_before_not_the_last_person():
    text = ("Les riverains contestent le parc solaire porté par la société Helioterra. « Nous ne céderons pas », a "
            "déclaré le maire, Paul Rivière. « Nous sommes prêts à revoir le tracé », répond l'exploitant.")
    people = {"Paul Rivière": ["Paul Rivière"]}
    orgs = {"Helioterra": ["Helioterra"]}
    assert [q[2] for q in quotes(text, people, orgs)] == ["paul rivière", "helioterra"]


def test_a_subject_noun_the_tagger_took_for_a_participle_still_speaks():
    text = ("Les riverains contestent le parc solaire porté par la société Helioterra. L'exploitant assure pour sa part "
            "être « prêt à revoir le tracé ».")
    assert [q[2] for q in quotes(text, orgs={"Helioterra": ["Helioterra"]})] == ["helioterra"]


def test_a_point_the_tokenizer_left_on_a_unit_ends_its_sentence_but_initials_and_abbreviations_do_not():
    doc = nlp.parse("Le vent soufflait à 150 km/h. Les pompiers sont intervenus à 14 h. M. Paul Roux, né vers 50 av. "
                    "J.-C. selon la légende, était là.")
    assert [s.text for s in doc.sents] == ["Le vent soufflait à 150 km/h.", "Les pompiers sont intervenus à 14 h.",
                                           "M. Paul Roux, né vers 50 av. J.-C. selon la légende, était là."]
    text = ("La tempête Ciaran a frappé la côte avec des rafales à 180 km/h. Dans son bulletin, la préfecture du "
            "Finistère fait état de « 40 000 foyers privés d'électricité ».")
    orgs = {"préfecture du Finistère": ["préfecture du Finistère"]}
    assert [q[2] for q in quotes(text, {"Ciaran": ["Ciaran"]}, orgs)] == ["préfecture du finistère"]


def test_a_minister_s_office_speaks_as_an_unnamed_institution_not_the_subject_of_its_que_clause():
    text = ("Du côté d'Ottawa, le cabinet de la ministre de la Santé s'est borné à indiquer que le gouvernement "
            "« tiendra ses engagements ».")
    [q] = find_quotes(nlp.parse(text), [])
    assert (q.speaker_key, q.speaker_surface) == (None, "le cabinet de la ministre de la Santé")


def test_the_antecedent_of_qui_is_the_body_before_a_participle_not_the_one_in_its_complement():
    text = ("L'assaut a été revendiqué par le Front de libération du Macina, affilié à l'État islamique, qui dit avoir "
            "tenu la ville « pendant deux jours ».")
    orgs = {"Front de libération du Macina": ["Front de libération du Macina"], "État islamique": ["État islamique"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["front de libération du macina"]


def test_a_body_whose_compound_name_the_tokenizer_cut_at_its_hyphen_speaks():
    text = ("Les derniers soldats ont quitté la base de Faya. L'état-major tchadien a salué dans un communiqué « un retrait "
            "conduit dans le calme, en bonne entente avec nos partenaires ».")
    [q] = find_quotes(nlp.parse(text), [])
    assert q.speaker_surface == "L'état-major tchadien"


def test_the_regulatory_organ_is_the_regulator_named_before():
    text = ("Le Conseil national de l'audiovisuel a suspendu la chaîne Télé Sahel. Dans sa décision, l'organe de "
            "régulation dit avoir « relevé des manquements répétés ».")
    orgs = {"Conseil national de l'audiovisuel": ["Conseil national de l'audiovisuel"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["conseil national de l'audiovisuel"]


def test_a_diplomat_of_one_nationality_is_not_the_minister_of_another():
    text = ("Le ministre malien des Affaires étrangères, Moussa Traoré, a ouvert la session : « Nous restons unis. » À "
            "Accra, l'Union africaine, par la voix de son commissaire, Kwesi Owusu-Mensah, a pris acte. « La porte reste "
            "ouverte », a assuré le diplomate ghanéen.")
    people = {"Moussa Traoré": ["Moussa Traoré"], "Kwesi Owusu-Mensah": ["Kwesi Owusu-Mensah"]}
    assert [q[2] for q in quotes(text, people, {"Union africaine": ["Union africaine"]})] == ["moussa traoré", "kwesi owusu-mensah"]


def test_a_capital_after_a_quotation_closed_on_a_full_stop_starts_a_sentence_and_the_mark_stays_with_its_own():
    text = ("Le ministre l'a répété sur les ondes : « Nous les présenterons le moment venu. » Pour l'ancien ambassadeur "
            "Firmin Agbo, la crise « dépasse l'incident ». Il a dit\u00a0: «\u00a0Jamais\u00a0!\u00a0» Puis il est parti.")
    assert [s.text.strip() for s in nlp.parse(text).sents] == [
        "Le ministre l'a répété sur les ondes : « Nous les présenterons le moment venu. »",
        "Pour l'ancien ambassadeur Firmin Agbo, la crise « dépasse l'incident ».",
        "Il a dit\u00a0: «\u00a0Jamais\u00a0!\u00a0»", "Puis il est parti."]


def test_et_d_ajouter_with_a_circumstance_before_the_colon_continues_the_last_speaker():
    text = ("La navigatrice Anne Le Cam racontait une nuit difficile : « Je n'ai pas dormi. » Et d'ajouter, dans un éclat "
            "de rire : « Le bateau, lui, va très bien. »")
    assert [q[2] for q in quotes(text, {"Anne Le Cam": ["Anne Le Cam"]})] == ["anne le cam", "anne le cam"]


def test_before_a_colon_a_subordinate_clause_s_subject_does_not_speak():
    text = ("Désigné comme le chef du réseau, Karim B., 31 ans, a pris la parole avant que la cour ne se retire : « Je "
            "n'ai jamais dirigé personne. »")
    assert [q[2] for q in quotes(text, {"Karim B.": ["Karim B."]})] == ["karim b."]


def test_a_verb_after_a_colon_that_follows_the_quotation_does_not_govern_it_and_a_canton_is_no_person():
    text = ("Le fabricant de composants horlogers Morel & Fils, établi à Sainte-Croix, va supprimer 60 postes d’ici à la "
            "fin de l’année. La direction invoque «un effondrement des commandes en provenance d'Asie» ainsi que la "
            "vigueur du franc. «Nous avons tout tenté pour éviter cette décision», affirme son directeur général, Pierre "
            "Morel, petit-fils du fondateur. Le syndicat Unia parle d’«une saignée» et exige l’ouverture d’une "
            "consultation. Pour la ministre vaudoise de l’Économie, Claire Morand-Vuille, «c’est un coup dur pour toute "
            "la région, mais pas une fatalité»: le canton promet un accompagnement des salariés licenciés.")
    people = {"Pierre Morel": ["Pierre Morel"], "Claire Morand-Vuille": ["Claire Morand-Vuille"]}
    orgs = {"Morel & Fils": ["Morel & Fils"], "Unia": ["Unia"]}
    assert [q[2] for q in quotes(text, people, orgs)][-1] == "claire morand-vuille"


def test_each_office_of_an_apposition_joined_by_et_is_a_role_the_prelate_takes_up():
    text = ("Les évêques ont adopté une déclaration. Mgr Paul Kerhervé, évêque de Vannes et président du Conseil pour "
            "l'accueil, a présenté le texte. « Ce n'est pas un programme », a insisté le prélat devant la presse.")
    assert [q[2] for q in quotes(text, {"Paul Kerhervé": ["Paul Kerhervé"]})] == ["paul kerhervé"]


def test_an_appointment_gives_the_person_the_function_named_after_them():
    text = ("Le pape a nommé samedi Mgr Jean Ekotto archevêque de Douala. Joint par téléphone, le nouvel archevêque dit "
            "accueillir cette nomination « avec gratitude ».")
    assert [q[2] for q in quotes(text, {"Jean Ekotto": ["Jean Ekotto"]})] == ["jean ekotto"]


def test_a_finite_verb_the_parser_hung_on_its_subject_as_an_adjective_still_speaks_through_it():
    text = "Chez Natixis, un analyste juge l'opération « cohérente mais chère ». Le titre a cédé 2 %."
    [q] = find_quotes(nlp.parse(text), [])
    assert (q.text, q.speaker_key, q.speaker_surface) == ("cohérente mais chère", None, "un analyste")


def test_the_inverted_subject_of_an_incise_is_someone_whatever_its_noun_but_not_an_object():
    text = ("Au port, son fils Loïc, 23 ans, a choisi le métier contre l'avis de son père. « Je ne sais faire que ça », "
            "sourit le matelot.")
    assert [q[2] for q in quotes(text, {"Loïc": ["Loïc"]})] == ["loïc"]
    text = "Son adversaire, Yann Kerhoas, tête de la liste « Brest en commun », juge le coût sous-estimé d'un tiers."
    assert [q for q in quotes(text, {"Yann Kerhoas": ["Yann Kerhoas"]}) if q[0] == "Brest en commun"] == []


def test_a_thing_s_noun_with_an_agent_s_ending_describes_no_one():
    text = ("« Cinq ans que nos économies sont bloquées », lâche Karim Azar, un ingénieur à la retraite. Interrogé par "
            "L'Orient-Le Jour, un haut responsable bancaire, qui a requis l'anonymat, estime que le plan gouvernemental "
            "« fait porter l'essentiel des pertes sur les déposants ».")
    assert [q[2] for q in quotes(text, {"Karim Azar": ["Karim Azar"]})] == ["karim azar", None]


def test_the_sentence_before_a_multi_sentence_quotation_is_the_one_before_it_opens_for_a_seat_description():
    text = ("Le président du groupe socialiste, Marc Lavergne, a annoncé une motion de censure. « C'est le vingtième "
            "49.3. À ce rythme, le Parlement ne sert plus à rien », a dénoncé le député de la Corrèze.")
    assert [q[2] for q in quotes(text, {"Marc Lavergne": ["Marc Lavergne"]})] == ["marc lavergne"]


def test_a_nationality_description_is_not_the_person_introduced_with_another_nationality():
    text = ("Julie Marchetti s'est qualifiée mardi. L'Espagnole Nuria Ortega-Vidal a été battue en deux sets (6-3, 6-4). "
            "« J'ai bien servi aujourd'hui », a résumé la Française en conférence de presse.")
    people = {"Julie Marchetti": ["Julie Marchetti"], "Nuria Ortega-Vidal": ["Nuria Ortega-Vidal"]}
    assert [q[2] for q in quotes(text, people)] == ["julie marchetti"]


def test_the_head_of_a_junta_is_the_officer_named_before_not_a_director_named_after():
    text = ("Le général Amadou Sina Kouyaté a reçu lundi une délégation d'une société russe. « La Guinée ne sera plus "
            "un simple exportateur », a assuré le chef de la junte. À l'issue de l'audience, le directeur de la "
            "filiale, Sergueï Volodine-Petrov, a annoncé un investissement.")
    people = {"Amadou Sina Kouyaté": ["Amadou Sina Kouyaté"], "Sergueï Volodine-Petrov": ["Sergueï Volodine-Petrov"]}
    assert [q[2] for q in quotes(text, people)] == ["amadou sina kouyaté"]


def test_a_relative_clause_after_a_bodys_acronym_speaks_for_the_body_wherever_the_parser_hangs_it():
    text = ("L'acquisition illustre la stratégie revendiquée par le Conseil national pour la sauvegarde de la patrie "
            "(CNSP), qui estime dans une déclaration que « le Niger n'a plus à demander la permission ». "
            "« C'est la plus forte hausse », s'est félicité le directeur général du CCC, qui a appelé les producteurs "
            "à « ne pas céder aux acheteurs véreux ».")
    orgs = {"Conseil national pour la sauvegarde de la patrie": ["Conseil national pour la sauvegarde de la patrie", "CNSP"],
            "CCC": ["CCC"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == [
        "conseil national pour la sauvegarde de la patrie", None, None]


def test_a_name_before_the_description_the_parser_took_for_the_subject_speaks():
    text = ("Dans une note publiée mercredi, Viginum, le service de vigilance contre les ingérences numériques, attribue "
            "la diffusion à des comptes « présentant de fortes similitudes avec l'écosystème russe ». Dans un communiqué "
            "signé par son secrétaire général, Néjib Chaouachi, la Ligue tunisienne des droits de l'homme exprime sa "
            "« profonde inquiétude ».")
    orgs = {"Viginum": ["Viginum"], "Ligue tunisienne des droits de l'homme": ["Ligue tunisienne des droits de l'homme"]}
    assert [q[2] for q in quotes(text, {"Néjib Chaouachi": ["Néjib Chaouachi"]}, orgs)] == [
        "viginum", "ligue tunisienne des droits de l'homme"]


def test_a_document_taken_up_is_the_one_its_agent_published_not_the_sentences_subject():
    text = ("Des dizaines de pages Facebook relaient les mêmes montages : c'est ce que décrit un rapport publié mardi par "
            "le Réseau sahélien de veille numérique (RSVN). Selon le document, ce réseau « coordonné depuis l'étranger » "
            "aurait touché quatre millions de comptes.")
    orgs = {"Facebook": ["Facebook"], "Réseau sahélien de veille numérique": ["Réseau sahélien de veille numérique", "RSVN"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["réseau sahélien de veille numérique"]


def test_the_communique_taken_up_is_the_body_that_just_spoke():
    text = ("Vingt-deux civils ont été tués dimanche, a annoncé lundi le ministère nigérien de l'Intérieur, qui attribue "
            "le massacre à « des éléments de l'État islamique ». Selon le communiqué, les assaillants, « arrivés à moto "
            "en grand nombre », ont ouvert le feu.")
    orgs = {"ministère nigérien de l'Intérieur": ["ministère nigérien de l'Intérieur"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["ministère nigérien de l'intérieur"] * 2


def test_members_speaking_together_speak_as_the_one_body_named_after_them():
    text = ("Dans une déclaration votée à l'unanimité, les évêques disent vouloir « aller jusqu'au bout de la vérité ». "
            "Le président de la Conférence des évêques de France a salué le vote. Les syndicats ont dénoncé un "
            "« écran de fumée ».")
    orgs = {"Conférence des évêques de France": ["Conférence des évêques de France"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["conférence des évêques de france", None]


def test_the_management_of_a_works_named_for_its_trade_speaks_as_the_firm():
    text = ("Les travailleurs de la cartonnerie Sambrepack ont reconduit la grève. Son homologue de la CSC, Sandrine "
            "Lemye, évoque « un choc pour toute la région ». La direction, elle, assure dans un communiqué que "
            "« la procédure sera respectée à la lettre ».")
    orgs = {"Sambrepack": ["Sambrepack"], "CSC": ["CSC"]}
    assert [q[2] for q in quotes(text, {"Sandrine Lemye": ["Sandrine Lemye"]}, orgs)] == ["sandrine lemye", "sambrepack"]


def test_someone_unnamed_from_a_body_is_no_one_not_the_body():
    text = ("Un haut gradé de la PNH a confié que « plusieurs commissariats ont été abandonnés ». Selon un canal proche "
            "de Wagner, il s'agit d'« une mission accomplie ». La PNH a dénoncé « une campagne de dénigrement ».")
    orgs = {"PNH": ["PNH"], "Wagner": ["Wagner"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == [None, None, "pnh"]


def test_a_role_no_one_was_named_in_is_not_the_person_just_described_with_another_trade():
    text = ("« Nous payons nos factures », s'emporte Djamel Ghezali, un commerçant du quartier. Le wali d'Oran a demandé "
            "de « garantir l'approvisionnement des hôpitaux ». « Les rafales seront fortes », a prévenu Guillaume "
            "Fontaine, prévisionniste à Météo-France. Le préfet a demandé de « rester confiné ».")
    people = {"Djamel Ghezali": ["Djamel Ghezali"], "Guillaume Fontaine": ["Guillaume Fontaine"]}
    assert [q[2] for q in quotes(text, people)] == ["djamel ghezali", None, "guillaume fontaine", None]


def test_member_states_counted_together_speak_as_the_body_of_states_the_article_is_about():
    text = ("Les dirigeants du Mali ont réaffirmé leur volonté de faire de l'Alliance des États du Sahel (AES) une "
            "confédération, un an après leur retrait de la Communauté économique des États de l'Afrique de l'Ouest "
            "(Cédéao). Dans leur déclaration finale, les trois chefs d'État dénoncent « les sanctions illégales ».")
    orgs = {"Alliance des États du Sahel": ["Alliance des États du Sahel", "AES"],
            "Cédéao": ["Communauté économique des États de l'Afrique de l'Ouest", "Cédéao"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["alliance des états du sahel"]


def test_a_short_phrase_set_off_with_a_name_is_that_person_even_if_its_head_may_name_a_body():
    text = ("L'accusé n'a pas réagi. Son conseil, Me Jean-Marc Lemaire, a estimé que son client avait été jugé « dans "
            "un climat passionnel ». Le conseil municipal, réuni lundi, a estimé que le projet « pèserait trop lourd sur les finances de la ville ».")
    assert [q[2] for q in quotes(text, {"Jean-Marc Lemaire": ["Jean-Marc Lemaire"]})] == ["jean-marc lemaire", None]


def test_a_counterpart_holds_the_function_of_the_one_whose_counterpart_they_are():
    text = ("« C'est une page qui se tourne », a déclaré le ministre français des Armées, Paul Verrier, présent aux côtés "
            "de son homologue ivoirien, Téné Birahima Ouattara. Le retrait s'effectue « dans un climat apaisé », a "
            "insisté le ministre ivoirien. « Rien ne change », a assuré le ministre français.")
    people = {"Paul Verrier": ["Paul Verrier"], "Téné Birahima Ouattara": ["Téné Birahima Ouattara"]}
    assert [q[2] for q in quotes(text, people)] == ["paul verrier", "téné birahima ouattara", "paul verrier"]


def test_a_role_before_a_finite_verb_is_no_apposition_to_the_name_after_it():
    text = ("« On a souffert », a reconnu Luis Enrique en conférence de presse. L'entraîneur espagnol a salué la "
            "performance d'Ousmane Dembélé, auteur d'un doublé, jugeant son attaquant « au niveau des meilleurs du monde ».")
    people = {"Luis Enrique": ["Luis Enrique"], "Ousmane Dembélé": ["Ousmane Dembélé"]}
    assert [q[2] for q in quotes(text, people)] == ["luis enrique", "luis enrique"]


def test_a_reflexive_speech_verb_speaks_of_things():
    text = ("La présidente de la Confédération, Karin Keller-Sutter, a assuré que les négociations avec l'administration "
            "Trump se poursuivaient « à tous les niveaux ».")
    people = {"Karin Keller-Sutter": ["Karin Keller-Sutter"], "Trump": ["Trump"]}
    assert [q[2] for q in quotes(text, people)] == ["karin keller-sutter"]


def test_a_country_army_named_once_in_full_is_that_body_when_written_as_its_army():
    text = ("Les Forces armées maliennes (FAMa) ont subi un lourd revers près de la frontière. L'armée malienne a, de son "
            "côté, évoqué dans un communiqué un « repli tactique ».")
    orgs = {"Forces armées maliennes": ["Forces armées maliennes", "FAMa"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["forces armées maliennes"]


def test_the_head_of_a_government_is_not_a_deputy_minister_named_in_a_fronted_phrase():
    text = ("À Ouagadougou, le capitaine Ibrahim Traoré reçoit les Russes. Lors d'un entretien avec une délégation conduite "
            "par le vice-ministre de la Défense Iounous-Bek Evkourov, le chef de la transition a évoqué « une coopération "
            "qui ne s'arrête pas aux armes ».")
    doc = nlp.parse(text)
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["ibrahim traore"]


def test_a_noun_phrase_before_an_incise_with_a_pronoun_is_what_the_quotation_is_about():
    text = ("Les Forces vives accusent le général Mamadi Doumbouya de « préparer sa candidature ». Ousmane Gaoual Diallo "
            "a enfoncé le clou : le chef de l'État, a-t-il rappelé, « a fait de la bauxite une priorité nationale ».")
    doc = nlp.parse(text)
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["forces vives", "ousmane gaoual diallo"]


def test_on_from_the_side_of_a_body_taken_up_by_its_common_noun_is_that_body():
    text = ("Le régulateur a suspendu la chaîne TV5 Monde pour trois mois. Du côté de la chaîne, on indique avoir « pris "
            "acte » de la décision. Du côté de la famille, on dit « attendre des excuses ».")
    assert [q[2] for q in quotes(text, orgs={"TV5 Monde": ["TV5 Monde"]})] == ["tv5 monde", None]


def test_a_function_title_with_its_participles_is_one_phrase_and_names_no_one_else():
    text = ("« C'est un gâchis », lâche Patrick Lallement, délégué CGT. Le ministre délégué chargé de l'Industrie a assuré "
            "que l'État accompagnerait « chaque salarié, un par un ».")
    assert [q[2] for q in quotes(text, {"Patrick Lallement": ["Patrick Lallement"]}, {"CGT": ["CGT"]})] \
        == ["patrick lallement", None]


def test_the_management_speaks_for_the_firm_named_by_its_trade():
    text = ("Les 312 salariés de l'équipementier automobile Forgeal sont licenciés. « C'est un gâchis », lâche un délégué "
            "de la CGT. Selon la direction, la hausse des coûts avait rendu l'activité « structurellement déficitaire ».")
    assert [q[2] for q in quotes(text, orgs={"Forgeal": ["Forgeal"], "CGT": ["CGT"]})] == [None, "forgeal"]


def test_a_bare_plural_speaks_as_the_body_it_was_first_written_with():
    text = ("Les ministres de la Défense de l'Alliance des États du Sahel (AES) ont validé le concept de la force unifiée. "
            "Dans leur déclaration finale, les ministres se disent « déterminés à mutualiser leurs moyens ». Les habitants, "
            "eux, disent « ne plus croire aux annonces de l'état-major ».")
    orgs = {"Alliance des États du Sahel": ["Alliance des États du Sahel", "AES"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["alliance des états du sahel", None]


def test_the_agent_of_a_participle_set_off_before_the_verb_is_no_speaker():
    text = ("Le marché a été attaqué vendredi. Un habitant d'un village voisin, joint par l'AFP, raconte que les "
            "assaillants sont arrivés « à moto, par dizaines, en tirant sur tout ce qui bougeait ».")
    assert [q[2] for q in quotes(text, orgs={"AFP": ["AFP"]})] == [None]


def test_a_document_takes_up_the_body_that_announced_it_in_an_inverted_incise():
    text = ("Au moins 27 civils ont été tués vendredi dans la région de Tillabéri, a annoncé samedi le ministère de "
            "l'Intérieur dans un communiqué. \"Les auteurs de ce crime odieux seront traqués\", promet le communiqué.")
    orgs = {"ministère de l'Intérieur": ["ministère de l'Intérieur"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["ministère de l'intérieur"]


def test_a_pronoun_after_a_description_no_one_named_answers_to_is_no_one():
    text = ("« C'est une victoire », se réjouit l'avocate de la locataire, Me Camille Berthoud. La locataire, une retraitée "
            "de 74 ans, vit dans son appartement depuis 1989. \"Je n'avais nulle part où aller. Aujourd'hui, je peux "
            "enfin dormir\", a-t-elle confié à la RTS. Le major Olivier Duc a décrit l'incendie. Le propriétaire de "
            "l'entreprise se dit « anéanti par la perte ». « Trente ans de travail sont partis en fumée », a-t-il confié.")
    people = {"Camille Berthoud": ["Camille Berthoud"], "Olivier Duc": ["Olivier Duc"]}
    assert [q[2] for q in quotes(text, people)] == ["camille berthoud", None, None, None]


def test_a_platform_that_holds_documents_did_not_write_them():
    text = ("Plus de 300 faux comptes sur X, Facebook et TikTok, des dizaines de sites et une même infrastructure "
            "technique : le service de vigilance a détaillé mercredi une campagne. Selon le rapport, l'opération visait "
            "à « présenter la France comme responsable de l'insécurité ».")
    assert [q[2] for q in quotes(text, orgs={"Facebook": ["Facebook"], "TikTok": ["TikTok"]})] == [None]


def test_a_description_takes_up_the_subject_a_described_sentence_was_about_not_its_object():
    text = ("Hervé Renard a dévoilé vendredi sa liste pour les deux matchs de qualification. Le sélectionneur a rappelé "
            "Youssef En-Nesyri, qui avait quitté le groupe après un différend avec le staff. « Il est le meilleur "
            "attaquant du pays, il n'y avait aucune raison de se priver de lui », a justifié le technicien français.")
    people = {"Hervé Renard": ["Hervé Renard"], "Youssef En-Nesyri": ["Youssef En-Nesyri"]}
    assert [q[2] for q in quotes(text, people)] == ["hervé renard"]


def test_a_pronoun_after_a_fronted_participle_is_not_the_person_named_in_it():
    text = ("L'Espagnol Carlos Moyano s'est qualifié dimanche pour les quarts de finale. Interrogé sur un éventuel "
            "duel avec Lukas Brenner, il a souri : « On n'en est pas encore là. »")
    people = {"Carlos Moyano": ["Carlos Moyano"], "Lukas Brenner": ["Lukas Brenner"]}
    assert [q[2] for q in quotes(text, people)] == ["carlos moyano"]


def test_an_incise_inside_the_marks_may_end_on_a_circumstance():
    text = ("Les Aigles ont signé une cinquième victoire de suite. « Les gars ont joué avec beaucoup de caractère, a "
            "souligné l'entraîneur Marc Vidal après la rencontre. On n'a jamais paniqué. » Auteur de deux buts, Léo "
            "Garnier a été élu homme du match.")
    people = {"Marc Vidal": ["Marc Vidal"], "Léo Garnier": ["Léo Garnier"]}
    assert [(q[0], q[2]) for q in quotes(text, people)] == [
        ("Les gars ont joué avec beaucoup de caractère", "marc vidal"), ("On n'a jamais paniqué.", "marc vidal")]
    # a longer circumstance ("lors d'une conférence de presse"), after an incise of more words
    text = ("Le ministre Iouri Volkov a achevé sa tournée. « Nous ne venons pas donner des leçons, a martelé le chef de la "
            "diplomatie russe lors d'une conférence de presse. Nous venons construire. » Il est reparti mercredi.")
    assert [(q[0], q[2]) for q in quotes(text, {"Iouri Volkov": ["Iouri Volkov"]})] == [
        ("Nous ne venons pas donner des leçons", "iouri volkov"), ("Nous venons construire.", "iouri volkov")]


def test_a_body_no_one_named_inside_what_a_named_speaker_reports_speaks_through_that_speaker():
    text = ("Le gouvernement durcit les règles de fonds propres. Son directeur général, Marco Bellini, a répété devant "
            "les analystes que la banque n'excluait « aucune option » pour rester compétitive.")
    assert [(q[0], q[2]) for q in quotes(text, {"Marco Bellini": ["Marco Bellini"]})] == [("aucune option", "marco bellini")]
    # a named body inside the report speaks for itself
    text = "Le ministre Paul Ngom a rappelé que la société Orvalis avait jugé ces mesures « extrêmes »."
    assert [(q[0], q[2]) for q in quotes(text, {"Paul Ngom": ["Paul Ngom"]}, {"Orvalis": ["Orvalis"]})] == [
        ("extrêmes", "orvalis")]


def test_a_present_participle_noun_before_a_name_in_apposition():
    text = ("Un incendie a ravagé un hangar agricole. « On n'a rien pu sauver », confie l'exploitant, Yann Kerbrat, "
            "encore sous le choc.")
    assert [q[2] for q in quotes(text, {"Yann Kerbrat": ["Yann Kerbrat"]})] == ["yann kerbrat"]


def test_a_demonym_takes_up_the_subject_just_named_not_a_man_named_before():
    text = ("Son directeur sportif, Pieter Claes, a salué « une démonstration ». Matej Novak, deuxième à 17 secondes, ne "
            "s'est pas montré inquiet. « Le vrai objectif, c'est juillet », a rappelé le Slovène.")
    people = {"Pieter Claes": ["Pieter Claes"], "Matej Novak": ["Matej Novak"]}
    assert [q[2] for q in quotes(text, people)] == ["pieter claes", "matej novak"]


def test_pour_a_title_with_a_participle_and_a_name():
    text = ("Pour la ministre chargée du Numérique, Claire Vasseur, il s'agit d'« une excellente nouvelle pour la "
            "souveraineté technologique ».")
    assert [q[2] for q in quotes(text, {"Claire Vasseur": ["Claire Vasseur"]})] == ["claire vasseur"]
    other = ("Le représentant adjoint de la Russie, Ivan Sorokine, a mis en garde contre les sanctions. Une position que "
             "l'ambassadeur adjoint américain, Mark Dalton, a balayée. Le diplomate russe a répliqué que Washington « découvre "
             "le Soudan quand cela l'arrange ».")
    people = {"Ivan Sorokine": ["Ivan Sorokine"], "Mark Dalton": ["Mark Dalton"]}
    assert [q[2] for q in quotes(other, people)] == ["ivan sorokine"]


def test_a_judging_verb_read_as_a_noun_before_its_object_and_the_quoted_words():
    text = "Le président de la banque, Carl Meier, juge ces exigences « excessives et disproportionnées »."
    assert [q[2] for q in quotes(text, {"Carl Meier": ["Carl Meier"]})] == ["carl meier"]


def test_a_subject_set_off_by_a_relative_clause_speaks_through_its_communique():
    text = ("Le groupe minier Arvalis contrôlait la mine. Arvalis, qui a saisi un tribunal arbitral, se réserve dans un "
            "communiqué « le droit d'engager toute action » pour défendre ses intérêts.")
    assert [q[2] for q in quotes(text, orgs={"Arvalis": ["Arvalis"]})] == ["arvalis"]


def test_evaluation_counts_a_quotation_cut_at_an_incise_as_one_whichever_side_cuts_it():
    from ingest.evaluation.quotes import Tally
    from ingest.model import Quote

    body = "« Les taxes ne baisseront pas, prévient Yao Konan. Pas cette année. » Il est parti. « Non », dit-il."
    first, second, alone = "Les taxes ne baisseront pas", "Pas cette année.", "Non"

    def gold(*texts):
        return [{"text": t, "start": body.find(t), "end": body.find(t) + len(t), "speaker": "Yao Konan"} for t in texts]

    def predicted(*texts):
        return [Quote(body.find(t), body.find(t) + len(t), t, "direct", "Yao Konan", "yao konan") for t in texts]

    whole = "Les taxes ne baisseront pas, prévient Yao Konan. Pas cette année."
    for g, p in (((whole, alone), (first, second, alone)), ((first, second, alone), (whole, alone)),
                 ((first, second, alone), (first, second, alone))):
        tally = Tally()
        tally.add(body, gold(*g), predicted(*p))
        figures = tally.figures()
        assert (figures["strict"]["precision"], figures["strict"]["recall"], figures["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    # two pieces with different speakers are two quotations
    tally = Tally()
    tally.add(body, gold(whole), [Quote(body.find(first), body.find(first) + len(first), first, "direct", "A", "a"),
                                  Quote(body.find(second), body.find(second) + len(second), second, "direct", "B", "b")])
    assert tally.figures()["predicted"] == 2


def test_one_of_an_unnamed_group_or_people_close_to_a_body_are_not_the_body():
    text = ("Des éleveurs de la coopérative Terralia ont manifesté. L'un d'eux, joint par téléphone, affirme : "
            "« Nous avons tout perdu. »")
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Terralia": ["Terralia"]})] == [("Nous avons tout perdu.", None)]
    text = "Plusieurs blogueurs militaires proches de Wagner ont évoqué une embuscade « extrêmement lourde »."
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Wagner": ["Wagner"]})] == [("extrêmement lourde", None)]


def test_a_report_s_agent_whatever_its_parse_and_a_communique_issued_by_a_pronoun_s_body():
    text = ("Des faux comptes ont relayé ces contenus, selon un rapport publié lundi par Vigimar, le service de veille. "
            "Le document décrit un réseau « structuré, persistant et coordonné depuis l'étranger ».")
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Vigimar": ["Vigimar"]})] == [
        ("structuré, persistant et coordonné depuis l'étranger", "vigimar")]
    text = ("Le gouvernement de transition n'a pas communiqué de bilan. Dans un communiqué publié lundi soir, il a "
            "seulement évoqué une « attaque lâche et barbare ». « Les terroristes ont subi de lourdes pertes et le "
            "ratissage se poursuit », ajoute le communiqué.")
    assert [q[2] for q in quotes(text, orgs={"gouvernement de transition": ["gouvernement de transition"]})] == [
        "gouvernement de transition", "gouvernement de transition"]


def test_a_legal_form_takes_up_the_body_named_with_it():
    text = ("Le tribunal a condamné un ancien gérant de l'ASBL Toit pour Tous. L'ASBL, qui s'est constituée partie "
            "civile, s'est dite « soulagée » par ce jugement.")
    assert [(q[0], q[2]) for q in quotes(text, orgs={"Toit pour Tous": ["Toit pour Tous"]})] == [("soulagée", "toit pour tous")]


def test_an_incise_pronoun_is_the_name_that_opens_the_quotation_s_sentence():
    text = ("Le Tribunal pénal fédéral a acquitté mardi un ancien cadre. Le Ministère public de la Confédération (MPC), "
            "qui avait requis trois ans de prison, « prendra connaissance du jugement avant de décider d'un recours », "
            "a-t-il indiqué.")
    orgs = {"Tribunal pénal fédéral": ["Tribunal pénal fédéral"],
            "Ministère public de la Confédération": ["Ministère public de la Confédération"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["ministère public de la confédération"]


def test_a_seat_no_one_holds_is_not_the_last_subject_when_the_article_gave_them_another_function():
    text = ("« Le groupe a fait 40 millions de bénéfices », martèle le délégué syndical Patrick Huet. Le maire de "
            "Vire, qui a rencontré la direction, se dit « déterminé à trouver un repreneur ».")
    assert [q[2] for q in quotes(text, {"Patrick Huet": ["Patrick Huet"]})] == ["patrick huet", None]


def test_an_incise_after_a_short_complement_that_closes_the_quoted_clause():
    text = ("Le parquet, qui avait requis quatre ans, « prend acte » du jugement, a indiqué sa porte-parole, Sophie "
            "Lenoir.")
    assert [q[2] for q in quotes(text, {"Sophie Lenoir": ["Sophie Lenoir"]}, {"parquet": ["parquet"]})] == ["sophie lenoir"]


def test_generic_nouns_of_bodies_and_managers_take_up_who_was_named():
    text = ("« C'est une victoire pour les producteurs », s'est félicité son directeur général, Yves Koffi. Le "
            "responsable a toutefois mis en garde contre certains « acheteurs véreux ».")
    assert [q[2] for q in quotes(text, {"Yves Koffi": ["Yves Koffi"]})] == ["yves koffi", "yves koffi"]
    text = ("Du côté de la Fédération camerounaise de football, on se montre discret. Dans un bref communiqué, "
            "l'instance a appelé le public à « un comportement exemplaire ».")
    orgs = {"Fédération camerounaise de football": ["Fédération camerounaise de football"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["fédération camerounaise de football"]
    text = ("Chez Airbus, la négociation s'est achevée sans accord. Force ouvrière juge la proposition insuffisante. "
            "La direction, elle, défend dans une note interne « une enveloppe responsable ».")
    orgs = {"Airbus": ["Airbus"], "Force ouvrière": ["Force ouvrière"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["airbus"]


def test_a_function_no_one_holds_is_the_one_who_spoke_just_before_when_given_no_other_function():
    text = ("Vladimir Poutine a tenu jeudi sa conférence de presse annuelle. Le président russe a reconnu une inflation "
            "trop élevée. « Personne ne pourra isoler la Russie », a-t-il affirmé. Sur l'Ukraine, le chef du Kremlin "
            "a répété que Moscou était prêt à négocier « sur la base des réalités du terrain ».")
    assert [q[2] for q in quotes(text, {"Vladimir Poutine": ["Vladimir Poutine"]})] == ["vladimir poutine"] * 2


def test_an_incise_pronoun_after_a_name_the_quotation_follows_directly():
    text = ("Le tribunal a acquitté lundi un gestionnaire de fortune. Le Ministère public de la Confédération (MPC) "
            "« prend connaissance du jugement », a-t-il fait savoir dans un bref communiqué.")
    orgs = {"Ministère public de la Confédération": ["Ministère public de la Confédération"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["ministère public de la confédération"]


def test_two_appositions_after_a_fronted_place_give_both_functions():
    text = ("À Niamey, le ministre des Mines, le colonel Adamou Issa, a justifié la mesure. Pour un analyste, la "
            "décision relève « d'un calcul politique ». Le ministre a aussi évoqué de nouveaux partenaires « prêts à "
            "investir ».")
    assert [q[2] for q in quotes(text, {"Adamou Issa": ["Adamou Issa"]})] == [None, "adamou issa"]


def test_the_ministry_is_the_one_of_the_minister_named_with_a_portfolio():
    text = ("La ministre de l'Éducation nationale, Mariam Touré, a appelé les grévistes au dialogue. Dans un communiqué, "
            "le ministère a prévenu que les jours de grève « feront l'objet de retenues sur salaire ».")
    doc = nlp.parse(text)
    assert [q.speaker_key for q in find_quotes(doc, find_mentions(doc))] == ["ministere de l'education nationale"]


def test_vanter_a_union_confederation_and_a_verb_the_parser_hung_on_its_subject():
    text = ("Le premier conseiller de l'ambassade, Sergueï Lipov, venu assister aux épreuves, a vanté « une "
            "coopération humaine qui construira des ponts ».")
    assert [q[2] for q in quotes(text, {"Sergueï Lipov": ["Sergueï Lipov"]})] == ["sergueï lipov"]
    text = ("L'Union générale tunisienne du travail (UGTT) a décidé une grève. Dans une déclaration, la centrale "
            "syndicale « rejette toute remise en cause du droit syndical ».")
    orgs = {"Union générale tunisienne du travail": ["Union générale tunisienne du travail", "UGTT"]}
    assert [q[2] for q in quotes(text, orgs=orgs)] == ["union générale tunisienne du travail"]
    text = ('Les syndicats ne l\'entendent pas ainsi. La CFDT, majoritaire dans l\'entreprise, réclame dans un tract '
            '"un vrai projet industriel, pas un plan comptable".')
    assert [q[2] for q in quotes(text, orgs={"CFDT": ["CFDT"]})] == ["cfdt"]


def test_a_judging_verb_read_as_a_noun_before_an_object_with_its_complement():
    text = ("La négociation s'est achevée mardi sans accord. Force ouvrière, syndicat majoritaire chez l'avionneur, juge "
            "la proposition de la direction « très en deçà des attentes ».")
    assert [q[2] for q in quotes(text, orgs={"Force ouvrière": ["Force ouvrière"]})] == ["force ouvrière"]


def test_people_met_in_local_reporting_are_anonymous_sources_whose_short_words_count():
    text = "Selon les gendarmes, la piste accidentelle est privilégiée. Un voisin évoque « une chance incroyable »."
    assert [(q[0], q[2]) for q in quotes(text)] == [("une chance incroyable", None)]
    text = "Une mère d'élève, rencontrée devant l'école, se dit « rassurée » par la réouverture des cantines."
    assert [(q[0], q[2]) for q in quotes(text)] == [("rassurée", None)]
