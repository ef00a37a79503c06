//! `conflict-figures`: the command-line tool. A thin layer over the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
