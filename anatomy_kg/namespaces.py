"""The project's IRI prefixes, for readable reports and serialisations."""

BASE = "https://w3id.org/anatomy-kg/"
ENTITY_KINDS = ("muscle", "bone", "landmark", "tissue", "joint", "action", "movement", "nerve", "nucleus", "plexus",
                "segment", "group", "region", "source")

PREFIXES = {
    "akg": BASE + "vocab/",
    "akgsh": BASE + "shapes/",
    **{kind: f"{BASE}{kind}/" for kind in ENTITY_KINDS},
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "obo": "http://purl.obolibrary.org/obo/",
    "fma": "http://purl.org/sig/ont/fma/",
    "wd": "http://www.wikidata.org/entity/",
}
