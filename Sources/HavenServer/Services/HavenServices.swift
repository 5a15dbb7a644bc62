import HavenCore
import Vapor

/// The server-wide services, built once in `configure()` and reached as `req.haven`.
struct HavenServices: Sendable {
    let config: AppConfig
    let engine: SignalEngine
    let catalog: QuestionnaireCatalog
    let scorer: QuestionnaireScorer
    let planEngine: PlanEngine
    let safety: any SafetyChecking
    /// Support lines and resources shown privately when screening raises a concern.
    let support: SupportResources?
    let sealer: JournalSealer
    let chatAnalyzer: any ChatAnalyzing
    let passwords: PasswordHasher

    /// The private support guidance for concerns raised in a person's own writing.
    /// - Parameters:
    ///   - concerns: raw concern values (`self-harm`…).
    ///   - locale: a locale such as `en_GB`, which picks the country's support lines.
    func guidance(for concerns: [String], locale: String?) -> SupportGuidance? {
        let raised = concerns.compactMap(SafetyConcern.init(rawValue:))
        guard !raised.isEmpty, let support else { return nil }
        let evidence = raised.map { SafetyEvidence(concern: $0, start: 0, end: 0, text: "") }
        return SupportGuidance(for: SafetyScreening(evidence: evidence), resources: support, locale: locale)
    }

    struct Key: StorageKey {
        typealias Value = HavenServices
    }
}

extension Application {
    var haven: HavenServices {
        get {
            guard let services = storage[HavenServices.Key.self] else {
                fatalError("configure() was not called: HavenServices missing")
            }
            return services
        }
        set { storage[HavenServices.Key.self] = newValue }
    }
}

extension Request {
    var haven: HavenServices { application.haven }

    /// Support guidance in the reader's country, from the first language tag of `Accept-Language`
    /// (`de-AT` → `de_AT`); the default region when none names a country.
    func supportGuidance(for concerns: [String]) -> SupportGuidance? {
        let first = headers.first(name: .acceptLanguage)?.split(separator: ",").first
            .map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "-", with: "_") }
        return haven.guidance(for: concerns, locale: first.flatMap { $0.isEmpty || $0.count > 35 ? nil : $0 })
    }
}
