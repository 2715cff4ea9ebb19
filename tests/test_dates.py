"""French temporal expressions: every class the normaliser reads, its anchoring, and what it must leave alone."""

import pytest

from ingest.dates import TimeExpression, find_dates, infer_published, parse_published

PUB = "2023-06-30"  # a Friday


def dated(text, published=PUB):
    """(text as written, value, precision) of each expression found."""
    return [(e.text, e.value, e.precision) for e in find_dates(text, published)]


@pytest.mark.parametrize("text,expected", [
    ("Tout sera fini le 31 décembre 2023.", [("le 31 décembre 2023", "2023-12-31", "day")]),
    ("Les opérations cessent dès le 1er juillet.", [("le 1er juillet", "2023-07-01", "day")]),
    ("Il a parlé le 16 juin à New York.", [("le 16 juin", "2023-06-16", "day")]),
    ("Il arrive jeudi 9 mars à Bamako.", [("jeudi 9 mars", "2023-03-09", "day")]),
    ("La réunion du 9/03/2023 est reportée.", [("9/03/2023", "2023-03-09", "day")]),
    ("Mis en ligne 2024-02-21T10:00:00+01:00.", [("2024-02-21T10:00:00+01:00", "2024-02-21", "day")]),
    ("Le sommet du 1er déc. 2022 et celui de fevrier 2021.",
     [("du 1er déc. 2022", "2022-12-01", "day"), ("de fevrier 2021", "2021-02", "month")]),
])
def test_absolute_dates(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Paris a entrepris en juin de réorganiser son dispositif.", [("en juin", "2023-06", "month")]),
    ("La coopération a commencé en 2018.", [("en 2018", "2018", "year")]),
    ("Le référendum de juin 2023 a été entravé.", [("de juin 2023", "2023-06", "month")]),
    ("Il s'était rendu à Moscou en février dernier.", [("en février dernier", "2023-02", "month")]),
    ("Les récoltes d'août et d’aout 2021.", [("d'août", "2023-08", "month"), ("d’aout 2021", "2021-08", "month")]),
])
def test_months_and_years(text, expected):
    assert dated(text) == expected


def test_fuzzy_periods():
    found = find_dates("Le retour amorcé fin 2014, début 2023, mi-juillet, l’hiver dernier, à la fin de l'année "
                       "prochaine, courant 2022 et au premier trimestre 2024.", PUB)
    assert [(e.text, e.value, e.precision, e.modifier) for e in found] == [
        ("fin 2014", "2014", "year", "end"),
        ("début 2023", "2023", "year", "start"),
        ("mi-juillet", "2023-07", "month", "mid"),
        ("l’hiver dernier", "2022-WI", "season", None),
        ("à la fin de l'année prochaine", "2024", "year", "end"),
        ("courant 2022", "2022", "year", None),
        ("au premier trimestre 2024", "2024-Q1", "quarter", None),
    ]
    assert {e.kind for e in found} == {"period"}


@pytest.mark.parametrize("text,expected", [
    ("Il l'a rencontré le 11 novembre dernier.", ("le 11 novembre dernier", "2022-11-11", "day")),
    ("Il est arrivé vendredi.", ("vendredi", "2023-06-30", "day")),
    ("Il est arrivé mercredi.", ("mercredi", "2023-06-28", "day")),
    ("Il partira mercredi.", ("mercredi", "2023-07-05", "day")),
    ("Il l'a dit hier.", ("hier", "2023-06-29", "day")),
    ("Ils sont partis avant-hier.", ("avant-hier", "2023-06-28", "day")),
    ("Aujourd'hui, la mission s'achève.", ("Aujourd'hui", "2023-06-30", "day")),
    ("L'attaque a eu lieu il y a trois jours.", ("il y a trois jours", "2023-06-27", "day")),
    ("Les élections de l’an dernier.", ("l’an dernier", "2022", "year")),
    ("Le bilan de l'année dernière.", ("l'année dernière", "2022", "year")),
    ("Le vote aura lieu samedi prochain.", ("samedi prochain", "2023-07-01", "day")),
    ("La semaine dernière, il a parlé.", ("La semaine dernière", "2023-W25", "week")),
    ("Le retrait commencera le mois prochain.", ("le mois prochain", "2023-07", "month")),
])
def test_relative_expressions(text, expected):
    found = find_dates(text, PUB)
    assert [(e.text, e.value, e.precision) for e in found] == [expected]
    assert found[0].kind == "relative" and found[0].year_source == "publication"


def test_ranges():
    found = find_dates("Le festival aura lieu du 3 au 5 mai ; la crise a duré entre 2012 et 2013, la mission de 2013 à 2023.", PUB)
    assert [(e.text, e.value, e.end_value, e.precision, e.kind) for e in found] == [
        ("du 3 au 5 mai", "2023-05-03", "2023-05-05", "day", "range"),
        ("entre 2012 et 2013", "2012", "2013", "year", "range"),
        ("de 2013 à 2023", "2013", "2023", "year", "range"),
    ]


