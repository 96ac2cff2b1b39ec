"""Status rules by feature (issue 5): negation scope, degree, progress, outlook, contrast,
status words from tables and legends, not-assessed statements. Each case asserts the label
the rules give, and that the deciding rule id reaches the status."""
from __future__ import annotations

import pytest

from pipeline.classify.rules import RuleClassifier

rules = RuleClassifier()

NEGATION = [
    ("Målet är inte uppfyllt.", "not_fulfilled"),
    ("Målet är ej uppnått.", "not_fulfilled"),
    ("Målet har aldrig uppnåtts.", "not_fulfilled"),
    ("Målet uppnåddes inte under perioden.", "not_fulfilled"),
    ("Inget av delmålen har uppfyllts.", "not_fulfilled"),
    ("Målet är inte helt uppfyllt.", "partial"),
    ("Målet är ej fullt ut uppnått.", "partial"),
    ("Målet har inte uppnåtts fullt ut.", "partial"),
    ("Målet är uppfyllt. Utan stödet från regionen hade det inte gått.", "fulfilled"),
    ("Det finns i dag ingen filial som inte har meröppet.", "fulfilled"),
    ("Inte en enda programkväll har ställts in under perioden.", "fulfilled"),
    ("Målet är ouppfyllt.", "not_fulfilled"),
]
DEGREE = [
    ("Målet är delvis uppfyllt.", "partial"),
    ("Målet är till stor del uppnått.", "partial"),
    ("Målet är i hög grad uppfyllt.", "partial"),
    ("Målet är i viss mån uppnått.", "partial"),
    ("Målet är uppnått i viss mån.", "partial"),
    ("Målet är i huvudsak uppfyllt.", "partial"),
    ("Målet är uppfyllt till stor del.", "partial"),
    ("Målet är helt uppfyllt.", "fulfilled"),
    ("Målet är fullt ut uppnått.", "fulfilled"),
    ("Delvis genomfört.", "partial"),
    ("Målet är uppfyllt för vissa målgrupper.", "partial"),
]
PROGRESS = [
    ("Arbetet pågår.", "partial"),
    ("Påbörjat.", "partial"),
    ("Projektet har startat på två filialer.", "partial"),
    ("Arbetet har påbörjats och beräknas vara klart nästa år.", "partial"),
    ("Upphandlingen pågår fortfarande.", "partial"),
    ("Tre av fem filialer har fått meröppet.", "partial"),
    ("Hälften av skolorna har bemannade skolbibliotek.", "partial"),
    ("Arbetet har ännu inte påbörjats.", "not_fulfilled"),
    ("Tillsammans med förvaltningen har vi börjat gå igenom turlistan.", "partial"),
    ("Filialerna har inte börjat använda mallen.", "not_fulfilled"),
    ("Bygget har försenats och har ännu inte börjat.", "not_fulfilled"),
    # "bedömdes som lämplig" judges something, it is not "not assessed"
    ("Två lokaler undersöktes, men ingen av dem bedömdes som lämplig.", "not_fulfilled"),
    ("Inga bokcirklar har startats på filialerna.", "not_fulfilled"),
    ("Ombyggnaden sköts upp 2020. Arbetet återupptogs hösten 2021 och pågår fortfarande.", "partial"),
    # started only late in the period: done for part of it
    ("Läxhjälpen kom i gång först under planens tredje år och har sedan dess hållits varje vecka.", "partial"),
    ("Först under sista året blev det sagostund varje vecka.", "partial"),
]
OUTLOOK = [
    ("Målet är inte uppfyllt men beräknas bli uppfyllt 2025.", "not_fulfilled"),
    ("Ej uppfyllt. Målet väntas bli uppfyllt under nästa år.", "not_fulfilled"),
    ("Målet är inte uppfyllt inom planperioden, men förväntas vara uppfyllt när bokbussen är på plats.", "not_fulfilled"),
    ("Målet planeras bli uppfyllt under 2025.", "unknown"),
    ("Målet ska vara uppfyllt 2026 enligt den nya planen.", "unknown"),
]
CONTRAST = [
    ("Utlånen ökade, men målet nåddes inte.", "not_fulfilled"),
    ("Uppfyllt för barn, men inte för unga.", "partial"),
    ("Meröppet har införts på tre filialer, men på huvudbiblioteket har det inte gått.", "partial"),
    ("Sagostunder har genomförts varje vecka, dock inte under sommaren.", "partial"),
    ("Målet är uppfyllt, dock återstår utbildningen av personalen.", "partial"),
    ("Hörslingor finns nu i alla lokaler utom i programrummet.", "partial"),  # an exception
    ("Uppfyllt, med undantag för de två förskolor som slogs ihop.", "partial"),
    ("Uppfyllt, men betalning av avgifter går ännu inte att göra digitalt.", "partial"),
    # a verdict scoped to part of the goal
    ("Uppfyllt på högstadiet. På mellanstadiet har biblioteken öppet bara på förmiddagen.", "partial"),
    ("Målet är uppnått för de kommunala skolorna.", "partial"),
    ("Uppfyllt när det gäller svenska; sagostunder på arabiska har inte hållits.", "partial"),
    ("Uppnått två av tre år.", "partial"),
    ("Uppfyllt för samtliga skolor.", "fulfilled"),
    ("Målet är uppfyllt för 2023.", "fulfilled"),
    ("Målet är uppfyllt på ett tillfredsställande sätt.", "fulfilled"),
    ("Kontaktpersoner har utsetts på samtliga skolor med undantag av gymnasiet.", "partial"),
    ("Uppnått de två första åren; sista året sänktes öppettiderna.", "partial"),  # a verdict for some of the years
    ("Uppfyllt redan första året och sedan varje år.", "fulfilled"),
]
PERIOD = [  # met only after the plan period is not met (annotation convention 4)
    ("Uppfyllt i maj, tre månader efter att planperioden löpt ut.", "not_fulfilled"),
    ("Klart, men först året efter planperioden.", "not_fulfilled"),
    ("Meröppet infördes i mars 2025, två månader efter planens slutdatum.", "not_fulfilled"),
    ("Uppfyllt under planperiodens sista år.", "fulfilled"),
    # the work is only planned to start: nothing of it is done (cue.start_planned)
    ("Arbetet ska påbörjas under hösten när den nya tjänsten är tillsatt.", "not_fulfilled"),
    ("Bygglov är beviljat. Byggstart är planerad till våren.", "not_fulfilled"),
    ("Den nya filialen beräknas öppna om två år.", "not_fulfilled"),
    ("Tjänsten kommer att lanseras när det nya systemet är klart.", "not_fulfilled"),
    # done only when the work is expected to be finished: not yet (cue.expected_done)
    ("En ny skyltplan togs fram 2022. Skyltarna beräknas vara på plats under 2023.", "partial"),
]
DROPPED = [
    ("Projektet avbröts 2021.", "not_fulfilled"),
    ("Frågan utreddes och förkastades.", "not_fulfilled"),
    ("Satsningen lades på is när budgeten minskade.", "not_fulfilled"),
    ("Öppningen har skjutits upp till 2026.", "not_fulfilled"),
    ("Ingen av de planerade kurserna har kunnat genomföras.", "not_fulfilled"),
]
UNKNOWN = [
    ("Ej bedömt.", "unknown"),
    ("Kan inte bedömas eftersom mätningen saknas.", "unknown"),
    ("Uppgifter saknas för perioden.", "unknown"),
    ("Följs upp 2025.", "unknown"),
    ("Redovisas i verksamhetsberättelsen.", "unknown"),
    ("Det går inte att avgöra om målet är nått.", "unknown"),
    ("Vi vet inte hur många som har deltagit.", "unknown"),
    ("Statistiken har ännu inte sammanställts.", "unknown"),
    ("För tidigt att säga; kampanjen startade först under det sista halvåret.", "unknown"),
    ("Ingen uppföljning har gjorts under perioden.", "unknown"),
    ("Redovisas muntligt för nämnden i december.", "unknown"),
    ("Ej ifyllt", "unknown"),
    ("Utvärderingen pågår och blir klar i december.", "unknown"),  # the measuring is ongoing, not the work
    ("Mätningen av nöjdheten pågår fortfarande.", "unknown"),
    ("Redovisas när kommunens tillgänglighetsinventering är klar.", "unknown"),
    ("Följs upp när den nya statistiken finns.", "unknown"),
    ("Ingen egen mätning har gjorts. Uppgiften skulle hämtas ur regionens enkät.", "unknown"),
]
SHORT_VERDICTS = [  # a result column that holds only a status word or two
    ("I drift sedan 2022.", "fulfilled"),
    ("Fastställd.", "fulfilled"),
    ("Uppstartat.", "partial"),
    ("Fortskrider.", "partial"),
    ("Inte överallt.", "partial"),
    ("Kvarstår.", "not_fulfilled"),
    ("Satt på vänt.", "not_fulfilled"),
    ("Har inte skett.", "not_fulfilled"),
    ("Containerlösningen ersattes av extra stopp med bokbussen.", "not_fulfilled"),
]
CASES = [(f, t, lab) for f, group in (("negation", NEGATION), ("degree", DEGREE), ("progress", PROGRESS),
                                       ("outlook", OUTLOOK), ("contrast", CONTRAST), ("dropped", DROPPED), ("period", PERIOD), ("short", SHORT_VERDICTS),
                                       ("unknown", UNKNOWN)) for t, lab in group]


@pytest.mark.parametrize("feature,text,label", CASES, ids=[f"{f}:{t[:40]}" for f, t, _ in CASES])
def test_rule_feature(feature, text, label):
    status = rules.status(text, None)
    assert status.label == label, status
    assert status.method.startswith("rule:")
    if status.evidence is not None:
        assert status.evidence_span is not None
        assert text[status.evidence_span.start:status.evidence_span.end] in status.evidence


