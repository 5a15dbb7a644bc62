import Foundation
import Testing
@testable import HavenCore

/// The model file is read with the project's own JSON parser; it must read exactly what
/// `JSONDecoder` reads, and a damaged file must say where it is damaged.
@Suite("Model file")
struct ModelFileTests {
    private let file = "model.json"

    @Test("The shipped model reads the same as with JSONDecoder, weight for weight")
    func shippedModelMatchesDecoder() throws {
        let resources = try HavenResources()
        let data = try #require(try resources.dataIfPresent("Signals/model.json"))
        let fast = try LinearModel(reading: data, file: file)
        let decoded = try JSONDecoder().decode(LinearModel.self, from: data)
        #expect(fast.version == decoded.version)
        #expect(fast.trainedOn == decoded.trainedOn)
        #expect(fast.commonWords == decoded.commonWords)
        #expect(fast.labels.keys.sorted() == decoded.labels.keys.sorted())
        for (name, label) in decoded.labels {
            let other = try #require(fast.labels[name])
            #expect(other.bias == label.bias && other.threshold == label.threshold, "\(name)")
            #expect(other.weights == label.weights, "\(name)")
        }
        #expect(fast.labels.values.reduce(0) { $0 + $1.weights.count } > 10_000)
    }

    @Test("Every measure, context cue and cross the engine computes is named as the shipped model names it")
    func measureNamesMatchTheModel() throws {
        let resources = try HavenResources()
        let model = try LinearModel(reading: try #require(try resources.dataIfPresent("Signals/model.json")), file: file)
        let weighted = model.labels.values.reduce(into: Set<String>()) { $0.formUnion($1.weights.keys) }
        let space = try SignalEngine.standard().space
        let measures = space.names[space.denseStart..<space.termStart]
        #expect(measures.count == FeatureSpace.Dense.allCases.count + ContextCues.named.count
            + (ContextCues.named.count + FeatureSpace.crossedFlags.count) * FeatureSpace.crossMeasures.count)
        // A misspelt name would silently score with no weight at all.
        #expect(measures.filter { !weighted.contains($0) } == [])
        #expect(measures.contains("ctx.short-answer") && measures.contains("contempt.echo-quote"))
    }

    @Test("A model without commonWords reads as none")
    func commonWordsOptional() throws {
        let json = #"{"version": 1, "trainedOn": "t", "labels": {"contempt": {"bias": -2, "threshold": 0.5, "weights": {"w:meh": 0.25}}}}"#
        let model = try LinearModel(reading: Data(json.utf8), file: file)
        #expect(model.commonWords == nil)
        #expect(model.labels["contempt"]?.weights["w:meh"] == 0.25)
    }

    @Test("Broken JSON is reported with its line and column")
    func brokenJSON() {
        let json = "{\n  \"version\": 1,\n  \"labels\": {,}\n}"
        #expect(throws: ModelFileError.malformedJSON(file: file, line: 3, column: 14, problem: "expected a quoted key")) {
            try LinearModel(reading: Data(json.utf8), file: file)
        }
    }

    @Test("Line and column count from the start of the bytes given, also for a slice of a larger buffer")
    func sliceOffsets() {
        let whole = Data(("padding\n" + "{\n\"version\": 1,\n  ]").utf8)
        let slice = whole[8...]
        #expect(throws: ModelFileError.malformedJSON(file: file, line: 3, column: 3, problem: "expected a quoted key")) {
            try LinearModel(reading: slice, file: file)
        }
    }

    @Test("A field of the wrong type is named", arguments: [
        (#"[]"#, "the top level"),
        (#"{"version": "1", "trainedOn": "t", "labels": {}}"#, "version"),
        (#"{"version": 1, "labels": {}}"#, "trainedOn"),
        (#"{"version": 1, "trainedOn": "t", "labels": {"criticism": {"bias": 0, "threshold": 0.5, "weights": {"w:x": "heavy"}}}}"#, #"labels.criticism.weights["w:x"]"#),
        (#"{"version": 1, "trainedOn": "t", "labels": {}, "commonWords": ["a", 2]}"#, "commonWords"),
    ])
    func wrongField(json: String, field: String) {
        #expect {
            try LinearModel(reading: Data(json.utf8), file: file)
        } throws: { error in
            guard case let .wrongField(_, named, _)? = error as? ModelFileError else { return false }
            return named == field
        }
    }
}
