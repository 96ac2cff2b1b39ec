"""Segmenter: sections, goals and results from labelled and unlabelled layouts."""
from __future__ import annotations

import pytest

from pipeline.readers.text import parse
from pipeline.schema import Layout
from pipeline.segment import match_label, segment


def seg(text: str, markdown: bool = True):
    layout = Layout(source="x.md", sha256="0" * 64, format="markdown", text=text,
                    blocks=tuple(parse(text, markdown)))
    return segment(layout)


def goals(text: str, markdown: bool = True):
    return [(s.title, g.text, g.result.text if g.result else None) for s in seg(text, markdown).sections for g in s.goals]


@pytest.mark.parametrize("line,role,number", [
    ("Mål: Ett mål.", "goal", None),
    ("Målbeskrivning: Fler barn ska läsa.", "goal", None),
    ("Genomförda åtgärder: Hembesök hos 40 familjer.", "result", None),
    ("Kommentar till måluppfyllelse: Klart under 2022.", "result", None),
    ("Indikator: Antal utlån per invånare.", "indicator", None),
    ("mål: ett mål.", "goal", None),
    ("MÅL 3 – Ett mål.", "goal", "3"),
    ("Mål 1.2 Biblioteket ska vara öppet.", "goal", "1.2"),
    ("Mål 4. Biblioteket ska vara öppet.", "goal", "4"),
    ("Målsättning: Ett mål.", "goal", None),
    ("Delmål 2 - Ett mål.", "goal", "2"),
    ("Övergripande mål: Ett mål.", "goal", None),
    ("Mål Biblioteket ska vara öppet.", "goal", None),
    ("Resultat: Uppfyllt.", "result", None),
    ("RESULTAT Uppfyllt.", "result", None),
    ("Resultat/uppföljning: Uppfyllt.", "result", None),
    ("Uppföljning: Gjort.", "result", None),
    ("Utfall: 12 procent.", "result", None),
    ("Kommentar: Gjort.", "result", None),
    ("Bedömning: Delvis.", "assessment", None),
    ("Måluppfyllelse: Delvis", "status", None),
    ("Status: Ja", "status", None),
    ("Bedömd måluppfyllelse: Till stor del", "status", None),
    ("Måluppfyllnad: Delvis", "status", None),
    ("Uppfyllelsegrad: Hög", "status", None),
    ("Resultat 2023: Uppfyllt.", "result", None),
    ("Utfall 2021–2022: Gjort.", "result", None),
    ("Mål nr 3: Ett mål.", "goal", "3"),
    ("Är målet uppfyllt? Delvis", "status", None),
    ("Målet uppnått: Nej", "status", None),
    ("Uppfyllelse: Ja", "status", None),
    ("Nuläge: Två filialer har meröppet.", "result", None),
    ("Beskrivning av resultatet: Gjort.", "result", None),
    ("Kommentar och bedömning: Delmålet är uppfyllt.", "result", None),
    ("Så här gick det: Bokgåvan har delats ut.", "result", None),
    ("Så blev det", "result", None),
    ("Analys/bedömning: Delvis uppnått.", "result", None),
    ("Bedömning och kommentar: Målet är nått.", "assessment", None),
])
def test_labels(line, role, number):
    label = match_label(line)
    assert label is not None and label.role == role and label.number == number


@pytest.mark.parametrize("line", [
    "Målet är uppfyllt.",
    "Mål och resultat redovisas nedan.",
    "Målen har i huvudsak nåtts.",
    "Uppföljning har skett kontinuerligt.",
    "Resultatet visar en ökning.",
    "Mål- och resultatstyrning är viktigt.",
    "UPPFÖLJNING AV BIBLIOTEKSPLAN 2015-2018",
    "Mål 2020 ska alla ha lånekort.",
    "Målet uppnått under 2022.",
    "Uppfyllelsen av målet är god.",
    "Läget är bättre än väntat.",
])
def test_not_labels(line):
    assert match_label(line) is None


def test_a_bold_title_that_begins_with_a_label_word_is_not_a_label():
    assert match_label("Uppföljning av Umeå kommuns biblioteksplan 2020–2023", bold=True) is None
    assert match_label("Resultat Biblioteket har haft öppet.", bold=True).role == "result"


def test_bold_labels_and_markdown_sections():
    text = "# Titel\n\n## Rum för lärande\n\n**Mål:** Ett.\n\n**Resultat:** Målet är uppfyllt.\n\n" \
           "## Rum för möten\n\n**Mål:** Två.\n\n**Resultat:** Pågår.\n"
    assert goals(text) == [("Rum för lärande", "Ett.", "Målet är uppfyllt."), ("Rum för möten", "Två.", "Pågår.")]


def test_numbered_and_capital_headings_in_plain_text():
    text = ("1. Läsfrämjande\n2.3 Digital delaktighet\n\nMål: Ett.\nResultat: Gjort.\n\n"
            "MÖTESPLATS\n\nMål: Två.\nResultat: Gjort.\n")
    s = seg(text, markdown=False)
    titled = [(x.title, x.number, x.level) for x in s.sections]
    # titles as printed (the annotation keeps the number); the number is also kept apart
    assert ("1. Läsfrämjande", "1", 2) in titled
    assert ("2.3 Digital delaktighet", "2.3", 3) in titled
    assert [(x.title, [g.text for g in x.goals]) for x in s.sections if x.goals] == [
        ("2.3 Digital delaktighet", ["Ett."]), ("MÖTESPLATS", ["Två."])]


def test_short_title_line_before_goal_is_a_section():
    text = "Inledande text om planen och dess mål som är ganska lång.\n\nLäsning för alla\n\nMål: Ett.\nResultat: Gjort.\n"
    assert goals(text, markdown=False) == [("Läsning för alla", "Ett.", "Gjort.")]


def test_result_runs_over_paragraphs_until_next_goal():
    text = "## A\n\nMål: Ett.\n\nResultat: Första stycket.\n\nAndra stycket.\n\n- punkt ett\n- punkt två\n\nMål: Två.\n\nResultat: Klart.\n"
    g = goals(text)
    assert g[0][2] == "Första stycket.\nAndra stycket.\npunkt ett\npunkt två"
    assert g[1] == ("A", "Två.", "Klart.")


def test_goal_and_result_in_one_paragraph_and_hard_wrapped():
    text = "Delmål 1 - Biblioteket ska erbjuda\nsagostunder varje månad.\n\nKommentar: Uppfyllt. Sagostunder\nhar hållits.\n"
    assert goals(text, markdown=False) == [(None, "Biblioteket ska erbjuda sagostunder varje månad.", "Uppfyllt. Sagostunder har hållits.")]


