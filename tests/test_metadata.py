"""Enrich: title, plan period, date, signatory and municipality."""
from __future__ import annotations

import pytest

from pipeline.metadata import enrich, find_dates
from pipeline.municipality import find_municipality, table
from pipeline.readers.text import parse
from pipeline.schema import FollowUp, Layout, SourceInfo


def meta(text: str, markdown: bool = True):
    layout = Layout(source="x.md", sha256="0" * 64, format="markdown", blocks=tuple(parse(text, markdown)))
    draft = FollowUp(pipeline_version="t", source=SourceInfo(path="x.md", name="x.md", sha256="0" * 64, format="markdown"))
    return enrich(draft, layout).document


@pytest.mark.parametrize("written,iso", [
    ("2020-06-09", "2020-06-09"), ("9 juni 2020", "2020-06-09"), ("9/6 2020", "2020-06-09"),
    ("30 jan 2019", "2019-01-30"), ("den 3 mars 2021", "2021-03-03"), ("9.6.2020", "2020-06-09"),
    ("13/2-24", "2024-02-13"),
])
def test_date_formats(written, iso):
    assert [h.iso for h in find_dates(written)] == [iso]


def test_invalid_dates_and_dnr_are_not_dates():
    assert find_dates("Dnr KUN 2021-00087, 31/2 2020") == []


@pytest.mark.parametrize("phrase", [
    "Uppföljning av biblioteksplan 2016-2020",
    "Uppföljning av biblioteksplan 2016–2020",
    "Uppföljning av biblioteksplan 2016 - 2020",
])
def test_period_in_title(phrase):
    d = meta(f"# {phrase}\n\nText.\n")
    assert (d.plan_period.start, d.plan_period.end) == (2016, 2020)
    assert d.title == phrase


def test_period_in_prose_and_next_plan_is_a_distractor():
    text = "# Uppföljning\n\nDen nya biblioteksplanen för 2021–2024 antogs i år.\n\n" \
           "Biblioteksplanen gällde för åren 2016 till 2020.\n\nUtlånen ökade mellan 2017 och 2019.\n"
    d = meta(text)
    assert (d.plan_period.start, d.plan_period.end) == (2016, 2020)


def test_document_date_is_the_dateline_not_a_date_in_prose():
    text = "Mål: Ett.\n\nResultat: Biblioteket blev meröppet 2019-03-25 och har sedan den 15/6 2020 ny hemsida.\n\n" \
           "Ale den 9 juni 2020\n\nAnna Svensson\n\nBibliotekschef\n"
    d = meta(text)
    assert d.date == "2020-06-09"
    assert d.signatory.name == "Anna Svensson" and d.signatory.role == "Bibliotekschef"


def test_season_alone_gives_no_date():
    assert meta("# Uppföljning\n\n*Luleå kommun. Våren 2023.*\n\nText om planen.\n").date is None


def test_adoption_date_is_distrusted():
    assert meta("Planen antogs av kommunfullmäktige 2016-03-01.\n\nText.\n").date is None


@pytest.mark.parametrize("text, iso", [
    # the document's own decision, in the active voice or as a cover line
    ("# Uppföljning\n\nText om året.\n\nBarn- och kulturnämnden godkände redovisningen den 4 april 2023.\n", "2023-04-04"),
    ("# Uppföljning av biblioteksplanen\n\nDnr KFN 2023/12\n\nGodkänd av kultur- och fritidsnämnden 7/11 2023, § 88\n\nText.\n",
     "2023-11-07"),
    # a date label followed by "den", in a long closing line
    ("# Uppföljning\n\nText om året.\n\n*Upprättad den 3 februari 2025 av kultur- och fritidsförvaltningen, biblioteksenheten.*\n",
     "2025-02-03"),
    # the plan's adoption stays distrusted, in either form
    ("# Uppföljning\n\nAntagen av kommunfullmäktige 2019-11-25 (biblioteksplanen).\n\nText.\n", None),
    ("# Uppföljning\n\nKommunfullmäktige antog biblioteksplanen 2019-11-25 efter remiss.\n\nText.\n", None),
])
def test_the_documents_own_decision_date(text, iso):
    assert meta(text).date == iso


