// Measures SafetyScreener throughput on short chat messages, on one core.
// Run: swift run -c release SafetyBenchmark [messages]   (default 1,000,000)
import Foundation
import HavenCore

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
var best = Duration.seconds(1_000)
var fired = 0
for _ in 0..<3 {
    fired = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for message in messages where screener.screen(message).fired { fired += 1 }
    }
    best = min(best, elapsed)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
print("""
    SafetyScreener: \(count) messages, \(bytes / count) bytes on average, \(fired) fired
    best of 3: \(String(format: "%.3f", seconds)) s = \(Int(Double(count) / seconds)) messages/s, \
    \(String(format: "%.1f", Double(bytes) / seconds / 1_048_576)) MB/s on one core
    """)
