"""Cleaning: chrome out, every body line kept, header lines turned into metadata."""

from pathlib import Path

import pytest

from ingest.clean import clean_text, paragraphs
from ingest.decode import decode
from ingest.evaluation.cleaning import GOLD, score

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD_FILES = sorted(GOLD.glob("*.txt")) + sorted((GOLD / "variants").glob("*.txt"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_cleans_exactly(path):
    seed = SEEDS / path.name
    result = score(path, decode(seed.read_bytes()) if seed.exists() else None)
    assert (result["chrome_kept"], result["body_lost"], result["meta_wrong"]) == ([], [], {})


def test_read_also_and_ad_labels_anywhere():
    text = (
        "Le Premier ministre a reçu mardi les représentants des syndicats pour discuter de la réforme.\n"
        "Publicité\n"
        "À LIRE AUSSI >> Les syndicats appellent à la grève générale\n"
        "La rencontre a duré plus de trois heures, selon un communiqué publié en fin de journée par ses services.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.body.split("\n\n") == [
        "Le Premier ministre a reçu mardi les représentants des syndicats pour discuter de la réforme.",
        "La rencontre a duré plus de trois heures, selon un communiqué publié en fin de journée par ses services.",
    ]
    assert [(r.reason, r.text) for r in cleaned.removed] == [
        ("chrome label", "Publicité"),
        ("read-also link", "À LIRE AUSSI >> Les syndicats appellent à la grève générale"),
    ]


def test_everything_after_a_comment_form_goes():
    text = (
        "Les négociations entre les deux pays reprendront la semaine prochaine à Genève, selon les diplomates.\n"
        "Laisser un commentaire\n"
        "Ce texte qui suit le formulaire ressemble à une phrase mais appartient au pied de page du site.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.body == "Les négociations entre les deux pays reprendront la semaine prochaine à Genève, selon les diplomates."
    assert [r.reason for r in cleaned.removed] == ["after comment form", "after comment form"]


def test_real_subheadings_are_kept():
    text = (
        "Le gouvernement a présenté mercredi son plan de relance agricole, doté de plusieurs milliards.\n"
        "Un plan agricole contesté\n"
        "Les syndicats agricoles jugent le plan insuffisant et réclament une révision des aides promises.\n"
    )
    assert "Un plan agricole contesté" in clean_text(text).body.split("\n\n")


def test_headline_without_shared_words_is_dropped_mid_text():
    text = (
        "Le ministre de l'Économie a présenté un budget en forte hausse pour la défense nationale cette année.\n"
        "Tennis : la championne olympique remporte un nouveau tournoi après une finale spectaculaire\n"
        "Ce budget de la défense prévoit notamment l'achat de nouveaux équipements et le recrutement de soldats.\n"
    )
    cleaned = clean_text(text)
    assert len(cleaned.body.split("\n\n")) == 2
    assert cleaned.removed[0].reason == "unrelated headline"


def test_missing_metadata_stays_none():
    text = "Le texte commence directement par un paragraphe sans titre ni auteur ni date, comme souvent dans les dépêches copiées."
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.author, cleaned.published, cleaned.section) == (None, None, None, None)


def test_header_lines_become_metadata():
    text = (
        "Économie\n"
        "La Banque centrale relève son taux directeur\n"
        "Par Awa Sow\n"
        "Publié le 3 avril 2024 à 09h12\n"
        "La Banque centrale des États de l'Afrique de l'Ouest a relevé mercredi son principal taux directeur d'un quart de point, "
        "une décision attendue par les marchés.\n"
    )
    cleaned = clean_text(text)
    assert (cleaned.section, cleaned.title, cleaned.author, cleaned.published, cleaned.published_precision) == (
        "Économie", "La Banque centrale relève son taux directeur", "Awa Sow", "2024-04-03", "day")
    assert cleaned.body.startswith("La Banque centrale des États")


def test_paragraphs_of_scraped_and_wrapped_text():
    assert paragraphs("Une ligne.\nUne autre ligne.\n\nTroisième.") == ["Une ligne.", "Une autre ligne.", "Troisième."]
    wrapped = (
        "Les députés ont adopté dans la nuit de mardi à mercredi le projet de loi\n"
        "de finances rectificative, après plus de quarante heures de débats parfois\n"
        "très vifs entre la majorité et les groupes de l'opposition parlementaire.\n"
        "\n"
        "Le texte doit maintenant être examiné par le Sénat, qui dispose de vingt\n"
        "jours pour se prononcer sur l'ensemble des articles votés par les députés.\n"
    )
    assert [(p[:12], p[-12:]) for p in paragraphs(wrapped)] == [
        ("Les députés ", "parlementaire."[-12:]), ("Le texte doi", "les députés.")]