FIELDS = [
    ("Ja", "fulfilled"), ("Nej", "not_fulfilled"), ("Delvis", "partial"), ("Uppfyllt", "fulfilled"),
    ("Ej uppfyllt", "not_fulfilled"), ("Delvis uppfyllt", "partial"), ("Pågår", "partial"),
    ("Försenad", "not_fulfilled"), ("Ej bedömt", "unknown"), ("Kan ej bedömas", "unknown"),
    ("Grön", "fulfilled"), ("Gul", "partial"), ("Röd", "not_fulfilled"), ("✓", "fulfilled"), ("–", "unknown"),
    # other cell wordings of the same scale
    ("I mål", "fulfilled"), ("Avslutad", "fulfilled"), ("Implementerat", "fulfilled"), ("100 %", "fulfilled"),
    ("Till stor del", "partial"), ("I låg grad", "partial"), ("Nästan", "partial"), ("Löpande", "partial"),
    ("Startad", "partial"), ("75 %", "partial"), ("3 av 4", "partial"), ("Genomfört i huvudsak", "partial"),
    ("Uppfyllt till stor del", "partial"),
    ("Ej klar", "not_fulfilled"), ("Utgår", "not_fulfilled"), ("Pausad", "not_fulfilled"),
    ("Planerad", "not_fulfilled"), ("Inte alls", "not_fulfilled"), ("Uppfylls inte", "not_fulfilled"),
    ("0 %", "not_fulfilled"), ("Se text", "unknown"), ("Ej relevant", "unknown"),
]


@pytest.mark.parametrize("field,label", FIELDS)
def test_status_words_from_tables(field, label):
    status = rules.status(None, field)
    assert status.label == label and status.source == "status_field"


def test_enough_cases():
    assert len(CASES) + len(FIELDS) >= 60


@pytest.mark.parametrize("text,label", [
    ("Genomfört: bokprat i alla klasser.\nPågår: läsutmaning med idrottsföreningen.", "partial"),
    ("Klart: lånerutin för förskolor. Kvar att göra: språkpåsar.", "partial"),
    ("Gjort: digitala fjärrlån.\nKvar: digital betalning av avgifter.", "partial"),
    ("Genomfört: kurs i källkritik.\nGenomfört: utställning inför valet.", "fulfilled"),
    # a heading with nothing under it lists nothing of its kind
    ("Genomfört: drop-in varannan torsdag.\nKvarstår: Inget.", "fulfilled"),
    ("Genomfört: drop-in varannan torsdag.\nKvarstår: –", "fulfilled"),
    ("Genomfört: Inga åtgärder.\nKvarstår: hela uppdraget.", "not_fulfilled"),
    ("Genomfört: Inga åtgärder under perioden.\nKvarstår: Lokalen har varit stängd.", "not_fulfilled"),
    ("Ja.", "fulfilled"),
    ("Ja, på fyra filialer av fem.", "partial"),
    ("Förnyelsen är uppfylld till ungefär 60 procent.", "partial"),
    ("Målet kan inte sägas vara helt uppfyllt.", "partial"),
    ("Målet uppfylls inte.", "not_fulfilled"),
    ("Målet nås inte under perioden.", "not_fulfilled"),
])
def test_lists_and_openers(text, label):
    assert rules.status(text, None).label == label


@pytest.mark.parametrize("goal,result,label", [
    ("Utlåningen ska öka med minst 20 procent.", "Utlåningen ökade med 34 procent jämfört med 2019.", "fulfilled"),
    ("Utlåningen ska öka med 20 procent.", "Utlåningen ökade med omkring 12 procent.", "partial"),
    ("Utlåningen ska öka med 10 procent.", "Barnboksutlånen minskade med 3 procent.", "not_fulfilled"),
    ("Biblioteket ska ha öppet minst 45 timmar i veckan.", "Öppettiden är 48 timmar i veckan.", "fulfilled"),
    ("Biblioteken ska arrangera minst 100 programpunkter per år.", "I år blev det 80 programpunkter.", "partial"),
    ("Utlåningen ska öka med 20 procent.", "Utlåningen ökade med 34 procent, men målet är inte uppfyllt för e-böcker.", "not_fulfilled"),
    # from … to in the goal: the start is the floor, the end the target
    ("Lånen per invånare ska öka från 4,9 till 5,5.", "Vid periodens slut låg lånen på 5,7 per invånare.", "fulfilled"),
    ("Antalet låntagare ska öka från 2 000 till 2 600.", "Antalet låntagare är nu 2 310.", "partial"),
    ("Besöken per invånare ska öka från 3,8 till 4,5.", "Under 2024 gjordes 3,6 besök per invånare.", "not_fulfilled"),
    # from … to in the result: the start is not the outcome
    ("Filialen ska ha öppet minst 35 timmar i veckan.", "Öppettiden har gått från 20 till 28 timmar i veckan.", "partial"),
    ("Antalet besök ska öka med minst 6 procent.", "Besöken ökade från 50 000 till 54 500 per år.", "fulfilled"),
    ("Antalet besök ska öka med 15 procent.", "Det blev 41 000 besök under året, mot 44 000 året innan.", "not_fulfilled"),
    ("Deltagandet ska öka med 25 procent.", "Sommarläsningen samlade 300 barn, jämfört med 270 vid periodens början.", "partial"),
    # shares in words, doubling, decreases, levels with other wording
    ("Utlåningen av ljudböcker ska öka med en fjärdedel.", "Ljudboksutlånen ökade med 31 procent.", "fulfilled"),
    ("Lånen av lättläst ska fördubblas.", "Lånen av lättläst har mer än fördubblats sedan planen antogs.", "fulfilled"),
    ("Energiförbrukningen ska minska med 10 procent.", "Förbrukningen minskade med 12 procent efter bytet av belysning.", "fulfilled"),
    ("Antalet besökare på meröppet ska överstiga 4 000 per år.", "I fjol registrerades 4 350 inpasseringar under de obemannade timmarna.", "fulfilled"),
    ("Minst 85 procent av skolorna ska låna temalådor.", "Temalådorna lånades av 27 av kommunens 30 skolor.", "fulfilled"),
    ("Minst 60 procent av lånen ska ske i automaterna.", "Andelen har legat stilla runt 45 procent sedan automaterna kom.", "not_fulfilled"),
    ("Biblioteket ska ha minst 150 programpunkter per år.", "Första året blev det 162 programpunkter, andra året 131 programpunkter.", "partial"),
    # an increase with no figure, against a measured change
    ("Antalet aktiva låntagare ska öka.", "De aktiva låntagarna blev fler, från 5 200 till 5 650.", "fulfilled"),
    ("Andelen lån av facklitteratur ska öka.", "Facklitteraturen stod för 22 procent av lånen både första och sista året.", "not_fulfilled"),
    # a series read first to last, with or without years on lines of their own
    ("Antalet lån per invånare ska öka under planperioden.", "Lån per invånare, tre år: 6,1 – 5,8 – 5,6.", "not_fulfilled"),
    ("Utlåningen av lättläst ska öka med 20 procent.", "2021: 1 500 lån\n2022: 1 700 lån\n2023: 1 950 lån", "fulfilled"),
    ("Biblioteket ska ordna minst 30 program för unga per år.", "2022: 26 program\n2023: 33 program\n2024: 35 program", "partial"),
    # years between the figures of a change
    ("Användningen av databaserna ska öka.", "Sökningarna sjönk från 12 400 år 2020 till 8 100 år 2023.", "not_fulfilled"),
    ("Antalet deltagare ska öka från i snitt 30 till 45 per träff.", "I snitt kom 41 personer per träff.", "partial"),
    # a change was the goal, one bare figure cannot tell it
    ("Antalet e-boklån ska öka.", "Under 2023 gjordes 18 400 e-boklån.", "unknown"),
    ("Besöken på filialerna ska öka med 10 procent.", "Filialerna hade 41 300 besök under året.", "unknown"),
    ("Lånen av lättläst ska öka med minst 10 procent.", "Inte mindre än 18 procents ökning sedan 2019.", "fulfilled"),
    # "målet om …" names the goal, it is not an "if"
    ("Antalet besök ska öka med 10 procent.", "Ökningen blev 4 procent, och målet om tio procent nåddes inte.", "not_fulfilled"),
    ("Antalet lånekort ska öka med 5 procent.", "Målet om fem procent har inte nåtts.", "not_fulfilled"),
    # a ceiling: at most, or down to
    ("Väntetiden för fjärrlån ska vara högst tio dagar.", "Väntetiden har kortats från 18 till 12 dagar.", "partial"),
    ("Sjukfrånvaron ska minska till högst 5 procent.", "Sjukfrånvaron ökade från 5,8 till 6,9 procent.", "not_fulfilled"),
    ("Kostnaden per lån ska vara högst 40 kronor.", "Kostnaden per lån blev 37 kronor.", "fulfilled"),
    # a decrease, or "fler …", with no figure
    ("Kostnaden per utlån ska sänkas.", "Kostnaden per lån steg från 38 till 44 kronor.", "not_fulfilled"),
    ("Antalet stängda dagar ska minska.", "Stängda dagar: 9 det första året, 6 det andra och 2 det tredje.", "fulfilled"),
    ("Fler barn ska delta i sommarläsningen.", "Sommarläsningen hade 520 deltagare vid planens start och 610 det sista året.", "fulfilled"),
    ("Biblioteket ska nå fler seniorer med sin programverksamhet.", "Under året deltog 1 240 seniorer i programmen.", "unknown"),
    # figures placed in time by their own phrases, a difference, numbers in words
    ("Antalet bokcirklar ska öka.", "Bokcirklarna var 14 år 2021 och 11 år 2024.", "not_fulfilled"),
    ("Antalet författarbesök ska fördubblas.", "År 2020 hade biblioteket 12 författarbesök. År 2024 var de 19.", "partial"),
    ("Utlåningen ska öka med minst 10 procent.", "Utlånen blev 52 000, vilket är 2 000 fler än när planen antogs.", "partial"),
    ("Utlåningen av e-ljudböcker ska öka med tio procent.", "E-ljudboksutlånen ökade med tolv procent.", "fulfilled"),
    ("Deltagarna i språkcaféet ska öka med en fjärdedel.", "Från i snitt 20 till 23 deltagare per träff.", "partial"),
    ("Andelen e-lån ska öka till 20 procent av utlånen.",
     "E-lånen stod för 14 procent första året, 17 procent andra året och 21 procent sista året.", "fulfilled"),
    ("Andelen lättlästa medier ska öka.", "Andelen har legat kvar på tre procent sedan 2021.", "not_fulfilled"),
    # shares: a share word as the level, a share of a total, a count with no total
    ("Minst hälften av skolorna ska ha en läsambassadör.", "14 av 25 skolor har en utsedd läsambassadör.", "fulfilled"),
    ("Minst 30 procent av programmen ska rikta sig till unga.", "Av de 120 programmen 2024 riktades 31 till unga.", "partial"),
    ("Minst 60 procent av förskolorna ska ha en lånekortsavtal.", "17 förskolor har tecknat avtal med biblioteket.", "unknown"),
    # other wordings of a ceiling, a relative increase and an increase by a number
    ("Sjukfrånvaron ska ligga under 6 procent.", "Sjukfrånvaron sjönk från 9,2 till 7,0 procent.", "partial"),
    ("E-boksutlånen ska bli minst en fjärdedel högre än vid starten.", "E-boksutlånen ökade med 31 procent.", "fulfilled"),
    ("Antalet nya låntagare ska öka med 300 per år.", "Nya låntagare: +340, +310 och +325.", "fulfilled"),
    ("Antalet talboksanvändare ska öka med minst 40 personer.", "Sedan starten har 25 nya talboksanvändare registrerats.", "partial"),
    ("Utlånen av lättläst ska öka med 10 procent.", "Vuxna: −2 %\nBarn: −6 %", "not_fulfilled"),
    # "mot tidigare", "legat still", "170 respektive 182"
    ("Sittplatserna ska bli fler.", "Efter ommöbleringen finns 72 sittplatser mot tidigare 50.", "fulfilled"),
    ("Filialerna ska låna ut fler medier.", "Utlånen har legat still på omkring 20 000 per år.", "not_fulfilled"),
    ("Biblioteket ska ha minst 150 programpunkter per år.", "År 2022 blev det 160 programpunkter, 2023 och 2024 blev det 140 respektive 151.", "partial"),
    # a bare figure after one of the target's unit in the same sentence is of the same quantity
    ("Minst 25 besökare per sagostund.", "Förskolegrupperna gav i snitt 31 besökare, kvällarna 14.", "partial"),
    ("Varje filial ska ha minst åtta utställningar per år.",
     "Norra filialen hade 9 utställningar per år medan den minsta filialen stannade på fem.", "partial"),
    ("Minst 40 deltagare per kurs.", "Kurserna samlade 46 deltagare, en ökning med 6.", "fulfilled"),
    # a generic count of people against the goal's group; a part is not the outcome
    ("Minst 150 barn ska delta i lovläsningen varje år.", "Lovläsningen hade 96 deltagare i år och 88 förra året.", "partial"),
    ("Minst 150 barn ska delta i lovläsningen varje år.", "Lovläsningen samlade 172 deltagare i år.", "fulfilled"),
    ("Minst 200 deltagare per år i kvällsprogrammen.",
     "Kvällsprogrammen samlade 236 deltagare. Den största enskilda kvällen kom 48 personer.", "fulfilled"),
    # a change so small that the text calls it none
    ("Besöken ska öka med 10 procent.", "Besöken var i stort sett oförändrade, 41 200 mot 41 000 året innan.", "not_fulfilled"),
    # a level to keep: no decrease meets it
    ("Filialen ska behålla sina öppettider.", "Öppettiderna minskades från 30 till 22 timmar i veckan.", "not_fulfilled"),
    ("Medieanslaget ska bibehållas på nuvarande nivå.", "Anslaget är oförändrat sedan planen antogs.", "fulfilled"),
    # a change with no unit beside its figures, for a level in a unit
    ("Utlåningen ska komma upp i sju lån per invånare.", "Lånen per invånare steg från 5,1 till 6,2.", "partial"),
    # a verdict in the text decides over the figures
    ("Besöken ska uppgå till minst 90 000 per år.", "Besöken ökade till 84 000, men det räckte inte till målet.", "not_fulfilled"),
])
def test_numeric_targets(goal, result, label):
    assert rules.status(result, None, goal).label == label