def test_label_alone_on_its_line():
    text = "Målsättning\nBiblioteket ska ha wifi.\nBedömning\nEj uppfyllt.\n"
    assert goals(text, markdown=False) == [(None, "Biblioteket ska ha wifi.", "Ej uppfyllt.")]


def test_status_field_is_not_part_of_the_result():
    text = "- **Målsättning:** Ett.\n  - Utfall: Gjort i år.\n  - Måluppfyllelse: Delvis uppfylld\n"
    s = seg(text)
    g = s.sections[0].goals[0]
    assert g.result.text == "Gjort i år."
    assert g.status_field.label == "Måluppfyllelse" and g.status_field.text == "Delvis uppfylld"


def test_goal_heading_with_prose_result():
    text = "## Vuxna\n\n### Mål: Ett lånekort ska införas.\n\nFrågan utreddes.\n\nProjektet avslutades.\n\n---\n\nNästa plan antogs 2022.\n"
    assert goals(text) == [("Vuxna", "Ett lånekort ska införas.", "Frågan utreddes.\nProjektet avslutades.")]


def test_goal_without_result_has_none():
    text = "## A\n\n**Mål:** Ett.\n\n**Mål:** Två.\n\n**Uppföljning:** Klart.\n"
    assert goals(text) == [("A", "Ett.", None), ("A", "Två.", "Klart.")]


def test_signature_and_date_are_not_in_the_last_result():
    text = "Mål: Ett.\n\nResultat: Målet är uppfyllt.\n\n2020-06-09\n\nElisabeth Hallberg\n\nBibliotekschef\n"
    assert goals(text) == [(None, "Ett.", "Målet är uppfyllt.")]


def test_a_dateline_run_into_the_last_paragraph_is_not_in_the_result():
    # a PDF page whose closing lines sit one paragraph gap below the last result
    text = ("Mål: Ett.\n\nResultat: Målet är uppfyllt.\n\nMål: Två.\n\nResultat: Kan inte bedömas.\n"
            "Borås den 3 mars 2024\nKarin Ek, bibliotekschef\n")
    assert goals(text, markdown=False) == [(None, "Ett.", "Målet är uppfyllt."), (None, "Två.", "Kan inte bedömas.")]


def test_items_numbered_by_a_word_of_their_own_and_caps_headings_after_results():
    text = ("UPPFÖLJNING AV PLANEN\n\nA. LÄSNING\n\nInsats 1: Sagostunder ska hållas varje vecka.\n\n"
            "Kommentar: Ja, varje vecka.\n\nInsats 2: En bokcirkel ska startas.\n\nKommentar: Nej.\n\n"
            "B. VUXNA\n\nInsats 3: Kvällsöppet ska införas.\n\nKommentar: Genomfört 2023.\n\n"
            "SAMMANFATTNING\n\nTvå av tre insatser har genomförts.\n")
    assert goals(text, markdown=False) == [
        ("A. LÄSNING", "Sagostunder ska hållas varje vecka.", "Ja, varje vecka."),
        ("A. LÄSNING", "En bokcirkel ska startas.", "Nej."),
        ("B. VUXNA", "Kvällsöppet ska införas.", "Genomfört 2023.")]


def test_a_goal_after_a_status_line_needs_no_label():
    text = ("1. Läsning\n\n1.1 Biblioteket ska ha sagostunder.\n\nResultat: Varje vecka.\n\nStatus: Grön\n\n"
            "Biblioteket ska starta en bokcirkel.\n\nResultat: Den startade 2022.\n\nStatus: Grön\n")
    assert goals(text, markdown=False) == [("1. Läsning", "Biblioteket ska ha sagostunder.", "Varje vecka."),
                                           ("1. Läsning", "Biblioteket ska starta en bokcirkel.", "Den startade 2022.")]


def test_indicator_lines_belong_to_the_goal_not_its_text():
    text = ("## Läsning\n\n**Mål 1:** Fler barn ska låna böcker där de bor.\nIndikator: Antal utlån till barn per filial.\n\n"
            "**Resultat:** Utlånen ökade.\n\n**Mål 2:** Skolorna ska få besök.\n\n*Nyckeltal: Andel skolor med besök.*\n\n"
            "**Resultat:** Alla skolor fick besök.\n")
    followup = seg(text)
    assert [(g.text, g.result.text, [i.name for i in g.indicators]) for g in followup.goals()] == [
        ("Fler barn ska låna böcker där de bor.", "Utlånen ökade.", ["Antal utlån till barn per filial."]),
        ("Skolorna ska få besök.", "Alla skolor fick besök.", ["Andel skolor med besök."])]


def test_a_markdown_blockquote_is_read_as_its_contents():
    text = "## Läsning\n\n> **Mål 1** Fler barn ska läsa.\n>\n> **Resultat:** Utlånen ökade.\n"
    assert goals(text) == [("Läsning", "Fler barn ska läsa.", "Utlånen ökade.")]


def test_short_subheadings_inside_a_result_are_part_of_it():
    text = ("## Läsning\n\n**Mål 1.1** Fler barn ska läsa.\n\n**Resultat och analys:**\n\n### Genomförda aktiviteter\n\n"
            "Bokprat i alla skolor.\n\n### Kvarstående\n\nInget.\n\n**Måluppfyllelse:** Uppfyllt\n\n"
            "**Mål 1.2** Vuxna ska nås.\n\n#### Det här har vi gjort\n\nBokcirklar på två arbetsplatser.\n\n"
            "## Lokaler\n\n### 2.1 Filialerna\n\n**Mål 2.1** Filialerna ska rustas.\n\n**Resultat:** Klart.\n")
    assert goals(text) == [
        ("Läsning", "Fler barn ska läsa.", "Genomförda aktiviteter\nBokprat i alla skolor.\nKvarstående\nInget."),
        ("Läsning", "Vuxna ska nås.", "Det här har vi gjort\nBokcirklar på två arbetsplatser."),
        ("2.1 Filialerna", "Filialerna ska rustas.", "Klart.")]


def test_bold_goal_statements_in_a_follow_up_without_labels():
    text = ("## Läsning\n\n**1. Biblioteket ska ge alla barn en bra start i läsningen.**\n\n"
            "Alla förskolor har fått bokpåsar.\n\n**2. Fler unga ska låna böcker.**\n\nUtlånen minskade.\n")
    assert goals(text) == [("Läsning", "Biblioteket ska ge alla barn en bra start i läsningen.", "Alla förskolor har fått bokpåsar."),
                               ("Läsning", "Fler unga ska låna böcker.", "Utlånen minskade.")]
    # with Mål labels in the document, a bold sentence is not a goal of its own
    labelled = "## A\n\n**Mål:** Ett.\n\n**Resultat:** Klart.\n\n**Biblioteket ska fortsätta med detta.**\n\nText.\n"
    assert [g[1] for g in goals(labelled)] == ["Ett."]


