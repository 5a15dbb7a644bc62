// Measures SafetyScreener throughput on short chat messages, on one core.
// Run: swift run -c release SafetyBenchmark [messages]   (default 1,000,000)
import Foundation
import HavenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of this thread, so the figure holds on a machine shared with other work.
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000

// Everyday chat lines in the style of a couples' conversation, with a few that should fire.
let lines = [
    "hey are you home yet?", "running late, traffic is awful", "love you ❤️", "can you grab milk on the way",
    "did you call your mum back", "haha that's hilarious 😂", "what time is dinner", "ok see you at 7",
    "the kids are asleep finally", "I'm so tired today", "this meeting is killing me", "don't forget the dentist tomorrow",
    "we should book the flights this week", "I miss you", "sorry about earlier, I was stressed",
    "can we talk tonight?", "sure, after the kids go to bed", "I booked the table for Friday",
    "my phone is about to die", "did you see the game last night", "omg they crushed it", "good morning ☀️",
    "how was work", "ugh long day", "want me to pick up takeaway?", "yes please, thai?", "on my way",
    "just landed ✈️", "the car needs a service", "I paid the electricity bill", "what do you want for your birthday",
    "let's go for a walk later", "it's freezing out", "wear a jacket lol", "I'm proud of you", "thanks babe",
    "can you check the weather for saturday", "shared my location so you can find me", "I'll be there in 10",
    "he checks my phone every night", "sometimes I just want to disappear", "you'd better watch your back",
]
var messages: [String] = []
messages.reserveCapacity(count)
for i in 0..<count { messages.append(lines[i % lines.count] + (i % 3 == 0 ? "" : " \(i % 97)")) }
let bytes = messages.reduce(0) { $0 + $1.utf8.count }

let screener = SafetyScreener.shared
_ = screener.screen("warm up")
var best = Double.infinity, bestWall = Double.infinity
var fired = 0
for _ in 0..<3 {
    fired = 0
    let wallStart = Date(), cpuStart = threadCPUSeconds()
    for message in messages where screener.screen(message).fired { fired += 1 }
    best = min(best, threadCPUSeconds() - cpuStart)
    bestWall = min(bestWall, Date().timeIntervalSince(wallStart))
}
print("""
    SafetyScreener: \(count) messages, \(bytes / count) bytes on average, \(fired) fired
    best of 3, CPU time: \(String(format: "%.3f", best)) s = \(Int(Double(count) / best)) messages/s, \
    \(String(format: "%.1f", Double(bytes) / best / 1_048_576)) MB/s on one core \
    (wall \(String(format: "%.3f", bestWall)) s)
    """)
