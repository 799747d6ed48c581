"""Every interface text in Finnish, Swedish and English, its one lookup, and the choice of language.

One table (:data:`STRINGS`) for the endpoint's pages, the linked-data pages and
the explorer, and one lookup (:func:`translate`) with the project's one
fallback order (the wanted language, then fi → en → sv: ``registry.FALLBACK``).
Keys are shared where the wording is; the explorer's own wording of a word the
pages also use is ``explorer.<key>`` (its script reads its texts without the
prefix, :func:`hankegraafi.server.explorer.ui.texts`). Names of data and of
the ontology's terms are not here: they are the vocabularies' and the
ontology's labels (``ontology/registry.py``).

The language comes from ``?hl=`` (remembered in a cookie), then the cookie,
then Accept-Language; Finnish by default. ``hl`` and not ``lang`` because
catalogue queries have a ``lang`` parameter of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import g, request

from hankegraafi.ontology import registry

LANGS = ("fi", "sv", "en")
DEFAULT = "fi"
COOKIE = "hl"

STRINGS: dict[str, dict[str, str]] = {
    # --- shared and the SPARQL endpoint's pages ---
    "site": {"fi": "Hankegraafi", "sv": "Hankegraafi", "en": "Hankegraafi"},
    "tagline": {
        "fi": "Sote-kehittämishankkeet linkitettynä avoimena datana",
        "sv": "Utvecklingsprojekt inom social- och hälsovården som länkade öppna data",
        "en": "Finnish social and health care development projects as linked open data",
    },
    "home": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "sparql": {"fi": "SPARQL", "sv": "SPARQL", "en": "SPARQL"},
    "queries": {"fi": "Kyselyt", "sv": "Frågor", "en": "Queries"},
    "editor": {"fi": "Kyselyeditori", "sv": "Frågeredigerare", "en": "Query editor"},
    "run": {"fi": "Suorita", "sv": "Kör", "en": "Run"},
    "parameters": {"fi": "Parametrit", "sv": "Parametrar", "en": "Parameters"},
    "columns": {"fi": "Sarakkeet", "sv": "Kolumner", "en": "Columns"},
    "required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "optional": {"fi": "valinnainen", "sv": "valfri", "en": "optional"},
    "rows": {"fi": "riviä", "sv": "rader", "en": "rows"},
    "truncated": {
        "fi": "Tulos katkaistiin: vain {n} ensimmäistä riviä näytetään.",
        "sv": "Resultatet kortades: bara de {n} första raderna visas.",
        "en": "Result truncated: only the first {n} rows are shown.",
    },
    "formats": {"fi": "Muut muodot", "sv": "Andra format", "en": "Other formats"},
    "examples": {"fi": "Valmiit kyselyt", "sv": "Färdiga frågor", "en": "Catalogue queries"},
    "share": {"fi": "Jaa linkkinä", "sv": "Dela som länk", "en": "Share as link"},
    "copied": {"fi": "Linkki kopioitu", "sv": "Länken kopierad", "en": "Link copied"},
    "query_text": {"fi": "SPARQL-kysely", "sv": "SPARQL-fråga", "en": "SPARQL query"},
    "endpoint_address": {
        "fi": "SPARQL-palvelun osoite",
        "sv": "SPARQL-tjänstens adress",
        "en": "SPARQL endpoint address",
    },
    "query_area": {"fi": "Kyselyn teksti", "sv": "Frågans text", "en": "Query text"},
    "rows_per_page": {"fi": "Rivejä sivulla", "sv": "Rader per sida", "en": "Rows per page"},
    "main_nav": {"fi": "Päävalikko", "sv": "Huvudmeny", "en": "Main menu"},
    "language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "no_vendor": {
        "fi": "Editorin tiedostot puuttuvat: aja scripts/build_frontend.sh.",
        "sv": "Redigerarens filer saknas: kör scripts/build_frontend.sh.",
        "en": "The editor's files are missing: run scripts/build_frontend.sh.",
    },
    "error": {"fi": "Virhe", "sv": "Fel", "en": "Error"},
    "limits": {"fi": "Rajat", "sv": "Gränser", "en": "Limits"},
    "endpoint_intro": {
        "fi": "SPARQL 1.1 -rajapinta (vain luku) osoitteessa",
        "sv": "SPARQL 1.1-ändpunkt (endast läsning) på",
        "en": "Read-only SPARQL 1.1 endpoint at",
    },
    "footer": {
        "fi": "Avoin data. Kyselyt rajataan aikaan ja rivimäärään.",
        "sv": "Öppna data. Frågor begränsas i tid och antal rader.",
        "en": "Open data. Queries are bounded in time and rows.",
    },
    # --- the linked-data pages ---
    "skip": {"fi": "Siirry sisältöön", "sv": "Hoppa till innehållet", "en": "Skip to content"},
    "name_in_fi": {
        "fi": "Nimi suomeksi",
        "sv": "Namnet visas på finska (inget svenskt namn)",
        "en": "Name shown in Finnish (no English name)",
    },
    "name_in_en": {
        "fi": "Nimi näytetään englanniksi (suomenkielistä nimeä ei ole)",
        "sv": "Namnet visas på engelska (inget svenskt namn)",
        "en": "Name in English",
    },
    "name_in_sv": {
        "fi": "Nimi näytetään ruotsiksi (suomenkielistä nimeä ei ole)",
        "sv": "Namn på svenska",
        "en": "Name shown in Swedish (no English name)",
    },
    "search": {"fi": "Haku", "sv": "Sök", "en": "Search"},
    "search_label": {
        "fi": "Hae nimellä (taivutetutkin muodot käyvät)",
        "sv": "Sök på namn (även böjda finska former)",
        "en": "Search by name (inflected Finnish forms work too)",
    },
    "search_button": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "browse": {"fi": "Selaa hankkeita", "sv": "Bläddra bland projekt", "en": "Browse projects"},
    "dataset": {"fi": "Aineisto", "sv": "Datamängd", "en": "Dataset"},
    "explorer": {"fi": "Riippuvuuskartta", "sv": "Beroendekarta", "en": "Dependency map"},
    "ontology": {"fi": "Ontologia", "sv": "Ontologi", "en": "Ontology"},
    "identifier": {"fi": "Tunniste (IRI)", "sv": "Identifierare (IRI)", "en": "Identifier (IRI)"},
    "file_formats": {"fi": "Tiedostomuodot", "sv": "Format", "en": "Formats"},
    "licence_note": {
        "fi": "Avointa dataa, lisenssi CC BY 4.0. Tiedot on poimittu hankkeiden omista asiakirjoista.",
        "sv": "Öppna data, licens CC BY 4.0. Uppgifterna är hämtade ur projektens egna dokument.",
        "en": "Open data under CC BY 4.0. The facts were read from the projects' own documents.",
    },
    "not_found_title": {"fi": "Ei löytynyt", "sv": "Hittades inte", "en": "Not found"},
    "not_found": {
        "fi": "Tunnisteella {iri} ei ole tietoja tässä aineistossa.",
        "sv": "Det finns inga uppgifter om {iri} i denna datamängd.",
        "en": "This dataset has nothing about {iri}.",
    },
    "basic_data": {"fi": "Perustiedot", "sv": "Grunduppgifter", "en": "Basic data"},
    "name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "code": {"fi": "Tunnus", "sv": "Kod", "en": "Code"},
    "region": {"fi": "Alue", "sv": "Område", "en": "Region"},
    "period": {"fi": "Toteutusaika", "sv": "Genomförandetid", "en": "Period"},
    "status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "phase": {"fi": "Vaihe", "sv": "Fas", "en": "Phase"},
    "funder": {"fi": "Rahoittaja", "sv": "Finansiär", "en": "Funder"},
    "funding": {"fi": "Rahoitus", "sv": "Finansiering", "en": "Funding"},
    "programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "investment_line": {"fi": "Investointi", "sv": "Investering", "en": "Investment line"},
    "manager": {"fi": "Hankkeen johto", "sv": "Projektledning", "en": "Management"},
    "people": {"fi": "Henkilöt (rooleittain)", "sv": "Personer (efter roll)", "en": "People (by role)"},
    "name_withheld": {"fi": "nimi ei julkinen", "sv": "namnet publiceras inte", "en": "name not published"},
    "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "topics": {"fi": "Aihealueet", "sv": "Ämnesområden", "en": "Topics"},
    "phenomena": {"fi": "Ilmiöt", "sv": "Fenomen", "en": "Phenomena"},
    "target_groups": {"fi": "Kohderyhmät", "sv": "Målgrupper", "en": "Target groups"},
    "documents": {"fi": "Lähdeasiakirjat", "sv": "Källdokument", "en": "Source documents"},
    "goals": {
        "fi": "Tavoitteet ja niiden toteutuminen",
        "sv": "Mål och måluppfyllelse",
        "en": "Goals and their achievement",
    },
    "reason": {"fi": "Perustelu", "sv": "Motivering", "en": "Reason"},
    "outputs": {"fi": "Tuotokset", "sv": "Resultat", "en": "Outputs"},
    "benefits": {"fi": "Hyödyt", "sv": "Nyttor", "en": "Benefits"},
    "effects": {"fi": "Vaikutukset", "sv": "Effekter", "en": "Effects"},
    "indicators": {"fi": "Mittarit", "sv": "Indikatorer", "en": "Indicators"},
    "budget": {"fi": "Budjetti ja toteuma", "sv": "Budget och utfall", "en": "Budget and actual"},
    "budget_col": {"fi": "Budjetti", "sv": "Budget", "en": "Budget"},
    "actual_col": {"fi": "Toteuma", "sv": "Utfall", "en": "Actual"},
    "utilisation": {"fi": "Käyttöaste", "sv": "Utnyttjandegrad", "en": "Utilisation"},
    "category": {"fi": "Kustannuslaji", "sv": "Kostnadsslag", "en": "Cost category"},
    "chart_caption": {
        "fi": "Budjetti (vaalea) ja toteuma (tumma) kustannuslajeittain",
        "sv": "Budget (ljus) och utfall (mörk) per kostnadsslag",
        "en": "Budget (light) and actual (dark) by cost category",
    },
    "lights": {"fi": "Liikennevalot", "sv": "Trafikljus", "en": "Traffic lights"},
    "progress": {"fi": "Edistyminen", "sv": "Framsteg", "en": "Progress"},
    "risks": {"fi": "Riskit", "sv": "Risker", "en": "Risks"},
    "probability": {"fi": "Todennäköisyys", "sv": "Sannolikhet", "en": "Probability"},
    "impact": {"fi": "Vaikutus", "sv": "Konsekvens", "en": "Impact"},
    "score": {"fi": "Riskiluku", "sv": "Risktal", "en": "Score"},
    "mitigation": {"fi": "Hallintakeino", "sv": "Åtgärd", "en": "Mitigation"},
    "depends_on": {
        "fi": "Mistä hanke riippuu",
        "sv": "Vad projektet är beroende av",
        "en": "What it relies on",
    },
    "depended_by": {
        "fi": "Mitkä riippuvat tästä",
        "sv": "Vad som är beroende av detta",
        "en": "What relies on it",
    },
    "kind": {"fi": "Laji", "sv": "Typ", "en": "Kind"},
    "via_part": {"fi": "osan kautta", "sv": "via en del", "en": "through a part"},
    "structure": {"fi": "Kokonaisuus ja osat", "sv": "Helhet och delar", "en": "Parent and parts"},
    "part_of": {"fi": "Osa kokonaisuutta", "sv": "Del av", "en": "Part of"},
    "parts": {"fi": "Osat", "sv": "Delar", "en": "Parts"},
    "continuity": {
        "fi": "Edeltäjät ja jatkohankkeet",
        "sv": "Föregångare och fortsättningar",
        "en": "Predecessors and successors",
    },
    "predecessors": {"fi": "Edeltäjät", "sv": "Föregångare", "en": "Predecessors"},
    "successors": {"fi": "Jatkohankkeet", "sv": "Fortsättningar", "en": "Successors"},
    "participants": {"fi": "Osallistujat", "sv": "Deltagare", "en": "Participants"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "lines": {"fi": "rivit", "sv": "rader", "en": "lines"},
    "all_statements": {"fi": "Kaikki tiedot", "sv": "Alla uppgifter", "en": "All statements"},
    "incoming": {"fi": "Viittaukset tähän", "sv": "Hänvisningar hit", "en": "Links to this"},
    "property": {"fi": "Ominaisuus", "sv": "Egenskap", "en": "Property"},
    "value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "projects": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
    "takes_part": {
        "fi": "Hankkeet, joihin osallistuu",
        "sv": "Projekt där den deltar",
        "en": "Projects it takes part in",
    },
    "develops": {"fi": "Kehittämät palvelut", "sv": "Tjänster som den utvecklar", "en": "Services it develops"},
    "developer": {"fi": "Kehittäjä", "sv": "Utvecklare", "en": "Developer"},
    "reaches": {"fi": "Alueet, joille se ulottuu", "sv": "Områden den når", "en": "Regions it reaches"},
    "dependents": {
        "fi": "Mitkä hankkeet riippuvat tästä",
        "sv": "Projekt som är beroende av detta",
        "en": "Projects that depend on it",
    },
    "by_region": {"fi": "Alueittain", "sv": "Per område", "en": "By region"},
    "region_unknown": {"fi": "alue ei tiedossa", "sv": "område okänt", "en": "region unknown"},
    "region_projects": {"fi": "Alueen hankkeet", "sv": "Områdets projekt", "en": "Projects of the region"},
    "region_budgets": {"fi": "Budjetit", "sv": "Budgetar", "en": "Budgets"},
    "region_depends": {
        "fi": "Mistä alue riippuu",
        "sv": "Vad området är beroende av",
        "en": "What the region depends on",
    },
    "counties": {"fi": "Hyvinvointialueet", "sv": "Välfärdsområden", "en": "Wellbeing services counties"},
    "year": {"fi": "Vuosi", "sv": "År", "en": "Year"},
    "as_of": {"fi": "Tilanne päivänä", "sv": "Per dag", "en": "As of"},
    "timeline": {"fi": "Aikajana", "sv": "Tidslinje", "en": "Timeline"},
    "document": {"fi": "Asiakirja", "sv": "Dokument", "en": "Document"},
    "timeline_cumulative_budget": {"fi": "Budjetti (kum.)", "sv": "Budget (kum.)", "en": "Budget (cum.)"},
    "timeline_cumulative_actual": {"fi": "Toteuma (kum.)", "sv": "Utfall (kum.)", "en": "Actual (cum.)"},
    "timeline_period_budget": {"fi": "Jakson budjetti", "sv": "Periodens budget", "en": "Period budget"},
    "timeline_period_actual": {"fi": "Jakson toteuma", "sv": "Periodens utfall", "en": "Period actual"},
    "light_all_on_plan": {"fi": "kaikki suunnitellusti", "sv": "allt enligt plan", "en": "all on plan"},
    "conflicts": {"fi": "Ristiriidat", "sv": "Konflikter", "en": "Conflicts"},
    "conflicts_note": {
        "fi": "Asiakirjat ovat eri mieltä näistä tiedoista; ✔ merkitsee nykyiseksi valitun arvon (uusin asiakirja).",
        "sv": "Dokumenten är oense om dessa uppgifter; ✔ markerar värdet som valts som aktuellt (det senaste dokumentet).",
        "en": "The documents disagree on these facts; ✔ marks the value chosen as current (the latest document).",
    },
    "read_from": {
        "fi": "Mitä asiakirjasta luettiin",
        "sv": "Vad som lästes ur dokumentet",
        "en": "What was read from it",
    },
    "file": {"fi": "Tiedosto", "sv": "Fil", "en": "File"},
    "ingested": {"fi": "Luettu", "sv": "Inläst", "en": "Ingested"},
    "graph": {"fi": "Nimetty graafi", "sv": "Namngiven graf", "en": "Named graph"},
    "line": {"fi": "Rivi", "sv": "Rad", "en": "Line"},
    "quote": {"fi": "Lainaus", "sv": "Citat", "en": "Quote"},
    "fact": {"fi": "Tieto", "sv": "Uppgift", "en": "Fact"},
    "dependency": {"fi": "Riippuvuus", "sv": "Beroende", "en": "Dependency"},
    "dependent": {"fi": "Riippuvainen", "sv": "Beroende part", "en": "Dependent"},
    "target": {"fi": "Kohde", "sv": "Mål", "en": "Target"},
    "results": {"fi": "Tulokset", "sv": "Resultat", "en": "Results"},
    "no_results": {
        "fi": "Ei osumia haulle ”{q}”.",
        "sv": "Inga träffar för ”{q}”.",
        "en": "Nothing found for “{q}”.",
    },
    "n_results": {"fi": "{n} osumaa", "sv": "{n} träffar", "en": "{n} results"},
    "facets": {"fi": "Rajaa", "sv": "Avgränsa", "en": "Filter"},
    "organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "all": {"fi": "kaikki", "sv": "alla", "en": "all"},
    "clear": {"fi": "Poista rajaukset", "sv": "Ta bort avgränsningar", "en": "Clear filters"},
    "remove": {"fi": "poista", "sv": "ta bort", "en": "remove"},
    "n_projects": {"fi": "{n} hanketta", "sv": "{n} projekt", "en": "{n} projects"},
    "home_intro": {
        "fi": "Sosiaali- ja terveydenhuollon kehittämishankkeet, niiden tavoitteet, rahoitus ja riippuvuudet linkitettynä avoimena datana. Jokaisella hankkeella, organisaatiolla, palvelulla, alueella ja asiakirjalla on oma sivunsa ja pysyvä tunniste.",
        "sv": "Utvecklingsprojekt inom social- och hälsovården, deras mål, finansiering och beroenden som länkade öppna data. Varje projekt, organisation, tjänst, område och dokument har en egen sida och en beständig identifierare.",
        "en": "Social and health care development projects, their goals, funding and dependencies as linked open data. Every project, organisation, service, region and document has a page and a persistent identifier.",
    },
    "top_projects": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
    "services": {"fi": "Digitaaliset palvelut", "sv": "Digitala tjänster", "en": "Digital services"},
    "organisations": {"fi": "Organisaatiot", "sv": "Organisationer", "en": "Organisations"},
    "regions": {"fi": "Alueet", "sv": "Områden", "en": "Regions"},
    "vocabularies": {"fi": "Sanastot", "sv": "Vokabulär", "en": "Vocabularies"},
    "open_data": {"fi": "Avoin data", "sv": "Öppna data", "en": "Open data"},
    "void": {
        "fi": "Aineiston kuvaus (VoID, DCAT)",
        "sv": "Beskrivning av datamängden (VoID, DCAT)",
        "en": "Dataset description (VoID, DCAT)",
    },
    "dumps": {
        "fi": "Koko aineisto ladattavana",
        "sv": "Hela datamängden att ladda ner",
        "en": "Whole dataset to download",
    },
    "sitemap": {"fi": "Sivukartta", "sv": "Webbplatskarta", "en": "Sitemap"},
    "sparql_endpoint": {"fi": "SPARQL-rajapinta", "sv": "SPARQL-ändpunkt", "en": "SPARQL endpoint"},
    "counts": {"fi": "Lukumäärät", "sv": "Antal", "en": "Counts"},
    "triples": {"fi": "kolmikkoa", "sv": "tripplar", "en": "triples"},
    "modified": {"fi": "Päivitetty", "sv": "Uppdaterad", "en": "Last modified"},
    "licence": {"fi": "Lisenssi", "sv": "Licens", "en": "Licence"},
    "publisher": {"fi": "Julkaisija", "sv": "Utgivare", "en": "Publisher"},
    "distributions": {"fi": "Jakelut", "sv": "Distributioner", "en": "Distributions"},
    "explore_here": {
        "fi": "Avaa riippuvuuskartassa",
        "sv": "Öppna i beroendekartan",
        "en": "Open in the dependency map",
    },
    "on_plan": {"fi": "suunnitelman mukaan", "sv": "enligt plan", "en": "on plan"},
    "deviation": {"fi": "poikkeama", "sv": "avvikelse", "en": "deviation"},
    "quantity": {"fi": "Määrä", "sv": "Mängd", "en": "Quantity"},
    "target_value": {"fi": "Tavoitearvo", "sv": "Målvärde", "en": "Target value"},
    "deadline": {"fi": "Määräaika", "sv": "Tidsfrist", "en": "Deadline"},
    "more": {"fi": "ja {n} muuta", "sv": "och {n} till", "en": "and {n} more"},
    "kind_subproject": {"fi": "Osaprojektit", "sv": "Delprojekt", "en": "Sub-projects"},
    "kind_workpackage": {"fi": "Työpaketit", "sv": "Arbetspaket", "en": "Work packages"},
    "kind_investment": {"fi": "Investoinnit", "sv": "Investeringar", "en": "Investments"},
    "kind_project": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
    "kind_county": {"fi": "Hyvinvointialueet", "sv": "Välfärdsområden", "en": "Wellbeing services counties"},
    "kind_municipality": {"fi": "Kunnat", "sv": "Kommuner", "en": "Municipalities"},
    "kind_region": {"fi": "Maakunnat", "sv": "Landskap", "en": "Regions"},
    "kind_national-actor": {"fi": "Kansalliset toimijat", "sv": "Nationella aktörer", "en": "National actors"},
    "kind_organisation": {"fi": "Organisaatiot", "sv": "Organisationer", "en": "Organisations"},
    "kind_service": {"fi": "Digitaaliset palvelut", "sv": "Digitala tjänster", "en": "Digital services"},
    "kind_programme": {"fi": "Ohjelmat", "sv": "Program", "en": "Programmes"},
    "kind_investment-line": {"fi": "Investointilinjat", "sv": "Investeringslinjer", "en": "Investment lines"},
    "kind_document": {"fi": "Asiakirjat", "sv": "Dokument", "en": "Documents"},
    "kind_indicator": {"fi": "Mittarit", "sv": "Indikatorer", "en": "Indicators"},
    "kind_scheme": {"fi": "Sanastot", "sv": "Vokabulär", "en": "Vocabularies"},
    "kind_concept": {"fi": "Käsitteet", "sv": "Begrepp", "en": "Concepts"},
    "kind_term": {"fi": "Ontologian termit", "sv": "Ontologins termer", "en": "Ontology terms"},
    "kind_other": {"fi": "Muut", "sv": "Övriga", "en": "Other"},
    # --- the explorer's own wording (its script reads them without the prefix: ui.texts) ---
    "explorer.title": {"fi": "Riippuvuuskartta", "sv": "Beroendekarta", "en": "Dependency explorer"},
    "explorer.views": {"fi": "Aluenäkymät", "sv": "Regionvyer", "en": "Cross-region views"},
    "explorer.controls": {"fi": "Näkymän asetukset", "sv": "Vyns inställningar", "en": "View settings"},
    "explorer.search": {
        "fi": "Hae hanketta, palvelua tai toimijaa",
        "sv": "Sök projekt, tjänst eller aktör",
        "en": "Search a project, service or organisation",
    },
    "explorer.no_hits": {"fi": "Ei osumia", "sv": "Inga träffar", "en": "No matches"},
    "explorer.hint": {
        "fi": "Hae solmu ja lisää se karttaan. Kaksoisnapsautus laajentaa solmun naapureihin.",
        "sv": "Sök en nod och lägg till den på kartan. Dubbelklick visar nodens grannar.",
        "en": "Search for a node and add it to the map. Double-click a node to expand its neighbours.",
    },
    "explorer.expand": {"fi": "Laajenna", "sv": "Expandera", "en": "Expand"},
    "explorer.more": {"fi": "Lisää naapureita", "sv": "Fler grannar", "en": "More neighbours"},
    "explorer.collapse": {"fi": "Supista", "sv": "Fäll ihop", "en": "Collapse"},
    "explorer.pin": {"fi": "Kiinnitä", "sv": "Fäst", "en": "Pin"},
    "explorer.unpin": {"fi": "Irrota", "sv": "Lossa", "en": "Unpin"},
    "explorer.remove": {"fi": "Poista näkymästä", "sv": "Ta bort från vyn", "en": "Remove from view"},
    "explorer.direction": {"fi": "Suunta", "sv": "Riktning", "en": "Direction"},
    "explorer.dir_both": {"fi": "molemmat", "sv": "båda", "en": "both"},
    "explorer.dir_out": {
        "fi": "lähtevät (mistä riippuu)",
        "sv": "utgående (beror på)",
        "en": "outgoing (depends on)",
    },
    "explorer.dir_in": {
        "fi": "saapuvat (mikä riippuu)",
        "sv": "inkommande (beroende av)",
        "en": "incoming (depended on by)",
    },
    "explorer.layout": {"fi": "Asettelu", "sv": "Layout", "en": "Layout"},
    "explorer.layout_cose": {"fi": "voimaohjattu", "sv": "kraftstyrd", "en": "force-directed"},
    "explorer.layout_dagre": {"fi": "hierarkkinen", "sv": "hierarkisk", "en": "hierarchical"},
    "explorer.layout_concentric": {"fi": "samankeskinen", "sv": "koncentrisk", "en": "concentric"},
    "explorer.fit": {"fi": "Sovita", "sv": "Anpassa", "en": "Fit"},
    "explorer.zoom_in": {"fi": "Lähennä", "sv": "Zooma in", "en": "Zoom in"},
    "explorer.zoom_out": {"fi": "Loitonna", "sv": "Zooma ut", "en": "Zoom out"},
    "explorer.clear": {"fi": "Tyhjennä", "sv": "Töm", "en": "Clear"},
    "explorer.filters": {"fi": "Suodattimet", "sv": "Filter", "en": "Filters"},
    "explorer.types": {"fi": "Tyypit", "sv": "Typer", "en": "Types"},
    "explorer.region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "County"},
    "explorer.dep_kind": {"fi": "Riippuvuuden laji", "sv": "Typ av beroende", "en": "Dependency kind"},
    "explorer.period": {"fi": "Ajanjakso (vuodet)", "sv": "Period (år)", "en": "Period (years)"},
    "explorer.questions": {"fi": "Kysymykset", "sv": "Frågor", "en": "Questions"},
    "explorer.impact": {
        "fi": "Mihin vaikuttaa, jos tämä viivästyy?",
        "sv": "Vad påverkas om detta försenas?",
        "en": "What is affected if this slips?",
    },
    "explorer.deps": {
        "fi": "Mistä kaikesta tämä riippuu?",
        "sv": "Vad beror detta på?",
        "en": "Everything this depends on",
    },
    "explorer.path_from": {"fi": "Polun alku", "sv": "Stigens start", "en": "Path from here"},
    "explorer.path_to": {"fi": "Lyhin polku tähän", "sv": "Kortaste stig hit", "en": "Shortest path to here"},
    "explorer.shared_a": {"fi": "Vertaa aluetta", "sv": "Jämför område", "en": "Compare county"},
    "explorer.shared_b": {
        "fi": "Yhteiset riippuvuudet tämän kanssa",
        "sv": "Gemensamma beroenden med detta",
        "en": "Shared dependencies with this",
    },
    "explorer.path_none": {"fi": "Polkua ei löytynyt", "sv": "Ingen stig hittades", "en": "No path found"},
    "explorer.path_found": {
        "fi": "Lyhin polku: {n} askelta, {k} polkua",
        "sv": "Kortaste stig: {n} steg, {k} stigar",
        "en": "Shortest path: {n} steps, {k} paths",
    },
    "explorer.chains": {
        "fi": "Suorat riippuvuusketjut",
        "sv": "Direkta beroendekedjor",
        "en": "Directed dependency chains",
    },
    "explorer.affected": {
        "fi": "{n} riippuvaista, {r} hyvinvointialuetta",
        "sv": "{n} beroende, {r} välfärdsområden",
        "en": "{n} dependents, {r} counties",
    },
    "explorer.depends_count": {
        "fi": "Riippuu {n} solmusta",
        "sv": "Beror på {n} noder",
        "en": "Depends on {n} nodes",
    },
    "explorer.shared_count": {
        "fi": "{n} yhteistä riippuvuutta",
        "sv": "{n} gemensamma beroenden",
        "en": "{n} shared dependencies",
    },
    "explorer.cap": {
        "fi": "Näkymä rajattiin: {shown}/{total} naapuria näytetään. Hae lisää painikkeella.",
        "sv": "Vyn begränsades: {shown}/{total} grannar visas. Hämta fler med knappen.",
        "en": "View capped: {shown} of {total} neighbours shown. Load more with the button.",
    },
    "explorer.walk_cap": {
        "fi": "Tulos rajattiin {n} solmuun; koko verkko on suurempi.",
        "sv": "Resultatet begränsades till {n} noder; hela nätet är större.",
        "en": "Result capped at {n} nodes; the whole network is larger.",
    },
    "explorer.view_cap": {
        "fi": "Kartalla on enintään {n} solmua: poista solmuja ennen kuin laajennat.",
        "sv": "Kartan rymmer högst {n} noder: ta bort noder innan du expanderar.",
        "en": "The map holds at most {n} nodes: remove some before expanding.",
    },
    "explorer.panel": {"fi": "Tiedot", "sv": "Uppgifter", "en": "Details"},
    "explorer.open_page": {
        "fi": "Avaa resurssisivu",
        "sv": "Öppna resurssidan",
        "en": "Open the resource page",
    },
    "explorer.open_query": {"fi": "Kysely", "sv": "Fråga", "en": "Query"},
    "explorer.quote": {"fi": "Lähdelainaus", "sv": "Källcitat", "en": "Source quote"},
    "explorer.export": {"fi": "Vie", "sv": "Exportera", "en": "Export"},
    "explorer.share": {"fi": "Jaa näkymä", "sv": "Dela vyn", "en": "Share view"},
    "explorer.loading": {"fi": "Ladataan…", "sv": "Laddar…", "en": "Loading…"},
    "explorer.no_vendor": {
        "fi": "Kartan kirjastot puuttuvat: aja scripts/build_explorer.sh.",
        "sv": "Kartans bibliotek saknas: kör scripts/build_explorer.sh.",
        "en": "The map's libraries are missing: run scripts/build_explorer.sh.",
    },
    "explorer.budget": {"fi": "Budjetti", "sv": "Budget", "en": "Budget"},
    "explorer.actual": {"fi": "Toteuma", "sv": "Utfall", "en": "Actual"},
    "explorer.budget_title": {
        "fi": "Budjetti ja toteuma hyvinvointialueittain ja investoinneittain",
        "sv": "Budget och utfall per välfärdsområde och investering",
        "en": "Budget against actual per county and investment",
    },
    "explorer.deviation_title": {
        "fi": "Liikennevalojen poikkeamat mittareittain ja alueittain",
        "sv": "Avvikelser i trafikljusen per mätare och område",
        "en": "Traffic-light deviations per dimension and county",
    },
    "explorer.matrix_title": {
        "fi": "Hyvinvointialueiden riippuvuus kansallisista palveluista",
        "sv": "Välfärdsområdenas beroende av nationella tjänster",
        "en": "Dependencies of counties on national services",
    },
    "explorer.projects": {"fi": "hanketta", "sv": "projekt", "en": "projects"},
    "explorer.no_data": {"fi": "Ei tietoja", "sv": "Inga uppgifter", "en": "No data"},
    "explorer.legend": {"fi": "Selite", "sv": "Förklaring", "en": "Legend"},
    "explorer.nodes": {"fi": "solmut", "sv": "noder", "en": "nodes"},
    "explorer.edges": {"fi": "yhteydet", "sv": "kanter", "en": "edges"},
    "explorer.explore": {"fi": "Tutki kartalla", "sv": "Utforska på kartan", "en": "Explore on the map"},
    # the names of the explorer's node kinds and relations (dependency kinds are the vocabulary's)
    "explorer.name:project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "explorer.name:investment": {"fi": "Investointi", "sv": "Investering", "en": "Investment"},
    "explorer.name:organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "explorer.name:service": {"fi": "Palvelu", "sv": "Tjänst", "en": "Service"},
    "explorer.name:region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "Region"},
    "explorer.name:programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "explorer.name:other": {"fi": "Muu", "sv": "Annat", "en": "Other"},
    "explorer.name:unspecified": {"fi": "määrittelemätön", "sv": "ospecificerad", "en": "unspecified"},
    "explorer.name:rel:dependency": {"fi": "riippuu", "sv": "beror på", "en": "depends on"},
    "explorer.name:rel:partof": {"fi": "osa", "sv": "del av", "en": "part of"},
    "explorer.name:rel:programme": {"fi": "ohjelma", "sv": "program", "en": "programme"},
    "explorer.name:rel:region": {"fi": "alue", "sv": "område", "en": "region"},
    "explorer.name:rel:participation": {"fi": "osallistuu", "sv": "deltar", "en": "participant"},
    "explorer.name:rel:developer": {"fi": "kehittäjä", "sv": "utvecklare", "en": "developer"},
    "explorer.name:rel:continuation": {"fi": "jatkuu", "sv": "fortsätter", "en": "continued by"},
}


def current_lang() -> str:
    hl = request.args.get("hl")
    if hl in LANGS:
        return hl
    g.lang_negotiated = True  # the answer depends on the cookie or Accept-Language: Vary on them
    wanted = request.cookies.get(COOKIE)
    if wanted in LANGS:
        return wanted
    best = request.accept_languages.best_match(LANGS)
    return best or DEFAULT


def translate(key: str, lang: str | None = None, **values: object) -> str:
    """The interface text ``key`` in ``lang``, else in fi → en → sv (the one fallback order); else the key."""
    lang = lang or current_lang()
    texts = STRINGS.get(key)
    if texts is None:
        return key
    text = pick(texts, lang) or key
    return text.format(**values) if values else text


def pick(texts: Mapping[str, str], lang: str) -> str:
    """A text of a language → text dict in ``lang``, else fi → en → sv, else any ("" if none).

    The one fallback order of the project (:data:`hankegraafi.ontology.registry.FALLBACK`), for
    interface texts, catalogue titles and labels of data alike.
    """
    found = registry.pick(texts, lang)
    return found.text if found else ""