def test_an_activity_table_is_the_goals_of_an_activity_plan():
    text = ("## Läsning\n\n| Aktivitet | Ansvar | Kommentar | Status |\n|---|---|---|---|\n"
            "| Bokprat i årskurs 3. | Barnbibliotekarie | Genomfört varje år. | Uppfyllt |\n"
            "| Läsecirklar på lätt svenska. | Vuxenavdelningen | Två cirklar startade. | Delvis |\n")
    assert goals(text) == [("Läsning", "Bokprat i årskurs 3.", "Genomfört varje år."),
                           ("Läsning", "Läsecirklar på lätt svenska.", "Två cirklar startade.")]
    # under a labelled goal, the same table lists that goal's activities: no goals of its own
    under_goal = "## Läsning\n\n**Mål:** Fler barn ska läsa.\n\n" + text.split("\n\n", 1)[1] + "\n**Resultat:** Delvis.\n"
    assert [g[1] for g in goals(under_goal)] == ["Fler barn ska läsa."]


def test_an_overview_table_of_labelled_goals_is_a_summary():
    text = ("## Översikt\n\n| Mål | Bedömning |\n|---|---|\n| 1.1 Bokstart | Uppfyllt |\n| 1.2 Läsombud | Delvis |\n\n"
            "## Läsning\n\n**Mål 1.1** Bokstart ska erbjudas alla familjer.\n\n**Resultat:** Alla familjer fick besök.\n\n"
            "**Mål 1.2** Läsombud ska finnas på alla boenden.\n\n**Resultat:** Hälften av boendena har läsombud.\n")
    assert [g[1] for g in goals(text)] == ["Bokstart ska erbjudas alla familjer.", "Läsombud ska finnas på alla boenden."]


def test_table_of_contents_and_statistics_are_not_goals():
    text = ("Innehåll\n\n1. Inledning ........ 2\n2. Mål och resultat ........ 3\n\n"
            "| År | Utlån | Besök |\n|---|---|---|\n| 2019 | 100 | 200 |\n\n"
            "2. Mål och resultat\n\nMål: Ett.\nResultat: Gjort.\n")
    assert goals(text) == [("2. Mål och resultat", "Ett.", "Gjort.")]


def test_goal_table_rows_become_goals():
    text = "| Mål | Resultat | Status |\n|---|---|---|\n| Läsning | | |\n| Ett mål. | Gjort. | Uppfyllt |\n"
    s = seg(text)
    (section,) = [x for x in s.sections if x.goals]
    g = section.goals[0]
    assert section.title == "Läsning" and g.text == "Ett mål." and g.result.text == "Gjort."
    assert g.status_field.text == "Uppfyllt"


@pytest.mark.parametrize("header", ["Trafikljus", "Måluppfyllnad", "Färg", "Bedömd måluppfyllelse"])
def test_other_names_of_the_status_column(header):
    text = f"| Mål | Resultat | {header} |\n|---|---|---|\n| Ett mål. | Gjort. | Grön |\n"
    g = [g for x in seg(text).sections for g in x.goals][0]
    assert g.result.text == "Gjort." and g.status_field.text == "Grön"


def test_unlabelled_numbered_goal_before_a_result_label():
    text = "1.1 Biblioteket ska vara öppet.\nResultat: Gjort.\n\n1.2 Biblioteket ska ha wifi.\nResultat: Pågår.\n"
    assert [g[1:] for g in goals(text, markdown=False)] == [
        ("Biblioteket ska vara öppet.", "Gjort."), ("Biblioteket ska ha wifi.", "Pågår.")]


def test_numbered_goal_with_no_follow_up_between_two_closed_goals():
    text = ("3.1  Kurser ska hållas på flera språk.\n     Uppföljning: Kurser har hållits.\n     Status: Uppnått\n\n"
            "3.2  Skolbibliotekarier ska ha gemensam\n     fortbildning.\n\n"
            "3.3  Minst 500 personer ska delta.\n     Uppföljning: Uppgifter saknas.\n     Status: Ej bedömt\n")
    assert [g[1:] for g in goals(text, markdown=False)] == [
        ("Kurser ska hållas på flera språk.", "Kurser har hållits."),
        ("Skolbibliotekarier ska ha gemensam fortbildning.", None),
        ("Minst 500 personer ska delta.", "Uppgifter saknas.")]


def test_list_item_goal_with_no_follow_up_after_a_closed_goal():
    text = ("- Ett ungdomsråd ska bildas.\n\nRedovisning: Rådet upphörde.\n\nBedömning: Ej uppfyllt\n\n"
            "- Lokalerna ska kunna bokas utan kostnad.\n- Minst fyra program per år ska ordnas.\n\n"
            "Redovisning: Sex program har ordnats.\n\nBedömning: Uppfyllt\n")
    assert [g[1:] for g in goals(text)] == [
        ("Ett ungdomsråd ska bildas.", "Rådet upphörde."), ("Lokalerna ska kunna bokas utan kostnad.", None),
        ("Minst fyra program per år ska ordnas.", "Sex program har ordnats.")]


def test_goal_heading_with_subgoals_becomes_a_section():
    text = "## Mål 1: Läsning\n\nDelmål 1.1: Ett.\nResultat: Gjort.\n\nDelmål 1.2: Två.\nResultat: Pågår.\n"
    s = seg(text)
    with_goals = [(x.title, [g.text for g in x.goals]) for x in s.sections if x.goals]
    assert with_goals == [("Läsning", ["Ett.", "Två."])]


def test_every_goal_has_provenance_span_into_the_source():
    text = "## A\n\n**Mål:** Biblioteket ska\nvara öppet.\n\n**Resultat:** Målet är uppfyllt.\n"
    s = seg(text)
    g = s.sections[0].goals[0]
    assert text[g.provenance.span.start:g.provenance.span.end] == "Biblioteket ska\nvara öppet."
    assert text[g.result.provenance.span.start:g.result.provenance.span.end] == "Målet är uppfyllt."
    assert g.provenance.source_sha256 == "0" * 64 and g.provenance.rule == "goal.mal"


def test_label_after_an_ordered_list_marker():
    text = "1. **Mål:** Ett mål.\n2. **Resultat:** Gjort.\n"
    assert goals(text) == [(None, "Ett mål.", "Gjort.")]