@pytest.mark.parametrize("text, iso", [
    # a web page's own stamp dates the page, not the follow-up
    ("# Uppföljning\n\nNämnden godkände uppföljningen den 14 mars 2024.\n\nText.\n\nSenast uppdaterad: 2024-04-02\n", "2024-03-14"),
    ("# Uppföljning\n\nKultur- och fritidsnämnden i Halmstads kommun tog del av uppföljningen den 25 januari 2023.\n", "2023-01-25"),
    ("# Uppföljning\n\nPublicerad\n\n2025-02-11\n\nBeslutsdatum\n\n2025-02-06\n\nText om planen.\n", "2025-02-06"),
    ("# Uppföljning\n\nText om planen.\n\nPublicerad 2025-03-04\n", None),
    ("# Bilaga 3\n\nText om planen.\n\nBilagan behandlades av kulturnämnden den 27 februari 2025, § 18.\n", "2025-02-27"),
    ("# Uppföljning\n\nKultur- och fritidsnämnden 9 april 2024 · Dnr KFN 2024/51\n\nText om planen.\n", "2024-04-09"),
    ("Hedemora i december 2022\n\nMÅL 4.1\nInköp.\n\nRESULTAT\nAlla inköp görs gemensamt, enligt en överenskommelse som undertecknades\n2021-09-15.\n", None),
    ("# Uppföljning\n\nTyresö bibliotek · Fastställd av kultur- och fritidsnämnden 2024-02-27\n\nText om planen.\n", "2024-02-27"),
    # decided by, reported to, or appended to the minutes of a board
    ("# Uppföljning\n\nText om planen.\n\nBeslutad av kultur- och fritidsnämnden 2024-02-14, § 9\n", "2024-02-14"),
    ("# Uppföljning\n\nText om planen.\n\n*Redovisad för kultur- och fritidsutskottet den 15 mars 2023.*\n", "2023-03-15"),
    ("# Bilaga 2\n\nBilaga 2 till kultur- och fritidsnämndens protokoll 2024-04-18, § 31\n\nText om planen.\n", "2024-04-18"),
    # a letterhead table with the label above its value
    ("# Uppföljning\n\n| Datum | Diarienummer |\n|---|---|\n| 2024-04-22 | KFN 2024/31 |\n\nText om planen.\n", "2024-04-22"),
    # a byline that ends in the date
    ("# Uppföljning av effektmål\n\nSamhällsbyggnad, Kultur, park och fritid · den 11 mars 2022\n\nText om planen.\n", "2022-03-11"),
])
def test_a_page_stamp_is_not_the_documents_date(text, iso):
    assert meta(text).date == iso


def test_the_previous_plan_is_not_the_period_followed_up():
    text = ("# Uppföljning\n\nDen förra biblioteksplanen, som gällde 2015–2018, följdes upp 2019.\n\n"
            "Här följs biblioteksplanen för 2019–2022 upp.\n")
    d = meta(text)
    assert (d.plan_period.start, d.plan_period.end) == (2019, 2022)


def test_a_date_in_a_letterhead_table_and_a_date_reported_to_the_board():
    text = "| Datum: 2024-02-13 | Dnr KTN 2024/12 |\n|---|---|\n| Kultur | |\n\n# Uppföljning\n\nText.\n"
    assert meta(text).date == "2024-02-13"
    text = "# Uppföljning\n\n| Datum | 19 april 2024 |\n|---|---|\n| Diarienummer | KTN-2021-00412 |\n\nText.\n"
    assert meta(text).date == "2024-04-19"
    text = "# Uppföljning\n\nUppföljningen redovisades för kulturnämnden den 19 mars 2024 och godkändes.\n\nText.\n"
    assert meta(text).date == "2024-03-19"


def test_inline_signatory():
    d = meta("Text.\n\nFrågor om uppföljningen besvaras av bibliotekschef Jonas Nyström.\n")
    assert d.signatory.role == "Bibliotekschef" and d.signatory.name == "Jonas Nyström"


@pytest.mark.parametrize("text,code", [
    ("Ale kommun, kulturförvaltningen", "1440"),
    ("Uppföljning för Malmö stad", "1280"),
    ("Göteborgs Stad, kulturförvaltningen", "1480"),
    ("Region Gotland, biblioteken", "0980"),
    ("ESKILSTUNA KOMMUN", "0484"),
    ("Linköpings kommuns biblioteksplan", "0580"),
    ("Falu kommun", "2080"),
    ("Kalmar den 27/1 2022", "0880"),
    ("Falun 2021-02-15", "2080"),  # a dateline with an ISO date
    ("Piteå, 2023-02-08", "2581"),
    ("Kommun: Mora", "2062"),
    ("Kommun: Upplands Väsby", "0114"),
])
def test_municipality_forms(text, code):
    m = find_municipality([text])
    assert m is not None and m.code == code and m.evidence


def test_no_municipality_when_none_is_named():
    assert find_municipality(["Biblioteksenheten, 3 december 2019", "Biblioteket ska vara en mötesplats."]) is None


def test_home_municipality_beats_a_neighbour_mentioned_later():
    texts = ["Uppsala kommun", "Biblioteksplan"] + ["Text."] * 30 + ["I samarbete med Knivsta kommun."]
    assert find_municipality(texts).code == "0380"


def test_municipality_table_is_complete():
    codes = [e.code for e in table()]
    assert len(codes) == 290 == len(set(codes))
    assert all(len(c) == 4 and c.isdigit() for c in codes)
