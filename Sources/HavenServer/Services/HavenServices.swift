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
    let sealer: JournalSealer
    let passwords: PasswordHasher

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
}