def test_a_subheading_that_is_a_goal_statement_is_the_goal():
    text = ("# Uppföljning\n\n## Läsfrämjande\n\n### Biblioteket ska nå fler barn med sommarläsningen.\n\n"
            "Sommarboken hade 640 deltagare, fler än något år tidigare.\n\n"
            "### Alla förskolor ska få besök varje termin.\n\nBesöken har gjorts enligt plan.\n\n"
            "## Biblioteket ska vara en mötesplats för alla\n\n**Mål:** Språkcaféet ska hållas varje vecka.\n\n"
            "**Resultat:** Det har hållits varje onsdag.\n\n"
            "## Verksamhet\n\n### Barnen ska läsa mer\n\n**Mål:** Bokprat ska ges i alla klasser.\n\n**Resultat:** Gjort.\n")
    layout = Layout(source="x.md", sha256="0" * 64, format="markdown", blocks=tuple(parse(text, True)))
    followup = segment(layout)
    goals = [(s.title, g.text, g.result.text if g.result else None) for s in followup.sections for g in s.goals]
    assert goals == [
        ("Läsfrämjande", "Biblioteket ska nå fler barn med sommarläsningen.",
         "Sommarboken hade 640 deltagare, fler än något år tidigare."),
        ("Läsfrämjande", "Alla förskolor ska få besök varje termin.", "Besöken har gjorts enligt plan."),
        # a section heading of the top level, and a subheading followed by labelled goals, stay sections
        ("Biblioteket ska vara en mötesplats för alla", "Språkcaféet ska hållas varje vecka.", "Det har hållits varje onsdag."),
        ("Barnen ska läsa mer", "Bokprat ska ges i alla klasser.", "Gjort."),
    ]
    assert followup.sections[1].goals[0].provenance.rule == "goal.heading_statement"


@pytest.mark.parametrize("cells,roles", [
    (("Mål", "Uppföljning", "Bedömni\nng"), {"goal": 0, "result": 1, "status": 2}),  # wrapped inside the word
    (("Målsätt-\nning", "Kommentar", "Mål-\nuppfyllelse"), {"goal": 0, "result": 1, "status": 2}),
    (("Mål och\nresultat", "Status"), {"goal": 0, "status": 1}),
    # what was done and what came of it, in one column: the result
    (("Mål", "Insatser och resultat", "Status"), {"goal": 0, "result": 1, "status": 2}),
    (("Mål", "Åtgärder/uppföljning", "Status"), {"goal": 0, "result": 1, "status": 2}),
    (("Mål", "Aktivitet", "Kommentar"), {"goal": 0, "activity": 1, "result": 2}),
    (("Mål", "Genomfört under perioden", "Ansvarig", "Bedömning"), {"goal": 0, "result": 1, "status": 3}),
    (("Mål", "Så här har det gått", "Status"), {"goal": 0, "result": 1, "status": 2}),
])
def test_column_headers_wrapped_in_a_narrow_column(cells, roles):
    from pipeline.schema import Cell
    from pipeline.tables import column_roles
    assert column_roles(tuple(Cell(text=t) for t in cells)) == roles


def test_a_status_matrix_gives_the_marked_column_s_header():
    text = ("| Nr | Mål | Resultat | Uppfyllt | Delvis | Ej uppfyllt |\n|---|---|---|---|---|---|\n"
            "| 1 | Alla förskolor ska få bokpåsar. | Levererade varje termin. | X | | |\n"
            "| 2 | Meröppet i Väne. | Tekniken är beställd. | | X | |\n"
            "| 3 | Kvällsöppet. | Blev inte av. | | | X |\n| 4 | Ett mål. | Inget att säga. | | | |\n")
    followup = seg(text)
    assert [g.status_field.text if g.status_field else None for g in followup.goals()] == [
        "Uppfyllt", "Delvis", "Ej uppfyllt", None]


def test_a_goal_that_goes_on_in_a_second_paragraph_before_its_labels():
    text = ("## Läsning\n\n**Delmål 1.1** Barn och unga ska läsa mer.\n\nBiblioteket ska särskilt nå barn i familjer där man sällan läser.\n\n"
            "Indikator: utlån per barn\n\n**Kommentar:** Utlånen ökade.\n\n**Status:** Uppfyllt\n\n"
            "**Delmål 1.2** Bokstart ska införas.\n\n**Kommentar:** Infört 2020.\n")
    assert goals(text) == [
        ("Läsning", "Barn och unga ska läsa mer. Biblioteket ska särskilt nå barn i familjer där man sällan läser.", "Utlånen ökade."),
        ("Läsning", "Bokstart ska införas.", "Infört 2020.")]


def test_a_status_label_alone_on_its_line_takes_the_short_value_below_it():
    text = ("## Läsning\n\n**Mål 1** Fler barn ska läsa.\n\n**Resultat:** Utlånen ökade.\n\n**Bedömning**\n\nUppfyllt\n\n"
            "**Mål 2** Bokbussen ska köra till alla byar.\n\n**Resultat:** Två byar saknas.\n\n**Måluppfyllelse:**\n\nDelvis uppfyllt\n")
    followup = seg(text)
    assert [(s.title, g.text, g.status_field.text if g.status_field else None) for s in followup.sections for g in s.goals] == [
        ("Läsning", "Fler barn ska läsa.", "Uppfyllt"), ("Läsning", "Bokbussen ska köra till alla byar.", "Delvis uppfyllt")]


def test_numbered_goals_with_the_status_before_the_comment():
    # a PDF layout: "N) goal" (wrapped), then Måluppfyllelse, then Kommentar; the goal may go on
    text = ("Läsfrämjande\n\n1) Alla barn ska få ett eget\nlånekort.\n\nMåluppfyllelse: Helt uppfyllt\n\n"
            "Kommentar: Alla fick lånekort.\n\n2) Läxhjälp ska finnas två dagar\ni veckan.\n\n"
            "Läxhjälpen ska bemannas med volontärer.\n\nMåluppfyllelse: Delvis uppfyllt\n\nKommentar: En dag i veckan.\n")
    followup = seg(text, markdown=False)
    assert [(g.text, g.result.text, g.status_field.text) for g in followup.goals()] == [
        ("Alla barn ska få ett eget lånekort.", "Alla fick lånekort.", "Helt uppfyllt"),
        ("Läxhjälp ska finnas två dagar i veckan. Läxhjälpen ska bemannas med volontärer.", "En dag i veckan.", "Delvis uppfyllt")]


