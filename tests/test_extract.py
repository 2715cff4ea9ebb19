"""Main text and page metadata from HTML: precedence of the metadata layers, chrome out, bad pages refused."""

from pathlib import Path

import pytest

from ingest.evaluation.extraction import same
from ingest.extract import NoArticle, _fullest, clean_byline, extract_html, iso_date, strip_site_suffix, text_byline

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = (FIXTURES / "article_fr.html").read_text("utf-8")

BODY = """Les maraîchers du fleuve face à la sécheresse

Sur les rives du fleuve, les cultivateurs de légumes ont vu le niveau de l'eau baisser plus tôt que d'habitude cette année. Beaucoup d'entre eux ont dû creuser de nouveaux puits pour arroser leurs parcelles d'oignons et de tomates.

« Nous n'avions jamais connu une saison aussi sèche », explique une productrice installée depuis vingt ans près du village. Selon elle, le prix du carburant pour les motopompes a presque doublé en deux ans, ce qui pèse lourdement sur les petites exploitations familiales.

Des coopératives qui s'organisent

Pour faire face, plusieurs coopératives ont mis en commun leurs moyens. Elles achètent ensemble des kits d'irrigation au goutte-à-goutte et partagent les conseils d'un technicien agricole qui passe chaque semaine dans les villages.

Les premiers résultats sont encourageants : les rendements se maintiennent malgré la chaleur, et les pertes d'eau ont diminué de moitié sur les parcelles équipées, d'après les relevés tenus par les membres eux-mêmes."""


def page(head: str = "", body: str = "", lang: str = "fr") -> str:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in (
        "Le conseil municipal a voté mardi soir le budget de l'année, après un long débat sur les écoles.",
        "Les élus de l'opposition ont demandé davantage de moyens pour les cantines et les transports scolaires.",
        "Le maire a promis de revenir devant l'assemblée avant l'été avec un plan détaillé et chiffré.",
    ))
    return f"<html lang='{lang}'><head>{head}</head><body><article>{body}{paragraphs}</article></body></html>"


def test_article_text_keeps_paragraphs_and_subheadings_and_drops_chrome():
    assert extract_html(ARTICLE).text == BODY


def test_inline_markup_is_joined_as_written_and_nested_blocks_kept_apart():
    body = ("<p>Le gouvernement de l'<em>État</em> a publié le <strong>décret</strong> n<sup>o</sup> 12.</p>"
            "<ul><li><h4>Budget</h4>Une hausse modeste des dépenses publiques prévue pour l'année.</li></ul>")
    paragraphs = extract_html(page(body=body)).text.split("\n\n")
    assert paragraphs[:2] == ["Le gouvernement de l'État a publié le décret no 12.",
                              "Budget Une hausse modeste des dépenses publiques prévue pour l'année."]


def test_scripts_styles_and_svg_never_reach_the_text():
    text = extract_html(ARTICLE).text
    assert [word for word in ("pistage", "publicité", "icône", "font-family", "Partager", "cookies", "À lire aussi")
            if word in text] == []


def test_json_ld_beats_opengraph_beats_markup():
    meta = extract_html(ARTICLE, "https://courrier-sahel.example/x").meta
    assert meta == {
        "title": "Les maraîchers du fleuve face à la sécheresse",
        "subtitle": "Sur les rives du fleuve, les cultivateurs changent de méthodes pour sauver leurs récoltes.",
        "description": "Sur les rives du fleuve, les cultivateurs changent de méthodes pour sauver leurs récoltes.",
        "author": "Aminata Koné, Paul Girard",  # JSON-LD persons, not the meta tag's "Rédaction"
        "published": "2024-03-01",  # JSON-LD datePublished, not article:published_time (03-02)
        "published_precision": "day",
        "modified": "2024-03-03",
        "source": "Le Courrier du Sahel",
        "url": "https://courrier-sahel.example/economie/2024/03/02/maraichers-secheresse",
        "language": "fr",
        "section": "Économie",
    }