@pytest.mark.parametrize("goal,result", [
    ("Samtliga skolbibliotek ska vara bemannade minst 20 timmar i veckan.",
     "Inte alla skolor har kommit upp i 20 timmar, men nio av tolv ligger nu på den nivån."),  # coverage, not a level
    ("Minst 90 procent av låntagarna ska vara nöjda.", "6 procent var missnöjda och 92 procent nöjda."),  # two percentages
    ("Utlåningen ska öka både på huvudbiblioteket och på filialerna.",
     "Lånen har ökat med 9 procent på huvudbiblioteket, medan filialernas utlåning har minskat."),  # a contrast
    ("Kurser ska erbjudas från 2022 till 2025.", "Kurserna hölls 2022 och 2023."),  # a period is not a target
    ("Antalet stängda dagar ska inte öka.", "Stängda dagar: 6 det första året och 4 det sista."),  # a negated change
    ("Bokcirklarna ska bli fler och nå nya grupper.", "Cirklarna har ökat från fyra till nio."),  # the change is half the goal
    ("Alla invånare ska ha högst fem kilometer till ett bibliotek.",
     "92 procent av invånarna har under fem kilometer till ett bibliotek."),  # coverage, not a level
    ("Antalet besökare ska öka.", "Besöken var 41 000 år 2022 och 39 000 det andra året."),  # years and ordinals
    ("Antalet aktiva låntagare ska bli fler.", "Vid årets slut fanns 9 870 aktiva låntagare, 31 procent av invånarna."),
    ("Varje filial ska ha minst två författarbesök per år.",
     "Alla filialer har haft två besök om året, utom Åby som bara fick ett."),  # a shortfall the figures miss
])
def test_numeric_targets_step_aside(goal, result):
    """Where the figures cannot be read for certain, the target rule decides nothing."""
    from pipeline.classify.targets import compare
    assert compare(goal, result) is None


@pytest.mark.parametrize("goal,result,label,method", [
    ("Låneregler för spel ska revideras.", "Reviderat", "fulfilled", "rule:explicit.goal_verb_done"),
    ("Barnhörnan i Åby ska rustas upp.", "Upprustad hösten 2023.", "fulfilled", "rule:explicit.goal_verb_done"),
    ("Mediebeståndet på filialerna ska gallras.", "Gallrat", "fulfilled", "rule:explicit.goal_verb_done"),
    ("Bibliotekets integritetspolicy ska uppdatera sina rutiner.", "Uppdaterade 2024", "fulfilled", "rule:explicit.goal_verb_done"),
    # a negation, a degree or an outlook is not the verdict; a noun of the verb is not its participle
    ("Webbplatsen ska uppdateras.", "Ej uppdaterad", "not_fulfilled", None),
    ("Webbplatsen ska uppdateras.", "Delvis uppdaterad", "partial", None),
    ("Webbplatsen ska uppdateras.", "Uppdateras först efter sommaren", None, None),
    ("Biblioteket ska utreda ett gemensamt bibliotek.", "Utredningen presenterades i april.", None, None),
])
def test_goal_verb_as_participle(goal, result, label, method):
    """A result that is only the goal's verb as a participle ("Fastställt") says the goal was met."""
    status = rules.status(result, None, goal)
    if method:
        assert (status.label, status.method) == (label, method)
    else:
        assert status.method != "rule:explicit.goal_verb_done"
        if label:
            assert status.label == label


# The verdict sentences of follow-ups, worded the many ways municipalities write them: each must be
# read by the explicit rules alone (no model), so a new wording of an old verdict is never left to chance.
VERDICT_WORDINGS = {
"fulfilled": ["Målet har uppnåtts.", "Målet har nåtts.", "Målet har uppfyllts.", "Vi bedömer att målet är uppfyllt.", "Målet bedöms vara uppfyllt.",
 "Målet anses uppfyllt.", "Målet är helt uppfyllt.", "Målet är fullt ut uppnått.", "Målet är genomfört.", "Helt uppfyllt.", "Uppfyllt i sin helhet.",
 "Målet har infriats.", "Målet är nått.", "Målsättningen är uppnådd.", "Målet är i sin helhet uppfyllt.", "Ja, målet är uppfyllt.",
 "Målet får anses vara uppnått.", "Målet har överträffats.", "Målet uppfylldes redan 2021.", "Genomförd.", "Klart.", "Målet är uppfyllt med god marginal.",
 "Målet är uppnått och arbetet fortsätter.", "Bedömningen är att målet är uppfyllt.", "Målet har uppnåtts under perioden.", "Målet är uppfyllt för perioden."],
"partial": ["Målet är delvis uppnått.", "Målet har delvis uppfyllts.", "Målet har uppnåtts till viss del.", "Målet är bara delvis uppfyllt.",
 "Målet bedöms vara delvis uppfyllt.", "Vi bedömer att målet är delvis uppnått.", "Målet är uppfyllt till hälften.", "Målet är nästan uppnått.",
 "Målet är inte fullt ut uppnått.", "Målet har inte helt nåtts.", "Målet är endast delvis uppfyllt.", "Delvis.", "Pågår.", "Arbetet pågår fortfarande.",
 "Arbetet är påbörjat.", "Påbörjad men inte slutförd.", "Målet är på god väg att uppnås.", "Målet är till viss del uppnått.", "Målet är uppfyllt i vissa delar.",
 "Delvis uppfyllt, se nedan.", "Målet är i stort sett uppfyllt.", "Målet är till stor del uppnått.", "Målet är uppfyllt i hög grad.", "Målet är inte helt nått.",
 "Målet har uppnåtts i begränsad omfattning.", "Målet är uppfyllt på några av filialerna.",
 "Målet har inte fullt ut kunnat nås under perioden.", "Målet har inte kunnat uppfyllas helt.",
 "Målsättningen har inte helt kunnat förverkligas.", "Målet är långtifrån nått.", "Ej nått hela vägen.",
 "Målet är inte uppfyllt hela vägen."],
"not_fulfilled": ["Målet är knappast uppnått.", "Målet har knappast uppnåtts.", "Målet har inte kunnat genomföras.", "Målet har inte uppnåtts.", "Målet har inte nåtts.", "Målet är inte nått.", "Målet har inte uppfyllts.", "Vi bedömer att målet inte är uppfyllt.",
 "Målet bedöms inte vara uppfyllt.", "Målet bedöms som ej uppfyllt.", "Målet uppfylldes inte.", "Målet nåddes inte.", "Ej genomfört.", "Inte påbörjat.",
 "Arbetet har inte påbörjats.", "Målet är ouppfyllt.", "Målet har inte kunnat uppfyllas.", "Målet har inte gått att uppnå.",
 "Målet kommer inte att uppnås.", "Målet har strukits.", "Målet utgick.", "Nej.", "Inte uppfyllt.", "Målet är inte uppnått under planperioden.",
 "Målet har inte uppnåtts, men arbetet fortsätter.", "Målet uppnåddes inte under perioden.", "Målet har inte kunnat nås.", "Ej uppfyllt inom perioden."],
"unknown": ["Målet har inte bedömts.", "Måluppfyllelsen kan inte bedömas.", "Det går inte att bedöma måluppfyllelsen.", "Underlag saknas.",
 "Uppgifter saknas.", "Följs upp senare.", "Redovisas i verksamhetsberättelsen.", "Ingen bedömning har gjorts.", "Ej mätbart.", "Kan ej bedömas.",
 "Målet har inte följts upp.", "Bedömning saknas.", "Data saknas för att bedöma målet.", "Uppföljning sker 2025.", "Målet har inte kunnat följas upp.",
 "Måluppfyllelsen har inte mätts.", "Det saknas underlag för en bedömning.", "Ingen uppföljning är gjord.",
 "Enkätsvaren från 2021 och 2024 går därför inte att jämföra.", "Utlåningssiffrorna är inte jämförbara efter systembytet.",
 "Det finns inga jämförbara uppgifter för perioden.", "Kassasystemet skiljer inte på barn och vuxna, så ökningen kan inte följas.",
 "Grindräknaren särskiljer inte på besökare och personal.", "Någon bedömning är därför inte möjlig."],
}


