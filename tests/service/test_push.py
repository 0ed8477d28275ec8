"""kg push facing slow and broken servers, and credentials put where they do not belong."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import EndpointError
from kg.service.push import push

from helpers import MINI_ARGS
from nettools import http_reply, peer


def test_the_timeout_is_total_against_a_dripping_server() -> None:
    """A server that drips bytes kept a `--timeout 3` push alive for 39.5 s."""
    with peer(reply=http_reply("201 Created"), drip=0.2) as p:  # about 20 s for the whole answer
        with pytest.raises(EndpointError, match="timed out after 1.5 s"):
            push(b"<urn:a> <urn:b> <urn:c> .", p.url + "/gsp", timeout=1.5)


def test_the_probe_and_the_upload_share_one_deadline(monkeypatch) -> None:
    """With credentials, an auth probe precedes the upload; each got the whole --timeout."""
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw")
    with peer(reply=http_reply("201 Created"), delay=1.0) as p:  # each exchange alone fits in 1.5 s
        with pytest.raises(EndpointError, match="timed out after 1.5 s"):
            push(b"<urn:a> <urn:b> <urn:c> .", p.url + "/gsp", timeout=1.5, user="alice", password="pw")
    assert p.requests[0].startswith("HEAD /gsp")


def test_an_answer_that_is_not_http() -> None:
    """`kg push` to a port that does not speak HTTP died with BadStatusLine."""
    with peer(reply=b"SSH-2.0-OpenSSH_9.6\r\n") as p:
        result = CliRunner().invoke(main, [*MINI_ARGS, "push", "--endpoint", p.url + "/gsp"])
    assert result.exit_code == 1 and "not HTTP" in result.output and "Traceback" not in result.output


def test_credentials_in_the_url_are_refused(monkeypatch) -> None:
    """They gave a misleading 'Name or service not known'."""
    with peer() as p:
        url = p.url.replace("http://", "http://alice:s3cret@") + "/gsp"
        result = CliRunner().invoke(main, [*MINI_ARGS, "push", "--endpoint", url])
        with pytest.raises(EndpointError, match="credentials do not go in the URL"):
            push(b"", url)
    assert result.exit_code == 1
    assert "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD" in result.output and "s3cret" not in result.output
    assert p.requests == []