def test_a_coloured_column_without_a_header_is_the_status_column():
    from pipeline.schema import Block, Cell
    from pipeline.tables import goals_from_table

    green, red = (63, 163, 77), (217, 58, 43)
    rows = ((Cell(text=""), Cell(text="Mål"), Cell(text="Kommentar")),
            (Cell(text="Läsning"), Cell(text=""), Cell(text="")),
            (Cell(text="", fill=green), Cell(text="Alla barn ska läsa."), Cell(text="Klart.")),
            (Cell(text="", fill=red), Cell(text="Meröppet i byarna."), Cell(text="Blev inte av.")))
    goals = [g for g in goals_from_table(Block(kind="table", text="", rows=rows)) if g.goal is not None]
    assert [(g.goal.text, g.status.fill) for g in goals] == [("Alla barn ska läsa.", green), ("Meröppet i byarna.", red)]


def test_a_goal_quoted_from_the_plan_is_the_goal_and_the_prose_after_it_the_result():
    text = ("# Så blev det\n\n## 1. Barn och unga\n\nTvå av planens mål gällde barn.\n\n"
            "> Barn i skolor långt från ett bibliotek ska kunna få lovkassar.\n\n"
            "Kassarna har skickats ut varje år.\n\nAlla skolor har varit med.\n\n"
            "> Biblioteket ska erbjuda sagostunder på finska.\n\nSagostunder har hållits i Vittangi.\n")
    assert goals(text) == [
        ("1. Barn och unga", "Barn i skolor långt från ett bibliotek ska kunna få lovkassar.",
         "Kassarna har skickats ut varje år.\nAlla skolor har varit med."),
        ("1. Barn och unga", "Biblioteket ska erbjuda sagostunder på finska.", "Sagostunder har hållits i Vittangi.")]


def test_numbered_goal_with_its_result_on_the_next_line_and_a_bracketed_status():
    text = ("Inledning\nBedömningen anges inom hakparentes.\n\nLäsning och språk\n"
            "1.\tBiblioteket ska nå alla familjer med nyfödda barn.\nInformation har lämnats via BVC. [Uppfyllt]\n"
            "2.\tEtt bokprat per termin ska erbjudas årskurs 4.\nBokprat har getts i två av fem skolor. [Delvis uppfyllt]\n")
    s = seg(text, markdown=False)
    got = [(x.title, g.text, g.result.text, g.status_field.text) for x in s.sections for g in x.goals]
    assert got == [
        ("Läsning och språk", "Biblioteket ska nå alla familjer med nyfödda barn.", "Information har lämnats via BVC.", "Uppfyllt"),
        ("Läsning och språk", "Ett bokprat per termin ska erbjudas årskurs 4.", "Bokprat har getts i två av fem skolor.",
         "Delvis uppfyllt")]


def test_numbered_goal_items_each_followed_by_their_result_paragraph():
    text = ("# Uppföljning av biblioteksplanen\n\nPlanens mål:\n\n1. Barn ska läsa mer.\n2. Vuxna ska nås.\n\nSå här har vi arbetat.\n\n"
            "## Barn och unga\n\n1. Biblioteket ska erbjuda skrivarverkstäder under skollov.\n\n"
            "   **Uppfyllt.** Verkstäder har hållits varje lov.\n\n"
            "2. Varje skola ska ha en kontaktperson.\n\n   **Inte uppfyllt fullt ut.** Elva av tretton skolor har en.\n")
    assert goals(text) == [
        ("Barn och unga", "Biblioteket ska erbjuda skrivarverkstäder under skollov.", "Uppfyllt. Verkstäder har hållits varje lov."),
        ("Barn och unga", "Varje skola ska ha en kontaktperson.", "Inte uppfyllt fullt ut. Elva av tretton skolor har en.")]


def test_an_overview_table_before_the_goals_gives_their_statuses_not_goals_of_its_own():
    from pipeline.classify import classify
    from pipeline.readers.text import parse
    from pipeline.schema import Layout
    from pipeline.segment import segment
    text = ("# Sammanställning\n\n## Sammanfattning\n\n| Nr | Mål i korthet | Bedömning |\n|---|---|---|\n"
            "| 1 | Förskolor | ● |\n| 2 | Samtalsgrupper | ◐ |\n| 3 | Lån | – |\n\n"
            "Teckenförklaring: ● uppfyllt, ◐ delvis uppfyllt, ○ ej uppfyllt, – kan inte bedömas.\n\n## Läsning\n\n"
            "### 1. Biblioteken ska samarbeta med förskolorna.\n\n**Resultat:** Samarbete har skett.\n\n"
            "### 2. Biblioteket ska erbjuda samtalsgrupper för vuxna som lär sig svenska.\n\n"
            "**Resultat:** Grupper har hållits i Hovsjö.\n\n"
            "### 3. Fler barn ska bli återkommande låntagare.\n\n**Resultat:** Statistiken finns inte.\n")
    layout = Layout(source="x.md", sha256="0" * 64, format="markdown", blocks=tuple(parse(text, True)))
    doc = classify(segment(layout))
    got = [(g.text, g.status_field.text, g.status.label, g.status.method) for g in doc.goals()]
    assert got == [("Biblioteken ska samarbeta med förskolorna.", "●", "fulfilled", "legend:symbol"),
                   ("Biblioteket ska erbjuda samtalsgrupper för vuxna som lär sig svenska.", "◐", "partial", "legend:symbol"),
                   ("Fler barn ska bli återkommande låntagare.", "–", "unknown", "legend:symbol")]


def test_a_dateline_after_the_last_result_ends_it_even_before_an_appendix():
    text = ("Mål 1: Biblioteket ska vara öppet.\nResultat: Det är öppet.\n\nResultat fortsätter här.\n\n"
            "Arvika 8 nov. 2022\n\nPer Lindqvist\nBibliotekschef\n\nBilaga. Nyckeltal\n\nÅr  Utlån\n2018  148 200\n\n* Januari.\n")
    assert goals(text, markdown=False) == [(None, "Biblioteket ska vara öppet.", "Det är öppet.\nResultat fortsätter här.")]
    assert goals("Mål: Ett mål.\nResultat:\n\nKlart 12 mars 2023\n", markdown=False) == [(None, "Ett mål.", "Klart 12 mars 2023")]


