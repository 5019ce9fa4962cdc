import Synchronization

/// What a ``LocalReceiver`` remembers: its script, the requests so far, and the tests waiting for requests.
struct LocalReceiverBook {
    var script: [LocalReceiver.Behaviour]
    let otherwise: LocalReceiver.Behaviour
    var requests: [RecordedRequest] = []
    var waiters: [(count: Int, continuation: CheckedContinuation<[RecordedRequest], Never>)] = []

    init(script: [LocalReceiver.Behaviour], otherwise: LocalReceiver.Behaviour) {
        self.script = script
        self.otherwise = otherwise
    }

    /// Records `request`, wakes the waiters it satisfies and returns how to answer it.
    mutating func receive(_ request: RecordedRequest) -> LocalReceiver.Behaviour {
        requests.append(request)
        let ready = waiters.filter { $0.count <= requests.count }
        waiters.removeAll { $0.count <= requests.count }
        for waiter in ready { waiter.continuation.resume(returning: requests) }
        return script.isEmpty ? otherwise : script.removeFirst()
    }
}

/// The book shared by a receiver and its connections' handlers, behind one lock.
final class SharedReceiverBook: Sendable {
    let mutex: Mutex<LocalReceiverBook>

    init(_ book: LocalReceiverBook) { mutex = Mutex(book) }
}
