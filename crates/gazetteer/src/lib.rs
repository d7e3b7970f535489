//! Trame's compiled gazetteers and lexicons, embedded as text tables.
//!
//! The files in `data/` are written by `generate.py` from registry packages (see `data/SOURCES.md`)
//! and by hand-curated files in `source/`. The engine parses them once.