@pytest.mark.parametrize("label,text", [(lab, t) for lab, texts in VERDICT_WORDINGS.items() for t in texts])
def test_verdicts_in_other_words(label, text):
    status = rules.status(text, None)
    assert status.label == label
    if text.startswith("Målet"):  # a statement about the goal itself is a verdict, not a hint for the model
        assert status.method.startswith("rule:explicit."), status.method


# Status column and Måluppfyllelse values as municipalities write them.
FIELD_WORDINGS = {
"fulfilled": ["Uppfyllt", "Uppfylld", "Uppnått", "Uppnådd", "Helt uppfyllt", "Helt", "Ja", "Ja, helt", "Genomfört", "Genomförd", "Klart", "Klar", "Avklarat",
  "Slutfört", "I mål", "Nått", "Grön", "OK", "✓", "✔", "100 %", "Fullt ut", "Infört", "Implementerat", "Åtgärdat", "Uppfyllt 2023", "Målet nått", "Uppfylls",
  "Uppfyllt (grön)", "Genomförd enligt plan", "Helt genomfört", "Gjort", "Finns", "Klara"],
"partial": ["Delvis", "Delvis uppfyllt", "Delvis uppnått", "Delvis genomfört", "Pågår", "Pågående", "Påbörjat", "Påbörjad", "Under arbete", "Till viss del",
  "Till stor del", "I hög grad", "I viss mån", "Nästan", "Gul", "Orange", "◐", "50 %", "3 av 4", "Startat", "Löpande", "Delvis klart", "Uppfyllt till viss del",
  "(✓)", "(✔)",
  "Pågår enligt plan", "Ja, delvis", "Påbörjat, ej klart", "Delvis (gul)", "I huvudsak uppfyllt", "Inte helt uppfyllt", "Ej helt uppnått", "Inte helt", "Ej helt"],
"not_fulfilled": ["Ej uppfyllt", "Ej uppnått", "Inte uppfyllt", "Inte uppnått", "Nej", "Ej påbörjat", "Inte påbörjat", "Ej genomfört", "Ej startat", "Utgår",
  "Utgått", "Struket", "Avbrutet", "Försenad", "Röd", "✗", "0 %", "Inte alls", "Pausad", "Stoppad", "Ej klart", "Ej infört", "Nedlagt", "Ej uppfylld (röd)",
  "Uppfylls inte", "Inställt", "Ej nått", "Har ej nåtts", "Finns inte", "Inte gjord"],
"unknown": ["Ej bedömt", "Ej bedömd", "Kan ej bedömas", "Går inte att bedöma", "Vet ej", "Ingen bedömning", "Ej mätt", "Ej mätbart", "Uppgift saknas",
  "–", "-", "Ej aktuellt", "Ej följt upp", "Grå", "Ingen uppgift", "Se text", "För tidigt att bedöma"],
}


@pytest.mark.parametrize("label,field", [(lab, v) for lab, values in FIELD_WORDINGS.items() for v in values])
def test_status_field_values_in_other_words(label, field):
    assert rules.status(None, field).label == label


@pytest.mark.parametrize("goal,result,label", [
    ("Besökarna ska uppleva biblioteket som en trygg plats.", "Biblioteket har haft öppet som vanligt och fått nya möbler.", "unknown"),
    ("Föräldrar ska känna sig välkomna på biblioteket.", "Familjelördagar har hållits varje månad.", "unknown"),
    # counting what was done is no measure of what people felt; a share of them is
    ("Besökarna ska uppleva programmen som relevanta.", "Under året hölls 120 program med 4 300 besökare.", "unknown"),
    ("Besökarna ska uppleva programmen som relevanta.", "Av de tillfrågade svarade 87 procent att programmen var relevanta.", None),
    # an attitude that should grow is a goal about what people feel too
    ("Läsglädjen ska öka bland kommunens seniorer.", "Högläsningen på boendena har fortsatt och vi har köpt in fler ljudböcker.", "unknown"),
    ("Öka kännedomen om talböcker bland äldre.", "Vi har annonserat i lokaltidningen och haft informationsbord på seniordagen.", "unknown"),
    # asked or measured: the result assesses it, and the usual rules read it
    ("Låntagarna ska vara nöjda med bemötandet.", "I enkäten var 92 procent nöjda med bemötandet.", None),
    ("Unga ska uppleva biblioteket som sitt.", "Målet är uppfyllt enligt ungdomsrådets utvärdering.", "fulfilled"),
])
def test_a_goal_about_experience_needs_someone_asked(goal, result, label):
    status = rules.status(result, None, goal)
    if label == "unknown":
        assert (status.label, status.method) == ("unknown", "rule:explicit.perception_unmeasured")
    else:
        assert status.method != "rule:explicit.perception_unmeasured"
        if label:
            assert status.label == label


# Numeric targets and outcomes worded freshly (none of them is in the training data): the target
# tier must read every one of them by itself.
TARGETS_IN_OTHER_WORDS = [
 ("Utlåningen ska öka med 15 procent under perioden.", "Utlåningen ökade med 18 procent.", "fulfilled"),
 ("Fler unga vuxna ska använda bibliotekets e-tjänster.", "Inloggningarna från unga vuxna har sjunkit sedan appen byttes.", "not_fulfilled"),
 ("Antalet studiebesök ska öka.", "Studiebesöken blev färre efter att skolorna fick egna bibliotekarier.", "not_fulfilled"),
 ("Utlåningen ska öka med 15 procent under perioden.", "Utlåningen har ökat med drygt 9 procent.", "partial"),
 ("Utlåningen ska öka med 15 procent under perioden.", "Utlåningen minskade med 2 procent.", "not_fulfilled"),
 ("Antalet besök ska öka med tio procent.", "Besöken gick från 82 000 till 93 500.", "fulfilled"),
 ("Antalet besök ska öka med tio procent.", "Besöken gick från 82 000 till 85 000.", "partial"),
 ("Antalet besök ska öka med tio procent.", "82 000 besök 2021 och 80 500 besök 2024.", "not_fulfilled"),
 ("Minst 40 procent av barnen ska ha lånekort.", "Andelen barn med lånekort är 44 procent.", "fulfilled"),
 ("Minst 40 procent av barnen ska ha lånekort.", "Andelen barn med lånekort har ökat till 37 procent.", "partial"),
 ("Minst 40 procent av barnen ska ha lånekort.", "Andelen barn med lånekort är 31 procent, samma som vid planens start.", "not_fulfilled"),
 ("Biblioteket ska ha öppet minst 50 timmar per vecka.", "Öppettiden är nu 52 timmar per vecka.", "fulfilled"),
 ("Biblioteket ska ha öppet minst 50 timmar per vecka.", "Öppettiden har utökats från 40 till 46 timmar per vecka.", "partial"),
 ("Antalet programpunkter ska fördubblas.", "Programpunkterna har ökat från 80 till 170.", "fulfilled"),
 ("Antalet programpunkter ska fördubblas.", "Programpunkterna har ökat från 80 till 120.", "partial"),
 ("Väntetiden för reserverade medier ska minska till högst tio dagar.", "Väntetiden är i genomsnitt åtta dagar.", "fulfilled"),
 ("Väntetiden för reserverade medier ska minska till högst tio dagar.", "Väntetiden har minskat från 16 till 12 dagar.", "partial"),
 ("Kostnaden per utlån ska minska.", "Kostnaden per utlån sjönk från 52 till 47 kronor.", "fulfilled"),
 ("Kostnaden per utlån ska minska.", "Kostnaden per utlån steg från 47 till 52 kronor.", "not_fulfilled"),
 ("Antalet e-boklån ska öka.", "E-boklånen ökade från 12 300 till 15 800.", "fulfilled"),
 ("Antalet e-boklån ska öka.", "Under 2023 lånades 15 800 e-böcker.", "unknown"),
 ("Fler ska delta i bibliotekets språkcaféer.", "Språkcaféerna hade 410 besök 2021 och 640 besök 2024.", "fulfilled"),
 ("Fler ska delta i bibliotekets språkcaféer.", "Deltagandet har legat på samma nivå under hela perioden.", "not_fulfilled"),
 ("Antalet aktiva låntagare ska bli minst 12 000.", "Vid periodens slut fanns 11 200 aktiva låntagare.", "partial"),
 ("Antalet aktiva låntagare ska bli minst 12 000.", "Vid periodens slut fanns 12 450 aktiva låntagare.", "fulfilled"),
 ("Minst hälften av skolorna ska ha bemannat skolbibliotek.", "Sju av tolv skolor har bemannat skolbibliotek.", "fulfilled"),
 ("Minst hälften av skolorna ska ha bemannat skolbibliotek.", "Fyra av tolv skolor har bemannat skolbibliotek.", "partial"),
 ("Minst 75 procent av besökarna ska vara nöjda.", "I årets enkät var 81 procent nöjda eller mycket nöjda.", "fulfilled"),
 ("Minst 75 procent av besökarna ska vara nöjda.", "I årets enkät var 69 procent nöjda.", "partial"),
 ("Sjukfrånvaron ska understiga 5 procent.", "Sjukfrånvaron var 4,2 procent.", "fulfilled"),
 ("Sjukfrånvaron ska understiga 5 procent.", "Sjukfrånvaron ökade från 5,5 till 6,8 procent.", "not_fulfilled"),
 ("Bokbussen ska ha minst 15 hållplatser.", "Bokbussen har 12 hållplatser, tre färre än tidigare.", "not_fulfilled"),
 ("Filialen ska behålla sina öppettider.", "Öppettiderna är desamma som 2019.", "fulfilled"),
 ("Medieanslaget ska höjas till 60 kronor per invånare.", "Medieanslaget är 55 kronor per invånare.", "partial"),
 ("Andelen e-lån ska öka.", "Andelen e-lån var 11 procent 2021 och 14 procent 2024.", "fulfilled"),
 ("Antalet lånade medier per invånare ska öka från 5,1 till 6,0.", "Lånen per invånare var 5,6 det sista året.", "partial"),
 ("Antalet lånade medier per invånare ska öka från 5,1 till 6,0.", "Lånen per invånare var 4,9 det sista året.", "not_fulfilled"),
]


