#!/usr/bin/env python3
"""Writes trame-offline.html: the whole app (JS, wasm, CSS) in one self-contained HTML file that
works from a local disk or USB stick with no network at all.

usage: offline.py [DIST_DIR]   (default: $TRUNK_STAGING_DIR, as a trunk post_build hook, else dist)

The wasm module is inlined as base64 and the wasm-bindgen JS module is loaded from a blob: URL.
Analysis then runs on the page's thread, one document per task (the worker needs its own files).
"""
import base64
import json
import os
import re
import sys


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
        index = f.read()
    js_name = re.search(r"""from '\./(trame-web-[0-9a-f]+\.js)'""", index).group(1)
    wasm_name = re.search(r"""module_or_path: '\./(trame-web-[0-9a-f]+_bg\.wasm)'""", index).group(1)
    css_names = re.findall(r'href="\./(main-[0-9a-f]+\.css)"', index)
    with open(os.path.join(dist, js_name), encoding="utf-8") as f:
        js = f.read()
    with open(os.path.join(dist, wasm_name), "rb") as f:
        wasm = base64.b64encode(f.read()).decode("ascii")
    css = ""
    for name in css_names:
        with open(os.path.join(dist, name), encoding="utf-8") as f:
            css += f.read()
    # a </script> inside the inlined code would end the script element
    js_literal = json.dumps(js).replace("</", "<\\/")
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'; object-src 'none'" />
<title>Trame (copie hors ligne)</title>
<style>{css}</style>
</head>
<body>
<noscript>Trame a besoin de JavaScript et de WebAssembly. / Trame needs JavaScript and WebAssembly.</noscript>
<script type="module">
// the copy's own markup, taken before the app changes the page: "Download Trame" saves it
window.trameSelf = "<!DOCTYPE html>\\n" + document.documentElement.outerHTML;
const js = {js_literal};
const wasm = "{wasm}";
const bytes = Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0));
const url = URL.createObjectURL(new Blob([js], {{ type: "text/javascript" }}));
const bindings = await import(url);
await bindings.default({{ module_or_path: bytes }});
window.wasmBindings = bindings;
</script>
</body>
</html>
"""
    out = os.path.join(dist, "trame-offline.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"offline copy: {out} ({len(html) // 1024} KB)")


if __name__ == "__main__":
    main()
