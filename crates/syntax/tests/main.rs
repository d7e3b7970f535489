//! The syntax crate's integration tests, one binary:
//!
//! - `ud`: scores on the UD test splits read from `../shared/ud` (beside the repository), kept
//!   above floors; fails when the files are missing;
//! - `properties`: any input, no panic, one result per word (native only: proptest does not run
//!   under wasm).

#[cfg(not(target_family = "wasm"))]
mod properties;
#[cfg(not(target_family = "wasm"))]
mod ud;