def test_opengraph_fills_what_json_ld_lacks():
    head = ("<title>Budget voté - La Gazette</title><meta property='og:title' content='Le budget municipal est voté'>"
            "<meta property='article:published_time' content='2023-11-21T20:00:00+01:00'>"
            "<meta property='og:site_name' content='La Gazette'><meta name='author' content='Claire Morel'>")
    meta = extract_html(page(head)).meta
    assert (meta["title"], meta["published"], meta["source"], meta["author"]) == (
        "Le budget municipal est voté", "2023-11-21", "La Gazette", "Claire Morel")


def test_time_element_and_title_suffix_and_domain_are_the_last_resorts():
    body = "<h1>Le budget municipal est voté</h1><time datetime='2022-06-16'>16 juin 2022</time>"
    meta = extract_html(page("<title>Le budget municipal est voté | La Gazette</title>", body),
                        "https://www.gazette.example/ville/budget").meta
    assert (meta["title"], meta["published"], meta["source"], meta.get("author")) == (
        "Le budget municipal est voté", "2022-06-16", "gazette.example", None)


def test_date_in_the_url_when_the_page_has_none():
    meta = extract_html(page("<title>Conseil municipal</title>"), "https://www.gazette.example/2021/05/04/conseil").meta
    assert (meta["published"], meta["published_precision"]) == ("2021-05-04", "day")


def _ld(data: str) -> str:
    return f"<script type='application/ld+json'>{data}</script>"


@pytest.mark.parametrize("head, expected", [
    # a CMS default (the Unix epoch) or a date ahead of today is no publication date: the next layer's is taken
    (_ld('{"@type": "NewsArticle", "datePublished": "1970-01-01T00:00:00Z"}')
     + "<meta property='article:published_time' content='2024-03-02T08:00:00+01:00'>", "2024-03-02"),
    (_ld('{"@type": "NewsArticle", "datePublished": "2999-05-01"}')
     + "<meta property='article:published_time' content='2024-03-02'>", "2024-03-02"),
    ("<meta property='article:modified_time' content='2024-05-01'>"
     "<meta property='article:published_time' content='2024-03-02'>", "2024-03-02"),
    ("<meta name='date' content='12 mars 2024'>", "2024-03-12"),
    # the same instant in UTC and in the outlet's time zone: the outlet's day
    (_ld('{"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33Z"}')
     + "<meta property='article:published_time' content='2020-08-24T20:23:33-04:00'>", "2020-08-24"),
    (_ld('{"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33Z"}')
     + "<meta property='article:published_time' content='2020-08-24T10:00:00-04:00'>", "2020-08-25"),
    ("<meta name='date' content='March 12, 2024'>", "2024-03-12"),
    ("<meta name='date' content='Tue, 12 Mar 2024 08:00:00 GMT'>", "2024-03-12"),
])
def test_the_first_plausible_publication_date_wins(head, expected):
    assert extract_html(page(head)).meta["published"] == expected


def test_a_utc_time_just_past_midnight_is_read_on_the_day_the_url_gives():
    head = _ld('{"@type": "NewsArticle", "datePublished": "2019-11-20T01:50:59Z"}')
    dated = "https://www.gazette.example/2019/11/19/conseil"
    assert [extract_html(page(head), url).meta["published"] for url in (
        dated, "https://www.gazette.example/2019/11/12/conseil", "https://www.gazette.example/conseil")] == [
        "2019-11-19", "2019-11-20", "2019-11-20"]


