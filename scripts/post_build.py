#!/usr/bin/env python3
"""Trunk's post_build hook: writes the offline copy (offline.py, which reads trunk's inline loader)
and then makes index.html's scripts external for a strict CSP (csp.py)."""
import os
import sys

import csp
import offline

if __name__ == "__main__":
    dist = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    offline.main(dist)
    csp.main(dist)