def test_one_key_value_table_per_goal():
    text = ("## Läsfrämjande\n\n| Mål 1 | Barnbibliotekarier ska besöka alla barnavårdscentraler. |\n|---|---|\n"
            "| Resultat | Besök har gjorts på samtliga. |\n| Bedömning | Uppfyllt |\n\n"
            "| Mål 2 | Bibliotekets lokaler ska inventeras. |\n|---|---|\n| Resultat | |\n| Bedömning | – |\n")
    s = seg(text)
    got = [(x.title, g.text, g.result.text if g.result else None, g.status_field.text if g.status_field else None)
           for x in s.sections for g in x.goals]
    assert got == [("Läsfrämjande", "Barnbibliotekarier ska besöka alla barnavårdscentraler.", "Besök har gjorts på samtliga.", "Uppfyllt"),
                   ("Läsfrämjande", "Bibliotekets lokaler ska inventeras.", None, "–")]


def test_a_summary_table_before_the_detail_tables_is_not_goals():
    text = ("## Sammanställning\n\n| Nr | Mål | Status |\n|---|---|---|\n| 1.1 | Läsombud ska finnas. | Delvis uppfyllt |\n"
            "| 1.2 | Barnavdelningen ska göras om. | Uppfyllt |\n\n## Läsning\n\n| Nr | Mål | Resultat | Status |\n|---|---|---|---|\n"
            "| 1.1 | Läsombud ska finnas. | Fyra av fem har läsombud. | Delvis uppfyllt |\n"
            "| 1.2 | Barnavdelningen ska göras om. | Invigd 2023. | Uppfyllt |\n")
    assert goals(text) == [("Läsning", "Läsombud ska finnas.", "Fyra av fem har läsombud."),
                           ("Läsning", "Barnavdelningen ska göras om.", "Invigd 2023.")]


def test_a_bracketed_verdict_after_the_goal_is_its_status_field():
    text = ("## Barn\n\n**Målsättning:** Biblioteket ska erbjuda sagostunder varje vecka. (Delvis uppfyllt)\n\n"
            "**Så har det gått:** Sagostunder har hållits varannan vecka.\n\n"
            "**Målsättning:** Biblioteket ska nå barn (0–5 år) i alla kommundelar.\n\n**Så har det gått:** Klart.\n")
    s = seg(text)
    got = [(g.text, g.result.text, g.status_field.text if g.status_field else None) for x in s.sections for g in x.goals]
    assert got == [("Biblioteket ska erbjuda sagostunder varje vecka.", "Sagostunder har hållits varannan vecka.", "Delvis uppfyllt"),
                   ("Biblioteket ska nå barn (0–5 år) i alla kommundelar.", "Klart.", None)]


def test_a_table_caption_is_not_a_goal_and_a_decision_line_ends_the_last_result():
    text = ("Tabell 1. Sammanfattning av bedömningarna\n\nBedömning\nAntal mål\nUppnått\n3\n\n"
            "Mål 1\n\nBarns läsning ska öka.\n\nBedömning: Ej uppnått. Utlånen har legat stilla.\n\n"
            "Bilagan behandlades av kulturnämnden den 27 februari 2025, § 18.\n")
    assert goals(text, markdown=False) == [(None, "Barns läsning ska öka.", "Ej uppnått. Utlånen har legat stilla.")]


def test_an_area_column_merged_down_its_goals_gives_their_section():
    text = ("| Målområde | Mål | Genomfört och resultat | Bedömning |\n|---|---|---|---|\n"
            "| Läsning | Barn ska nås. | Alla kommundelar har fått besök. | Uppnått |\n"
            "| | Bokcirklar ska startas. | Sju av elva filialer. | Delvis |\n"
            "| Delaktighet | Nyheter ska finnas på lätt svenska. | 8 Sidor finns. | Delvis |\n")
    assert goals(text) == [("Läsning", "Barn ska nås.", "Alla kommundelar har fått besök."),
                           ("Läsning", "Bokcirklar ska startas.", "Sju av elva filialer."),
                           ("Delaktighet", "Nyheter ska finnas på lätt svenska.", "8 Sidor finns.")]


def test_a_verdict_in_the_goal_heading_and_the_goal_quoted_below_it():
    text = ("## 1. Läsning\n\n### Mål 1.1 [Uppfyllt]\n\n> Biblioteket ska erbjuda aktiviteter under alla skollov.\n\n"
            "Program har hållits på alla lov.\n\n### Mål 1.2 [Delvis uppfyllt]\n\n> Vuxna ska få stöd att hitta läsning.\n\n"
            "En hylla med lättläst har byggts upp.\n\nLäsombuden blev inte av.\n")
    s = seg(text)
    got = [(x.title, g.text, g.result.text, g.status_field.text) for x in s.sections for g in x.goals]
    assert got == [("1. Läsning", "Biblioteket ska erbjuda aktiviteter under alla skollov.", "Program har hållits på alla lov.", "Uppfyllt"),
                   ("1. Läsning", "Vuxna ska få stöd att hitta läsning.", "En hylla med lättläst har byggts upp.\nLäsombuden blev inte av.",
                    "Delvis uppfyllt")]


def test_status_badges_under_goal_headings_are_status_fields_not_results():
    text = ("## Läsning\n\n### Mål 1. Föräldrar ska få information om läsning.\n\nUppfyllt\n\nInformation delas ut vid BVC.\n\n"
            "### Mål 6. Lokalerna ska upplevas som trygga.\n\nEj bedömt\n\n## Demokrati\n\n"
            "### Mål 7. Biblioteket ska erbjuda hjälp med e-legitimation.\n\nUppfyllt\n\nHjälp ges varje torsdag.\n")
    s = seg(text)
    got = [(g.text, g.result.text if g.result else None, g.status_field.text) for x in s.sections for g in x.goals]
    assert got == [("Föräldrar ska få information om läsning.", "Information delas ut vid BVC.", "Uppfyllt"),
                   ("Lokalerna ska upplevas som trygga.", None, "Ej bedömt"),
                   ("Biblioteket ska erbjuda hjälp med e-legitimation.", "Hjälp ges varje torsdag.", "Uppfyllt")]
    # a single one-word result under a goal heading stays the result
    assert goals("### Mål 1. Filialen ska få meröppet.\n\nKlart.\n") == [(None, "Filialen ska få meröppet.", "Klart.")]


def test_a_table_of_other_goals_before_labelled_goals_is_kept():
    text = ("## Läsning\n\n| Mål | Bedömning |\n|---|---|\n| Sagostunder ska hållas varje vecka. | Uppfyllt |\n"
            "| Bokcirklar ska startas. | Delvis |\n\n## Lokaler\n\n### Filialen i Hovsjö ska renoveras helt.\n\n**Resultat:** Klart 2023.\n\n"
            "### Meröppet ska införas på två filialer.\n\n**Resultat:** Infört i Hovsjö.\n")
    assert [g[1] for g in goals(text)] == ["Sagostunder ska hållas varje vecka.", "Bokcirklar ska startas.",
                                           "Filialen i Hovsjö ska renoveras helt.", "Meröppet ska införas på två filialer."]


