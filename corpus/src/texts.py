"""Source texts of the synthetic corpus documents.

Every document is described once here; build.py renders it and writes its gold
annotation from the same data, so a document and its gold cannot drift apart.
People, figures and events are invented. Municipality names and SCB codes are
real (../../../shared/data/kommunlankod.csv). Status labels follow
../../../shared/eval/README.md and the conventions in ../README.md.

A document is a dict:
    file            output file name in ../documents/
    encoding        "utf-8", "utf-8-sig" (UTF-8 with BOM), "cp1252" or "iso-8859-1"
    newline         "\n" or "\r\n"
    wrap            None, or the column at which paragraphs are hard-wrapped
    heading_style   "md" (# marks), "setext" (underlined = / -) or "plain" (line alone)
    spacious        an extra blank line before every heading (plain-text look)
    labels          goal / result / mark label templates. A goal template may use
                    {n} (running count of that template in the document), {i} (goal
                    number within its section) and {s} (section number without a
                    trailing dot). "mark" is the label of a separate status field.
    label_lines     labels stand alone on their own line; the text starts below
    municipality_code, plan_period, date     the gold metadata
    front, back     non-goal blocks before and after the sections
    sections        a list of {number, level, title, intro, goals}; the gold
                    section is the title, without the number

A block is a string (a paragraph, wrapped when the document wraps) or one of
H(level, text) a heading, RAW(*lines) lines written as they are, and
TOC(title, entries) a table of contents with dot leaders and page numbers.

A goal is a dict:
    goal    the goal statement as printed, without its label
    result  the result text as printed, without its label; None when the document
            gives no result; a list when it runs over several paragraphs or list
            items (the gold joins them with "\n")
    status  fulfilled | partial | not_fulfilled | unknown
    mark    (optional) the separate status field printed after the result; it is
            *not* part of the result
    label   (optional) a goal label that differs from the document's template
    bullets (optional) True: the result label stands alone and the parts follow
            as "- " list items
"""

F, P, N, U = "fulfilled", "partial", "not_fulfilled", "unknown"


def H(level, text):
    return ("h", level, text)


def RAW(*lines):
    return ("raw", list(lines))


def TOC(title, entries):
    return ("toc", title, entries)


# --------------------------------------------------------------------------
# A. Markdown, UTF-8 with BOM, LF. Numbered "## 1. …" headings, bold
#    "**Mål 1.1**" (no colon), "**Resultat:**" and a separate
#    "**Måluppfyllelse:**" status field. Summary, statistics table, Dnr,
#    neighbouring municipalities and the next plan are distractors.
# --------------------------------------------------------------------------
ALE = {
    "file": "ale-uppfoljning-biblioteksplan-2017-2020.md",
    "encoding": "utf-8-sig",
    "newline": "\n",
    "wrap": None,
    "heading_style": "md",
    "labels": {"goal": "**Mål {s}.{i}**", "result": "**Resultat:**", "mark": "**Måluppfyllelse:**"},
    "municipality_code": "1440",
    "plan_period": [2017, 2020],
    "date": "2021-03-03",
    "front": [
        H(1, "Uppföljning av biblioteksplan 2017–2020"),
        RAW("Ale kommun, sektor kultur och fritid", "Dnr KFN 2021/45"),
        "Biblioteksplanen för Ale kommun gällde 2017–2020 och antogs av kommunfullmäktige i "
        "november 2016. Den omfattar folkbiblioteken i Nödinge, Alafors, Skepplanda och "
        "Älvängen. Planen togs fram i dialog med grannkommunerna Kungälv och Lerum, som har "
        "liknande planer.",
        "Varje mål har följts upp av bibliotekschefen tillsammans med medarbetarna. "
        "Måluppfyllelsen anges på en fyrgradig skala: Uppfylld, Delvis uppfylld, Ej uppfylld "
        "och Kan ej bedömas.",
        H(2, "Sammanfattning"),
        "Sektorn har följt upp samtliga tio mål i planen. Fyra av målen är uppfyllda och två "
        "delvis uppfyllda, medan tre inte har nåtts. För ett av målen saknas underlag. "
        "Pandemiåret 2020 slog hårdast mot de mål som handlade om kampanjer och besök.",
        H(2, "Nyckeltal"),
        RAW("| År | Utlån | Besök | Programpunkter |",
            "|------|--------:|--------:|------:|",
            "| 2017 | 118 402 | 151 930 | 142 |",
            "| 2018 | 121 977 | 158 214 | 167 |",
            "| 2019 | 119 530 | 160 087 | 171 |",
            "| 2020 | 97 611 | 88 342 | 64 |"),
    ],
    "sections": [
        {"number": "1.", "level": 2, "title": "Läsfrämjande", "goals": [
            {"goal": "Alla förskolor i kommunen ska erbjudas bokpåsar och lässtunder från "
                     "biblioteket minst två gånger per termin.",
             "result": "Samtliga 24 förskolor har fått bokpåsar varje termin, och lässtunderna "
                       "har hållits enligt schema. Under pandemin ersattes besöken på plats med "
                       "inspelade lässtunder.",
             "mark": "Uppfylld", "status": F},
            {"goal": "Biblioteket ska genomföra minst en läsfrämjande kampanj per år riktad till "
                     "barn i årskurs 4–6.",
             "result": "Sommarboken genomfördes 2017, 2018 och 2019 med i genomsnitt 310 "
                       "deltagare. År 2020 ställdes kampanjen in på grund av restriktionerna.",
             "mark": "Delvis uppfylld", "status": P},
            {"goal": "Barnboksutlånen ska öka med tio procent jämfört med 2016.",
             "result": "Barnboksutlånen låg 2020 på samma nivå som 2016. "
                       "Ökningen under 2018 och 2019 vändes till en minskning under pandemiåret.",
             "mark": "Ej uppfylld", "status": N},
        ]},
        {"number": "2.", "level": 2, "title": "Digital delaktighet", "goals": [
            # The explicit status field beats the progress wording ("pågår").
            {"goal": "Biblioteken ska erbjuda regelbunden digital vägledning på samtliga "
                     "bibliotek i kommunen.",
             "result": "Digitala drop in-tider finns varje vecka i Nödinge och Alafors och "
                       "varannan vecka i Skepplanda och Älvängen. Vägledningen utvecklas "
                       "utifrån besökarnas frågor, och arbetet pågår kontinuerligt.",
             "mark": "Uppfylld", "status": F},
            {"goal": "Alla medarbetare ska ha genomgått en grundutbildning i digital kompetens.",
             "result": "19 av 23 medarbetare har gått utbildningen. Övriga anställdes under 2020 "
                       "och utbildas under våren 2021.",
             "mark": "Delvis uppfylld", "status": P},
            {"goal": "Ett meröppet bibliotek ska införas i Älvängen.",
             "result": "Tekniken är upphandlad, men installationen har försenats av ombyggnaden "
                       "av kulturhuset. Meröppet väntas vara i drift hösten 2021.",
             "mark": "Ej uppfylld", "status": N},
        ]},
        {"number": "3.", "level": 2, "title": "Biblioteket som mötesplats", "goals": [
            {"goal": "Biblioteken ska samverka med föreningslivet kring minst tio programpunkter "
                     "per år.",
             "result": "I genomsnitt har 14 programpunkter per år genomförts tillsammans med "
                       "föreningar, bland annat hembygdsföreningar och pensionärsföreningar.",
             "mark": "Uppfylld", "status": F},
            {"goal": "Besökarnas nöjdhet med bibliotekens lokaler ska öka.",
             "result": "Den planerade besöksundersökningen 2020 genomfördes inte, och jämförbara "
                       "siffror saknas.",
             "mark": "Kan ej bedömas", "status": U},
            {"goal": "Biblioteket ska erbjuda språkcafé för nyanlända i samarbete med "
                     "studieförbunden och Svenska kyrkan.",
             "result": "Språkcaféet har träffats varje vecka under terminerna sedan 2017 och "
                       "samlar 15–25 deltagare per gång.",
             "mark": "Uppfylld", "status": F},
            {"goal": "Öppettiderna i Skepplanda ska utökas med en kvällsöppen dag.",
             "result": "Frågan har utretts, men kvällsöppet ryms inte i budgeten. Förslaget "
                       "lades på is under 2019.",
             "mark": "Ej uppfylld", "status": N},
        ]},
    ],
    "back": [
        H(2, "Fortsatt arbete"),
        "Nästa biblioteksplan, för åren 2021–2024, ska antas av kommunfullmäktige under våren "
        "2021. Erfarenheterna från den här uppföljningen har använts i arbetet med den nya "
        "planen.",
        RAW("Nödinge den 3 mars 2021"),
        RAW("Karin Svedberg", "Bibliotekschef"),
    ],
}

