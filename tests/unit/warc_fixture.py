"""Write small WARC files for the batch and CLI tests (needs warcio)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def page(title: str) -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>"
        "<p>The council voted on Tuesday to close three branch libraries, officials said.</p>"
        "<p>“This is a sad day for the city,” said Mayor Ann Lee after the vote.</p>"
        "</article></body></html>"
    ).encode()


def write_warc(path: Path, crawl: int) -> str:
    """Two HTML responses (a, b), plus a request, an image and a redirect that are skipped."""
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped,unused-ignore]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped,unused-ignore]

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for name in ("a", "b"):
            url = f"https://example.com/{crawl}/{name}"
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            )
            writer.write_record(request)
            body = page(f"Page {name} of crawl {crawl}")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://example.com/{crawl}/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(100)),
                http_headers=image,
            )
        )
        moved = StatusAndHeaders(
            "301 Moved", [("Location", "https://example.com/")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://example.com/{crawl}/old",
                "response",
                payload=io.BytesIO(b""),
                http_headers=moved,
            )
        )
    return str(path)
