import HavenCore
import Vapor

/// The private support page shown to the writer when screening raised a concern.
struct SafetyPage: Encodable {
    var page: PageMeta
    var support: SupportGuidance?

    init(_ req: Request, concerns: [String]) {
        page = PageMeta("Support", req)
        support = req.supportGuidance(for: concerns)
    }
}
