import Foundation

/// Runs two independent pieces of work at the same time, one on another thread, and returns
/// both results once both are done.
///
/// The calling thread blocks until the other is done; use it for start-up work, not inside
/// Swift concurrency's tasks.
///
/// - Parameters:
///   - first: work run on another thread; it cannot throw.
///   - second: work run on the calling thread meanwhile.
/// - Returns: the two results.
/// - Throws: what `second` throws, once `first` has finished too.
public func concurrently<A: Sendable, B>(_ first: @escaping @Sendable () -> A, _ second: () throws -> B) rethrows -> (A, B) {
    let slot = ResultSlot<A>()
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) { slot.value = first() }
    let other: B
    do {
        other = try second()
    } catch {
        done.wait()
        throw error
    }
    done.wait()
    return (slot.value!, other)
}

/// Holds the other thread's result; written once before the group finishes, read after.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