# --------------------------------------------------------------------------
# B. Plain text, Windows-1252, CRLF, hard-wrapped at 72. Numbered headings
#    with sub-levels ("1." / "1.1"), a table of contents with page numbers,
#    "MÅL n –" (en dash) and "Resultat/uppföljning:". Typographic quotes.
# --------------------------------------------------------------------------
GOTEBORG = {
    "file": "goteborg-biblioteksplan-2018-2021-uppfoljning.txt",
    "encoding": "cp1252",
    "newline": "\r\n",
    "wrap": 72,
    "heading_style": "plain",
    "spacious": True,
    "labels": {"goal": "MÅL {n} –", "result": "Resultat/uppföljning:"},
    "municipality_code": "1480",
    "plan_period": [2018, 2021],
    "date": "2022-02-14",
    "front": [
        RAW("GÖTEBORGS STAD", "Kulturförvaltningen, avdelning bibliotek", "Dnr 2022-00187"),
        RAW("Uppföljning av Göteborgs Stads biblioteksplan 2018 - 2021"),
        TOC("Innehåll", [(0, "Inledning", 2),
                         (0, "1. Rum för lärande", 3),
                         (1, "1.1 Läsfrämjande", 3),
                         (1, "1.2 Digital delaktighet", 4),
                         (0, "2. Rum för möten", 5),
                         (1, "2.1 Mötesplatser", 5),
                         (1, "2.2 Samverkan", 6),
                         (0, "3. Rum för skapande", 7),
                         (0, "4. Fortsatt arbete", 8)]),
        H(1, "Inledning"),
        "Göteborgs Stads biblioteksplan för perioden 2018 - 2021 antogs av kommunfullmäktige i "
        "december 2017. Planen är indelad i tre rum: lärande, möten och skapande. I den här "
        "rapporten följer kulturförvaltningen upp planens tolv mål. Bedömningen bygger på "
        "verksamhetsstatistik, stadsdelsbibliotekens egna rapporter och samtal med "
        "samarbetsparter.",
        "Stadsbiblioteket och de 24 stadsdelsbiblioteken har under perioden påverkats både av "
        "pandemin och av omorganisationen 2021, då ansvaret för biblioteken flyttades till "
        "kulturnämnden.",
    ],
    "sections": [
        {"number": "1.", "level": 1, "title": "Rum för lärande", "goals": []},
        {"number": "1.1", "level": 2, "title": "Läsfrämjande", "goals": [
            {"goal": "Varje barn i förskoleåldern ska under planperioden möta biblioteket genom "
                     "bokprat, sagostund eller ett besök av Bokbussen.",
             "result": "Målet har nåtts. Alla förskoleområden har haft besök från biblioteket, "
                       "och i de områden som saknar ett närliggande bibliotek har Bokbussen "
                       "kompletterat.",
             "status": F},
            {"goal": "Antalet barn som deltar i sommarlässatsningen ska fördubblas jämfört med "
                     "2017.",
             "result": "Antalet deltagare steg från 2100 barn 2017 till 3350 barn 2021. "
                       "Ökningen är glädjande, men målet om en fördubbling nåddes inte.",
             "status": N},
            {"goal": "Biblioteken ska utveckla arbetet med ”Läslyftet i biblioteket” tillsammans "
                     "med grundskoleförvaltningen.",
             "result": "Påbörjat. Två stadsdelsbibliotek har deltagit i ”Läslyftet i "
                       "biblioteket” sedan hösten 2020, och en gemensam handlingsplan med "
                       "grundskoleförvaltningen håller på att tas fram.",
             "status": P},
        ]},
        {"number": "1.2", "level": 2, "title": "Digital delaktighet", "goals": [
            {"goal": "Alla bibliotek ska minst en gång i veckan erbjuda handledning i digitala "
                     "samhällstjänster.",
             "result": "Genomfört. Samtliga 25 bibliotek erbjuder digital handledning, de "
                       "flesta två gånger i veckan.",
             "status": F},
            {"goal": "Bibliotekens webbplats och e-tjänster ska leva upp till lagen om "
                     "tillgänglighet till digital offentlig service.",
             "result": "En granskning 2021 visade brister i kontrast och navigering. Åtgärderna "
                       "är till stor del genomförda, men två e-tjänster återstår att anpassa.",
             "status": P},
        ]},
        {"number": "2.", "level": 1, "title": "Rum för möten", "goals": []},
        {"number": "2.1", "level": 2, "title": "Mötesplatser", "goals": [
            {"goal": "Stadsbiblioteket ska hålla öppet även på söndagar, hela året.",
             "result": "Söndagsöppet infördes i september 2018 och gäller alltjämt.",
             "status": F},
            {"goal": "Ett ungdomsråd ska knytas till varje stadsdelsbibliotek.",
             "result": "Ungdomsråd startades på fyra bibliotek under 2019. Efter pandemin gick "
                       "det inte att få igång råden igen, och satsningen avbröts 2021.",
             "status": N},
            {"goal": "Biblioteken ska vara fysiskt tillgängliga för personer med "
                     "funktionsnedsättning.",
             "result": "Följs upp i samband med stadens tillgänglighetsinventering 2022.",
             "status": U},
        ]},
        {"number": "2.2", "level": 2, "title": "Samverkan", "goals": [
            {"goal": "Samarbetet med Göteborgs universitetsbibliotek kring stöd till "
                     "distansstudenter ska fördjupas.",
             "result": "Målet är i huvudsak uppnått. Studiestöd för distansstudenter finns i dag "
                       "på tre stadsdelsbibliotek, men på övriga bibliotek är utbudet begränsat.",
             "status": P},
            {"goal": "Minst hälften av programverksamheten ska planeras tillsammans med "
                     "civilsamhällets organisationer.",
             "result": "Uppgifter saknas. Programstatistiken skiljer inte mellan egna "
                       "arrangemang och arrangemang i samverkan.",
             "status": U},
        ]},
        {"number": "3.", "level": 1, "title": "Rum för skapande", "goals": [
            # "delvis bekostats" is about the money, not the goal: fulfilled.
            {"goal": "Makerspace ska finnas på minst tre bibliotek i staden.",
             "result": ["Makerspace finns i dag på Stadsbiblioteket, i Angered och på Frölunda "
                        "bibliotek. Utrustningen har delvis bekostats med statliga medel från "
                        "”Stärkta bibliotek”.",
                        "Intresset är störst bland barn i åldern 10–14 år. En fjärde verkstad "
                        "planeras i Biskopsgården."],
             "status": F},
            {"goal": "Biblioteken ska erbjuda skrivarverkstäder för unga i samarbete med "
                     "kulturskolan.",
             "result": "Samarbetet kom aldrig till stånd, eftersom kulturskolan saknade lärare "
                       "för uppdraget. Frågan har skjutits upp till nästa planperiod.",
             "status": N},
        ]},
        {"number": "4.", "level": 1, "title": "Fortsatt arbete", "goals": [], "intro": [
            "Nästa biblioteksplan 2022–2025 antas av kommunfullmäktige under hösten 2022. De mål "
            "som inte har nåtts under perioden 2018 - 2021 förs vidare och prövas på nytt.",
        ]},
    ],
    "back": [
        RAW("Göteborg 14/2 2022"),
        RAW("Per Lindqvist", "Avdelningschef bibliotek, kulturförvaltningen"),
    ],
}

