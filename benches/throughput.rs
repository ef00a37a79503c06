//! Throughput of `conflict_figures::quantities` on generated news text.
//!
//! Run with `cargo bench --bench throughput`; criterion reports MB/s for
//! 1 MB and 10 MB inputs. The text comes from `newsgen.rs` (also runnable:
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

/// Runs the extractor and keeps its result alive so it is not optimized away.
fn quantities_len(text: &str) -> usize {
    conflict_figures::quantities(text).len()
}

criterion_group!(benches, bench_quantities);
criterion_main!(benches);
