/// Pauses as given, unmerged: a minute is paused when any of them contains it.
struct ReferencePauses {
    let spans: [(start: Int64, end: Int64)]

    func contains(_ t: Int64) -> Bool {
        spans.contains { $0.start <= t && t < $0.end }
    }
}