def test_a_goal_cell_holding_its_number_and_a_status_line():
    from pipeline.schema import Block, Cell, Layout
    from pipeline.segment import segment
    # the table as Word gives it: a line break inside the goal's cell
    block = Block(kind="table", text="x", rows=(
        (Cell(text="Mål"), Cell(text="Resultat")),
        (Cell(text="A1 Fler barn får läsupplevelser.\nMåluppfyllelse: Uppnådd"), Cell(text="Bokpåsar till alla förskolor.")),
        (Cell(text="A2 Meröppet i Åsa.\nMåluppfyllelse: Ej bedömd"), Cell(text=""))))
    doc = segment(Layout(source="x.docx", sha256="0" * 64, format="docx", blocks=(block,)))
    assert [(g.text, g.result.text if g.result else None, g.status_field.label, g.status_field.text) for g in doc.goals()] == [
        ("Fler barn får läsupplevelser.", "Bokpåsar till alla förskolor.", "Måluppfyllelse", "Uppnådd"),
        ("Meröppet i Åsa.", None, "Måluppfyllelse", "Ej bedömd")]


def test_goal_codes_and_a_bracketed_verdict_opening_the_assessment():
    text = ("Perspektiv: Invånare\n\nA1 Fler besök på filialerna.\n\nBedömning: [Ej uppnått] Besöken minskade med åtta procent.\n\n"
            "A2 Ökad läsning bland barn.\n\nBedömning: [Uppnått] Båda indikatorerna når målvärdet.\n\n"
            "B1 Minst fyra program per år.\n\nBedömning: Nio program genomfördes.\n")
    s = seg(text, markdown=False)
    got = [(g.text, g.result.text, g.status_field.text if g.status_field else None) for x in s.sections for g in x.goals]
    assert got == [("Fler besök på filialerna.", "Besöken minskade med åtta procent.", "Ej uppnått"),
                   ("Ökad läsning bland barn.", "Båda indikatorerna når målvärdet.", "Uppnått"),
                   ("Minst fyra program per år.", "Nio program genomfördes.", None)]


def test_status_badges_after_labelled_goals_are_not_part_of_the_goal():
    text = ("Mål 6: Fler vuxna deltar i programmen.\n\nDelvis uppfyllt\n\nResultat: Författarkvällarna har haft 45 besökare.\n\n"
            "Mål 7: Meröppet bibliotek i Fagerås.\n\nEj uppfyllt\n\nResultat: Investeringen sköts upp.\n")
    s = seg(text, markdown=False)
    assert [(g.text, g.result.text, g.status_field.text) for x in s.sections for g in x.goals] == [
        ("Fler vuxna deltar i programmen.", "Författarkvällarna har haft 45 besökare.", "Delvis uppfyllt"),
        ("Meröppet bibliotek i Fagerås.", "Investeringen sköts upp.", "Ej uppfyllt")]


def test_goals_underlined_with_tildes_and_a_status_line_with_an_equals_sign():
    text = ("Målområde 1. Läsning\n--------------------\n\nLäsfrämjande insatser ska riktas till föräldrar\n"
            "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nFöräldraträffar har hållits.\n\nStatus = Delvis\n\n"
            "Biblioteket ska ha ett aktuellt utbud av skönlitteratur på lättläst\nsvenska\n"
            "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nUtbudet förnyas varje år.\n\nStatus = Uppfyllt\n")
    s = seg(text, markdown=False)
    got = [(x.title, g.text, g.result.text, g.status_field.text) for x in s.sections for g in x.goals]
    assert got == [("Målområde 1. Läsning", "Läsfrämjande insatser ska riktas till föräldrar", "Föräldraträffar har hållits.", "Delvis"),
                   ("Målområde 1. Läsning", "Biblioteket ska ha ett aktuellt utbud av skönlitteratur på lättläst svenska",
                    "Utbudet förnyas varje år.", "Uppfyllt")]


def test_bold_items_of_a_numbered_list_are_goals():
    from pipeline.schema import Block, Layout, Style
    from pipeline.segment import segment
    blocks = (Block(kind="heading", text="Barnens bibliotek", level=1, style=Style(bold=True)),
              Block(kind="list_item", text="Biblioteket ska erbjuda babyträffar varje vecka.", level=1, style=Style(bold=True)),
              Block(kind="paragraph", text="Babyträffarna har hållits varje vecka."),
              Block(kind="paragraph", text="Bedömning: Målet är uppfyllt.", style=Style(bold=True)),
              Block(kind="list_item", text="Ett lokalhistoriskt rum ska inrättas.", level=1, style=Style(bold=True)),
              Block(kind="paragraph", text="Bedömning: Följs upp i kulturarvsprogrammets årsrapport.", style=Style(bold=True)))
    doc = segment(Layout(source="x.docx", sha256="0" * 64, format="docx", blocks=blocks))
    assert [(g.text, g.result.text if g.result else None) for g in doc.goals()] == [
        ("Biblioteket ska erbjuda babyträffar varje vecka.", "Babyträffarna har hållits varje vecka."),
        ("Ett lokalhistoriskt rum ska inrättas.", "Följs upp i kulturarvsprogrammets årsrapport.")]


def test_a_slide_with_the_goal_number_over_its_badge_then_the_goal_and_results():
    text = ("1. Läsning och språk\n\nMÅL 1.1\nUppfyllt\n\nLäsglädjen hos barn ska stimuleras genom en årlig läsutmaning.\n\n"
            "Resultat\n\n• Läsutmaningen har genomförts varje vår.\n\nSammanfattning och nästa steg\n\n• Fyra mål är uppfyllda.\n")
    s = seg(text, markdown=False)
    got = [(g.text, g.status_field.text if g.status_field else None) for x in s.sections for g in x.goals]
    assert got == [("Läsglädjen hos barn ska stimuleras genom en årlig läsutmaning.", "Uppfyllt")]
    assert "Fyra mål" not in s.sections[-1].goals[-1].result.text if s.sections[-1].goals else True


