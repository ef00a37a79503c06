//! A picture of one figure over time: one line per source, its bounds as a
//! band, drawn as SVG with [plotters](https://docs.rs/plotters).
//!
//! Claims are chosen with a [`Filter`] and grouped as [`compare`](crate::compare)
//! groups them (event, kind of subject, party, unit); the chart draws the
//! group with the most dated claims and names the others it left out.
//! Each source is a line through its figures by the day they were
//! reported, with a dot at each; the numbers each figure allows
//! ([`Bounds`]) are a pale band in the source's colour, reaching the top of
//! the chart for "at least" and the bottom for "up to". Where the bands of
//! all sources overlap, the sources agree.
//!
//! ```
//! use conflict_figures::chart::Chart;
//! use conflict_figures::ledger::Filter;
//! use conflict_figures::{extract, Document};
//!
//! let a = Document::new("a", "Strikes killed 45 people, the health ministry said.")
//!     .published("2025-03-02".parse().ok());
//! let b = Document::new("b", "Strikes killed at least 52 people, the health ministry said.")
//!     .published("2025-03-03".parse().ok());
//! let claims = extract(&a).into_iter().chain(extract(&b));
//! let chart = Chart::from_claims(claims, &Filter::default()).expect("a dated group");
//! assert_eq!(chart.title, "killed people");
//! assert_eq!(chart.series[0].points.len(), 2);
//! let svg = chart.svg()?;
//! assert!(svg.starts_with("<svg"));
//! # Ok::<(), conflict_figures::Error>(())
//! ```

use crate::claim::{Claim, Status};
use crate::compare::{number, Bounds};
use crate::error::Error;
use crate::ledger::{subject_kind, Filter};
use chrono::{Datelike, NaiveDate};
use plotters::prelude::*;
use std::collections::HashMap;

/// Chart size in pixels.
const SIZE: (u32, u32) = (900, 520);

/// Height of one legend row in pixels.
const LEGEND_ROW: u32 = 22;

/// Most sources named in the legend; the last row counts the rest.
const MAX_LEGEND_ROWS: u32 = 12;

/// Line colours, one per source in turn: the Okabe–Ito palette, which
/// people with colour blindness can tell apart.
const PALETTE: &[(u8, u8, u8)] = &[
    (0, 114, 178),
    (213, 94, 0),
    (0, 158, 115),
    (204, 121, 167),
    (230, 159, 0),
    (86, 180, 233),
    (0, 0, 0),
    (240, 228, 66),
];

/// One figure of a source, on the day it was reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The day it was reported.
    pub day: NaiveDate,
    /// The figure: its value, else its low bound, else its high bound.
    pub value: f64,
    /// The numbers it allows.
    pub bounds: Bounds,
    /// The figure as written.
    pub text: String,
}

/// One source's figures over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The source's name, or "own voice (DOCUMENT)".
    pub source: String,
    /// Its figures, by day (and ledger order within a day).
    pub points: Vec<Point>,
}

/// One figure group over time, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// What is counted: "killed people (Palestinians)".
    pub title: String,
    /// One series per source, by name.
    pub series: Vec<Series>,
    /// Claims of this group left out for having no date.
    pub undated: usize,
    /// The titles of other groups the filter let through, not drawn.
    pub others: Vec<String>,
}

/// The points of one group, by source, while claims are read.
#[derive(Debug, Default)]
struct Gathered {
    sources: HashMap<String, Vec<Point>>,
    points: usize,
    undated: usize,
}

