import Foundation

/// Runs VADER's Python package over the same utterances, for the ratio `haven bench` prints.
enum VaderBaseline {
    /// Median utterances per second over MELD and DailyDialog together, or nil when Python or
    /// vaderSentiment is missing.
    static func measure(corpora: String) -> Double? {
        let script = """
        import csv, os, statistics, sys, time
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        C = sys.argv[1]
        texts = []
        for f in ("train", "dev", "test"):
            with open(os.path.join(C, "MELD/data/MELD", f + "_sent_emo.csv"), encoding="utf-8") as fh:
                texts += [r["Utterance"] for r in csv.DictReader(fh)]
        for s in ("test", "validation"):
            with open(os.path.join(C, "DailyDialog/ijcnlp_dailydialog", s, "dialogues_" + s + ".txt"), encoding="utf-8") as fh:
                for line in fh:
                    texts += [u.strip() for u in line.split("__eou__") if u.strip()]
        sia = SentimentIntensityAnalyzer()
        rates = []
        for _ in range(3):
            t0 = time.perf_counter()
            for t in texts: sia.polarity_scores(t)
            rates.append(len(texts) / (time.perf_counter() - t0))
        print(statistics.median(rates))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, corpora]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