# --------------------------------------------------------------------------
# C. Plain text, ISO-8859-1, LF, one paragraph per line (not wrapped).
#    Headings in capitals standing alone; "Övergripande mål:" and
#    "Delmål n -", each followed only by "Bedömning:" prose (the result).
#    One overall goal has no Bedömning at all. Latin-1 characters only.
# --------------------------------------------------------------------------
GOTLAND = {
    "file": "region-gotland-uppfoljning-biblioteksplan.txt",
    "encoding": "iso-8859-1",
    "newline": "\n",
    "wrap": None,
    "heading_style": "plain",
    "spacious": True,
    "labels": {"goal": "Delmål {n} -", "result": "Bedömning:"},
    "municipality_code": "0980",
    "plan_period": [2016, 2019],
    "date": "2020-02-18",
    "front": [
        RAW("Region Gotland", "Kultur- och fritidsförvaltningen"),
        RAW("Uppföljning av biblioteksplanen"),
        H(1, "INLEDNING"),
        "Biblioteksplanen för Region Gotland gällde för åren 2016 till 2019. Den omfattar "
        "folkbiblioteken, skolbiblioteken och Almedalsbiblioteket, som är både folkbibliotek och "
        "högskolebibliotek. Planen har tre övergripande mål, och under vart och ett av dem finns "
        "ett antal delmål.",
        "I uppföljningen bedöms både de övergripande målen och delmålen. Bedömningen har gjorts "
        "av bibliotekschefen tillsammans med skolbibliotekssamordnaren under januari 2020.",
    ],
    "sections": [
        {"level": 1, "title": "BARN OCH UNGAS LÄSNING", "goals": [
            {"label": "Övergripande mål:",
             "goal": "Alla barn och unga på Gotland ska ha tillgång till ett levande bibliotek "
                     "och få stöd i sin läsutveckling.",
             "result": "Målet har till stor del uppnåtts. Verksamheten för barn är stark i Visby "
                       "och i de större orterna, medan barn på landsbygden har längre till "
                       "biblioteket än planen förutsatte.",
             "status": P},
            {"goal": "Samtliga grundskolor ska ha tillgång till ett bemannat skolbibliotek.",
             "result": "Tolv av nitton grundskolor har bemannat skolbibliotek. Delmålet är inte "
                       "uppnått inom perioden, men en gemensam skolbiblioteksorganisation "
                       "beslutades hösten 2019 och beräknas vara fullt utbyggd 2021.",
             "status": N},
            {"goal": "Bokstart ska erbjudas alla familjer med nyfödda barn.",
             "result": "Genomfört. Sedan 2017 får varje familj med nyfött barn ett bokpaket och en "
                       "inbjudan till biblioteket via barnavårdscentralen.",
             "status": F},
            {"goal": "Läsfrämjande sommaraktiviteter ska ordnas på minst fem orter utanför Visby.",
             "result": "Sommaraktiviteter har ordnats i Hemse, Slite, Klintehamn, Roma och "
                       "Fårösund varje sommar under perioden.",
             "status": F},
        ]},
        {"level": 1, "title": "DIGITAL DELAKTIGHET", "goals": [
            {"label": "Övergripande mål:",
             "goal": "Biblioteken ska bidra till att gotlänningarna kan ta del av samhällets "
                     "digitala tjänster.",
             "result": None, "status": U},
            {"goal": "Varje bibliotek ska ha minst en medarbetare med fördjupad kunskap om "
                     "digitala tjänster.",
             "result": "Delmålet är inte helt uppfyllt. Hemse och Slite saknar fortfarande en "
                       "digital handledare på grund av vakanser.",
             "status": P},
            {"goal": "Äldre som har svårt att ta sig till biblioteket ska kunna låna läsplattor "
                     "via hemtjänsten.",
             "result": "Försöket startade 2017 men lades ned efter ett år, eftersom mycket få "
                       "ville låna plattorna.",
             "status": N},
            {"goal": "Almedalsbibliotekets webbplats ska göras om så att den fungerar bra i "
                     "mobilen.",
             "result": "Den nya webbplatsen lanserades i maj 2018 och är anpassad för "
                       "mobiltelefoner. Delmålet är uppfyllt.",
             "status": F},
        ]},
        {"level": 1, "title": "BIBLIOTEKET SOM MÖTESPLATS", "goals": [
            {"label": "Övergripande mål:",
             "goal": "Biblioteken ska vara öppna och inkluderande mötesplatser på hela ön.",
             "result": "I huvudsak uppnått. Programverksamheten har vuxit och biblioteken i "
                       "Visby, Hemse och Slite är välbesökta, men öppettiderna på de minsta "
                       "biblioteken har dragits ned.",
             "status": P},
            {"goal": "Programverksamhet ska ordnas tillsammans med hembygdsföreningar och "
                     "studieförbund.",
             "result": "Drygt 200 program har genomförts i samarbete med föreningslivet, bland "
                       "annat berättarkvällar, släktforskningskurser och författarsamtal.",
             "status": F},
            {"goal": "Öppettiderna på landsbygdsbiblioteken ska minst behållas på 2015 års nivå.",
             "result": "Öppettiderna minskades på tre filialer 2018 i samband med regionens "
                       "besparingar.",
             "status": N},
            {"goal": "Fler unga i åldern 16-25 år ska besöka biblioteken.",
             "result": "Besöksräknarna registrerar inte ålder, och någon enkät har inte gjorts. "
                       "Delmålet kan därför inte bedömas.",
             "status": U},
        ]},
    ],
    "back": [
        RAW("Visby 18 februari 2020"),
        RAW("Eva Gardell", "Kultur- och fritidschef"),
    ],
}