def test_the_day_a_page_shows_beats_a_timestamp_one_day_off():
    # CMSs label a UTC time with the outlet's offset or write none: the reader's day wins, never an update's
    head = _ld('{"@type": "NewsArticle", "datePublished": "2019-11-20T04:31:13-06:00"}')
    shown = "<h1>Le conseil vote le budget</h1><time>19 novembre 2019, 22 h 31</time>"
    updated = "<h1>Le conseil vote le budget</h1><time>Mis à jour le 19 novembre 2019</time>"
    far = "<h1>Le conseil vote le budget</h1><time>12 novembre 2019</time>"
    assert [extract_html(page(head, body)).meta["published"] for body in (shown, updated, far)] == [
        "2019-11-19", "2019-11-20", "2019-11-20"]


def test_the_day_a_teaser_shows_does_not_date_the_article():
    head = _ld('{"@type": "NewsArticle", "datePublished": "2025-12-18T09:30:00+00:00"}')
    html = page(head, "<h1>Le conseil vote le budget</h1>").replace(
        "</body>", "<article><h2>Autre sujet</h2><time>19 décembre 2025</time></article></body>")
    assert extract_html(html).meta["published"] == "2025-12-18"


def test_a_url_date_does_not_move_a_timestamp_in_the_outlets_own_zone():
    head = _ld('{"@type": "NewsArticle", "datePublished": "2020-02-19T18:37:32+01:00"}')
    assert extract_html(page(head), "https://www.diario.example/2020/02/18/ciencia/nota.html").meta[
        "published"] == "2020-02-19"


def test_a_time_element_in_the_article_dates_a_page_without_metadata():
    body = "<h1>Le budget municipal est voté</h1><time datetime='2024-02-20T10:00'>20 février 2024</time>"
    assert extract_html(page(body=body)).meta["published"] == "2024-02-20"


def test_a_person_in_the_byline_beats_the_outlet_named_as_author():
    head = "<meta property='og:site_name' content='La Gazette'><meta name='author' content='La Gazette'>"
    byline = "<p class='byline'>Par <a rel='author' href='/auteurs/cm'>Claire Morel</a></p>"
    assert (extract_html(page(head, byline)).meta["author"], extract_html(page(head)).meta["author"]) == (
        "Claire Morel", "La Gazette")


def test_page_in_another_language_is_kept_with_its_language():
    english = ("<p>The city council passed the yearly budget on Tuesday night after a long debate about schools.</p>"
               "<p>Opposition members asked for more money for canteens and school buses across the district.</p>"
               "<p>The mayor promised to come back before summer with a detailed plan and a costed timetable.</p>")
    extracted = extract_html(f"<html lang='en'><body><article>{english}</article></body></html>")
    assert (extracted.meta["language"], extracted.text.split("\n\n")[0]) == (
        "en", "The city council passed the yearly budget on Tuesday night after a long debate about schools.")


@pytest.mark.parametrize("name", ["home_page.html", "not_found.html"])
def test_home_page_and_404_page_have_no_article(name):
    with pytest.raises(NoArticle, match="no article content"):
        extract_html((FIXTURES / name).read_text("utf-8"))


def test_a_20_mb_page_of_scripts_still_gives_its_article():
    """Its speed is measured by benchmarks/extract_speed.py, not here."""
    heavy = ARTICLE.replace("</head>", "<script>" + "var x = 1;" * 2_000_000 + "</script></head>")
    assert extract_html(heavy).text == BODY


def test_a_20_mb_page_of_markup_is_refused_with_a_clear_reason():
    heavy = ARTICLE.replace("<main>", "<main>" + "<div><p>Ligne répétée.</p></div>" * 600_000)
    with pytest.raises(NoArticle, match="page too large"):
        extract_html(heavy)


def test_a_real_french_page():
    extracted = extract_html((FIXTURES / "soundofscience.fr.1927.html").read_text("utf-8"))
    meta = extracted.meta
    assert (meta["title"], meta["author"], meta["published"], meta["language"]) == (
        "Une candidature collective à la présidence du HCERES", "Martin Clavey", "2020-01-20", "fr")
    assert extracted.text.startswith("En réaction à la candidature du conseiller recherche")


