/// Why a scalar's text is not the value its key expects; the message says how to write it.
struct ValueProblem: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