def test_a_status_per_year_the_last_year_is_the_status():
    text = ("| Mål | 2021 | 2022 | 2023 | Kommentar |\n|---|---|---|---|---|\n"
            "| Alla barnavdelningar ska ha en läsnisch. | Ej påbörjat | Påbörjat | Uppnått | Läsnischer finns. |\n"
            "| Webbplatsen ska vara tillgänglig. | Påbörjat | Pågår | Uppnått | |\n\n"
            "| Mål | 2021 | 2022 |\n|---|---|---|\n| Utlånen ska öka. | 1 240 | 1 310 |\n")
    s = seg(text)
    assert [(g.text, g.status_field.label if g.status_field else None, g.status_field.text if g.status_field else None)
            for x in s.sections for g in x.goals] == [
        ("Alla barnavdelningar ska ha en läsnisch.", "2023", "Uppnått"), ("Webbplatsen ska vara tillgänglig.", "2023", "Uppnått"),
        ("Utlånen ska öka.", None, None)]


def test_a_short_bedomning_is_the_verdict_where_goals_have_results_and_the_result_where_it_is_alone():
    bullets = ("1. **Mål:** Barn ska läsa mer.\n   - Resultat: Utlånen ökade.\n   - Bedömning: Uppnådd\n"
               "2. **Mål:** Den digitala kompetensen ska stärkas.\n   - Bedömning: Ej mätbar\n\n"
               "Just nu arbetar vi med en ny biblioteksplan. Hör gärna av dig.\n")
    s = seg(bullets)
    assert [(g.text, g.result.text if g.result else None, g.status_field.text if g.status_field else None)
            for x in s.sections for g in x.goals] == [
        ("Barn ska läsa mer.", "Utlånen ökade.", "Uppnådd"), ("Den digitala kompetensen ska stärkas.", None, "Ej mätbar")]
    alone = "**Mål 1.** Invånarna ska få digitalt stöd.\n\n**Samlad bedömning:** Uppnått.\n"
    assert goals(alone) == [(None, "Invånarna ska få digitalt stöd.", "Uppnått.")]


@pytest.mark.parametrize("closing", [
    "Säg till om ni vill ha statistiken som bilaga, så skickar jag den.",
    "Hör gärna av dig om något är oklart.",
    "Återkom om ni behöver mer underlag.",
    "Vill du veta mer? Hör av dig till biblioteket.",
])
def test_a_mail_s_closing_request_is_not_in_the_last_result(closing):
    text = ("* Varje medarbetare ska ha en egen plan för kompetensutveckling.\n"
            "    Pågår, 9 av 14 har en plan.\n\n" + closing + "\n\nMvh\nAnna Lantto\nBibliotekschef\n")
    assert goals(text, markdown=False)[-1][2] == "Pågår, 9 av 14 har en plan."


def test_a_goal_heading_with_only_its_code_takes_the_next_paragraph_as_the_goal():
    text = ("# Uppföljning\n\n## Område A\n\n### Mål A1\n\nAlla elever i årskurs 4 ska få ett bokprat.\n\n"
            "**Resultat:** Ja, i alla klasser.\n\n### Mål A2\n\nVarje förskola ska ha ett läsombud.\n\n"
            "**Resultat:** På nio av femton förskolor.\n")
    s = seg(text)
    assert [(g.number, g.text, g.result.text) for x in s.sections for g in x.goals] == [
        ("A1", "Alla elever i årskurs 4 ska få ett bokprat.", "Ja, i alla klasser."),
        ("A2", "Varje förskola ska ha ett läsombud.", "På nio av femton förskolor.")]


@pytest.mark.parametrize("header,result", [("Inriktningsmål", "Kommentar"), ("Utvecklingsmål", "Kommentar"),
                                           ("Prioriterade mål", "Kommentar"), ("Kvalitetsmål", "Kommentar"),
                                           ("Mål", "Nuläge december 2022"), ("Mål", "Lägesbeskrivning")])
def test_goal_columns_named_by_the_kind_of_goal(header, result):
    text = f"| {header} | {result} | Status |\n|---|---|---|\n| Fler barn ska låna. | Utlånen ökade. | Grön |\n"
    goals = [g for x in seg(text).sections for g in x.goals]
    assert [(g.text, g.result.text) for g in goals] == [("Fler barn ska låna.", "Utlånen ökade.")]


def test_unlabelled_goal_items_with_labelled_sub_items():
    text = ("# Uppföljning\n\n## Område 1. Läsning\n\n"
            "* Läsombud ska finnas på alla förskolor i kommunen.\n    * Status: Delvis uppnått\n"
            "    * Beskrivning: 14 av 20 förskolor har ett läsombud.\n"
            "* Biblioteket ska ge ut en lista med boktips för varje årskurs.\n    * Status: Uppnått\n"
            "    * Beskrivning: Listorna uppdateras varje augusti.\n")
    got = [(g.text, g.status_field.text, g.result.text) for x in seg(text).sections for g in x.goals]
    assert got == [("Läsombud ska finnas på alla förskolor i kommunen.", "Delvis uppnått", "14 av 20 förskolor har ett läsombud."),
                   ("Biblioteket ska ge ut en lista med boktips för varje årskurs.", "Uppnått", "Listorna uppdateras varje augusti.")]


def test_subheadings_that_title_one_quoted_goal_each_are_no_sections():
    text = ("# Biblioteksplanen – vad hände?\n\n## Perspektiv 1 – Läsande barn\n\n### Bebisar och böcker\n\n"
            "> Alla föräldrar med nyfödda barn ska få en bok.\n\nSedan hösten lämnar BVC vår bokpåse vid hembesöket.\n\n"
            "### Skolbesök\n\n> Varje klass ska besöka biblioteket varje termin.\n\nSkolorna har kommit varje termin.\n\n"
            "## Perspektiv 2 – Rummet\n\n### Lördagsöppet\n\n> Biblioteket ska hålla öppet varje lördag.\n\n"
            "Lördagsöppet har gällt sedan januari.\n\n### Trygghet\n\n> Ingen ska känna sig otrygg på biblioteket.\n\n"
            "Vi har inte mätt tryggheten.\n")
    got = goals(text)
    assert [s for s, _, _ in got] == ["Perspektiv 1 – Läsande barn"] * 2 + ["Perspektiv 2 – Rummet"] * 2
    assert got[0][1] == "Alla föräldrar med nyfödda barn ska få en bok."
    assert got[3][2] == "Vi har inte mätt tryggheten."


def test_numbered_subheadings_with_one_goal_each_stay_sections():
    text = ("# Uppföljning\n\n## 1. Tillgänglighet\n\n### 1.1 Bokbussen\n\n**Mål:** Bokbussen ska besöka alla byar.\n\n"
            "**Resultat:** Alla byar besöks.\n\n### 1.2 Öppettider\n\n**Mål:** Biblioteket ska ha öppet 50 timmar.\n\n"
            "**Resultat:** Öppet 52 timmar.\n")
    assert [s for s, _, _ in goals(text)] == ["1.1 Bokbussen", "1.2 Öppettider"]
