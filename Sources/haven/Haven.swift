import ArgumentParser
import Foundation
import HavenCore

/// The `haven` command-line tool: a thin layer that parses arguments, calls HavenCore and prints.
@main
struct Haven: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "haven",
        abstract: "Haven: understand how you talk to each other, privately, on your own machine.",
        version: HavenVersion.current,
        subcommands: [
            Check.self,
            Classify.self,
            Eval.self,
            Assess.self,
            PlanCommand.self,
            Train.self,
            ImportCommand.self,
            Analyze.self,
            Bench.self,
            ScreenCommand.self,
            Serve.self,
            Migrate.self,
        ]
    )

    /// Runs the command, then makes sure what it printed reached standard output: a full disk
    /// or a closed file there is reported with exit status 1 instead of passing unnoticed.
    static func main() async {
        await main(nil)
        // fflush(nil) writes what every output stream still buffers; when standard output cannot
        // take it (a full disk, a closed file), it fails. (Swift 6 does not let this code read C's
        // `stdout` to ask its error flag, so a failure in an earlier automatic flush counts only
        // when the last one fails too, as it does on a full disk.)
        if fflush(nil) != 0 {
            printError(CLIError.writeFailed("standard output").description)
            Foundation.exit(1)
        }
    }
}
