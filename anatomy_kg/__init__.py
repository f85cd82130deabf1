"""anatomy-kg: an open knowledge graph of human musculoskeletal anatomy.

>>> import anatomy_kg
>>> kg = anatomy_kg.load()
>>> kg.ask("which L5-innervated muscles abduct the hip").results[0]["label"]
'gluteus medius'
"""

from .api import Answer, KnowledgeGraph, load
from .ask import UnsupportedQuestion
from .lexicon import UnknownTerm
from .loading import TurtleError
from .validation import Report, validate

__all__ = ["Answer", "KnowledgeGraph", "Report", "TurtleError", "UnknownTerm", "UnsupportedQuestion", "load",
           "validate"]
__version__ = "0.1.0"
