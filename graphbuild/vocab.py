# ruff: noqa: N815  (attribute names are the ontology's camelCase local names, as in rdflib's own)
"""Our RDF vocabulary as typed namespaces: a misspelt ``GB.Asertion`` is an error, not a new IRI.

``ontology/graphbuild.ttl`` describes every term listed here (a test checks both agree);
``REL`` stays open because relation properties are minted from whatever verbs the articles use.
"""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DC, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/graphbuild/ontology"
REL = Namespace("https://w3id.org/graphbuild/rel/")
# ISO 3166-1 countries as concepts keyed by their alpha-2 code (ontology: gb:ISO3166Scheme).
ISO3166 = Namespace("https://w3id.org/graphbuild/iso3166-1/")
# GeoNames features: the Semantic Web IRI of feature N is https://sws.geonames.org/N/ .
GEONAMES = "https://sws.geonames.org/"


class GB(DefinedNamespace):
    """Classes and properties of graphbuild graphs (``gb:``)."""

    _fail = True
    _NS = Namespace(f"{ONTOLOGY_IRI}#")

    # Entity types and their subtypes
    Entity: URIRef
    Actor: URIRef
    Weapon: URIRef
    Region: URIRef
    Other: URIRef
    Person: URIRef
    Organization: URIRef
    ArmedGroup: URIRef
    Government: URIRef
    Military: URIRef
    Group: URIRef
    Role: URIRef
    Missile: URIRef
    SmallArm: URIRef
    Explosive: URIRef
    Artillery: URIRef
    Vehicle: URIRef
    Aircraft: URIRef
    Ship: URIRef
    Chemical: URIRef
    Arms: URIRef
    Country: URIRef
    City: URIRef
    AdminArea: URIRef
    GeoRegion: URIRef
    Site: URIRef
    Coordinates: URIRef
    Facility: URIRef
    Product: URIRef
    Event: URIRef
    # Provenance records
    Document: URIRef
    Sentence: URIRef
    Assertion: URIRef
    Argument: URIRef
    RelationProperty: URIRef
    ISO3166Scheme: URIRef
    # Documents and sentences
    dateline: URIRef
    sourcePath: URIRef
    text: URIRef
    sentenceIndex: URIRef
    charStart: URIRef
    charEnd: URIRef
    # Assertions
    subject: URIRef
    object: URIRef
    subjectText: URIRef
    objectText: URIRef
    relationText: URIRef
    relationLemma: URIRef
    predicate: URIRef
    negated: URIRef
    derivedBy: URIRef
    edgeStatus: URIRef
    modality: URIRef
    attributedTo: URIRef
    confidence: URIRef
    argument: URIRef
    role: URIRef
    entity: URIRef
    relatedTo: URIRef
    # Entities
    mentionCount: URIRef
    mentionedIn: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    geonamesId: URIRef
    countryCode: URIRef
    cameoCode: URIRef
    country: URIRef
    # Time (issue 17): temporal expressions of a document, and when each fact happened
    TimeExpression: URIRef
    timeExpression: URIRef
    timeValue: URIRef
    granularity: URIRef
    timexType: URIRef
    time: URIRef
    eventTime: URIRef
    eventStart: URIRef
    eventEnd: URIRef
    reportedOn: URIRef
    dateSource: URIRef


# Subtype class -> its top-level type; a subtype not listed here gets only its top-level class.
SUBTYPES: dict[str, str] = {
    **dict.fromkeys(
        ("Person", "Organization", "ArmedGroup", "Government", "Military", "Group", "Role"), "Actor"
    ),
    **dict.fromkeys(
        ("Missile", "SmallArm", "Explosive", "Artillery", "Vehicle", "Aircraft", "Ship", "Chemical", "Arms"),
        "Weapon",
    ),
    **dict.fromkeys(("Country", "City", "AdminArea", "GeoRegion", "Site", "Coordinates"), "Region"),
    **dict.fromkeys(("Facility", "Product", "Event"), "Other"),
}

# Entity.codes keys with a property of their own; any other key becomes a dcterms:identifier "key:value".
CODE_PROPERTIES: dict[str, URIRef] = {
    "iso3166": GB.iso3166Alpha2,
    "iso3166_alpha3": GB.iso3166Alpha3,
    "geonames": GB.geonamesId,
    "country": GB.countryCode,
    "cameo": GB.cameoCode,
}

# What a query or the serializers see as prefixes: core vocabularies plus ours, nothing else.
PREFIXES: dict[str, str] = {
    "gb": str(GB._NS),
    "rel": str(REL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "dc": str(DC),
}
