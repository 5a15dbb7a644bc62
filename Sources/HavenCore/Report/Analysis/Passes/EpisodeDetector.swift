import Foundation

/// Finds conflict episodes: stretches where messages with harmful signals cluster.
///
/// An episode opens at a harmful message and stays open while the next harmful message follows
/// within ``AnalysisOptions/episodeGapMessages`` messages and ``AnalysisOptions/episodeGapSeconds``.
/// It takes in a complaint or gentle start-up just before it (its opening) and the repairs,
/// validation or appreciation just after its last harmful message. A single harmful message is
/// not an episode.
struct EpisodeDetector {
    let options: AnalysisOptions

    /// The first and last message index of an episode.
    struct Span: Hashable {
        var start: Int
        var end: Int
    }

    func spans(times: [Double], marks: [MessageMarks]) -> [Span] {
        var spans: [Span] = []
        var firstHarmful = -1, lastHarmful = -1, lastPositive = -1, harmfulCount = 0
        func close() {
            defer { firstHarmful = -1 }
            guard firstHarmful >= 0, harmfulCount >= options.episodeMinimumHarmful else { return }
            let floor = (spans.last?.end ?? -1) + 1
            let start = opening(before: firstHarmful, floor: floor, times: times, marks: marks)
            spans.append(Span(start: start, end: max(lastHarmful, lastPositive)))
        }
        for i in marks.indices {
            if firstHarmful >= 0,
                i - lastHarmful > options.episodeGapMessages || times[i] - times[lastHarmful] > options.episodeGapSeconds {
                close()
            }
            if firstHarmful >= 0 {
                if marks[i].isHarmful {
                    lastHarmful = i
                    harmfulCount += 1
                } else if marks[i].labels & MessageMarks.positiveMask != 0 {
                    lastPositive = i
                }
            } else if marks[i].isHarmful {
                firstHarmful = i
                lastHarmful = i
                lastPositive = -1
                harmfulCount = 1
            }
        }
        close()
        return spans
    }

    /// The earliest complaint or gentle start-up shortly before the first harmful message, or that message itself.
    private func opening(before first: Int, floor: Int, times: [Double], marks: [MessageMarks]) -> Int {
        var start = first
        var j = first - 1
        while j >= max(floor, first - options.openerLookback), times[first] - times[j] <= options.openerSeconds {
            if marks[j].has(flag: MessageMarks.complaint) || marks[j].has(.gentleStartup) { start = j }
            j -= 1
        }
        return start
    }
}