@pytest.mark.parametrize("value, expected", [
    ("2024-03-01T18:40:00+00:00", ("2024-03-01", "day")),
    ("16/06/2023", ("2023-06-16", "day")),
    ("2023-06", ("2023-06", "month")),
    ("2023", ("2023", "year")),
    ("hier soir", (None, None)),
    ("mardi 12 mars 2024 à 10h", ("2024-03-12", "day")),
    ("June 3, 2021", ("2021-06-03", "day")),
    ("Mon, 03 Jun 2019 10:00:00 GMT", ("2019-06-03", "day")),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("title, expected", [
    ("Le budget municipal est voté | La Gazette", "Le budget municipal est voté"),
    ("La Gazette - Le budget municipal est voté", "Le budget municipal est voté"),
    ("Sahel : le budget municipal est voté", "Sahel : le budget municipal est voté"),
    ("Le budget municipal est voté - Politique", "Le budget municipal est voté"),
])
def test_site_suffix_is_cut_but_not_the_headline(title, expected):
    assert strip_site_suffix(title, ["La Gazette"]) == expected


# --- bylines ------------------------------------------------------------------

@pytest.mark.parametrize("byline, expected", [
    ("Par Aminata Koné", "Aminata Koné"),
    ("Auteur : Paul Girard", "Paul Girard"),
    ("Par Aminata Koné et Paul Girard", "Aminata Koné, Paul Girard"),
    ("Par Aminata Koné, envoyée spéciale à Gao, Mali", "Aminata Koné"),
    ("Paul Girard, correspondant à Dakar", "Paul Girard"),
    ("Par Claire Morel, 21 juin 2023", "Claire Morel"),
    ("Par Claire Morel le 12 mars 2024 à 10h", "Claire Morel"),
    ("Publié le 12/03/2024 par Claire Morel", "Claire Morel"),
    ("Claire Morel | Mis à jour le 3 mai", "Claire Morel"),
    ("Claire Morel avec AFP", "Claire Morel"),
    ("Claire Morel (AFP)", "Claire Morel"),
    ("Claire Morel (avec Paul Girard et Aminata Koné)", "Claire Morel, Paul Girard, Aminata Koné"),
    ("Claire Morel - La Gazette", "Claire Morel"),
    ("By Keith Miller Senior Politics Reporter", "Keith Miller"),
    ("Marine Le Pen", "Marine Le Pen"),
    ("Jean de La Fontaine", "Jean de La Fontaine"),
    ("https://www.gazette.example/auteurs/claire-morel", None),
    ("Mardi", None),
    ("webadmin", None),
    ("Les élus de l'opposition ont demandé davantage de moyens pour les cantines", None),
    # contact details, picture credits, reading time and follow buttons glued to the names
    ("Par Claire Morel claire.morel@gazette.example", "Claire Morel"),
    ("Par Claire Morel https://twitter.com/cmorel", "Claire Morel"),
    ("Claire Morel @cmorel", "Claire Morel"),
    ("Claire Morel (cmorel@gazette.example)", "Claire Morel"),
    ("Texte : Claire Morel. Photos : Paul Girard", "Claire Morel"),
    ("Par Claire Morel Temps de lecture : 3 min", "Claire Morel"),
    ("Claire Morel Suivre", "Claire Morel"),
    ("Claire Morel Voir tous ses articles", "Claire Morel"),
    ("Jayesh Kumar View Full Profile", "Jayesh Kumar"),
    # dates in words, relative dates, other prefixes
    ("Par Claire Morel Hier à 10h05", "Claire Morel"),
    ("Par Claire Morel Publié aujourd'hui à 10h05", "Claire Morel"),
    ("Written by Keith Miller on March 3, 2021", "Keith Miller"),
    ("Un article de Claire Morel", "Claire Morel"),
    ("Une tribune de Aminata Koné et Paul Girard", "Aminata Koné, Paul Girard"),
    ("Rédigé par Claire Morel", "Claire Morel"),
    ("Par Claire Morel | Publié le 12/03/2024 à 10h05", "Claire Morel"),
    ("Par Aminata Koné, Paul Girard et Claire Morel", "Aminata Koné, Paul Girard, Claire Morel"),
    ("By AMINA KONE and PAUL GIRARD", "AMINA KONE, PAUL GIRARD"),
    ("Claire Morel AFP", "Claire Morel"),
    ("AMINA KONE, PAUL GIRARD Associated Press", "AMINA KONE, PAUL GIRARD"),
    ("Paul Girard Voir plus d'articles", "Paul Girard"),
    # other languages' prefixes and joins
    ("Von Anna Schmidt und Paul Weber", "Anna Schmidt, Paul Weber"),
    ("Por Ana Souza e João Lima", "Ana Souza, João Lima"),
    ("di Mario Rossi 12 gennaio 2020", "Mario Rossi"),
    ("Von Anna Schmidt, 22. Dezember 2022", "Anna Schmidt"),
    ("Text: Anna Schmidt Foto: Paul Weber", "Anna Schmidt"),
    ("Texte Claire Morel", "Claire Morel"),
    ("Текст Анна Смирнова", "Анна Смирнова"),
    ("Por María López 12 de diciembre de 2021", "María López"),
    # placeholders a CMS writes when nobody signed, and desks signing in a person's place
    ("Username", None),
    ("Par la rédaction", None),
    ("Service Politique", None),
    ("Zone Société - La Gazette", None),
    # credits for other work than writing
    ("Claire Morel Relu par Paul Girard", "Claire Morel"),
    ("Keith Miller Medically reviewed by Jane Doe, MD", "Keith Miller"),
])
def test_a_byline_is_cut_down_to_the_names_it_gives(byline, expected):
    assert clean_byline(byline, ["La Gazette"]) == expected


def test_the_outlet_alone_is_no_person_but_stays_when_no_person_is_named():
    assert (clean_byline("La Gazette", ["La Gazette"]), clean_byline("La Gazette")) == (None, "La Gazette")


def test_json_ld_author_references_are_resolved_and_people_beat_organisations():
    graph = ('{"@context": "https://schema.org", "@graph": ['
             '{"@type": "NewsArticle", "headline": "Le budget municipal est voté",'
             ' "author": [{"@id": "#redaction"}, {"@id": "#claire"}]},'
             '{"@type": "Organization", "@id": "#redaction", "name": "La Gazette"},'
             '{"@type": "Person", "@id": "#claire", "givenName": "Claire", "familyName": "Morel"}]}')
    head = f"<script type='application/ld+json'>{graph}</script>"
    assert extract_html(page(head)).meta["author"] == "Claire Morel"


def test_article_author_meta_that_is_a_url_is_ignored():
    head = ("<meta property='article:author' content='https://www.facebook.com/lagazette'>"
            "<meta name='author' content='Claire Morel'>")
    assert extract_html(page(head)).meta["author"] == "Claire Morel"


def test_byline_class_in_the_article_gives_the_author():
    byline = ("<div class='article-signature'><span class='signature__name'>Par Paul Girard</span>"
              "<span class='signature__date'>21 juin 2023</span></div>")
    assert extract_html(page(body=byline)).meta["author"] == "Paul Girard"


def test_author_box_gives_the_name_not_the_biography():
    box = ("<div class='author-box'><div class='author-name'>Aminata Koné</div><p>Aminata Koné couvre l'actualité "
           "économique de la région depuis dix ans pour plusieurs journaux.</p></div>")
    assert extract_html(page(body=box)).meta["author"] == "Aminata Koné"


def test_comment_authors_are_not_the_articles_author():
    comments = "<div class='comments'><span class='comment-author'>Jean Lecteur</span></div>"
    html = page(body="<h1>Le budget municipal est voté</h1>").replace("</article>", "</article>" + comments)
    assert "author" not in extract_html(html).meta


def test_a_par_line_under_the_headline_gives_the_author():
    body = "<h1>Le budget municipal est voté</h1><div class='meta'><span>par Claire Morel</span></div>"
    assert extract_html(page(body=body)).meta["author"] == "Claire Morel"


def test_a_par_line_signing_the_end_of_the_main_text_gives_the_author():
    blocks = [f"Le conseil municipal a débattu du point {n} de l'ordre du jour." for n in range(1, 8)]
    assert (text_byline("\n\n".join(blocks + ["Par Claire Morel"])),
            text_byline("\n\n".join(blocks + ["Par ailleurs, le maire a salué le travail des agents."]))) == (
        "Claire Morel", None)


def test_the_byline_the_page_shows_completes_the_co_authors_other_layers_missed():
    # layers: JSON-LD, meta tags, markup, trafilatura, bylines by their look; the page shows layers 2 and 4
    assert (_fullest(["Aminata Koné", None, None, None, "Aminata Koné, Paul Girard"], visible={2, 4}),
            _fullest(["Aminata Koné", None, None, "Prisma Média, Aminata Koné", None], visible={2, 4}),
            _fullest([None, None, "Aminata Koné", None, "Paul Girard, Claire Morel"], visible={2, 4}),
            _fullest([None, None, None, None, None], visible={2, 4})) == (
        "Aminata Koné, Paul Girard", "Aminata Koné", "Aminata Koné", None)


def test_a_person_in_the_byline_beats_an_organisation_named_as_json_ld_author():
    graph = ('{"@type": "NewsArticle", "headline": "Le budget municipal est voté",'
             ' "author": {"@type": "Organization", "name": "Rédaction Régions"}}')
    byline = "<h1>Le budget municipal est voté</h1><p class='byline'>Par Claire Morel</p>"
    assert (extract_html(page(_ld(graph), byline)).meta["author"],
            extract_html(page(_ld(graph))).meta["author"]) == ("Claire Morel", "Rédaction Régions")


def test_a_reviewer_in_the_byline_box_is_not_an_author():
    box = ("<h1>Le budget municipal est voté</h1><div class='author-wrapper'>"
           "<a href='/auteurs/claire-morel'>Claire Morel</a>"
           "<p>Relu par : <a href='/auteurs/paul-girard'>Paul Girard</a></p></div>")
    assert extract_html(page(body=box)).meta["author"] == "Claire Morel"


def test_the_evaluation_compares_authors_as_sets_of_folded_names():
    assert [same("author", gold, ours) for gold, ours in [
        ("Par Claire Morel (avec Paul Girard et Aminata Koné)", "Claire Morel, Paul Girard, Aminata Koné"),
        ("CLAIRE MOREL; Paul Girard", "Paul Girard, Claire Morel"),
        ("Claire Morel", "Claire Morel, Paul Girard"),
        ("Claire Morel", None),
    ]] == [True, True, False, False]


def test_json_ld_article_inside_a_web_page_main_entity_gives_the_author():
    graph = ('{"@type": "WebPage", "name": "La Gazette", "mainEntity": {"@type": "NewsArticle", '
             '"headline": "Le budget municipal est voté", "author": {"@type": "Person", "name": "Claire Morel"}}}')
    head = f"<script type='application/ld+json'>{graph}</script>"
    assert extract_html(page(head)).meta["author"] == "Claire Morel"


@pytest.mark.parametrize("key", ["author", "article:author", "og:article:author", "dc.creator", "parsely-author",
                                 "sailthru.author"])
def test_each_author_meta_tag_gives_the_author(key):
    attribute = "property" if ":" in key else "name"
    head = f"<meta {attribute}='{key}' content='Par Claire Morel'>"
    assert extract_html(page(head)).meta["author"] == "Claire Morel"


def test_a_rel_author_link_gives_the_author():
    body = "<h1>Le budget municipal est voté</h1><p>Un texte de <a rel='author' href='/c'>Paul Girard</a></p>"
    assert extract_html(page(body=body)).meta["author"] == "Paul Girard"


def test_a_par_line_atop_the_main_text_gives_the_author():
    text = "Par Aminata Koné\n\nLe conseil municipal a voté mardi soir le budget de l'année."
    assert (text_byline(text), text_byline("Le conseil municipal a voté mardi soir.\n\nLa suite.")) == (
        "Aminata Koné", None)


# --- titles -------------------------------------------------------------------

def test_a_headline_shown_whole_in_the_h1_keeps_its_short_last_part():
    head = ("<meta property='og:title' content='Les cantines ferment leurs portes – pour un mois'>"
            "<title>Les cantines ferment leurs portes – pour un mois | La Gazette</title>")
    body = "<h1>Les cantines ferment leurs portes – pour un mois</h1>"
    assert extract_html(page(head, body)).meta["title"] == "Les cantines ferment leurs portes – pour un mois"


def test_the_h1_found_inside_a_site_and_section_title_is_the_headline():
    head = "<title>La Gazette - Actualités - Le conseil municipal vote le budget de l'année</title>"
    body = "<h1>Le conseil municipal vote le budget de l'année</h1>"
    assert extract_html(page(head, body)).meta["title"] == "Le conseil municipal vote le budget de l'année"


def test_a_badge_inside_the_h1_is_not_part_of_the_headline():
    head = "<title>Le conseil municipal vote le budget | Chroniques | La Gazette</title>"
    body = "<h1>Le conseil municipal vote le budget <span class='label abo'>Abonnés</span></h1>"
    assert extract_html(page(head, body)).meta["title"] == "Le conseil municipal vote le budget"


def test_a_two_word_h1_that_opens_the_title_is_the_headline():
    head = "<title>Budget voté – Gazette Lacustre</title>"
    assert extract_html(page(head, "<h1>Budget voté</h1>")).meta["title"] == "Budget voté"


def test_a_truncated_headline_yields_to_the_full_one():
    graph = '{"@type": "NewsArticle", "headline": "Le conseil municipal vote le budget (après"}'
    head = (f"<script type='application/ld+json'>{graph}</script>"
            "<meta property='og:title' content=\"Le conseil municipal vote le budget (après un long débat) - La Gazette\">"
            "<meta property='og:site_name' content='La Gazette'>")
    assert extract_html(page(head)).meta["title"] == "Le conseil municipal vote le budget (après un long débat)"


def test_a_site_name_in_the_h1_is_not_the_headline():
    head = "<title>Le conseil municipal vote le budget | La Gazette du Soir</title>"
    html = page(head).replace("<body>", "<body><header><h1>La Gazette du Soir</h1></header>")
    assert extract_html(html).meta["title"] == "Le conseil municipal vote le budget"


def test_an_upper_case_kicker_before_the_headline_goes():
    head = "<meta property='og:title' content='VIDÉO - Le conseil municipal vote le budget de la ville'>"
    body = "<h1>VIDÉO - Le conseil municipal vote le budget de la ville</h1>"
    assert extract_html(page(head, body)).meta["title"] == "Le conseil municipal vote le budget de la ville"


def test_a_long_text_in_an_author_class_is_no_byline():
    quote = ("<blockquote class='texteauteur'>« Il faut une grande écoute, une écriture patiente, un vrai talent "
             "d'auteur, et beaucoup de temps pour écouter les gens qui vivent ici depuis toujours »</blockquote>")
    assert "author" not in extract_html(page(body=quote)).meta


@pytest.mark.parametrize("byline, expected", [
    ("Nicolas Martin C.", "Nicolas Martin C."),
    ("Claire Morel Claire Morel", "Claire Morel"),
])
def test_initials_keep_their_stop_and_a_doubled_name_counts_once(byline, expected):
    assert clean_byline(byline) == expected


def test_a_quotes_author_is_not_the_articles_author():
    quote = ("<blockquote class='citation-auteur'><p>« Il faut une grande écoute. »</p>"
             "<span class='auteur'>Laure Martin</span></blockquote>")
    assert "author" not in extract_html(page(body=quote)).meta


def test_an_author_label_with_the_name_in_the_next_element_gives_the_author():
    box = "<dl class='post-meta'><dt>Auteur</dt><dd><a href='/equipe/ines-barry/'>Inès Barry</a></dd></dl>"
    assert extract_html(page(body="<h1>Le budget des écoles adopté après un long débat</h1>" + box)).meta["author"] \
        == "Inès Barry"


def test_an_auteur_line_signing_the_main_text_gives_the_author():
    blocks = BODY.split("\n\n")
    assert (text_byline("\n\n".join(blocks + ["Auteur : Kader Ouattara"])),
            text_byline("\n\n".join(blocks + ["Por Agencia EFE"]))) == ("Kader Ouattara", "Agencia EFE")


def test_the_outlet_signing_with_its_domain_yields_to_the_person_the_page_names():
    head = "<meta name='author' content='La Gazette du Fleuve (www.gazette-fleuve.fr)'>"
    body = "<address>Par Ousmane Traoré</address>"
    meta = extract_html(page(head, body), "https://www.gazette-fleuve.fr/societe/budget-ecoles").meta
    assert meta["author"] == "Ousmane Traoré"


def test_an_address_element_in_the_article_gives_the_author_but_not_a_footer_one():
    footer = "<footer><address>Rédaction Centrale</address></footer>"
    assert (extract_html(page(body="<address><strong>Agence Sahel Presse</strong></address>")).meta["author"],
            extract_html(page(body=footer)).meta.get("author")) == ("Agence Sahel Presse", None)


def test_an_email_at_the_outlets_domain_does_not_make_the_writer_the_outlet():
    head = "<meta name='author' content='Awa Sangaré awa.sangare@gazette-fleuve.fr'>"
    assert extract_html(page(head), "https://www.gazette-fleuve.fr/a/1").meta["author"] == "Awa Sangaré"


def test_the_date_on_the_bylines_line_dates_a_page_without_date_metadata():
    line = ("<span class='meta'>Accueil | Par <span class='vcard author'><a href='/auteur/lea-roux'>Léa Roux</a>"
            "</span> | 30 septembre 2018 | Mis à jour le 2 octobre 2018</span>")
    meta = extract_html(page(body=line), "https://example.org/politique/article/budget").meta
    assert (meta["author"], meta["published"]) == ("Léa Roux", "2018-09-30")


@pytest.mark.parametrize("byline, expected", [
    ("孔德明", "孔德明"),
    ("Par 정덕현", "정덕현"),
    ("Harry Rabinowitz Tech Reporter", "Harry Rabinowitz"),
    ("Par MOUSSA KEÏTA Sports Reporter", "MOUSSA KEÏTA"),
    ("Awa Diallo, Politics Editor", "Awa Diallo"),
])
def test_names_in_scripts_without_capitals_and_beats_before_a_role(byline, expected):
    assert clean_byline(byline) == expected


def test_the_date_beside_someone_elses_byline_does_not_date_the_article(monkeypatch):
    monkeypatch.setattr("ingest.extract.find_date", lambda *args, **kwargs: None)  # htmldate's guess aside
    head = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", "
            "\"name\": \"Claire Morel\"}, \"datePublished\": \"\"}</script>")
    other = "<p><span class='author'>Jean Petit</span> | 4 août 2019</p>"
    meta = extract_html(page(head, other), "https://example.org/a/budget").meta
    assert (meta["author"], meta.get("published")) == ("Claire Morel", None)


def test_the_sites_domain_as_author_names_no_one():
    head = "<meta name='author' content='gazette-fleuve.com'>"
    assert extract_html(page(head), "https://www.gazette-fleuve.com/a/1").meta.get("author") is None