# --------------------------------------------------------------------------
# D. Markdown, UTF-8, LF. Setext headings (=== title, --- sections), plain
#    "Mål n:", "Utfall:" and a separate "Status: Ja / Delvis / Nej / Ej
#    bedömt" field. The next plan (2024–2027) and a Dnr are distractors.
# --------------------------------------------------------------------------
UPPSALA = {
    "file": "uppsala-uppfoljning-biblioteksplan-2020-2023.md",
    "encoding": "utf-8",
    "newline": "\n",
    "wrap": None,
    "heading_style": "setext",
    "labels": {"goal": "Mål {n}:", "result": "Utfall:", "mark": "Status:"},
    "municipality_code": "0380",
    "plan_period": [2020, 2023],
    "date": "2024-03-28",
    "front": [
        H(1, "Uppföljning av Uppsala kommuns biblioteksplan 2020-2023"),
        RAW("Kulturförvaltningen, Uppsala kommun", "Datum: 2024-03-28",
            "Diarienummer: KTN-2024-0112"),
        "Kulturnämnden antog biblioteksplanen för 2020-2023 i januari 2020. Här redovisas "
        "utfallet för planens elva mål. För varje mål anges ett utfall och en status: Ja (målet "
        "är nått), Delvis eller Nej. Där underlag saknas anges Ej bedömt.",
    ],
    "sections": [
        {"level": 2, "title": "Läsfrämjande", "goals": [
            {"goal": "Varje förskoleklass ska besöka sitt närmaste bibliotek, och alla barn i "
                     "förskoleklass ska få lånekort.",
             "result": "Av barnen i förskoleklass har 94 procent fått lånekort i samband med "
                       "klassbesök. Besöken ställdes in under vårterminen 2021, och några "
                       "klasser tog aldrig igen dem.",
             "mark": "Delvis", "status": P},
            {"goal": "Utbudet av lättläst och talböcker ska marknadsföras till vuxna som läser "
                     "svenska som andraspråk.",
             "result": "En särskild hylla med lättläst och talböcker finns på Stadsbiblioteket "
                       "och i Gottsunda. Bibliotekarier har besökt alla sfi-skolor varje termin.",
             "mark": "Ja", "status": F},
            {"goal": "Utlånen av e-böcker ska öka med 25 procent under planperioden.",
             "result": "E-boksutlånen ökade med 41 procent mellan 2019 och 2023.",
             "mark": "Ja", "status": F},
        ]},
        {"level": 2, "title": "Digitalisering", "goals": [
            {"goal": "Biblioteken ska erbjuda kurser i källkritik för äldre.",
             "result": "Kursserien ”Klicka rätt” har getts två gånger per termin på "
                       "Stadsbiblioteket sedan 2021. På landsbygdsbiblioteken har kurserna inte "
                       "kommit i gång.",
             "mark": "Delvis", "status": P},
            {"goal": "Ett gemensamt bokningssystem för grupprum och studieplatser ska införas.",
             "result": ["Systemet upphandlades 2022, men leverantören gick i konkurs innan det "
                        "hann tas i bruk. En ny upphandling görs under 2024.",
                        "Fram till dess bokas rummen per telefon eller i informationsdisken."],
             "mark": "Nej", "status": N},
            {"goal": "Biblioteken ska ha en aktuell plan för arbetet med digital delaktighet.",
             "result": "Planen togs fram 2021 och reviderades 2023 efter synpunkter från "
                       "medarbetare och användare.",
             "mark": "Ja", "status": F},
        ]},
        {"level": 2, "title": "Mötesplatser", "goals": [
            {"goal": "Gottsunda bibliotek ska få moderna lokaler anpassade för "
                     "programverksamhet.",
             "result": "Biblioteket ska flytta in i det nya kulturhuset i Gottsunda centrum. "
                       "Målet är inte uppfyllt under planperioden men beräknas bli det 2025, när "
                       "huset står färdigt.",
             "mark": "Nej", "status": N},
            {"goal": "Biblioteken ska arrangera minst 500 programpunkter per år.",
             "result": "Antalet programpunkter var 212 år 2020 och 298 år 2021, då pandemin "
                       "begränsade verksamheten. Under 2022 och 2023 låg antalet över 500.",
             "mark": "Delvis", "status": P},
            {"goal": "Besökarna ska känna sig trygga på biblioteken.",
             "result": "Trygghetsmätningen genomförs först hösten 2024.",
             "mark": "Ej bedömt", "status": U},
            {"goal": "Föreläsningssamarbetet med Uppsala universitet ska fortsätta.",
             "result": ["Serien ”Forskare på biblioteket” har fortsatt med sex föreläsningar per "
                        "år.",
                        "I genomsnitt har 80 personer kommit till varje föreläsning, och sedan "
                        "2022 sänds de även digitalt."],
             "mark": "Ja", "status": F},
            {"goal": "Bokbussen ska få hållplatser i de nya bostadsområdena Rosendal och Östra "
                     "Sala backe.",
             "result": "Två nya hållplatser har tillkommit i Rosendal. I Östra Sala backe har "
                       "ingen hållplats kunnat ordnas, eftersom gatorna ännu inte är "
                       "färdigbyggda.",
             "mark": "Delvis", "status": P},
        ]},
    ],
    "back": [
        H(2, "Framåt"),
        "Nästa biblioteksplan 2024–2027 antogs av kulturnämnden i december 2023. Målen om "
        "Gottsunda bibliotek och bokningssystemet finns kvar i den nya planen.",
        RAW("Maria Ekholm", "Bibliotekschef"),
    ],
}

