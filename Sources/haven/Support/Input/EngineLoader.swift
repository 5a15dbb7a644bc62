import HavenCore

/// Loads the shipped signal engine, turning a broken installation into a clear message.
func loadEngine() throws -> SignalEngine {
    do {
        return try SignalEngine.standard()
    } catch {
        throw CLIError.engineUnavailable(String(describing: error))
    }
}
