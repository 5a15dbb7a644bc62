import ArgumentParser
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
}