@pytest.mark.parametrize("result,label", [
    ("Utredningen genomfördes 2019 och visade att en bokbil inte ryms i budgeten.", "fulfilled"),
    ("En kartläggning gjordes under våren och redovisades för nämnden.", "fulfilled"),
    ("Utredningen har påbörjats men blir klar först nästa år.", "partial"),
    ("Någon utredning har inte gjorts.", "not_fulfilled"),
])
def test_an_inquiry_goal_is_met_when_the_inquiry_was_made(result, label):
    status = rules.status(result, None, "Biblioteket ska utreda möjligheten att införa en bokbil.")
    assert status.label == label, status
    assert (status.method == "rule:explicit.inquiry_done") == (label == "fulfilled")


def test_kept_in_a_plan_is_not_a_flat_measure():
    # "ligger kvar i årsplaneringen" says where something stays, not that a figure stood still
    goal = "Biblioteket ska öka barns läslust genom regelbundna läsprojekt."
    status = rules.status("Två läsprojekt har hållits varje år. Båda ligger kvar i skolornas årsplanering.", None, goal)
    assert not status.method.startswith("rule:target.")
    flat = rules.status("Besöken ligger kvar runt 40 000 per år.", None, "Antalet besök ska öka.")
    assert (flat.label, flat.method) == ("not_fulfilled", "rule:target.flat")


@pytest.mark.parametrize("goal,result,label", TARGETS_IN_OTHER_WORDS)
def test_numeric_targets_in_other_words(goal, result, label):
    status = rules.status(result, None, goal)
    assert (status.label, status.method.split(".")[0]) == (label, "rule:target")


@pytest.mark.parametrize("text,label", [
    ("Uppfyllt till 80 %", "partial"), ("80 % uppfyllt", "partial"), ("Uppfyllt till 100 %", "fulfilled"),
    ("Uppfyllt (80 %)", "partial"), ("3 av 4 delmål uppfyllda", "partial"), ("4 av 4", "fulfilled"),
    ("Nej, 0 av 3", "not_fulfilled"), ("5 av 5 skolor har bemannat bibliotek.", "fulfilled"),
    ("Tre av fem filialer har fått meröppet.", "partial"),
])
def test_proportions_read_by_their_figures(text, label):
    """'N av M' and 'N %' say fulfilled at all, not fulfilled at none, partial between."""
    assert rules.status(text, None).label == label
    if len(text.split()) <= 4:
        assert rules.status(None, text).label == label  # the same words in a status column


@pytest.mark.parametrize("goal,result,label", [
    ("Invånarnas kännedom om e-tjänsterna ska öka.", "Medborgarundersökningen som skulle visa detta har skjutits upp ett år.", "unknown"),
    ("Barnens läslust ska öka.", "Någon mätning av läslusten har inte gjorts under perioden.", "unknown"),
    ("Äldre ska känna till bibliotekets hemtjänst.", "Vi har inte gjort någon undersökning av hur många som känner till den.", "unknown"),
    # the goal is itself to measure: not done
    ("En enkät om besökarnas nöjdhet ska genomföras.", "Enkäten sköts upp till nästa år.", "not_fulfilled"),
    ("Biblioteket ska undersöka behovet av kvällsöppet.", "Någon undersökning gjordes aldrig.", "not_fulfilled"),
])
def test_a_measurement_put_off_does_not_assess_the_goal(goal, result, label):
    status = rules.status(result, None, goal)
    assert status.label == label
    assert (status.method == "rule:explicit.measurement_dropped") == (label == "unknown")


@pytest.mark.parametrize("text,explicit", [
    ("På BVC i Varberg har paketen inte nått familjerna.", False),  # reaching people, not the goal
    ("Bokstart har nått samtliga familjer.", False),
    ("Vi har inte nått målet.", True),
    ("Målet är nått genom ett avtal med skolorna.", True),
    ("Målet har inte nåtts.", True),
])
def test_reaching_people_is_not_a_verdict(text, explicit):
    assert rules.status(text, None).method.startswith("rule:explicit.") == explicit


@pytest.mark.parametrize("text,label,method", [
    # a verdict on this year's part of a plan-period goal is partial (annotation convention 2)
    ("Årets mål är nått.", "partial", "explicit.year_goal_met"),
    ("Årets etappmål om tre nya läsombud har uppnåtts.", "partial", "explicit.year_goal_met"),
    ("Delmålet för året är uppfyllt, men det återstår mycket.", "partial", "explicit.year_goal_met"),
    ("Årets delmål är inte uppnått.", "not_fulfilled", "explicit.year_goal_not_met"),
    ("Årsmålet nåddes inte.", "not_fulfilled", "explicit.year_goal_met_not"),
    # a verdict scoped to a place is partial
    ("Målet är uppfyllt i centralorten. Kransorterna står på tur.", "partial", "explicit.met_in_place"),
    ("Uppnått på landsbygden; i staden återstår arbetet.", "partial", "explicit.met_in_place"),
    ("Målet är uppfyllt i sin helhet.", "fulfilled", "explicit.met"),
    # a percentage that was not reached is a negative verdict, not a degree
    ("Målvärdet på 25 procent uppnåddes inte.", "not_fulfilled", "explicit.percent_met_not"),
    ("Till 60 procent uppfyllt.", "partial", "explicit.percent_met"),
])
def test_scoped_and_part_of_period_verdicts(text, label, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, f"rule:{method}")


@pytest.mark.parametrize("goal,result,label,method", [
    # the same figure at both ends is no change, not a lone figure
    ("Utlånen av ljudböcker ska öka med 20 procent.", "Utlånen låg på 3 400 både första och sista året.", "not_fulfilled", "target.flat"),
    ("Antalet aktiva låntagare ska öka.", "Antalet var 8 150 både vid start och vid slutet av perioden.", "not_fulfilled", "target.flat"),
    ("Minst 60 procent av föräldrarna ska känna till Bokstart.", "I enkäten svarade 38 procent ja, samma andel som i fjol.", "not_fulfilled", "target.flat"),
    # the figure after "från" is where it started; below the target and down is not met
    ("Nöjd-kund-index ska vara minst 75.", "NKI blev 72, ner från 77.", "not_fulfilled", "target.decline"),
    ("Öppettiderna ska utökas till minst 40 timmar i veckan.", "Huvudbiblioteket har nu 34 timmar i veckan, fyra timmar färre än vid planperiodens start.", "not_fulfilled", "target.decline"),
    ("Lånen ska vara minst 6 per invånare.", "Lånen var 5,4 per invånare, upp från 4,9.", "partial", "target.short"),
])
def test_unchanged_and_falling_figures(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_per_inhabitant_target_needs_a_per_inhabitant_outcome():
    goal = "Medieanslaget ska vara minst 30 kronor per invånare."
    assert rules.status("Medieanslaget var 650 000 kronor.", None, goal).method != "rule:target.met"
    assert rules.status("Medieanslaget var 32 kronor per invånare.", None, goal).label == "fulfilled"


@pytest.mark.parametrize("goal,result,label", [
    # progress words about a survey still to come: the goal is not yet assessed
    ("Invånarna ska känna till bibliotekets digitala tjänster.", "Pågår. Frågan finns med i höstens medborgarundersökning.", "unknown"),
    ("Besökarna ska vara nöjda med öppettiderna.", "Påbörjat. Enkäten delas ut i mars.", "unknown"),
    # the same opener about the work itself is progress
    ("Invånarna ska känna till bibliotekets digitala tjänster.", "Pågår. Vi har haft visningar på tre träffpunkter.", "partial"),
    ("Alla skolor ska ha en läsplan.", "Pågår. En enkät till rektorerna visar att fyra av nio har en.", "partial"),
])
def test_progress_that_is_about_the_survey(goal, result, label):
    status = rules.status(result, None, goal)
    assert status.label == label
    assert (status.method == "rule:explicit.measurement_pending") == (label == "unknown")


@pytest.mark.parametrize("text,label", [
    ("Skyltning på samiska – klar; sagostund på samiska – klar; inköpsplan – klar", "fulfilled"),
    ("- Hörslinga: klart\n- Ramper: klart\n- Ledstråk: påbörjat", "partial"),
    ("Nyhetsbrev – ej påbörjat | Poddserie – struken | Filmvisning – ej påbörjat", "not_fulfilled"),
    ("ABF: genomfört | Sensus: ej genomfört", "partial"),
])
def test_an_itemised_list_is_read_item_by_item(text, label):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, "rule:list.item_statuses")


@pytest.mark.parametrize("text", [
    "Skyltning – klar; sagostund – hölls två gånger med god uppslutning",  # an item the status words cannot read
    "Läsfrämjande: vi har haft bokcirklar hela året.",  # one item of prose, not a list
])
def test_an_itemised_list_steps_aside_when_an_item_cannot_be_read(text):
    assert rules.status(text, None).method != "rule:list.item_statuses"


def test_a_list_decides_over_the_model():
    from pipeline.classify.combined import DECIDING_TIERS, decide
    status = rules.status("Gjort: ny belysning; nya gardiner.\nÅterstår: inget.", None)
    assert status.method.startswith(DECIDING_TIERS)
    assert decide(status, "partial", 0.99, "model:test").label == "fulfilled"


@pytest.mark.parametrize("goal,result", [
    # two figures that move opposite ways speak of two things: the target tier steps aside
    ("Antalet besök ska öka genom fler evenemang.", "Evenemangen ökade från 80 till 120, men besöken minskade med två procent."),
    ("Utlånen ska öka med 10 procent.", "Kassasystemet visar att utlånen ökade med 12 procent, medan den manuella räkningen visar en minskning med 4 procent."),
    # hours of the day are not outcomes
    ("Minst fyra filialer ska ha kvällsöppet.", "Huvudbiblioteket har öppet 17–20 på torsdagar."),
])
def test_numeric_targets_step_aside_on_two_directions_and_clock_times(goal, result):
    assert not rules.status(result, None, goal).method.startswith("rule:target.")