# --------------------------------------------------------------------------
# E. Plain text, UTF-8, CRLF, hard-wrapped at 72. Section headings are short
#    title lines standing alone. Labels "Målsättning" and "Kommentar" stand
#    on their own line, without a colon, above the text.
# --------------------------------------------------------------------------
UMEA = {
    "file": "umea-biblioteksplan-2016-2019-kommentarer.txt",
    "encoding": "utf-8",
    "newline": "\r\n",
    "wrap": 72,
    "heading_style": "plain",
    "spacious": True,
    "labels": {"goal": "Målsättning", "result": "Kommentar"},
    "label_lines": True,
    "municipality_code": "2480",
    "plan_period": [2016, 2019],
    "date": "2020-02-04",
    "front": [
        RAW("Umeå kommun", "Kultur, Biblioteken"),
        RAW("Uppföljning av biblioteksplanen 2016–2019"),
        "Umeå kommuns biblioteksplan 2016–2019 antogs av kommunfullmäktige i februari 2016. "
        "Den här uppföljningen har gjorts av bibliotekens ledningsgrupp under hösten 2019. "
        "Under varje målsättning har ledningsgruppen kommenterat vad som har gjorts under "
        "planperioden.",
        "En ny biblioteksplan för 2020–2023 är ute på remiss och väntas antas i april 2020.",
    ],
    "sections": [
        {"level": 1, "title": "Barn och unga", "goals": [
            {"goal": "Biblioteket ska nå alla elever i årskurs 2 med ett klassbesök och ett eget "
                     "lånekort.",
             "result": "Klassbesöken för årskurs 2 har genomförts varje läsår, och alla skolor har "
                       "deltagit. Eleverna får sina lånekort vid besöket.",
             "status": F},
            {"goal": "Bokprat för mellanstadiet ska erbjudas alla skolor i kommunen, också i "
                     "ytterområdena.",
             "result": "Bokpraten har startat i Holmsund och Hörnefors. Skolorna i Sävar och "
                       "Botsmark har ännu inte fått något besök.",
             "status": P},
            {"goal": "Ett nätverk av läsombud ska byggas upp på kommunens fritidsgårdar.",
             "result": "Tanken var att personalen på fritidsgårdarna skulle fungera som läsombud. "
                       "Efter två träffar 2017 var intresset för litet, och idén övergavs.",
             "status": N},
        ]},
        {"level": 1, "title": "Medier och läsning", "goals": [
            {"goal": "Utbudet av litteratur på samiska ska öka, i samråd med de samiska "
                     "föreningarna i Umeå.",
             "result": "Inköpen av litteratur på samiska har fördubblats sedan 2016. Ett "
                       "referensråd med företrädare för föreningarna träffas två gånger om året.",
             "status": F},
            {"goal": "Studieförbund och föreningar ska kunna låna färdiga bokcirkelpaket.",
             "result": "Redovisas i bibliotekens verksamhetsberättelse för 2019, som behandlas av "
                       "nämnden i mars 2020.",
             "status": U},
        ]},
        {"level": 1, "title": "Det digitala biblioteket", "goals": [
            {"goal": "All personal ska kunna ge grundläggande stöd i digitala frågor.",
             "result": "Drygt två tredjedelar av medarbetarna har gått kursen i digital "
                       "vägledning. Resten utbildas under 2020.",
             "status": P},
            {"goal": "Biblioteket ska erbjuda en digital verkstad med 3D-skrivare och "
                     "programmering för unga.",
             "result": "Vi har inte lyckats hitta en lämplig lokal, och verkstaden har inte kommit "
                       "till stånd.",
             "status": N},
        ]},
        {"level": 1, "title": "Lokaler och tillgänglighet", "goals": [
            {"goal": "Biblioteken i Holmsund och Sävar ska bli meröppna.",
             "result": "Meröppet infördes i Holmsund 2017 och i Sävar 2018. Båda biblioteken är "
                       "nu tillgängliga klockan 7–22 alla dagar.",
             "status": F},
            {"goal": "Tillgängligheten för besökare med funktionsnedsättning ska förbättras i "
                     "samtliga lokaler.",
             "result": "En tillgänglighetsinventering har gjorts av alla lokaler. Hörslingor och "
                       "ramper är på plats i Stadsbiblioteket och i Holmsund, medan övriga "
                       "åtgärder ännu inte har beställts.",
             "status": P},
            {"goal": "Andelen umebor som besöker biblioteken minst en gång om året ska bli "
                     "större.",
             "result": "Frågan fanns inte med i kommunens medborgarenkät 2019, så jämförbara "
                       "uppgifter saknas.",
             "status": U},
        ]},
    ],
    "back": [
        RAW("Umeå 4 februari 2020"),
        RAW("Helena Nordin", "Bibliotekschef"),
    ],
}

