"""SHACL shapes compiled to SPARQL SELECT queries, run on the pyoxigraph store the questions use.

Each constraint of each shape becomes one query whose rows are its validation results (focus node, value,
and for SHACL-SPARQL constraints the path and message variables). The queries run on the same store, parsed
by the same parser, as the questions do, so a file that validates also loads, and the reverse.

Covered, as ontology/shapes.ttl and the shapes generated from the vocabulary use them (a shape with any
other constraint is refused by name, never skipped):
- targets: sh:targetClass (with rdfs:subClassOf), sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf, and
  SHACL-AF SPARQL targets (sh:target [ a sh:SPARQLTarget ; sh:select ... ]);
- constraints: sh:class, sh:datatype, sh:nodeKind, sh:pattern (with sh:flags), sh:in, sh:hasValue,
  sh:languageIn, sh:minCount, sh:maxCount, sh:or, sh:and, sh:not, sh:node, sh:property, and SHACL-SPARQL
  sh:sparql constraints;
- paths: a predicate, sh:inversePath, sequences (RDF lists) and sh:alternativePath.

pySHACL stays available as the reference engine (``anatomy_kg.validation.validate(engine="pyshacl")``); the
tests hold the two to the same results on every fixture.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, count

import pyoxigraph as ox

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# constraint parameters the compiler knows; anything else under sh: on a shape is refused
_KNOWN = {f"{SH}{name}" for name in (
    "targetClass targetNode targetSubjectsOf targetObjectsOf target class datatype nodeKind pattern flags in "
    "hasValue languageIn minCount maxCount or and not node property sparql path message name description "
    "severity deactivated order group declare prefixes select").split()}
_NODE_KINDS = {
    "IRI": "isIRI({x})", "BlankNode": "isBlank({x})", "Literal": "isLiteral({x})",
    "BlankNodeOrIRI": "!isLiteral({x})", "BlankNodeOrLiteral": "!isIRI({x})", "IRIOrLiteral": "!isBlank({x})",
}


class ShapeError(ValueError):
    """A shape that uses SHACL the compiler does not cover."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape, as a query. Rows: ?this, and where known ?value, ?path, message vars."""

    shape: str            # the node shape the result is reported against (the holder of a property shape)
    component: str        # the SHACL constraint component, e.g. sh:MinCountConstraintComponent
    path: str | None      # the property path, as SPARQL text, for property shapes
    message: str
    query: str
    node_level: bool = False  # the value reported is the focus node itself (SHACL's sh:value = focus)
    condition: str | None = None  # for a value constraint: the test a conforming node passes (on ?this for a
    #                               node-level constraint, on ?value for a property shape's)
    target: str | None = None  # for a SHACL-SPARQL constraint: the focus nodes' query, run first; their
    #                            IRIs are then pre-bound into ``query`` (VALUES ?this), as SHACL pre-binds $this


class TripleIndex:
    """Triples parsed by pyoxigraph, indexed by subject and predicate (IRI text)."""

    def __init__(self, triples):
        self.out: dict = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.out[t.subject][t.predicate.value].append(t.object)

    def values(self, node, predicate: str) -> list:
        return self.out.get(node, {}).get(predicate, [])

    def value(self, node, predicate: str):
        found = self.values(node, predicate)
        return found[0] if found else None

    def items(self, head) -> list:
        """The members of an RDF list."""
        out = []
        while head is not None and not (isinstance(head, ox.NamedNode) and head.value == RDF + "nil"):
            out.append(self.value(head, RDF + "first"))
            head = self.value(head, RDF + "rest")
        return out

    def subjects_of(self, predicate: str, obj=None) -> list:
        return [s for s, props in self.out.items()
                if predicate in props and (obj is None or obj in props[predicate])]


def term(node) -> str:
    """A pyoxigraph term as SPARQL text."""
    return str(node)