@pytest.mark.parametrize("goal,result,label", [
    # a negation in a concession after the figure does not hide the figure
    ("Minst 75 procent av förskolorna ska ha en bokdepå.", "Andelen blev 80 procent, trots att två förskolor inte ville ha någon.", "fulfilled"),
    ("Biblioteket ska ha minst 30 timmar öppet i veckan.", "Nu 26 timmar i veckan, fast kvällarna inte är tillbaka.", "partial"),
    # and a figure inside the negated clause still does not count
    ("Minst 75 procent av förskolorna ska ha en bokdepå.", "Andelen har inte nått 75 procent.", "not_fulfilled"),
])
def test_a_figure_before_a_concession_is_read(goal, result, label):
    assert rules.status(result, None, goal).label == label


@pytest.mark.parametrize("text,label", [
    # a verdict on the goal itself outranks status words about one of its parts
    ("Antalet besökare har ökat, men antalet föreställningar har inte nått målnivån. Sammantaget bedöms målet som delvis uppnått.", "partial"),
    ("Skyltningen är klar på två filialer och arbetet har inte påbörjats på den tredje, så målet är inte uppfyllt.", "not_fulfilled"),
])
def test_a_verdict_on_the_goal_outranks_one_on_a_part(text, label):
    status = rules.status(text, None)
    assert status.label == label and status.method.startswith("rule:explicit.")


def test_cancelled_terms_keep_a_per_term_target_from_being_met():
    goal = "Minst två sagostunder per termin ska hållas på varje filial."
    assert rules.status("Från hösten har det blivit tre sagostunder per termin.", None, goal).method == "rule:target.met"
    status = rules.status("Under våren ställdes alla sagostunder in. Från hösten har det blivit tre sagostunder per termin.",
                          None, goal)
    assert status.method != "rule:target.met"


@pytest.mark.parametrize("goal,result,label", [
    # a verdict for one named place, when the goal names more or another one, is partial
    ("Meröppet ska införas på filialerna i Skene och Fritsla.", "Målet är uppfyllt i Skene. I Fritsla har lokalen inte medgett det.", "partial"),
    ("Bokbussen ska trafikera hela kommunen.", "Målet är uppnått på Orust-sidan men inte längs kusten.", "partial"),
    # the goal's own single place
    ("Meröppet ska införas i Skene.", "Målet är uppfyllt i Skene sedan i våras.", "fulfilled"),
    ("Meröppet ska införas.", "Målet är uppfyllt i december.", "fulfilled"),
])
def test_a_verdict_for_one_named_place(goal, result, label):
    assert rules.status(result, None, goal).label == label


