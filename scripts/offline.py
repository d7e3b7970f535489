#!/usr/bin/env python3
"""Writes trame-offline.html: the whole app (JS, wasm, CSS) in one self-contained HTML file that
works from a local disk or USB stick with no network at all.

usage: offline.py [DIST_DIR]   (default: $TRUNK_STAGING_DIR, as a trunk post_build hook, else dist)

The wasm module is inlined as base64 in a data block (a <script> of a non-JavaScript type, never
run) and wasm-bindgen's JS module is inlined in the one module script, its exports made local.
The copy's Content-Security-Policy allows that script and the style sheet by their SHA-256 hashes
only: no 'unsafe-inline', no blob: scripts, no network (connect-src 'none'), no worker. Analysis
runs on the page's thread, one document per task (the worker needs its own files). The script
keeps the copy's own markup before the app starts, so "Download Trame" in the copy saves itself.
"""
import base64
import hashlib
import os
import re
import sys


def local_module(js):
    """wasm-bindgen's ES module as the body of an inline script: `export` dropped from its
    declarations, its export list removed. Fails on anything else it cannot inline safely."""
    js = re.sub(r"^export (?=(class|function|const|let|var|async function) )", "", js, flags=re.M)
    js = re.sub(r"^export \{[^}]*\};?\s*$", "", js, flags=re.M)
    if re.search(r"^\s*(export|import)\b", js, flags=re.M):
        raise SystemExit("offline.py: wasm-bindgen's module has an import or export it cannot inline")
    # '</script' would end the element, '<!--' would change how it is parsed
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    if "<!--" in js:
        raise SystemExit("offline.py: '<!--' in wasm-bindgen's module")
    return js


def sha256(text):
    """A CSP source for inline `text`."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def main(dist=None):
    dist = dist or (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist"))
    with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
        index = f.read()
    js_name = re.search(r"""from '\./(trame-web-[0-9a-f]+\.js)'""", index).group(1)
    wasm_name = re.search(r"""module_or_path: '\./(trame-web-[0-9a-f]+_bg\.wasm)'""", index).group(1)
    css_names = re.findall(r'href="\./(main-[0-9a-f]+\.css)"', index)
    with open(os.path.join(dist, js_name), encoding="utf-8") as f:
        js = local_module(f.read())
    with open(os.path.join(dist, wasm_name), "rb") as f:
        wasm = base64.b64encode(f.read()).decode("ascii")
    css = ""
    for name in css_names:
        with open(os.path.join(dist, name), encoding="utf-8") as f:
            css += f.read()
    if "</style" in css.lower():
        raise SystemExit("offline.py: '</style' in the style sheet")
    script = f"""
// the copy's own markup, taken before the app changes the page: "Download Trame" saves it
window.trameSelf = "<!DOCTYPE html>\\n" + document.documentElement.outerHTML;
{js}
{{
  const base64 = document.getElementById("trame-wasm").textContent.trim();
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  await __wbg_init({{ module_or_path: bytes }});
}}
"""
    policy = "; ".join([
        "default-src 'none'",
        f"script-src {sha256(script)} 'wasm-unsafe-eval'",
        f"style-src {sha256(css)}",
        "style-src-attr 'unsafe-inline'",
        "img-src data: blob:",
        "connect-src 'none'",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="{policy}" />
<title>Trame (copie hors ligne)</title>
<style>{css}</style>
</head>
<body>
<noscript>Trame a besoin de JavaScript et de WebAssembly. / Trame needs JavaScript and WebAssembly.</noscript>
<script type="application/octet-stream" id="trame-wasm">{wasm}</script>
<script type="module">{script}</script>
</body>
</html>
"""
    out = os.path.join(dist, "trame-offline.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"offline copy: {out} ({len(html) // 1024} KB)")


if __name__ == "__main__":
    main()
