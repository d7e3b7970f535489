//! What the page draws, computed without the DOM: text segments, the timeline, the network and
//! the exports. Components call these; these never call components.

pub mod dates;
pub mod export;
pub mod labels;
pub mod network;
pub mod segments;
pub mod timeline;
pub mod timeline_layout;