@pytest.mark.parametrize("goal,result,label,method", [
    # an imperative goal ("Öka …", "Minska …") is a direction to move in, like "… ska öka"
    ("Öka andelen unga låntagare.", "Andelen var 31 procent vid periodens början och 27 procent vid slutet.", "not_fulfilled", "target.decline"),
    ("Minska väntetiden för talboksinläsning.", "Väntetiden gick från 14 till 9 veckor.", "fulfilled", "target.met"),
    # … and a level when it says where to ("Öka antalet … till 120")
    ("Öka antalet klassbesök på biblioteket till 120 per år.", "Klassbesöken steg från 74 till 102.", "partial", "target.short"),
    ("Öka mediebudgeten till 30 kronor per invånare.", "Mediebudgeten motsvarar nu 31 kronor per invånare.", "fulfilled", "target.met"),
])
def test_imperative_goals_have_targets(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


@pytest.mark.parametrize("text,label,method", [
    # a degree word on "genomfört"/"klart" is partial, like one on "uppfyllt"
    ("Till övervägande del genomfört.", "partial", "explicit.degree_done"),
    ("I stort sett klart; katalogen återstår.", "partial", "explicit.degree_done"),
    ("I huvudsak genomfört, men inte på filialerna.", "partial", "explicit.degree_done"),
    # a goal withdrawn is not met
    ("Målet utgår. Skolan har tagit över uppgiften.", "not_fulfilled", "explicit.goal_withdrawn"),
    # a document being written is work in progress
    ("Planen är under utarbetande.", "partial", "cue.ongoing"),
])
def test_degree_on_done_withdrawn_goals_and_work_in_progress(text, label, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_result_that_merely_mentions_a_place_to_start_from_is_not_withdrawn():
    # "utgår" about something other than the goal is no verdict
    assert rules.status("Vi utgår från skolornas behov när vi planerar.", None).method != "rule:explicit.goal_withdrawn"


@pytest.mark.parametrize("goal,result,label", [
    # an imperative inquiry goal is met when the inquiry was made, whatever it found
    ("Utreda om biblioteket ska ingå i kommunens kontaktcenter.", "Utredningen är gjord. Den kom fram till att det inte är lämpligt.", "fulfilled"),
    ("Kartlägga skolbibliotekens bemanning.", "Kartläggningen är genomförd och visar brister på sex skolor.", "fulfilled"),
    # a trial to make ("ska pröva") is made when it was tried
    ("Någon filial ska pröva söndagsöppet.", "Söndagsöppet prövades i Vara tio söndagar. Försöket förlängdes inte.", "fulfilled"),
])
def test_inquiry_goals_in_the_imperative_and_trials(goal, result, label):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, "rule:explicit.inquiry_done")


def test_an_inquiry_goal_that_also_asks_for_the_change_is_not_met_by_the_inquiry():
    status = rules.status("Utredningen är genomförd och visade att meröppet är möjligt. Nämnden gick inte vidare.",
                          None, "Utreda och införa meröppet på huvudbiblioteket.")
    assert status.method != "rule:explicit.inquiry_done"


@pytest.mark.parametrize("goal,result,label,method", [
    # "ska hålla samma omfattning" is a level to keep
    ("Programverksamheten för vuxna ska hålla samma omfattning som i dag.", "Vi höll 66 program, exakt lika många som året innan.", "fulfilled", "target.kept"),
    ("Sagostunderna ska fortsätta i minst samma omfattning som tidigare.", "Antalet sagostunder gick från 40 till 36.", "not_fulfilled", "target.decline"),
    # "vid årets slut" places a figure at the end
    ("Antalet aktiva låntagare ska öka med 5 procent.", "Vi hade 6 840 aktiva låntagare vid årets slut. När planen antogs var de 6 410.", "fulfilled", "target.met"),
])
def test_levels_to_keep_and_figures_at_the_end_of_the_year(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


@pytest.mark.parametrize("text,label,method", [
    # a one-word verdict may be followed by when it happened
    ("Invigt hösten 2020.", "fulfilled", "explicit.opener_fulfilled"),
    ("Klart i maj.", None, None),  # "i" is not a time word of its own: no opener verdict
    ("Infört mars 2024 på alla filialer.", "fulfilled", "explicit.opener_fulfilled"),
    ("Fortskrider enligt plan.", "partial", "explicit.opener_partial"),
    ("Svårbedömt; inga indikatorer finns.", "unknown", "explicit.dont_know"),
])
def test_openers_followed_by_a_time_and_hard_to_judge(text, label, method):
    status = rules.status(text, None)
    if method is None:
        assert not status.method.startswith("rule:explicit.opener")
    else:
        assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_bare_year_after_an_opener_is_no_verdict_for_every_year():
    status = rules.status("Genomfört 2019. De följande somrarna uteblev satsningen.", None,
                          "Sommarläsning ska erbjudas varje sommar.")
    assert status.method != "rule:explicit.opener_fulfilled"


@pytest.mark.parametrize("goal,result,label,method", [
    # a goal to go down, read against a direction in words with no figure
    ("Kostnaden för förkomna medier ska minska.", "Minskat.", "fulfilled", "target.met"),
    ("Kostnaden för förkomna medier ska minska.", "Ökat.", "not_fulfilled", "target.rise"),
    ("Väntetiden för fjärrlån ska minska.", "Väntetiden har ökat sedan leverantörsbytet.", "not_fulfilled", "target.rise"),
])
def test_a_goal_to_go_down_against_a_direction_in_words(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_denied_direction_is_not_the_outcome():
    status = rules.status("Kostnaden har inte minskat.", None, "Kostnaden ska minska.")
    assert status.method != "rule:target.met" and status.label != "fulfilled"


@pytest.mark.parametrize("text,label", [
    # a start still to come, and nothing done or under way: not met, whatever was prepared
    ("Bygglov har sökts och beviljats. Byggstart är planerad till våren.", "not_fulfilled"),
    ("Arbetet påbörjas nästa år.", "not_fulfilled"),
])
def test_a_start_still_to_come_is_not_met(text, label):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, "rule:explicit.start_planned")


def test_a_planned_start_beside_work_under_way_is_left_to_the_cues():
    status = rules.status("Förstudien pågår. Byggstart är planerad till våren.", None)
    assert status.method != "rule:explicit.start_planned"


@pytest.mark.parametrize("goal,result,label,method", [
    # still below an earlier year's level is no increase
    ("Biblioteket ska nå fler barn under sommarlovet.", "Deltagandet ligger fortfarande under 2019 års nivå.", "not_fulfilled", "target.decline"),
    ("Antalet besök ska öka.", "Besöken ligger under nivån före pandemin.", "not_fulfilled", "target.decline"),
])
def test_below_an_earlier_level_is_not_an_increase(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_an_activity_that_ceased_is_a_drop():
    status = rules.status("Filmklubben för seniorer upphörde när licensen sades upp.", None)
    assert (status.label, status.method) == ("not_fulfilled", "rule:cue.dropped")


@pytest.mark.parametrize("text,label,method", [
    ("Ett utlämningsskåp är upphandlat och ska installeras vid huvudbiblioteket i vår.", "not_fulfilled", "explicit.start_planned"),
    ("Utredningen visade att systemen måste bytas först, och frågan har lagts vilande.", "not_fulfilled", "cue.dropped"),
])
def test_equipment_still_to_install_and_a_question_put_aside(text, label, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, f"rule:{method}")


@pytest.mark.parametrize("text,label", [
    # numbered items and more status words per item
    ("1. Hemleverans av talböcker – införd\n2. Personlig visning – införd\n3. Uppläsning av programblad – inte gjord", "partial"),
    ("ABF – tecknat\nStudiefrämjandet – tecknat\nBilda – tecknat i december", "fulfilled"),
    ("Kartläggning – klar\nRiktlinjer – klara\nHandlingsplan – ej påbörjad", "partial"),
    ("Skyltning: finns inte\nBroschyr: inte gjord", "not_fulfilled"),
])
def test_item_lists_with_numbers_and_more_status_words(text, label):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, "rule:list.item_statuses")


@pytest.mark.parametrize("text,method", [
    ("Språkcaféet gjorde uppehåll 2020 och startade aldrig igen.", "cue.dropped"),
    ("Cirkeln kom aldrig i gång.", "cue.dropped"),
    ("Skyltarna beställdes men har aldrig satts upp.", "cue.not_done"),
    ("Idén med en bokcykel lades åt sidan när personalen inte räckte till.", "cue.dropped"),
    ("Frågan är avförd från nämndens lista.", "cue.dropped"),
    ("Den gemensamma katalogen monterades ned.", "cue.dropped"),
    ("Projektet har avskrivits.", "cue.dropped"),
])
def test_never_started_again_or_put_up_is_not_done(text, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == ("not_fulfilled", f"rule:{method}")


@pytest.mark.parametrize("goal,result,label", [
    # the latest figure is the outcome wherever the sentence puts it
    ("Andelen e-lån ska öka till 20 procent av utlånen.",
     "E-lånen var 22 procent av utlånen det senaste året, att jämföra med 12 procent när planen antogs.", "fulfilled"),
    ("Andelen e-lån ska öka till 20 procent av utlånen.",
     "E-lånen var 18 procent av utlånen det senaste året, att jämföra med 12 procent när planen antogs.", "partial"),
])
def test_the_latest_figure_is_the_outcome_wherever_it_stands(goal, result, label):
    assert rules.status(result, None, goal).label == label


@pytest.mark.parametrize("goal,result", [
    # one thing rose and another stood still: not a flat outcome
    ("Antalet deltagare ska öka på både kurserna och träffarna.",
     "Kurserna har fått 40 nya deltagare. Träffarna har legat still på samma antal."),
    ("Utlånen ska öka både på huvudbiblioteket och på filialerna.",
     "Utlånen på huvudbiblioteket ökade. På filialerna är de oförändrade."),
])
def test_a_rise_beside_a_standstill_is_no_flat_outcome(goal, result):
    assert not rules.status(result, None, goal).method.startswith("rule:target.")


def test_a_denied_rise_after_the_verb_is_no_rise():
    status = rules.status("Utlånen ökade inte utan låg kvar på samma nivå.", None, "Utlånen ska öka.")
    assert (status.label, status.method) == ("not_fulfilled", "rule:target.flat")


@pytest.mark.parametrize("text,label", [
    # a line per place or part, told in words: some missing is partial, all missing not fulfilled
    ("Så här ser det ut på orterna:\nStorvik: en läsecirkel som träffas varje månad\nOckelbo: en cirkel sedan hösten 2021\n"
     "Hamrånge: ingen cirkel, trots annonsering", "partial"),
    ("Kartor: skannade och sökbara\nBrev: inte inventerade", "partial"),
    ("Avtal: inget\nLeveranser: inga", "not_fulfilled"),
])
def test_a_line_per_place_told_in_words(text, label):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, "rule:list.named_items")


@pytest.mark.parametrize("text", [
    "Storvik: en läsecirkel varje månad\nOckelbo: en cirkel sedan hösten 2021",  # nothing missing: the model reads it
    "Automater: inte beställda\nKameror: utreds",  # a line still unsettled
])
def test_a_line_per_place_steps_aside_when_nothing_is_missing_or_a_line_is_unsettled(text):
    assert rules.status(text, None).method != "rule:list.named_items"


@pytest.mark.parametrize("text,label,method", [
    # "nådde inte" the target is a verdict; "nådde inte ända fram / hela vägen" a degree; reaching people is neither
    ("Ökningen på 4 procent är positiv, men vi nådde inte de tio procenten.", "not_fulfilled", "explicit.met_not"),
    ("Vi nådde inte målet.", "not_fulfilled", "explicit.met_not"),
    ("Vi nådde inte ända fram, men ökningen är tydlig.", "partial", "explicit.met_not_all_the_way"),
    ("Vi nådde inte hela vägen.", "partial", "explicit.met_not_fully"),
])
def test_not_reaching_the_target_is_a_verdict(text, label, method):
    status = rules.status(text, None, "Utlånen ska öka med 10 procent.")
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_not_reaching_people_is_no_verdict():
    assert not rules.status("Vi nådde inte de äldre på boendena.", None).method.startswith("rule:explicit.")


def test_last_year_against_this_year_is_a_change():
    status = rules.status("Träffarna hade 84 deltagare under året. Förra året var de 96.", None,
                          "Minst 200 personer per år ska delta i träffarna.")
    assert (status.label, status.method) == ("not_fulfilled", "rule:target.decline")


def test_items_that_echo_the_goals_verb_are_done():
    text = "Ekbacken: startad i februari\nLindgården: startad i mars\nSolbacka: ej startad"
    assert rules.status(text, None, "Bokcirklar ska startas på boendena.").label == "partial"
    done = "Ekbacken: startad i februari\nLindgården: startad i mars"
    status = rules.status(done, None, "Bokcirklar ska startas på boendena.")
    assert (status.label, status.method) == ("fulfilled", "rule:list.item_statuses")
    assert rules.status(done, None, "Bokcirklar ska finnas på boendena.").label == "partial"  # started is not done here


@pytest.mark.parametrize("goal,result,label,method", [
    # an attribute between the figure and what it counts
    ("Boken kommer ska ha minst 50 låntagare.", "Vid årets slut hade tjänsten 57 aktiva låntagare, mot 38 året innan.",
     "fulfilled", "target.met"),
    ("Minst 40 nya låntagare per år.", "I år skrevs 31 nya låntagare in.", "partial", "target.short"),
    ("Minst 40 nya låntagare per år.", "I år skrevs 52 nya låntagare in.", "fulfilled", "target.met"),
    # opening days and hours as a level
    ("Filialen ska ha öppet sex dagar i veckan.", "Filialen har öppet sex dagar i veckan sedan mars.", "fulfilled", "target.met"),
    ("Filialen ska hålla öppet 40 timmar i veckan.", "Öppettiden utökades till 36 timmar i veckan.", "partial", "target.short"),
    # "inom tio dagar" is a ceiling
    ("Fjärrlån ska levereras inom tio dagar i genomsnitt.", "Genomsnittet var 12 dagar i år, mot 19 när vi började mäta.",
     "partial", "target.short"),
    ("Fjärrlån ska levereras inom tio dagar i genomsnitt.", "Genomsnittet var 8 dagar i år, mot 19 när vi började mäta.",
     "fulfilled", "target.met"),
    # the time word nearest a figure places it ("… när planen antogs och har i dag 1 060")
    ("Antalet följare ska fördubblas.", "Kontot hade 1 100 följare när planen antogs och har i dag 1 060.",
     "not_fulfilled", "target.decline"),
    ("Antalet följare ska fördubblas.", "Kontot hade 1 100 följare när planen antogs och har i dag 2 300.",
     "fulfilled", "target.met"),
])
def test_targets_counted_with_attributes_opening_hours_deadlines_and_placed_figures(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_deadline_in_years_is_no_ceiling():
    assert not rules.status("Det tog tre år.", None, "Den nya webbplatsen ska finnas inom två år.").method.startswith("rule:target.")


@pytest.mark.parametrize("text,label", [
    ("Läsecirkel: inställd\nDrop-in på jobbtorget: inställd\nBoktips i nyhetsbrevet: avböjt", "not_fulfilled"),
    ("Läsecirkel: genomförd\nBoktips i nyhetsbrevet: avböjt", "partial"),
])
def test_declined_and_cancelled_items(text, label):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, "rule:list.item_statuses")


@pytest.mark.parametrize("text,label", [
    ("Ja, med ett undantag: filialen i Årjäng stängde i fyra veckor.", "partial"),
    ("Alla filialer höll öppet hela sommaren, med två undantag.", "partial"),
])
def test_an_exception_told_as_undantag_limits_the_scope(text, label):
    status = rules.status(text, None, "Samtliga bibliotek ska hålla öppet hela sommaren.")
    assert (status.label, status.method) == (label, "rule:cue.except")
    assert rules.scope_limited(text)


def test_without_exception_is_no_exception():
    assert rules.status("Alla filialer höll öppet hela sommaren, utan undantag.", None).method != "rule:cue.except"


@pytest.mark.parametrize("goal,result,label,method", [
    # an earlier figure in brackets, or placed by "förra mätningen", against the figure of now
    ("Antalet besök på filialerna ska öka.", "Besök på filialerna: 11 400 (föregående år 12 100).", "not_fulfilled", "target.decline"),
    ("Antalet besök på filialerna ska öka.", "Besök på filialerna: 13 400 (12 100 föregående år).", "fulfilled", "target.met"),
    ("Minst 95 procent av medierna ska vara sökbara i webbkatalogen.",
     "Webbkatalogen täcker 92 procent av medierna, nästan i nivå med förra året då andelen var 93.", "not_fulfilled", "target.decline"),
    ("Minst 70 procent av invånarna ska känna till e-tjänsterna.",
     "Mätningen visade 52 procent, långt under målnivån. Vid förra mätningen låg siffran på 55 procent.",
     "not_fulfilled", "target.decline"),
    # the target named in the result is no figure of a time
    ("Läsfestivalen ska locka minst 1 000 besökare.",
     "Drygt 800 besökare kom, vilket var fler än förra året men inte de tusen vi siktade på.", "partial", "target.short"),
    # a goal's percentage far from its verb; "inte understiga" is a floor
    ("Öka antalet barn som deltar i bibliotekets aktiviteter med 20 procent.",
     "Deltagandet gick från 3 800 till 4 300 besök, ungefär 13 procent fler.", "partial", "target.short"),
    ("Medieutlånet per invånare ska inte understiga fyra lån per år.",
     "Utlånet per invånare uppgick till 4,3 lån och har legat mellan 4,1 och 4,4 under hela perioden.", "fulfilled", "target.met"),
    # a figure before ", vilket inte …" is read
    ("Minst 90 procent av reservationerna ska expedieras inom fem arbetsdagar.",
     "Andelen som expedierades inom fem arbetsdagar blev 93 procent, vilket inte är sämre än tidigare år.", "fulfilled", "target.met"),
    # raising to a level against a fall; "till under fyra"; those who lack
    ("Öka antalet sagostunder på meänkieli till en per månad.", "Sagostunderna minskade från sex till fyra per år.",
     "not_fulfilled", "target.decline"),
    ("Korta väntetiderna på de mest efterfrågade titlarna.", "Kön har gått från i snitt 14 veckor till under fyra.",
     "fulfilled", "target.met"),
    ("Minst 90 procent av eleverna i årskurs 1 ska ha lånekort.", "Bara 14 av 356 förstaklassare saknar lånekort.",
     "fulfilled", "target.met"),
])
def test_figures_of_earlier_times_floors_and_those_who_lack(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_the_rest_not_reached_keeps_a_target_from_being_met():
    status = rules.status("Efter gallringen på fyra skolor ligger andelen nyare böcker där på 55–60 procent. "
                          "På övriga skolor har gallringen inte hunnits med.", None,
                          "Minst hälften av böckerna i skolbiblioteken ska vara yngre än tio år.")
    assert status.method != "rule:target.met"


@pytest.mark.parametrize("text", [
    "Uppfyllt i mars, det vill säga några månader efter planperiodens slut.",
    "Uppfyllt först i februari, när planperioden redan hade tagit slut vid nyår.",
])
def test_a_verdict_met_after_the_period(text):
    status = rules.status(text, None, "Meröppet ska införas.")
    assert (status.label, status.method) == ("not_fulfilled", "rule:explicit.met_after_period")


def test_a_planned_start_in_a_reason_clause_is_no_verdict():
    text = "Automater står nu på två bibliotek. Den minsta filialen får vänta eftersom lokalen ska byggas om."
    assert rules.status(text, None).method != "rule:explicit.start_planned"
    assert rules.status("Byggstart är planerad till våren.", None).method == "rule:explicit.start_planned"


@pytest.mark.parametrize("goal,result,label,method", [
    # the time word nearest a figure places it
    ("Antalet aktiva låntagare 13–19 år ska öka.",
     "Vid planens start hade 1 460 ungdomar lånat minst en gång under året. Sista året var det 1 455.", "not_fulfilled", "target.decline"),
    ("Fler vuxna ska läsa skönlitteratur.",
     "61 procent svarade att de läst en roman det senaste kvartalet, mot 48 procent vid mätningen 2019.", "fulfilled", "target.met"),
    # "ska ligga kvar på minst samma nivå", "ska inte minska": a level to keep
    ("Mediebudgeten ska ligga kvar på minst samma nivå per invånare.",
     "Per invånare låg det på 38 kronor första året och 39 kronor sista året.", "fulfilled", "target.kept"),
    ("Antalet utlån av barnlitteratur ska inte minska under perioden.",
     "Barnutlånen har inte minskat – tvärtom ökade de från 412 000 till 438 000.", "fulfilled", "target.kept"),
    # "2,5 miljoner" is a figure
    ("Antalet besök ska uppgå till minst 2,5 miljoner per år.", "Statistiken visar 2 640 000 besök under året.",
     "fulfilled", "target.met"),
    # lowering to a ceiling, however far the verb; against a rise
    ("Minska andelen tillfällen som måste ställas in till under fem procent.",
     "Förra året ställdes 14 procent av tillfällena in, i år 8 procent.", "partial", "target.short"),
    ("Minska väntetiden för fjärrlån till högst två veckor.", "Väntetiden har ökat till i snitt fyra veckor.",
     "not_fulfilled", "target.decline"),
])
def test_levels_kept_scaled_and_lowered(goal, result, label, method):
    status = rules.status(result, None, goal)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_ceiling_not_to_exceed_is_not_read_against_a_rise():
    status = rules.status("Under vårterminen var kön som längst fyra dagar. I oktober växte den till tre veckor.", None,
                          "Kön till datorerna ska inte överstiga en vecka.")
    assert status.method != "rule:target.decline"


@pytest.mark.parametrize("text", ["Vi har nått en del av målet.", "Vi har uppnått delar av målet.",
                                  "Vi har uppnått större delen av målet."])
def test_part_of_the_goal_reached_is_partial(text):
    status = rules.status(text, None)
    assert (status.label, status.method) == ("partial", "rule:explicit.part_of_goal")


def test_a_peak_is_no_level_of_its_time():
    status = rules.status("Under den förra planen deltog i snitt 85 barn per sommar. Mellan 2020 och 2023 var snittet 64, "
                          "med en topp på 79 barn sommaren 2023.", None,
                          "Sommarlovsläsningen ska ha fler deltagare än under förra planperioden.")
    assert (status.label, status.method) == ("not_fulfilled", "rule:target.decline")


@pytest.mark.parametrize("text,label,method", [
    ("Dörröppnare vid entrén – installerad | Sänkt lånedisk – ombyggd | Ramp – byggd | Hyllavstånd – åtgärdat",
     "fulfilled", "list.item_statuses"),
    # one item a sentence
    ("Ny belysning – klar. Nya hyllor – klara. Ombyggnad av entrén – projekteras. Ny ventilation – inte budgeterad.",
     "partial", "list.item_statuses"),
    # an item told as a share
    ("Talbokstjänst: klart; Boken kommer: klart; läsombud på gruppboenden: 2 av 6 boenden.", "partial", "list.item_statuses"),
    ("Läsombud på gruppboenden: 6 av 6 boenden; Boken kommer: klart", "fulfilled", "list.item_statuses"),
    # only the preparation was done
    ("Förstudie: klar | Lokalförslag: avslaget av nämnden | Vidare arbete: avbrutet", "not_fulfilled", "list.only_preparation_done"),
    ("Behovsanalys: gjord | Upphandling: stoppad | Ny buss: nej", "not_fulfilled", "list.only_preparation_done"),
    ("Förstudie: klar | Ombyggnad: klar | Invigning: inställd", "partial", "list.item_statuses"),
])
def test_itemised_lists_of_parts_shares_and_preparation(text, label, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, f"rule:{method}")


@pytest.mark.parametrize("text,label,method", [
    # "för" names the goal's time or a part of it, not a condition; "för att" is a purpose
    ("Målet för perioden är nått.", "fulfilled", "explicit.goal_for_time_met"),
    ("Målet för hela planperioden har uppnåtts.", "fulfilled", "explicit.goal_for_time_met"),
    ("Målet för 2023 är uppfyllt.", "fulfilled", "explicit.goal_for_year_met"),
    ("Utlånen ökade med 7 procent, och målet för utlån är nått. Besöken ligger kvar.", "partial", "explicit.goal_for_part_met"),
    ("Målet för perioden är inte uppfyllt.", "not_fulfilled", "explicit.not_met"),
    ("Målet för utlån har inte nåtts.", "not_fulfilled", "explicit.not_met"),
    # none of the planned ones happened
    ("0 av 4 planerade workshops hölls 2023.", "not_fulfilled", "explicit.none_of_planned"),
    ("Ingen av de planerade kurserna har kunnat genomföras.", "not_fulfilled", "explicit.none_of_planned"),
    ("Inget av de tänkta mötena blev av.", "not_fulfilled", "explicit.none_of_planned"),
])
def test_the_goal_for_a_time_or_a_part_and_none_of_the_planned(text, label, method):
    status = rules.status(text, None)
    assert (status.label, status.method) == (label, f"rule:{method}")


def test_a_purpose_is_no_verdict():
    assert not rules.status("Vi behöver mer personal för att målet ska nås.", None).method.startswith("rule:explicit.met")
    assert rules.status("Ingen av de planerade aktiviteterna ställdes in.", None).method != "rule:explicit.none_of_planned"


@pytest.mark.parametrize("text,stopped", [
    ("Den extra turen provades två gånger i höstas men drogs sedan in, när bränslepriserna steg.", True),
    ("Vi provade med kvällsöppet på torsdagar under våren, men efter påsk gick vi tillbaka till vanliga tider.", True),
    ("Försöket med sommarfilial avbröts efter första säsongen på grund av låga besökstal.", True),
    ("En chatt prövades under två veckor, men vi stängde av den igen.", True),
    ("Försöket med bokskåp avbröts i två byar, men i de övriga sex kommundelarna fungerar utlämningen.", False),
    ("Meröppet prövades först på en filial och finns nu på alla tre.", False),
])
def test_a_trial_that_was_stopped_is_not_met(text, stopped):
    status = rules.status(text, None)
    assert (status.method == "rule:explicit.trial_stopped") is stopped
    if stopped:
        assert status.label == "not_fulfilled"


@pytest.mark.parametrize("goal,result,label", [
    # time words: "basåret", "den förra"; "i nivå med tidigare år" is flat
    ("Antalet aktiva låntagare ska öka.", "Aktiva låntagare: 3 020 basåret, 2 870 i år.", "not_fulfilled"),
    ("Nöjdheten ska öka.", "Nöjdheten låg på 84 procent i den senaste enkäten (2022), jämfört med 86 procent i den förra.", "not_fulfilled"),
    ("Antalet deltagare i bokcirklarna ska öka.", "Deltagarna var 58 i år, i nivå med tidigare år (56 respektive 60).", "not_fulfilled"),
    # the end of a change whose start was of the target's unit
    ("Utlånen per invånare ska öka till minst 6 lån.", "Basåret låg vi på 5,1 lån per invånare. 2016 landade siffran på 6,3.", "fulfilled"),
    # of several percentages, the one about the goal's subject
    ("Utlånen till barn ska öka med tio procent.",
     "Utlånen ökade med 14 procent. Det gäller dock samtliga utlån; barnutlånen ökade med 6 procent.", "partial"),
])
def test_base_years_flat_levels_and_the_goals_subject(goal, result, label):
    status = rules.status(result, None, goal)
    assert status.label == label and status.method.startswith("rule:target.")


@pytest.mark.parametrize("goal,result", [
    ("Barnens utlån ska öka med tio procent.", "Totalutlånen steg med 12 procent. Barnmedia ökade med 5 procent."),
    ("Öka antalet e-boklån med 25 procent.", "Under första halvåret låg ökningen på 25 procent, men helåret slutade på +11 procent."),
])
def test_two_percentages_that_cannot_be_told_apart_step_aside(goal, result):
    assert not rules.status(result, None, goal).method.startswith("rule:target.")


def test_an_items_reason_in_brackets_is_read_past():
    text = "Vårutställning: inställd (ingen lokal under ombyggnaden).\nHöstutställning: inställd (konstföreningen hoppade av)."
    status = rules.status(text, None)
    assert (status.label, status.method) == ("not_fulfilled", "rule:list.item_statuses")


def test_a_target_that_was_not_managed_is_not_met():
    status = rules.status("Utlånen ökade med sex procent. Målet om 25 procent klarades inte.", None,
                          "Utlånen ska öka med 25 procent.")
    assert status.label == "not_fulfilled" and status.method.startswith("rule:explicit.")
