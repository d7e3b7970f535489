//! The engine's integration tests, one binary (as ripgrep's `tests/tests.rs`): each module tests
//! one side of the public API, the helpers they share live in `util`.
//!
//! - `capitals`: a capital as the city or as the government acting from it;
//! - `combat`: opposition told through fighting armed groups (operations, kills, attacks repelled);
//! - `clauses`: relative clauses and phrases set off by commas or dashes, words that only look
//!   like triggers;
//! - `cooperation`: who works with whom, between an event's real co-parties;
//! - `corpus`: whole articles written for these tests, with the facts the engine must find;
//! - `deployments`: forces one side sends abroad, with or without a named host;
//! - `drills`: what names a drill and what is only a role, a field of work or a kind;
//! - `envoys`: opposition told through diplomats and agents expelled, summoned or sent away;
//! - `event_dates`: when an event happened, from the words attached to it;
//! - `events`: what is an event and of which kind, and where forces go;
//! - `lookalikes`: words that look like a date, a drill's name, a place or a second name;
//! - `forms`: the forms a name takes (particles in persons' names, a body named with its owner);
//! - `meetings`: gatherings of sides (conferences, forums), not press conferences;
//! - `names`: names of persons and places as real typography writes them (ranks, particles, ships);
//! - `bodies`: names of services, ministries, staffs and groups, with their owners and acronyms;
//! - `regions`: first-level subdivisions and places that share a name with a country;
//! - `opposition`: who stands against whom, with the author and the target;
//! - `rivalry`: opposition told as fighting, tensions, clashes and disputes, or to a neighbour;
//! - `retellings`: one event told twice, with its narrower span and its own place;
//! - `roles`: who takes part in an event, who stands against whom, read from the clause;
//! - `stances`: opposition voiced about an event, by a voice that takes no part in it;
//! - `support`: who backs whom, and in which direction;
//! - `unreal`: events told but not held (offered, prevented, cancelled, a series);
//! - `titles`: offices before a name that make it a person's and say whose, bare titles too;
//! - `typography`: letters after a name, dashes and articles around a drill's name, adjectives in a body's;
//! - `affiliation`: nationalities handed out along lists of names;
//! - `properties`: any input, no panic, spans within the text, linear time (native only: proptest
//!   does not run under wasm).

mod affiliation;
mod bodies;
mod capitals;
mod clauses;
mod combat;
mod cooperation;
mod corpus;
mod deployments;
mod drills;
mod envoys;
mod event_dates;
mod events;
mod forms;
mod lookalikes;
mod meetings;
mod names;
mod opposition;
#[cfg(not(target_family = "wasm"))]
mod properties;
mod regions;
mod retellings;
mod rivalry;
mod roles;
mod stances;
mod support;
mod titles;
mod typography;
mod unreal;
mod util;
