import Dispatch
import Synchronization

/// A value being worked out on another thread: started when made, waited for when read.
final class Pending<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let slot = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            slot.withLock { $0 = value }
            finished.signal()
        }
    }

    /// The value; waits until it is worked out.
    var value: Value {
        finished.wait()
        finished.signal()   // so that a second read does not wait forever
        return slot.withLock { $0! }
    }
}
