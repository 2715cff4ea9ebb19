"""Geocoding: French place names to points, ambiguity settled by the article's country and population."""

from __future__ import annotations

import pytest

from ingest.geocode import capitals, context_country, country_of, geocode

pytestmark = pytest.mark.slow  # the GeoNames index takes a few seconds to build


def where(name: str, context: str | None = None):
    place = geocode(name, context)
    return place and (place.kind, place.country_code, round(place.latitude), round(place.longitude))


def test_french_exonyms_find_the_big_city_not_its_namesakes():
    assert where("Moscou") == ("city", "RU", 56, 38)  # not Moscow, Idaho
    assert where("Pékin") == ("city", "CN", 40, 116)
    assert where("Londres") == ("city", "GB", 52, 0)


def test_the_article_country_decides_between_towns_of_the_same_name():
    assert where("Gao", "ML") == ("city", "ML", 16, 0)
    assert where("Gao", "BF") == ("city", "BF", 12, -2)


def test_a_small_town_abroad_is_left_unplaced_rather_than_guessed():
    assert where("Tessalit", "ML") == ("city", "ML", 20, 1)
    assert geocode("Tessalit") is None


def test_countries_by_their_french_names_with_or_without_article():
    assert where("la Côte d’Ivoire") == ("country", "CI", 8, -6)
    assert where("Centrafrique") == where("République centrafricaine") == ("country", "CF", 7, 21)
    assert where("Etats-Unis") == ("country", "US", 37, -96)


def test_regions_get_a_centroid_and_unknown_names_nothing():
    assert where("Sahel") == ("region", None, 15, 0)
    assert where("Afrique de l'Ouest") == ("region", None, 12, -3)
    assert geocode("Gondwana du Sud") is None


def test_context_country_is_the_most_named_country():
    assert context_country(["Bamako", "Mali", "Russie", "le Mali", "Moscou"]) == "ML"
    assert context_country(["Bamako", "Niamey"]) is None
    assert (country_of("la Russie"), country_of("Moscou")) == ("RU", None)


def test_a_region_listed_by_the_project_wins_over_a_namesake_town_abroad():
    assert where("Floride") == ("region", "US", 28, -82)  # not Florida, Uruguay
    assert where("Occitanie") == ("region", "FR", 44, 2)


def test_capitals_written_with_accents_and_listed_seats_of_government():
    # GeoNames gives "Lome" and "Yaounde" as capitals, the towns as "Lomé" and "Yaoundé"
    assert {"lome", "yaounde", "bogota", "moscou", "cotonou", "quebec", "moroni"} <= capitals()
    assert not {"douglas", "hamilton", "lyon"} & capitals()


def test_a_country_s_acronym_matches_only_in_capitals():
    assert country_of("EAU") == "AE"
    assert country_of("Eau") is None and geocode("eau") is None
