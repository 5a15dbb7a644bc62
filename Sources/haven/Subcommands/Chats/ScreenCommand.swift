import ArgumentParser
import Foundation
import HavenCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `haven screen`: checks text for signs of danger and shows where to find support.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Check text for signs that someone may be in danger, and show where to find support.",
        discussion: """
            Looks for signs of self-harm, violence and coercive control. Everything runs on this \
            machine; nothing is sent anywhere. Support resources follow --locale, else LC_ALL, \
            LC_MESSAGES or LANG; a file at $HAVEN_SUPPORT_RESOURCES or \
            ~/.config/haven/support-resources.json adds to or replaces Haven's defaults.
            """
    )

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    @Option(help: "Locale for the support resources (en_GB, fr_FR) or a region code in capitals (US, UK, EU, CA, AU, IN, INTL).")
    var locale: String?

    @Option(help: ArgumentHelp("A support-resources JSON file to apply on top of Haven's defaults.", valueName: "file"))
    var resources: String?

    @Argument(help: "The text to screen. Read from standard input when omitted.")
    var text: String?

    func validate() throws {
        if text == nil, isatty(0) != 0 {
            throw ValidationError("Give the text to screen as an argument, or pipe it on standard input.")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let support: SupportResources
        do {
            support = try loadSupport(environment: environment)
        } catch {
            writeToStandardError("haven screen: \(error)\n")
            throw ExitCode.failure
        }
        let input = try text ?? StandardInputText.read()
        let screening = SafetyScreener.shared.screen(input)
        let guidance = SupportGuidance(for: screening, resources: support, locale: locale ?? Self.locale(environment))
        if json {
            print(try ScreenReport.json(screening: screening, guidance: guidance))
        } else {
            print(ScreenReport.text(screening: screening, guidance: guidance, colour: isatty(1) != 0), terminator: "")
        }
    }

    private func loadSupport(environment: [String: String]) throws -> SupportResources {
        try Self.support(file: resources, environment: environment)
    }

    /// The bundled support resources with the user's own file applied: `file` when given, else
    /// the one ``SupportResources/userFileURL(environment:)`` names, when it exists.
    static func support(file: String?, environment: [String: String]) throws -> SupportResources {
        let bundled = try SupportResources.bundled()
        if let file {
            return try bundled.applyingUserFile(at: URL(fileURLWithPath: file))
        }
        let userFile = SupportResources.userFileURL(environment: environment)
        guard FileManager.default.fileExists(atPath: userFile.path) else { return bundled }
        return try bundled.applyingUserFile(at: userFile)
    }

    /// The locale from the environment, as POSIX programs read it.
    static func locale(_ environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return Locale.current.identifier
    }
}