class Compiler:
    def __init__(self, shapes: TripleIndex):
        self.shapes = shapes
        self.fresh = count(1)

    # ------------------------------------------------------------ prefixes and SPARQL text
    def prefixes(self, node) -> str:
        """The PREFIX lines declared by the sh:prefixes of a SHACL-SPARQL node."""
        lines = []
        for owner in self.shapes.values(node, SH + "prefixes"):
            for decl in self.shapes.values(owner, SH + "declare"):
                prefix = self.shapes.value(decl, SH + "prefix").value
                namespace = self.shapes.value(decl, SH + "namespace").value
                lines.append(f"PREFIX {prefix}: <{namespace}>")
        return "\n".join(lines)

    def select(self, node) -> str:
        """A SHACL-SPARQL select, with $this as ?this and its prefixes split off (prologue, body)."""
        text = self.shapes.value(node, SH + "select").value
        return re.sub(r"\$(\w+)", r"?\1", text)

    # ------------------------------------------------------------ paths
    def path(self, node) -> str:
        if isinstance(node, ox.NamedNode):
            return term(node)
        inverse = self.shapes.value(node, SH + "inversePath")
        if inverse is not None:
            return f"^({self.path(inverse)})"
        alternatives = self.shapes.value(node, SH + "alternativePath")
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self.shapes.items(alternatives)) + ")"
        if self.shapes.value(node, RDF + "first") is not None:
            return "(" + "/".join(self.path(p) for p in self.shapes.items(node)) + ")"
        raise ShapeError(f"unsupported path {node}")

    # ------------------------------------------------------------ targets
    def target(self, shape) -> str | None:
        """A group pattern binding ?this to each focus node of ``shape``, or None for a shape with no target."""
        parts = []
        for cls in self.shapes.values(shape, SH + "targetClass"):
            parts.append(f"?this a/<{RDFS}subClassOf>* {term(cls)} .")
        for node in self.shapes.values(shape, SH + "targetNode"):
            parts.append(f"VALUES ?this {{ {term(node)} }}")
        for p in self.shapes.values(shape, SH + "targetSubjectsOf"):
            parts.append(f"?this {term(p)} ?_t .")
        for p in self.shapes.values(shape, SH + "targetObjectsOf"):
            parts.append(f"?_t {term(p)} ?this .")
        for target in self.shapes.values(shape, SH + "target"):
            parts.append("{ " + self.select(target) + " }")
        if not parts:
            return None
        union = " UNION ".join("{ " + p + " }" for p in parts)
        return "{ SELECT DISTINCT ?this WHERE { " + union + " } }"

    def target_prologue(self, shape) -> str:
        return "\n".join(self.prefixes(t) for t in self.shapes.values(shape, SH + "target"))

    # ------------------------------------------------------------ conformance of one node to a shape
    def conforms(self, shape, x: str) -> str:
        """A SPARQL expression that is true when the node in variable ``x`` conforms to ``shape``."""
        self._refuse_unknown(shape)
        parts = []
        path = self.shapes.value(shape, SH + "path")
        if path is not None:
            parts.extend(self._property_conditions(shape, x, self.path(path)))
        else:
            parts.extend(c for _, c in self._value_conditions(shape, x))
        for prop in self.shapes.values(shape, SH + "property"):
            parts.append(self.conforms(prop, x))
        if self.shapes.values(shape, SH + "sparql"):
            raise ShapeError("a SHACL-SPARQL constraint inside sh:or/sh:node is not supported")
        return "(" + " && ".join(parts) + ")" if parts else "true"

    # the constraint parameters that test one value node, in the order they are reported
    VALUE_KEYS = {"class": "Class", "datatype": "Datatype", "nodeKind": "NodeKind", "pattern": "Pattern",
                  "in": "In", "hasValue": "HasValue", "languageIn": "LanguageIn", "or": "Or", "and": "And",
                  "not": "Not", "node": "Node"}
    # sh:hasValue is not a test of each value but of the values together: it is checked on its own
    VALUE_KEYS_BUT_HAS_VALUE = {k: c for k, c in VALUE_KEYS.items() if k != "hasValue"}

    def _value_condition(self, shape, key: str, value, x: str) -> str:
        """The condition one constraint parameter of ``shape`` puts on the node in variable ``x``."""
        s = self.shapes
        if key == "class":
            return f"EXISTS {{ {x} a/<{RDFS}subClassOf>* {term(value)} }}"
        if key == "datatype":
            return f"(isLiteral({x}) && datatype({x}) = {term(value)})"
        if key == "nodeKind":
            return _NODE_KINDS[value.value[len(SH):]].format(x=x)
        if key == "pattern":
            flags = s.value(shape, SH + "flags")
            args = f", {term(flags)}" if flags is not None else ""
            return f"(!isBlank({x}) && REGEX(STR({x}), {term(value)}{args}))"
        if key == "in":
            return f"({x} IN ({', '.join(term(m) for m in s.items(value))}))"
        if key == "hasValue":
            return f"sameTerm({x}, {term(value)})"
        if key == "languageIn":
            tests = " || ".join(f"langMatches(lang({x}), {term(lang)})" for lang in s.items(value))
            return f"(isLiteral({x}) && ({tests}))"
        if key == "or":
            return "(" + " || ".join(self.conforms(m, x) for m in s.items(value)) + ")"
        if key == "and":
            return "(" + " && ".join(self.conforms(m, x) for m in s.items(value)) + ")"
        if key == "not":
            return f"!{self.conforms(value, x)}"
        return self.conforms(value, x)  # node

    def _value_conditions(self, shape, x: str, keys=VALUE_KEYS) -> list[tuple[str, str]]:
        """(component, condition) for each value constraint of ``shape`` on the node in ``x``."""
        return [(f"sh:{keys[key]}ConstraintComponent", self._value_condition(shape, key, value, x))
                for key in keys for value in self.shapes.values(shape, SH + key)]

    def _property_conditions(self, shape, x: str, path: str) -> list[str]:
        """Conditions on ``x`` through a property shape's path."""
        s = self.shapes
        out = []
        v, w = f"?v{next(self.fresh)}", f"?v{next(self.fresh)}"
        minimum = s.value(shape, SH + "minCount")
        if minimum is not None and int(minimum.value) > 0:
            # n different values (the zygomatic arch is formed by two or more bones)
            values = [v, *(f"?v{next(self.fresh)}" for _ in range(int(minimum.value) - 1))]
            different = " && ".join(f"{a} != {b}" for a, b in combinations(values, 2))
            out.append(f"EXISTS {{ {x} {path} {', '.join(values)} ."
                       + (f" FILTER ({different})" if different else "") + " }")
        maximum = s.value(shape, SH + "maxCount")
        if maximum is not None:
            n = int(maximum.value)
            if n == 0:
                out.append(f"NOT EXISTS {{ {x} {path} {v} }}")
            elif n == 1:
                out.append(f"NOT EXISTS {{ {x} {path} {v}, {w} . FILTER ({v} != {w}) }}")
            else:
                raise ShapeError("sh:maxCount above 1 inside sh:or/sh:node is not supported")
        value_conditions = [c for _, c in self._value_conditions(shape, v, self.VALUE_KEYS_BUT_HAS_VALUE)]
        if value_conditions:
            out.append(f"NOT EXISTS {{ {x} {path} {v} . FILTER (!({' && '.join(value_conditions)})) }}")
        # sh:hasValue asks that one of the values is the given one (so no value at all fails it)
        out.extend(f"EXISTS {{ {x} {path} {term(value)} }}" for value in s.values(shape, SH + "hasValue"))
        return out

    def _refuse_unknown(self, shape) -> None:
        unknown = [p for p in self.shapes.out.get(shape, {}) if p.startswith(SH) and p not in _KNOWN]
        if unknown:
            raise ShapeError(f"shape {shape} uses {', '.join(unknown)}, which the SPARQL compiler does not cover")

    # ------------------------------------------------------------ checks: one query per constraint
    def checks(self, shape, name: str) -> list[Check]:
        """The checks of a node shape ``shape`` reported as ``name``."""
        self._refuse_unknown(shape)
        target = self.target(shape)
        if target is None or self.shapes.value(shape, SH + "deactivated") is not None:
            return []
        prologue = self.target_prologue(shape)
        message = self._message(shape)
        out = []
        # node-level constraints: one result per focus node that fails, value = the focus node
        for component, condition in self._value_conditions(shape, "?this"):
            query = f"{prologue}\nSELECT DISTINCT ?this WHERE {{ {target} FILTER (!{condition}) }}"
            out.append(Check(name, component, None, message, query, node_level=True, condition=condition))
        for prop in self.shapes.values(shape, SH + "property"):
            out.extend(self._property_checks(prop, name, target, prologue))
        for sparql in self.shapes.values(shape, SH + "sparql"):
            out.append(self._sparql_check(sparql, name, target, prologue, message))
        return out

    def _property_checks(self, prop, name: str, target: str, prologue: str) -> list[Check]:
        self._refuse_unknown(prop)
        s = self.shapes
        path = self.path(s.value(prop, SH + "path"))
        message = self._message(prop)
        shape_name = prop.value if isinstance(prop, ox.NamedNode) else name  # a named property shape: its own
        head = f"{prologue}\nSELECT"
        out = []
        minimum = s.value(prop, SH + "minCount")
        if minimum is not None and int(minimum.value) > 0:
            n = int(minimum.value)
            if n == 1:
                query = f"{head} DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?_v }} }}"
            else:
                query = (f"{head} ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?_v }} }} "
                         f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {n})")
            out.append(Check(shape_name, "sh:MinCountConstraintComponent", path, message, query))
        maximum = s.value(prop, SH + "maxCount")
        if maximum is not None:
            n = int(maximum.value)
            query = (f"{head} ?this WHERE {{ {target} ?this {path} ?_v }} "
                     f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {n})")
            out.append(Check(shape_name, "sh:MaxCountConstraintComponent", path, message, query))
        # value constraints: one result per value node that fails (sh:hasValue: per focus node)
        for component, condition in self._value_conditions(prop, "?value", self.VALUE_KEYS_BUT_HAS_VALUE):
            query = f"{head} DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . FILTER (!{condition}) }}"
            out.append(Check(shape_name, component, path, message, query, condition=condition))
        for value in s.values(prop, SH + "hasValue"):
            query = f"{head} DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} {term(value)} }} }}"
            out.append(Check(shape_name, "sh:HasValueConstraintComponent", path, message, query))
        for nested in s.values(prop, SH + "property"):
            raise ShapeError(f"a property shape inside property shape {prop} ({nested}) is not supported")
        return out

    def _sparql_check(self, sparql, name: str, target: str, prologue: str, fallback: str) -> Check:
        inner = self.select(sparql)
        message = self._message(sparql) or fallback
        query = "\n".join(filter(None, [self.prefixes(sparql), inner]))
        return Check(name, "sh:SPARQLConstraintComponent", None, message, query,
                     target=f"{prologue}\nSELECT ?this WHERE {target}")

    def _message(self, shape) -> str:
        found = self.shapes.values(shape, SH + "message")
        english = [m for m in found if getattr(m, "language", None) in (None, "en")]
        return (english or found)[0].value if found else ""