@pytest.mark.parametrize("text", [
    "Un objet percute un Boeing 737 et blesse un pilote.",
    "Moscou a envoyé 2.500 soldats et 2 500 instructeurs.",
    "Le texte a été approuvé à 97% des voix.",
    "Le Conseil a adopté la résolution 2690 à l'unanimité des 15 membres.",
    "Chine : 20 000 drones dans le ciel.",
    "A 14 ans, il a créé son propre pays.",
    "Femme séquestrée : enfermée 5 ans dans un garage.",
    "Renseignements au 03 25 76 88 78 ou au 06.82.96.92.24.",
    "Les 1500 soldats et plus de 2000 morts ; le nombre d'ouvriers est de 1500.",
    "Le stage a lieu de 9 h 30 à 12 h 30, entre 12 h et 14 h.",
])
def test_non_dates_are_left_alone(text):
    assert find_dates(text, PUB) == []


def test_decades_are_periods():
    """Decision: "les années 1990" is a date, a decade in TIMEX3 notation."""
    assert dated("Dans les années 1990, le pays a changé.") == [("Dans les années 1990", "199", "decade")]


def test_article_anchoring_without_publication():
    text = ("Les Casques bleus cesseront leurs opérations dès le 1er juillet, avant de partir d'ici le 31 décembre 2023. "
            "Le 16 juin, le ministre avait exigé le retrait.")
    found = find_dates(text)
    assert [(e.text, e.value, e.year_source) for e in found] == [
        ("le 1er juillet", "2023-07-01", "article"),
        ("le 31 décembre 2023", "2023-12-31", "explicit"),
        ("Le 16 juin", "2023-06-16", "article"),
    ]
    assert found[1].relation == "until"


def test_article_anchoring_uses_the_weekday_to_pick_the_year():
    text = "La mission s'achève le 1er juillet (samedi). Elle avait été créée en 2022 et révisée le 2 mars 2022."
    first = find_dates(text)[0]
    assert (first.value, first.year_source, first.weekday, first.weekday_mismatch) == ("2023-07-01", "article", "samedi", False)


def test_unanchored_expressions_stay_unresolved():
    found = find_dates("Il l'a dit hier, vendredi, le 16 juin et le lendemain.")
    assert [(e.text, e.value, e.precision, e.year_source) for e in found] == [
        ("hier", None, None, "unresolved"), ("vendredi", None, None, "unresolved"),
        ("le 16 juin", None, None, "unresolved"), ("le lendemain", None, None, "unresolved"),
    ]


def test_partial_publication_date_anchors_only_unambiguous_expressions():
    found = find_dates("Il est venu le 16 février, puis le 16 août, l'an dernier et hier.", "2024-02")
    assert [(e.text, e.value, e.year_source) for e in found] == [
        ("le 16 février", "2024-02-16", "publication"),
        ("le 16 août", None, "unresolved"),
        ("l'an dernier", "2023", "publication"),
        ("hier", None, "unresolved"),
    ]


def test_weekday_is_checked_against_the_date():
    right, wrong = find_dates("Le jeudi 9 mars 2023 puis le lundi 10 mars 2023.")
    assert (right.weekday, right.weekday_mismatch) == ("jeudi", False)
    assert (wrong.value, wrong.weekday, wrong.weekday_mismatch) == ("2023-03-10", "lundi", True)


def test_offsets_point_into_the_text():
    text = "Le\u00a016\u00a0juin, puis l’été dernier, le 1ᵉʳ juillet et du 3 au 5 mai 2024 ; hier."
    found = find_dates(text, PUB)
    assert len(found) == 5
    assert all(isinstance(e, TimeExpression) and text[e.start:e.end] == e.text for e in found)


@pytest.mark.parametrize("raw,expected", [
    ("2024-02", ("2024-02", "month")),
    ("date 2024-02", ("2024-02", "month")),
    ("21 février 2024", ("2024-02-21", "day")),
    ("2024-02-21T10:00:00+01:00", ("2024-02-21", "day")),
    ("Publié le 21/02/2024 à 10h", ("2024-02-21", "day")),
    ("mis à jour le 3 mars 2024 à 12h05", ("2024-03-03", "day")),
    ("2024", ("2024", "year")),
    ("sans date", (None, None)),
])
def test_parse_published(raw, expected):
    assert parse_published(raw) == expected


def test_infer_published_needs_a_cue_at_the_start_of_a_line():
    assert infer_published("Titre\nPublié le 21/02/2024 à 10h\nMis à jour le 22 février 2024\nTexte.") == ("2024-02-21", "day")
    assert infer_published("Titre\nMis à jour le 22 février 2024\nTexte.") == ("2024-02-22", "day")
    assert infer_published(" date 2024-02 Face à la rupture de ses relations avec la France...") == ("2024-02", "month")
    assert infer_published("Le rapport publié le 3 mai 2023 accuse la junte.") is None


def test_latest_reported_month_uses_written_past_days_only():
    from ingest.dates import latest_reported_month

    text = ("Le sommet s'est tenu le 3 mars 2022 à Accra. Les ministres s'étaient déjà vus le 12 janvier 2022. "
            "Le retrait doit être achevé d'ici le 31 décembre 2023, et des élections auront lieu en 2024.")
    assert latest_reported_month(text) == ("2022-03", "month")
    assert latest_reported_month("Le sommet s'est tenu le 3 mars à Accra, fin 2021.") is None


def test_weekdays_and_months_are_time_words_whatever_their_case():
    from ingest.dates import is_time_word
    assert [is_time_word(w) for w in ("Mardi", "Août", "aout", "Emploi", "Paris")] == [True, True, True, False, False]
