import Testing
@testable import HavenCore

@Suite struct VersionTests {
    @Test func versionIsSemantic() {
        #expect(HavenVersion.current.split(separator: ".").count == 3)
    }
}
