//! Throughput of `conflict_figures::quantities` and `extract` on generated
//! news text.
//!
//! Run with `cargo bench --bench throughput`; criterion reports MB/s for
//! 1 MB and 10 MB inputs: `quantities` over one text, `extract` over a
//! corpus of reports of 2–14 KB each, one core. The text comes from `newsgen.rs` (also runnable:
//! `cargo run --release --example newsgen -- 100 > news.txt`).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

#[path = "newsgen.rs"]
mod newsgen;

const SEED: u64 = 42;

fn bench_quantities(c: &mut Criterion) {
    let mut group = c.benchmark_group("quantities");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
    for mb in [1usize, 10] {
        let text = newsgen::generate(mb * 1_000_000, SEED);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("news", format!("{mb}MB")),
            &text,
            |b, text| b.iter(|| quantities_len(black_box(text))),
        );
    }
    group.finish();
}

fn bench_extract(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(10));
    for mb in [1usize, 10] {
        let docs = corpus(mb * 1_000_000);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new("reports", format!("{mb}MB")),
            &docs,
            |b, docs| {
                b.iter(|| {
                    docs.iter()
                        .map(|d| conflict_figures::extract(black_box(d)).len())
                        .sum::<usize>()
                })
            },
        );
    }
    group.finish();
}

/// Reports of 2–14 KB, about `bytes` in all, as `newsgen --corpus` writes
/// them.
fn corpus(bytes: usize) -> Vec<conflict_figures::Document> {
    let mut docs = Vec::new();
    let (mut total, mut n) = (0, 0u64);
    while total < bytes {
        let size = 2_000 + ((n * 7_919) % 12_000) as usize;
        let text = newsgen::generate(size, SEED.wrapping_add(n));
        total += text.len();
        docs.push(
            conflict_figures::Document::new(format!("gen-{n}"), text)
                .published("2025-02-14".parse().ok()),
        );
        n += 1;
    }
    docs
}

/// Runs the extractor and keeps its result alive so it is not optimized away.
fn quantities_len(text: &str) -> usize {
    conflict_figures::quantities(text).len()
}

criterion_group!(benches, bench_quantities, bench_extract);
criterion_main!(benches);
