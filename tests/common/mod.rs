//! Shared set-up for snapshot tests: every snapshot lands in the
//! top-level `snapshots/` folder.

/// Runs `f` with insta's snapshot path set to `snapshots/`.
pub fn with_snapshots(f: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f);
}