# --------------------------------------------------------------------------
# F. Markdown narrative, UTF-8, LF. "## section", a plain "Mål: …" line, then
#    prose paragraphs with no status words: the status is read from the
#    prose. Only a season as date ("våren 2023" → null). Statistics table.
# --------------------------------------------------------------------------
OSTERSUND = {
    "file": "ostersund-biblioteksplanen-en-aterblick.md",
    "encoding": "utf-8",
    "newline": "\n",
    "wrap": None,
    "heading_style": "md",
    "labels": {"goal": "Mål:", "result": ""},
    "municipality_code": "2380",
    "plan_period": [2019, 2022],
    "date": None,
    "front": [
        H(1, "Vad hände med biblioteksplanen?"),
        "En återblick på Östersunds kommuns biblioteksplan 2019–2022, skriven av bibliotekets "
        "ledning våren 2023.",
        "Planen hade åtta mål fördelade på tre områden. Vi har valt att berätta vad som hände "
        "med vart och ett av dem i stället för att sätta betyg. Siffrorna i tabellen ger en "
        "bild av hur verksamheten utvecklades under perioden.",
        RAW("| Nyckeltal | 2019 | 2020 | 2021 | 2022 |",
            "|---|---:|---:|---:|---:|",
            "| Utlån | 402 118 | 351 904 | 366 420 | 389 775 |",
            "| Besök | 498 300 | 260 115 | 301 870 | 455 960 |",
            "| Program | 611 | 187 | 240 | 498 |"),
    ],
    "sections": [
        {"level": 2, "title": "Läsa och lära", "goals": [
            {"goal": "Alla barn i förskoleåldern ska få möta litteraturen genom regelbundna "
                     "besök från biblioteket.",
             "result": ["Barnbibliotekarierna har besökt varje kommunal förskola två gånger per "
                        "termin sedan hösten 2019. Också de fristående förskolorna tackade ja, "
                        "och i dag finns det ingen förskola i kommunen som inte får besök.",
                        "Under pandemin flyttades sagostunderna ut på förskolegårdarna. Det "
                        "blev så uppskattat att vi fortsätter med utomhussagor varje sommar."],
             "status": F},
            {"goal": "Skolbiblioteken i grundskolan ska bemannas med utbildad personal.",
             "result": "När planperioden började fanns det en bibliotekarie på två av kommunens "
                       "sexton grundskolor. Nu är de fem. På de övriga skolorna finns "
                       "skolbibliotek utan bemanning, där lärarna själva sköter utlåningen.",
             "status": P},
            {"goal": "Biblioteket ska starta en läsecirkel på lätt svenska för nyanlända.",
             "result": "Läsecirkeln på lätt svenska kom i gång i januari 2020. Efter ett uppehåll "
                       "under pandemin har den sedan hösten 2021 träffats varannan vecka med ett "
                       "tiotal deltagare.",
             "status": F},
        ]},
        {"level": 2, "title": "Mötas", "goals": [
            {"goal": "Biblioteket ska regelbundet komma ut till byarna utanför centralorten med "
                     "ett mobilt bibliotek.",
             "result": "En utredning om en biblioteksbuss gjordes under 2020. Kostnaden bedömdes "
                       "vara för hög, och kommunstyrelsen beslutade att inte gå vidare. Byarna "
                       "får i stället sina böcker via utlämningsställena i Brunflo och Lit, som "
                       "fanns redan före planperioden.",
             "status": N},
            {"goal": "Huvudbiblioteket ska bli en plats för samtal och debatt, med minst ett "
                     "samhällsprogram i månaden.",
             "result": "Programserien ”Torsdagssamtal” startade hösten 2019 och lockade fullsatta "
                       "salar. Under 2020 och 2021 ställdes de flesta samtalen in. Sedan våren "
                       "2022 har vi hållit ett samtal ungefär varannan månad.",
             "status": P},
            {"goal": "Unga ska vara med och forma bibliotekets verksamhet genom ett ungdomsråd.",
             "result": "Ett ungdomsråd skulle ha bildats våren 2020. Rekryteringen stoppades när "
                       "skolorna gick över till distansundervisning, och den har inte tagits upp "
                       "igen.",
             "status": N},
        ]},
        {"level": 2, "title": "Det digitala", "goals": [
            {"goal": "Invånare ska kunna få hjälp med e-legitimation och digitala "
                     "myndighetskontakter på biblioteket.",
             "result": "Sedan 2019 har huvudbiblioteket drop in med digital hjälp två "
                       "eftermiddagar i veckan, och sedan 2021 också en gång i veckan i Brunflo. "
                       "Hjälpen är välbesökt och har blivit en fast del av verksamheten.",
             "status": F},
            {"goal": "Bibliotekets digitala tjänster ska användas mer.",
             "result": "Användningen av e-tjänsterna går inte att jämföra över perioden. "
                       "Statistikverktyget byttes ut 2021, och de äldre siffrorna kunde inte "
                       "föras över till det nya. En första mätning med det nya verktyget görs "
                       "under 2023.",
             "status": U},
        ]},
    ],
    "back": [
        RAW("---"),
        "Biblioteksplanen för 2023–2026 antogs av kommunfullmäktige i februari 2023.",
        "Anders Wikström, enhetschef för biblioteken i Östersunds kommun",
    ],
}

