import Foundation

/// The questionnaires Haven knows, looked up by identifier.
public struct QuestionnaireCatalog: Sendable {
    /// The questionnaires, keyed by lower-cased identifier.
    public let questionnaires: [String: Questionnaire]

    /// Creates a catalog from questionnaires already loaded.
    /// - Parameter questionnaires: The questionnaires; a later one replaces an earlier one with the same id.
    public init(_ questionnaires: [Questionnaire]) {
        var byID: [String: Questionnaire] = [:]
        for questionnaire in questionnaires { byID[questionnaire.id.lowercased()] = questionnaire }
        self.questionnaires = byID
    }

    /// The identifiers of all questionnaires, sorted.
    public var ids: [String] {
        questionnaires.values.map(\.id).sorted()
    }

    /// The questionnaire with an identifier (case-insensitive).
    /// - Parameter id: An identifier such as "ecr-r".
    /// - Returns: The questionnaire.
    /// - Throws: ``ScoringError/unknownQuestionnaire(id:known:)`` listing the known identifiers.
    public func questionnaire(_ id: String) throws(ScoringError) -> Questionnaire {
        guard let found = questionnaires[id.lowercased()] else {
            throw .unknownQuestionnaire(id: id, known: ids)
        }
        return found
    }

    /// The questionnaires shipped with HavenCore (`Resources/Questionnaires/*.json`).
    /// - Returns: A catalog of the bundled questionnaires, each validated.
    /// - Throws: ``ScoringError`` when a bundled file cannot be read or is inconsistent.
    public static func bundled() throws(ScoringError) -> QuestionnaireCatalog {
        // Where `.copy("Resources")` lands differs by platform (on Linux the bundle's resource URL
        // is already its `Resources` folder), so look in each plausible place.
        let bundle = Bundle.module
        let candidates = [
            bundle.url(forResource: "Questionnaires", withExtension: nil, subdirectory: "Resources"),
            bundle.url(forResource: "Questionnaires", withExtension: nil),
            bundle.resourceURL?.appendingPathComponent("Resources/Questionnaires"),
            bundle.bundleURL.appendingPathComponent("Resources/Questionnaires"),
        ].compactMap { $0 }
        guard let directory = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw .unreadableDefinition(file: "Resources/Questionnaires", reason: "not found in the HavenCore resource bundle")
        }
        return try load(from: directory)
    }

    /// Loads every `*.json` questionnaire in a directory.
    /// - Parameter directory: A directory of questionnaire files.
    /// - Returns: A catalog of the files, each validated.
    /// - Throws: ``ScoringError`` naming the first file that cannot be read or is inconsistent.
    public static func load(from directory: URL) throws(ScoringError) -> QuestionnaireCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadableDefinition(file: directory.path, reason: "directory cannot be listed")
        }
        var loaded: [Questionnaire] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            loaded.append(try load(file: directory.appendingPathComponent(name)))
        }
        return QuestionnaireCatalog(loaded)
    }

    /// Loads and validates one questionnaire file.
    /// - Parameter file: The JSON file.
    /// - Returns: The questionnaire.
    /// - Throws: ``ScoringError`` when the file cannot be read, decoded or is inconsistent.
    public static func load(file: URL) throws(ScoringError) -> Questionnaire {
        let questionnaire: Questionnaire
        do {
            let data = try Data(contentsOf: file)
            questionnaire = try JSONDecoder().decode(Questionnaire.self, from: data)
        } catch {
            throw .unreadableDefinition(file: file.lastPathComponent, reason: "\(error)")
        }
        try questionnaire.validate()
        return questionnaire
    }
}