impl Chart {
    /// The chart of the group with the most dated claims among those
    /// `filter` keeps, or `None` when no dated claim passes. Negated and
    /// hypothetical claims are left out.
    ///
    /// Every point of every group that passes the filter is kept until
    /// the end, so narrow the filter for large ledgers.
    pub fn from_claims(claims: impl IntoIterator<Item = Claim>, filter: &Filter) -> Option<Chart> {
        let mut groups: HashMap<String, Gathered> = HashMap::new();
        for claim in claims {
            if claim.status != Status::Stated || !filter.matches(&claim) {
                continue;
            }
            let group = groups.entry(title(&claim)).or_default();
            let (Some(day), Some(value)) = (
                claim.reported_on,
                claim
                    .quantity
                    .value
                    .or(claim.quantity.low)
                    .or(claim.quantity.high),
            ) else {
                group.undated += 1;
                continue;
            };
            let source = match &claim.source {
                Some(s) => s.name.clone(),
                None => format!("own voice ({})", claim.document),
            };
            group.points += 1;
            group.sources.entry(source).or_default().push(Point {
                day,
                value,
                bounds: Bounds::of(&claim.quantity),
                text: claim.text,
            });
        }
        let mut ranked: Vec<(String, Gathered)> = groups.into_iter().collect();
        ranked.sort_by(|(a, x), (b, y)| y.points.cmp(&x.points).then_with(|| a.cmp(b)));
        let mut ranked = ranked.into_iter();
        let (title, chosen) = ranked.next().filter(|(_, g)| g.points > 0)?;
        let mut series: Vec<Series> = chosen
            .sources
            .into_iter()
            .map(|(source, mut points)| {
                points.sort_by_key(|p| p.day);
                Series { source, points }
            })
            .collect();
        series.sort_by(|a, b| a.source.cmp(&b.source));
        Some(Chart {
            title,
            series,
            undated: chosen.undated,
            others: ranked.map(|(t, _)| t).collect(),
        })
    }

    /// The chart as an SVG document.
    ///
    /// # Errors
    ///
    /// [`Error::Chart`] when plotters cannot draw it.
    pub fn svg(&self) -> Result<String, Error> {
        let mut svg = String::new();
        draw(self, &mut svg).map_err(|e| Error::Chart(e.to_string()))?;
        Ok(svg)
    }
}

/// "killed people (Palestinians)": what a claim counts.
fn title(claim: &Claim) -> String {
    let mut t = format!("{} {}", claim.event.as_str(), subject_kind(&claim.subject));
    if let Some(p) = &claim.party {
        t.push_str(&format!(" ({p})"));
    }
    let unit = claim.quantity.unit.as_str();
    if unit != "count" {
        t.push_str(&format!(" in {unit}"));
    }
    t
}

/// A day as a number on the chart's x axis.
fn x(day: NaiveDate) -> f64 {
    f64::from(day.num_days_from_ce())
}

