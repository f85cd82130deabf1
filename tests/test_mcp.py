"""`anatomy-kg mcp`: the real server, started as a user's assistant starts it (the installed command over
stdio), driven by the official MCP SDK's own client. Every tool is called, with the refusals a model must be
able to tell apart: an update, an unknown term, a query past the time limit."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

TRANSCRIPT = Path(__file__).resolve().parent / "data" / "mcp-session.txt"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def session(cli_path: str, tmp_path: Path, work, *args: str):
    """Start `anatomy-kg mcp ARGS` from a folder outside the checkout and run ``work(client)`` against it."""
    params = StdioServerParameters(command=cli_path, args=["mcp", *args], cwd=str(tmp_path))

    async def main():
        with anyio.fail_after(120), open(tmp_path / "server-stderr.txt", "w") as errors:
            async with stdio_client(params, errlog=errors) as (read, write):
                async with ClientSession(read, write) as client:
                    await client.initialize()
                    return await work(client)

    return anyio.run(main)


def _text(result) -> str:
    return result.content[0].text


def _refusal(result) -> dict:
    assert result.is_error
    return json.loads(_text(result)[_text(result).index("{"):])


def test_every_tool_answers_with_sources_and_refuses_precisely(cli_path, tmp_path):
    async def work(client):
        tools = {t.name: t for t in (await client.list_tools()).tools}
        out = {"tools": tools}
        calls = {
            "ask": {"question": "which L5-innervated muscles abduct the hip"},
            "muscle": {"name": "gluteus medius", "aspect": "roots"},
            "nerve": {"name": "superior gluteal nerve"},
            "root": {"segment": "C5"},
            "find_muscles": {"nerve": "femoral nerve", "joint": "knee"},
            "localise": {"weak": ["hip abduction", "ankle dorsiflexion", "great toe extension"],
                         "spared": ["knee extension"]},
            "sparql": {"query": "SELECT ?label WHERE { <https://w3id.org/anatomy-kg/muscle/gluteus-medius> "
                                "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"},
            "translate": {"names": ["glmed1_r"], "to": "anatomy-kg"},
        }
        for name, arguments in calls.items():
            out[name] = await client.call_tool(name, arguments)
        out["unknown"] = await client.call_tool("ask", {"question": "what does the gluteus medus do"})
        out["update"] = await client.call_tool("sparql", {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
        out["after"] = await client.call_tool("sparql", {"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
        out["cranial"] = await client.call_tool("nerve", {"name": "CN XI"})
        return out

    out = session(cli_path, tmp_path, work)
    assert set(out["tools"]) == {"ask", "muscle", "nerve", "root", "find_muscles", "localise", "sparql", "translate"}
    for tool in out["tools"].values():
        assert len(tool.description) > 80 and tool.input_schema["type"] == "object"
    assert out["tools"]["muscle"].input_schema["properties"]["aspect"]  # the aspects as an enumeration
    for name in ("ask", "muscle", "nerve", "root", "find_muscles", "localise", "sparql", "translate"):
        assert not out[name].is_error, (name, _text(out[name]))

    asked = out["ask"].structured_content
    assert asked["family"] == "muscles"
    assert {"gluteus medius", "gluteus minimus", "tensor fasciae latae"} <= {r["label"] for r in asked["results"]}
    assert any("(Moore 8e" in c or "Moore 8e)" in c for c in asked["citations"])
    roots = out["muscle"].structured_content["citations"]
    # the disagreement kept, each value with its sources
    assert "gluteus medius: segmental innervation L4 (Gray's 42e; Kendall 5e)" in roots
    assert "gluteus medius: segmental innervation L5 (Gray's 42e; Kendall 5e; Moore 8e)" in roots
    nerve = out["nerve"].structured_content
    assert {r["label"] for r in nerve["supplies"]} == {"gluteus medius", "gluteus minimus", "tensor fasciae latae"}
    assert "gluteus minimus: innervated by superior gluteal nerve (Gray's 42e; Kendall 5e; Moore 8e)" in \
        nerve["citations"]
    assert "superior gluteal nerve: root value L5 (Gray's 42e; Moore 8e)" in nerve["citations"]
    assert "deltoid" in {r["label"] for r in out["root"].structured_content["muscles"]}
    assert {r["label"] for r in out["find_muscles"].structured_content["muscles"]} >= {
        "rectus femoris", "vastus lateralis", "vastus medialis", "vastus intermedius"}
    localised = out["localise"].structured_content
    assert localised["results"][0]["label"] == "L5 root" and "not a diagnostic tool" in localised["disclaimer"]
    rows = out["sparql"].structured_content["result"]["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["gluteus medius"]
    assert out["translate"].structured_content["translations"][0]["entity"] == "gluteus medius"

    unknown = _refusal(out["unknown"])
    assert unknown["refused"] == "unknown term" and "gluteus medius" in unknown["suggestions"]
    assert _refusal(out["update"]) == {"refused": "update",
                                       "reason": "the graph is read-only: SPARQL Update is refused"}
    assert out["after"].structured_content["result"]["boolean"] is False   # nothing was written
    cranial = out["cranial"].structured_content
    assert cranial["roots"] == [] and [n["label"] for n in cranial["nuclei"]] == ["spinal accessory nucleus"]
    assert "trapezius" in {r["label"] for r in cranial["supplies"]}


def test_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(cli_path, tmp_path):
    async def work(client):
        slow = await client.call_tool("sparql", {"query": SLOW})
        quick = await client.call_tool("sparql", {"query": "ASK { ?s ?p ?o }"})
        return slow, quick

    slow, quick = session(cli_path, tmp_path, work, "--query-timeout", "1")
    refused = _refusal(slow)
    assert refused["refused"] == "query" and refused["status"] == 503 and "time limit of 1 s" in refused["reason"]
    assert quick.structured_content["result"]["boolean"] is True


def test_resources_and_the_prompt(cli_path, tmp_path):
    async def work(client):
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
        listed = [str(r.uri) for r in (await client.list_resources()).resources]
        entity = await client.read_resource("anatomy-kg://entity/muscle/gluteus-medius")
        dataset = await client.read_resource("anatomy-kg://dataset")
        mappings = await client.read_resource("anatomy-kg://mappings/ontologies")
        prompt = await client.get_prompt("cite-every-fact")
        return templates, listed, entity, dataset, mappings, prompt

    templates, listed, entity, dataset, mappings, prompt = session(cli_path, tmp_path, work)
    assert set(templates) == {"anatomy-kg://entity/{kind}/{name}", "anatomy-kg://mappings/{mapping_set}"}
    assert listed == ["anatomy-kg://dataset"]
    assert "superior-gluteal" in entity.contents[0].text and "UBERON_0001371" in entity.contents[0].text
    assert "void:" in dataset.contents[0].text or "rdfs.org/ns/void" in dataset.contents[0].text
    assert "UBERON:0001371" in mappings.contents[0].text   # gluteus medius, a checked mapping
    assert "Cite every fact" in prompt.messages[0].content.text


def test_the_readme_transcript_is_what_the_client_sees(cli_path, tmp_path):
    """The README's session transcript (tests/data/mcp-session.txt) is this client's session, regenerated with
    ANATOMY_KG_WRITE_TRANSCRIPT=1."""
    question = "what does the superior gluteal nerve supply"

    async def work(client):
        result = await client.call_tool("ask", {"question": question})
        return result.structured_content

    answer = session(cli_path, tmp_path, work)
    lines = [f"> call_tool ask {{\"question\": \"{question}\"}}", f"family: {answer['family']}"]
    lines += [f"- {c}" for c in answer["citations"]]
    text = "\n".join(lines) + "\n"
    if os.environ.get("ANATOMY_KG_WRITE_TRANSCRIPT") == "1":
        TRANSCRIPT.write_text(text, encoding="utf-8")
    assert TRANSCRIPT.read_text(encoding="utf-8") == text
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert text in readme


def test_a_missing_extra_is_named(monkeypatch):
    from anatomy_kg.mcp_server import build_server
    from anatomy_kg.resources import MissingExtra

    monkeypatch.setitem(sys.modules, "mcp", None)   # as if the mcp package were not installed
    with pytest.raises(MissingExtra, match=r"pip install 'anatomy-kg\[mcp\]'"):
        build_server()


def test_streamable_http_on_127_0_0_1(cli_path, tmp_path):
    """`--http`: the same tools over streamable HTTP, listening on 127.0.0.1 only, stopped after the test."""
    import socket
    import subprocess
    import time

    from mcp.client.streamable_http import streamable_http_client

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([cli_path, "mcp", "--http", "--port", str(port)], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as attempt:
                if attempt.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)

        async def main():
            with anyio.fail_after(60):
                async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write):
                    async with ClientSession(read, write) as client:
                        await client.initialize()
                        return await client.call_tool("nerve", {"name": "phrenic nerve"})

        result = anyio.run(main)
        assert [r["label"] for r in result.structured_content["roots"]] == ["C3", "C4", "C5"]
        # the sockets listening on the port (state 0A in /proc/net/tcp*): 127.0.0.1 only, never 0.0.0.0 or ::
        listening = [line.split()[1].split(":")[0] for table in ("/proc/net/tcp", "/proc/net/tcp6")
                     for line in Path(table).read_text().splitlines()[1:]
                     if line.split()[1].endswith(f":{port:04X}") and line.split()[3] == "0A"]
        assert listening == ["0100007F"]
    finally:
        process.terminate()
        process.wait(timeout=30)