# --------------------------------------------------------------------------
# G. Markdown, UTF-8, CRLF. Numbered "## 1." / "### 1.1" headings, bold
#    capital "**MÅL:**" / "**RESULTAT:**", one result as a bullet list, a
#    numbered "Sammanfattning" that talks about the goals, Dnr 2021-123.
# --------------------------------------------------------------------------
KIRUNA = {
    "file": "kiruna-uppfoljning-biblioteksplan.md",
    "encoding": "utf-8",
    "newline": "\r\n",
    "wrap": None,
    "heading_style": "md",
    "labels": {"goal": "**MÅL:**", "result": "**RESULTAT:**"},
    "municipality_code": "2584",
    "plan_period": [2017, 2020],
    "date": "2021-01-26",
    "front": [
        H(1, "Uppföljning av Kiruna kommuns biblioteksplan 2017-2020"),
        RAW("Kultur- och fritidsförvaltningen", "Dnr KS 2021-123"),
        "Biblioteksplanen för 2017-2020 antogs av kommunfullmäktige i juni 2017. Perioden "
        "präglades av stadsomvandlingen, då både huvudbiblioteket och stora delar av centrum "
        "ska flytta. Här följs planens tio mål upp ett i taget.",
    ],
    "sections": [
        {"number": "1.", "level": 2, "title": "Tillgänglighet", "goals": []},
        {"number": "1.1", "level": 3, "title": "Bokbussen", "goals": [
            {"goal": "Bokbussen ska besöka samtliga byar i kommunen minst varannan vecka.",
             "result": "Bokbussen har följt turlistan under hela perioden och stannar i samtliga "
                       "byar varannan vecka. Bara enstaka turer har ställts in, på grund av väder "
                       "eller fordonsfel.",
             "status": F},
            {"goal": "En ny bokbuss ska upphandlas.",
             "result": "Upphandlingen har påbörjats och tre anbud har kommit in. Leverans "
                       "beräknas till hösten 2021.",
             "status": P},
        ]},
        {"number": "1.2", "level": 3, "title": "Öppettider och lokaler", "goals": [
            {"goal": "Huvudbiblioteket ska ha öppet minst 50 timmar i veckan.",
             "result": "Klart. Sedan januari 2018 har huvudbiblioteket öppet 52 timmar i veckan.",
             "status": F},
            {"goal": "Biblioteket ska flytta in i nya lokaler i det nya stadshuset under "
                     "planperioden.",
             "result": "Flytten har skjutits upp till 2022, eftersom bygget blev försenat.",
             "status": N},
        ]},
        {"number": "2.", "level": 2, "title": "Läsfrämjande", "goals": []},
        {"number": "2.1", "level": 3, "title": "Barn och unga", "goals": [
            {"goal": "Biblioteket ska samarbeta med förskolorna kring språkutveckling för de "
                     "yngsta barnen.",
             "result": ["Läsfrämjande material har delats ut till alla förskolor varje år.",
                        "En barnbibliotekarie har deltagit i förskolornas pedagogiska träffar två "
                        "gånger per år.",
                        "Sagostunder på finska och samiska har hållits varje månad."],
             "bullets": True, "status": F},
            {"goal": "Läsningen bland pojkar på högstadiet ska stimuleras genom riktade "
                     "insatser.",
             "result": "Arbetet pågår. En läsutmaning för årskurs 7 genomfördes 2020 på två av "
                       "tre skolor och ska följas upp med en enkät.",
             "status": P},
        ]},
        {"number": "2.2", "level": 3, "title": "Nationella minoriteter", "goals": [
            {"goal": "Litteraturen på samiska, finska och meänkieli ska vara väl synlig på "
                     "biblioteken.",
             "result": "Målet har nåtts. Egna hyllor med skyltning finns på huvudbiblioteket och i "
                       "Karesuando, Vittangi och Svappavaara.",
             "status": F},
            {"goal": "Biblioteket ska erbjuda kulturprogram på minoritetsspråken i samarbete med "
                     "förvaltningsområdena.",
             "result": "Följs upp 2021, när samarbetet med kommunens minoritetssamordnare har "
                       "utvärderats.",
             "status": U},
        ]},
        {"number": "3.", "level": 2, "title": "Digital delaktighet", "goals": [
            {"goal": "Biblioteket ska erbjuda digital handledning i byarna via bokbussen.",
             "result": "Vi har inte lyckats erbjuda handledningen i bokbussen, eftersom "
                       "mobiltäckning saknas längs stora delar av turen. Idén har lagts åt sidan "
                       "tills vidare.",
             "status": N},
            {"goal": "Personalen ska kunna hjälpa besökarna med e-legitimation och andra "
                     "digitala tjänster.",
             "result": "Genomfört. Alla medarbetare har gått en utbildning i digital vägledning, "
                       "och hjälpen erbjuds i informationsdisken under hela öppettiden.",
             "status": F},
        ]},
        {"number": "4.", "level": 2, "title": "Sammanfattning", "goals": [], "intro": [
            "Av de tio målen i planen har fem nåtts fullt ut. Två mål är påbörjade, två har inte "
            "uppnåtts och ett följs upp senare. Flytten till det nya biblioteket kommer att "
            "prägla också nästa planperiod.",
        ]},
    ],
    "back": [
        RAW("Kiruna den 26 januari 2021"),
        RAW("Lars Isaksson", "Kultur- och fritidschef"),
    ],
}

# --------------------------------------------------------------------------
# H. Plain text, UTF-8, LF, hard-wrapped at 72. Setext headings in capitals
#    (title with ===, sections with ---). "Målsättning:" followed only by
#    "Måluppfyllelse:" prose, which is therefore the result.
# --------------------------------------------------------------------------
OREBRO = {
    "file": "orebro-maluppfyllelse-biblioteksplan-2018-2021.txt",
    "encoding": "utf-8",
    "newline": "\n",
    "wrap": 72,
    "heading_style": "setext",
    "spacious": True,
    "labels": {"goal": "Målsättning:", "result": "Måluppfyllelse:"},
    "municipality_code": "1880",
    "plan_period": [2018, 2021],
    "date": "2022-05-12",
    "front": [
        RAW("ÖREBRO KOMMUN", "Kultur- och fritidsförvaltningen"),
        H(1, "UPPFÖLJNING AV BIBLIOTEKSPLAN 2018-2021"),
        "Örebro kommuns biblioteksplan 2018-2021 beslutades av kulturnämnden i februari 2018. "
        "Planen innehåller elva målsättningar inom fyra områden. För varje målsättning "
        "redovisas här måluppfyllelsen med en kort motivering.",
        "Uppföljningen bygger på bibliotekens statistik, enkäter till samarbetsparter och "
        "intervjuer med personal.",
    ],
    "sections": [
        {"level": 2, "title": "LÄSFRÄMJANDE", "goals": [
            # A negation in the explanation, not in the status.
            {"goal": "Tillsammans med barnhälsovården ska biblioteket nå alla småbarnsfamiljer "
                     "med information om läsning och språkutveckling.",
             "result": "Målet är uppfyllt. Informationen har nått samtliga familjer vid "
                       "8-månadersbesöket på BVC. Det hade inte varit möjligt utan att "
                       "barnhälsovårdens sjuksköterskor delade ut materialet.",
             "status": F},
            {"goal": "Lovaktiviteter ska erbjudas på alla bibliotek under sommar-, höst- och "
                     "sportlov.",
             "result": "I huvudsak uppnått. Alla bibliotek utom Glanshammar har haft aktiviteter "
                       "på samtliga lov. I Glanshammar har personalbrist gjort att verksamheten "
                       "bara kunnat hållas på sommarlovet.",
             "status": P},
            {"goal": "Antalet unga vuxna (19–25 år) som lånar böcker ska öka.",
             "result": "Nej. Andelen aktiva låntagare i åldersgruppen minskade från 21 till 17 "
                       "procent under perioden.",
             "status": N},
        ]},
        {"level": 2, "title": "DIGITAL DELAKTIGHET", "goals": [
            {"goal": "Varje bibliotek ska ha minst två medarbetare som kan vägleda i digitala "
                     "samhällstjänster.",
             "result": "Ja. Samtliga bibliotek har haft två eller fler digitala vägledare sedan "
                       "2020.",
             "status": F},
            {"goal": "Biblioteket ska ordna kurser i digital säkerhet för seniorer tillsammans "
                     "med pensionärsorganisationerna.",
             "result": "Kurserna har startat på huvudbiblioteket och i Vivalla men ännu inte på "
                       "landsbygdsbiblioteken.",
             "status": P},
            {"goal": "Låntagare ska kunna låna hem digitala verktyg, till exempel läsplattor och "
                     "dokumentkameror.",
             "result": "Ej uppfyllt. Försöket stoppades 2019 eftersom försäkringsfrågan inte gick "
                       "att lösa.",
             "status": N},
        ]},
        {"level": 2, "title": "MÖTESPLATSER", "goals": [
            {"goal": "Huvudbibliotekets entré ska göras om till en öppen mötesplats med kafé.",
             "result": ["Ombyggnaden är klar och kaféet öppnade i mars 2020. Mötesplatsen har "
                        "blivit den mest besökta delen av huvudbiblioteket.",
                        "Kaféet drivs av ett arbetsintegrerande socialt företag i samarbete med "
                        "arbetsmarknadsförvaltningen."],
             "status": F},
            {"goal": "Biblioteken ska ha ett gemensamt evenemangsprogram som når invånare i alla "
                     "stadsdelar.",
             "result": "Programmet har samordnats sedan 2019, men en stor del av arrangemangen "
                       "hålls fortfarande i centrum. Målsättningen har inte nåtts fullt ut.",
             "status": P},
            {"goal": "Vivalla bibliotek ska flytta till större lokaler.",
             "result": "Ej uppfyllt, men väntas bli uppfyllt 2023 när det nya allaktivitetshuset "
                       "står klart.",
             "status": N},
        ]},
        {"level": 2, "title": "SAMVERKAN", "goals": [
            {"goal": "Biblioteken ska delta i regionens gemensamma program för "
                     "kompetensutveckling.",
             "result": "Ej bedömt. Regionbiblioteket har ännu inte redovisat deltagandet per "
                       "kommun.",
             "status": U},
            {"goal": "Ett gemensamt lånekort för folkbiblioteken i länet ska införas.",
             "result": "Förslaget förkastades av nämnden 2020, sedan kostnaderna hade utretts.",
             "status": N},
        ]},
    ],
    "back": [
        RAW("Örebro 12 maj 2022"),
        RAW("Sara Lundgren", "Kultur- och fritidschef"),
    ],
}

