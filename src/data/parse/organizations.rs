//! `data/organizations.json`: organizations, their names over time and their members.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{DateReader, Document, Item, Items, raw_texts, top_items};
use crate::data::model::{
    City, FormerName, JoinedBasis, MemberCount, MemberStatus, Membership, Organization, Source,
    Suspension,
};
use crate::problem::Problems;

#[derive(Deserialize)]
struct RawFormerName {
    name: String,
    short_name: String,
    until: String,
}

#[derive(Deserialize)]
struct RawSuspension {
    from: String,
    until: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct RawMember {
    country: String,
    joined: String,
    left: Option<String>,
    #[serde(default)]
    joined_basis: JoinedBasis,
    #[serde(default)]
    status: MemberStatus,
    #[serde(default)]
    suspensions: Vec<RawSuspension>,
    note: Option<String>,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Deserialize)]
struct RawMemberCount {
    year: i32,
    count: u32,
    source: Source,
}

#[derive(Deserialize)]
struct RawOrganization<'a> {
    id: String,
    name: String,
    short_name: String,
    #[serde(default)]
    former_names: Vec<RawFormerName>,
    kind: String,
    founded: String,
    in_force: Option<String>,
    dissolved: Option<String>,
    succeeded_by: Option<String>,
    founded_city: Option<City>,
    founding_event: Option<String>,
    #[serde(default)]
    color: String,
    #[serde(default)]
    tags: Vec<String>,
    /// Read one by one, so a bad row leaves out that row only.
    #[serde(default, borrow)]
    members: Vec<&'a RawValue>,
    #[serde(default)]
    member_counts: Vec<RawMemberCount>,
    #[serde(default)]
    sources: Vec<Source>,
    note: Option<String>,
}

/// Colours for organizations whose file gives none: Okabe–Ito, then further distinct hues.
const FALLBACK_COLORS: [[u8; 3]; 12] = [
    [0xE6, 0x9F, 0x00],
    [0x56, 0xB4, 0xE9],
    [0x00, 0x9E, 0x73],
    [0xF0, 0xE4, 0x42],
    [0x00, 0x72, 0xB2],
    [0xD5, 0x5E, 0x00],
    [0xCC, 0x79, 0xA7],
    [0x88, 0x22, 0x55],
    [0x44, 0xAA, 0x99],
    [0x99, 0x99, 0x33],
    [0x33, 0x22, 0x88],
    [0x66, 0x66, 0x66],
];

fn parse_hex_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// The organizations, and every item's id with its index as written (duplicates included).
pub(in crate::data) fn organizations(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> (Vec<Organization>, Vec<(usize, String)>) {
    let document = Document::new(file, text);
    let mut organizations = Vec::new();
    let mut ids = Vec::new();
    let items = Items {
        array: "organizations",
        id_field: Some("id"),
    };
    let values = top_items(&document, "organizations", problems);
    items.each(
        &document,
        &values,
        problems,
        |item: Item<RawOrganization>, problems| {
            let (raw, path) = (item.record, item.path);
            ids.push((item.index, raw.id.clone()));
            let mut dates = DateReader::new(file, &path);
            let founded = dates.required("founded", &raw.founded, problems);
            let in_force = dates.optional("in_force", raw.in_force.as_deref(), problems);
            let dissolved = dates.optional("dissolved", raw.dissolved.as_deref(), problems);
            let former_names = raw
                .former_names
                .iter()
                .enumerate()
                .map(|(i, f)| FormerName {
                    name: f.name.clone(),
                    short_name: f.short_name.clone(),
                    until: dates.required(&format!("former_names[{i}].until"), &f.until, problems),
                })
                .collect();
            if !dates.ok {
                return;
            }
            let color = if raw.color.is_empty() {
                FALLBACK_COLORS[organizations.len() % FALLBACK_COLORS.len()]
            } else if let Some(color) = parse_hex_color(&raw.color) {
                color
            } else {
                problems.push(
                    file,
                    format!("{path}.color"),
                    format!("\"{}\" is not a colour of the form #rrggbb", raw.color),
                );
                FALLBACK_COLORS[organizations.len() % FALLBACK_COLORS.len()]
            };
            let members_path = format!("{path}.members");
            let members_items = Items {
                array: &members_path,
                id_field: None,
            };
            let mut members = Vec::new();
            let member_texts = raw_texts(&raw.members);
            members_items.each(&document, &member_texts, problems, |member, problems| {
                members.extend(membership(member.record, file, &member.path, problems));
            });
            organizations.push(Organization {
                id: raw.id,
                name: raw.name,
                short_name: raw.short_name,
                former_names,
                kind: raw.kind,
                founded,
                in_force,
                dissolved,
                succeeded_by: raw.succeeded_by,
                founded_city: raw.founded_city,
                founding_event: raw.founding_event,
                color,
                tags: raw.tags,
                members,
                member_counts: raw
                    .member_counts
                    .into_iter()
                    .map(|c| MemberCount {
                        year: c.year,
                        count: c.count,
                        source: c.source,
                    })
                    .collect(),
                sources: raw.sources,
                note: raw.note,
            });
        },
    );
    document.report_syntax_outside_items(problems);
    (organizations, ids)
}

/// One membership span, once its dates are read.
fn membership(
    raw: RawMember,
    file: &str,
    path: &str,
    problems: &mut Problems,
) -> Option<Membership> {
    let path = format!("{path} (country \"{}\")", raw.country);
    let mut dates = DateReader::new(file, &path);
    let joined = dates.required("joined", &raw.joined, problems);
    let left = dates.optional("left", raw.left.as_deref(), problems);
    let suspensions = raw
        .suspensions
        .iter()
        .enumerate()
        .map(|(i, s)| Suspension {
            from: dates.required(&format!("suspensions[{i}].from"), &s.from, problems),
            until: dates.optional(
                &format!("suspensions[{i}].until"),
                s.until.as_deref(),
                problems,
            ),
            note: s.note.clone(),
        })
        .collect();
    dates.ok.then_some(Membership {
        country: raw.country,
        joined,
        left,
        status: raw.status,
        suspensions,
        joined_basis: raw.joined_basis,
        note: raw.note,
        sources: raw.sources,
    })
}
