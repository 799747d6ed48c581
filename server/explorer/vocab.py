"""What the explorer draws: node types, relations, and their names in fi/sv/en.

The graph has many classes; the explorer shows six kinds of node and a few
relations between them, so that a map of dependencies stays readable. The
names here are the interface's; labels of data come from the store.
"""

from __future__ import annotations

from hankegraafi.ontology.namespaces import HG, VOCAB

#: Node kinds in the order a class is tested (a county is also an organisation).
KIND_OF_CLASS: tuple[tuple[str, str], ...] = (
    (str(HG.Investment), "investment"),
    (str(HG.SubProject), "project"),
    (str(HG.WorkPackage), "project"),
    (str(HG.Project), "project"),
    (str(HG.DigitalService), "service"),
    (str(HG.WellbeingServicesCounty), "region"),
    (str(HG.Region), "region"),
    (str(HG.Programme), "programme"),
    (str(HG.NationalActor), "organisation"),
    (str(HG.Municipality), "organisation"),
    (str(HG.Organisation), "organisation"),
)
KINDS = ("project", "investment", "organisation", "service", "region", "programme")

#: Relations drawn as edges, each from its source to its target.
RELATIONS = ("dependency", "partof", "region", "programme", "participation", "developer", "continuation")
#: Relations a path may use unless the user asks for others: who relies on whom.
PATH_RELATIONS = ("dependency", "partof", "developer", "continuation", "participation")

DEPENDENCY_KINDS = (
    "technical",
    "functional",
    "resource",
    "organisational",
    "national-guidance",
    "shared-work",
    "continuation",
)
DEPENDENCY_KIND_PREFIX = f"{VOCAB}dependency-kind/"
LIGHT_DIMENSION_PREFIX = f"{VOCAB}light-dimension/"
LIGHT_DEVIATION = f"{VOCAB}light-value/deviation"

NAMES: dict[str, dict[str, str]] = {
    # node kinds
    "project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "investment": {"fi": "Investointi", "sv": "Investering", "en": "Investment"},
    "organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "service": {"fi": "Palvelu", "sv": "Tjänst", "en": "Service"},
    "region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "Region"},
    "programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "other": {"fi": "Muu", "sv": "Annat", "en": "Other"},
    # relations
    "dependency": {"fi": "riippuu", "sv": "beror på", "en": "depends on"},
    "partof": {"fi": "osa", "sv": "del av", "en": "part of"},
    "programme-rel": {"fi": "ohjelma", "sv": "program", "en": "programme"},
    "region-rel": {"fi": "alue", "sv": "område", "en": "region"},
    "participation": {"fi": "osallistuu", "sv": "deltar", "en": "participant"},
    "developer": {"fi": "kehittäjä", "sv": "utvecklare", "en": "developer"},
    "continuation": {"fi": "jatkuu", "sv": "fortsätter", "en": "continued by"},
    # dependency kinds
    "technical": {"fi": "tekninen", "sv": "teknisk", "en": "technical"},
    "functional": {"fi": "toiminnallinen", "sv": "funktionell", "en": "functional"},
    "resource": {"fi": "resurssi", "sv": "resurs", "en": "resource"},
    "organisational": {"fi": "organisatorinen", "sv": "organisatorisk", "en": "organisational"},
    "national-guidance": {"fi": "kansallinen ohjaus", "sv": "nationell styrning", "en": "national guidance"},
    "shared-work": {"fi": "yhteinen työ", "sv": "gemensamt arbete", "en": "shared work"},
    "unspecified": {"fi": "määrittelemätön", "sv": "ospecificerad", "en": "unspecified"},
    # traffic-light dimensions
    "progress": {"fi": "Edistyminen", "sv": "Framsteg", "en": "Progress"},
    "schedule": {"fi": "Aikataulu", "sv": "Tidsplan", "en": "Schedule"},
    "costs": {"fi": "Kustannukset", "sv": "Kostnader", "en": "Costs"},
    "output-quality": {"fi": "Tuotosten laatu", "sv": "Resultatens kvalitet", "en": "Output quality"},
    "output-scope": {"fi": "Tuotosten laajuus", "sv": "Resultatens omfattning", "en": "Output scope"},
    "staff": {"fi": "Henkilöstö", "sv": "Personal", "en": "Staff"},
    "risks": {"fi": "Riskit", "sv": "Risker", "en": "Risks"},
    "benefits": {"fi": "Hyödyt", "sv": "Nyttor", "en": "Benefits"},
}


def name(key: str, lang: str) -> str:
    """The interface name of a kind, relation or concept key (English, then the key itself)."""
    texts = NAMES.get(key)
    if not texts:
        return key
    return texts.get(lang) or texts.get("en") or key


def kind_of(types: set[str]) -> str:
    for cls, kind in KIND_OF_CLASS:
        if cls in types:
            return kind
    return "other"


def local_key(iri: str, prefix: str) -> str | None:
    """The last segment of a vocabulary concept IRI under ``prefix`` (None if not under it)."""
    return iri[len(prefix) :] if iri.startswith(prefix) else None