/// The day at `x`, for axis labels.
fn day_at(x: f64) -> Option<NaiveDate> {
    let n = x.round();
    if !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(n as i32)
}

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn draw(chart: &Chart, out: &mut String) -> DrawResult {
    let points = || chart.series.iter().flat_map(|s| &s.points);
    let first = points().map(|p| x(p.day)).fold(f64::INFINITY, f64::min);
    let last = points().map(|p| x(p.day)).fold(f64::NEG_INFINITY, f64::max);
    let highest = points()
        .flat_map(|p| [Some(p.value), p.bounds.low, p.bounds.high])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let (first, last) = if first.is_finite() && last.is_finite() {
        (first - 0.5, last + 0.5)
    } else {
        (0.0, 1.0)
    };
    let top = if highest > 0.0 { highest * 1.2 } else { 1.0 };
    let days = (last - first).round().max(1.0) as usize;

    // The legend goes below the plot, where no band can run under it.
    let rows = u32::try_from(chart.series.len())
        .unwrap_or(u32::MAX)
        .min(MAX_LEGEND_ROWS);
    let legend_height = LEGEND_ROW * rows + 12;
    let size = (SIZE.0, SIZE.1 + legend_height);
    let root = SVGBackend::with_string(out, size).into_drawing_area();
    root.fill(&WHITE)?;
    let (upper, legend) = root.split_vertically(SIZE.1);
    let mut plot = ChartBuilder::on(&upper)
        .caption(&chart.title, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(first..last, 0.0..top)?;
    plot.configure_mesh()
        .x_labels(days.min(10) + 1)
        .x_label_formatter(&|v| {
            day_at(*v).map_or(String::new(), |d| d.format("%Y-%m-%d").to_string())
        })
        .y_label_formatter(&|v| number(*v))
        .x_desc("reported on")
        .y_desc("figure")
        .light_line_style(WHITE.mix(0.0))
        .draw()?;

    let half = 0.06 * (last - first).max(1.0);
    // The sources with a dot at each day and figure.
    let mut at: HashMap<(NaiveDate, u64), Vec<usize>> = HashMap::new();
    for (i, series) in chart.series.iter().enumerate() {
        for p in &series.points {
            let sharing = at.entry((p.day, p.value.to_bits())).or_default();
            if sharing.last() != Some(&i) {
                sharing.push(i);
            }
        }
    }
    for (i, series) in chart.series.iter().enumerate() {
        let (r, g, b) = PALETTE.get(i % PALETTE.len()).copied().unwrap_or((0, 0, 0));
        let colour = RGBColor(r, g, b);
        let low = |p: &Point| p.bounds.low.unwrap_or(0.0).clamp(0.0, top);
        let high = |p: &Point| p.bounds.high.unwrap_or(top).clamp(0.0, top);
        // The band: each figure's bounds as a bar, joined from day to day.
        for p in &series.points {
            let at = x(p.day);
            plot.draw_series(std::iter::once(Rectangle::new(
                [(at - half / 4.0, low(p)), (at + half / 4.0, high(p))],
                colour.mix(0.18).filled(),
            )))?;
        }
        for pair in series.points.windows(2) {
            if let [a, b] = pair {
                let outline = vec![
                    (x(a.day), low(a)),
                    (x(a.day), high(a)),
                    (x(b.day), high(b)),
                    (x(b.day), low(b)),
                ];
                plot.draw_series(std::iter::once(Polygon::new(
                    outline,
                    colour.mix(0.12).filled(),
                )))?;
            }
        }
        let line: Vec<(f64, f64)> = series.points.iter().map(|p| (x(p.day), p.value)).collect();
        plot.draw_series(LineSeries::new(line, colour.stroke_width(2)))?;
        // A dot that a later source's dot would cover is drawn larger, as
        // a ring around it.
        let covered = |p: &Point| {
            let sharing = at.get(&(p.day, p.value.to_bits()));
            // Sorted: count those after `i` by bisection.
            sharing.map_or(0, |s| s.len() - s.partition_point(|&j| j <= i))
        };
        plot.draw_series(series.points.iter().map(|p| {
            let radius = 4 + 2 * i32::try_from(covered(p)).unwrap_or(0).min(4);
            Circle::new((x(p.day), p.value), radius, colour.filled())
        }))?;
        // Each figure as written, beside its dot.
        plot.draw_series(series.points.iter().map(|p| {
            Text::new(
                p.text.clone(),
                (x(p.day) + half / 3.0, p.value),
                ("sans-serif", 13).into_font().color(&colour),
            )
        }))?;
    }
    for (i, series) in chart
        .series
        .iter()
        .take(MAX_LEGEND_ROWS as usize)
        .enumerate()
    {
        let (r, g, b) = PALETTE.get(i % PALETTE.len()).copied().unwrap_or((0, 0, 0));
        let colour = RGBColor(r, g, b);
        let y = i32::try_from(LEGEND_ROW * i as u32).unwrap_or(0) + 10;
        legend.draw(&PathElement::new(
            vec![(90, y), (120, y)],
            colour.stroke_width(3),
        ))?;
        legend.draw(&Circle::new((105, y), 4, colour.filled()))?;
        let name =
            if i + 1 == MAX_LEGEND_ROWS as usize && chart.series.len() > MAX_LEGEND_ROWS as usize {
                format!("{} and {} more", series.source, chart.series.len() - i - 1)
            } else {
                series.source.clone()
            };
        legend.draw(&Text::new(
            name,
            (130, y - 7),
            ("sans-serif", 14).into_font(),
        ))?;
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_on_the_axis_round_trip() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 2).unwrap();
        assert_eq!(day_at(x(d)), Some(d));
        assert_eq!(day_at(x(d) + 0.4), Some(d));
        assert_eq!(day_at(f64::NAN), None);
        assert_eq!(day_at(1e300), None);
    }

    #[test]
    fn an_empty_chart_still_draws() {
        let chart = Chart {
            title: "killed people".into(),
            series: Vec::new(),
            undated: 0,
            others: Vec::new(),
        };
        assert!(chart.svg().is_ok_and(|s| s.contains("killed people")));
    }
}
