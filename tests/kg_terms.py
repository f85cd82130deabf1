"""IRIs used across the tests."""

AKG = "https://w3id.org/anatomy-kg/"


def iri(kind: str, slug: str) -> str:
    return f"{AKG}{kind}/{slug}"