# --------------------------------------------------------------------------
# I. Markdown, UTF-8, LF. No municipality can be told from the text (gold
#    code null). "### " sections, bold "**Mål:**" / "**Uppföljning:**".
#    One goal has no follow-up at all; one result says "inte påbörjats".
# --------------------------------------------------------------------------
UNNAMED = {
    "file": "uppfoljning-biblioteksplan-2019-2022-biblioteksenheten.md",
    "encoding": "utf-8",
    "newline": "\n",
    "wrap": None,
    "heading_style": "md",
    "labels": {"goal": "**Mål:**", "result": "**Uppföljning:**"},
    "municipality_code": None,
    "plan_period": [2019, 2022],
    "date": "2023-02-15",
    "front": [
        H(1, "Uppföljning av biblioteksplan 2019 - 2022"),
        RAW("Kultur- och fritidsnämnden, 15 februari 2023"),
        "Biblioteksplanen för 2019 - 2022 har följts upp av biblioteksenheten. Varje mål "
        "redovisas med en kort uppföljning. Där uppföljning saknas har det inte gått att ta "
        "fram underlag.",
    ],
    "sections": [
        {"level": 3, "title": "Läslust och språkutveckling", "goals": [
            {"goal": "Alla elever i årskurs 1 ska få en egen bok och ett lånekort från "
                     "biblioteket.",
             "result": "Genomfört varje läsår. Sammanlagt har omkring 1 200 elever fått bok och "
                       "lånekort.",
             "status": F},
            {"goal": "Bibliotekets bokcirklar ska nå nya grupper av läsare, särskilt män över 60 "
                     "år.",
             "result": "Ej helt uppnått. En bokcirkel för män startade 2021 men har haft svårt att "
                       "behålla deltagarna.",
             "status": P},
            # "påbörjats" under a negation: not started.
            {"goal": "Skolbiblioteken och folkbiblioteket ska ha en gemensam medieplan.",
             "result": "Arbetet med medieplanen har inte påbörjats, eftersom skolorna fick egna "
                       "mediebudgetar 2020.",
             "status": N},
        ]},
        {"level": 3, "title": "Digitala tjänster", "goals": [
            {"goal": "Biblioteket ska erbjuda e-ljudböcker till alla låntagare.",
             "result": "Klart sedan 2019.",
             "status": F},
            {"goal": "Den digitala fjärrlånetjänsten ska bli enklare att använda.",
             "result": None, "status": U},
            {"goal": "Medarbetarna ska kunna vägleda besökare i källkritik och "
                     "informationssökning.",
             "result": ["En fortbildning i medie- och informationskunnighet genomfördes för all "
                        "personal 2020 och 2021.",
                        "Vägledningen ingår nu i det vanliga arbetet i informationsdisken."],
             "status": F},
        ]},
        {"level": 3, "title": "Biblioteksrummet", "goals": [
            {"goal": "Biblioteket ska ha en tyst läsesal.",
             "result": "En läsesal har inretts på övervåningen, men ljudisoleringen mot "
                       "barnavdelningen återstår.",
             "status": P},
            {"goal": "Öppettiderna ska anpassas efter besökarnas önskemål.",
             "result": "Ingen besöksenkät har gjorts, så det går inte att säga om öppettiderna "
                       "motsvarar önskemålen.",
             "status": U},
            {"goal": "En meröppen filial ska öppnas i den norra kommundelen.",
             "result": "Filialen i norr stängdes i stället 2021 i samband med besparingar. Frågan "
                       "om meröppet är därmed inte längre aktuell.",
             "status": N},
            {"goal": "Biblioteket ska samarbeta med studieförbunden om programverksamhet.",
             "result": "Påbörjat under 2022 med två gemensamma föreläsningskvällar.",
             "status": P},
        ]},
    ],
    "back": [
        H(3, "Framåt"),
        "Under 2023 gäller den gamla planen tills vidare. Nästa biblioteksplan 2024–2027 tas "
        "fram under hösten.",
        RAW("Sofia Lindahl", "Enhetschef, biblioteksenheten"),
    ],
}

DOCS = [ALE, GOTEBORG, GOTLAND, UPPSALA, UMEA, OSTERSUND, KIRUNA, OREBRO, UNNAMED]

# The one real document. It and its gold were copied once, byte for byte, from
# ../../../shared/seeds/ and ../../../shared/samples/gold/ (see ../README.md).
# build.py never writes them; check.py verifies the copies against these hashes.
SEED = {
    "file": "uppfoljning-biblioteksplan-2016-2020.md",
    "encoding": "utf-8",
    "newline": "\n",
    "sha256": "e8874a1593ea3aeb8ece2f2c8e5df9a9a1f235ad6e6ef43f438fc1122738ff57",
    "gold_sha256": "3b58fccb1c8c38a5119b7ff53fd92e2fe5620e0763bbb2f0315cdf822f896383",
}
