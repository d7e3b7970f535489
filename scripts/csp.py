#!/usr/bin/env python3
"""Keeps the built site's Content-Security-Policy strict: every inline <script> trunk wrote into
index.html (its wasm loader, and the live-reload script of `trunk serve`) moves into a file of its
own, so that index.html's policy can say script-src 'self' with no 'unsafe-inline'.

usage: csp.py [DIST_DIR]   (default: $TRUNK_STAGING_DIR, as a trunk post_build hook, else dist)

The build fails if index.html's policy allows inline scripts, or lacks object-src, base-uri or
form-action 'none'.
"""
import base64
import hashlib
import os
import re
import sys

INLINE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
REQUIRED = ("object-src 'none'", "base-uri 'none'", "form-action 'none'")


def policy(html):
    """The policy of the page's CSP <meta>, or None."""
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    return m.group(1) if m else None


def check(html, where):
    """Raises when the policy of `html` is not strict."""
    p = policy(html)
    if p is None:
        raise SystemExit(f"{where}: no Content-Security-Policy")
    scripts = next((d for d in p.split(";") if d.strip().startswith("script-src")), "")
    for bad in ("'unsafe-inline'", "'unsafe-eval'", "blob:", "data:", "*"):
        if bad in scripts.split():
            raise SystemExit(f"{where}: script-src allows {bad}")
    for need in REQUIRED:
        if need not in p:
            raise SystemExit(f"{where}: the policy lacks {need}")


def externalise(html, dist):
    """Moves each inline script of `html` into `start-<hash>.js` in `dist`; returns the new html."""

    def move(m):
        attrs, body = m.group("attrs"), m.group("body")
        if "src=" in attrs or not body.strip():
            return m.group(0)
        data = body.encode("utf-8")
        name = f"start-{hashlib.sha256(data).hexdigest()[:16]}.js"
        with open(os.path.join(dist, name), "wb") as f:
            f.write(data)
        sri = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")
        return f'<script{attrs} src="./{name}" integrity="{sri}"></script>'

    return INLINE.sub(move, html)


def main(dist=None):
    dist = dist or (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist"))
    path = os.path.join(dist, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = externalise(html, dist)
    check(html, path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