def compile_shapes(triples) -> list[Check]:
    """Every check of every named node shape in the shapes graph given as pyoxigraph triples."""
    shapes = TripleIndex(triples)
    compiler = Compiler(shapes)
    node_shape = ox.NamedNode(SH + "NodeShape")
    out = []
    for shape in shapes.subjects_of(RDF + "type", node_shape):
        out.extend(compiler.checks(shape, shape.value))
    return out


THIS = ox.Variable("this")


def passes(store, check: Check, node) -> bool:
    """Whether ``node`` would pass the value constraint of ``check``."""
    variable = "this" if check.node_level else "value"
    # pyoxigraph substitutes only projected variables, so a one-row SELECT stands in for ASK
    query = f"SELECT ?{variable} WHERE {{ FILTER ({check.condition}) }}"
    return any(True for _ in store.query(query, substitutions={ox.Variable(variable): node}))


def run_checks(store, checks: list[Check]):
    """Yield (check, row, focus node) for every result row of every check: a SHACL-SPARQL constraint runs once per focus
    node of its target, with ?this substituted (blank-node statements included), as SHACL pre-binds $this."""
    for check in checks:
        if check.target is None:
            for row in store.query(check.query):
                yield check, row, row["this"]
            continue
        for focus in {row["this"] for row in store.query(check.target)}:
            for row in store.query(check.query, substitutions={THIS: focus}):
                yield check, row, focus
