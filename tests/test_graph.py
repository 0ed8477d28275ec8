"""kg.load and `kg --graph` on RDF files: a JSON-LD file may not make this machine fetch its @context."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import RemoteAccessError

from nettools import http_reply, peer

CONTEXT = json.dumps({"@context": {"p": "urn:p"}}).encode()


def _doc(tmp_path, context) -> str:
    path = tmp_path / "x.jsonld"
    path.write_text(json.dumps({"@context": context, "@id": "urn:a", "p": "x"}), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("shape", ["string", "list", "import"])
def test_a_remote_context_is_refused_and_never_fetched(tmp_path, shape: str, monkeypatch) -> None:
    """`kg --graph x.jsonld` fetched the file's remote @context (rdflib's JSON-LD parser does)."""
    monkeypatch.delenv("KG_ALLOW_REMOTE_CONTEXT", raising=False)
    with peer(reply=http_reply(body=CONTEXT, ctype="application/ld+json")) as p:
        url = p.url + "/ctx.jsonld"
        context = {"string": url, "list": [url, {"q": "urn:q"}], "import": {"@import": url}}[shape]
        path = _doc(tmp_path, context)
        with pytest.raises(RemoteAccessError, match="would be downloaded; put the context inline"):
            kg.load(path)
        result = CliRunner().invoke(main, ["--graph", path, "stats"])
    assert result.exit_code == 1 and "KG_ALLOW_REMOTE_CONTEXT=1" in result.output
    assert p.requests == []


def test_an_inline_context_is_read(tmp_path) -> None:
    assert len(kg.load(_doc(tmp_path, {"p": "urn:p"})).store) == 1


def test_the_user_may_allow_the_download(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KG_ALLOW_REMOTE_CONTEXT", "1")
    with peer(reply=http_reply(body=CONTEXT, ctype="application/ld+json")) as p:
        g = kg.load(_doc(tmp_path, p.url + "/ctx.jsonld"))
    assert len(g.store) == 1 and p.requests == ["GET /ctx.jsonld HTTP/1.1"]
