/// Receives the stretches a clock walk passes through; the no-op recorder is specialised away.
protocol WalkRecorder {
    mutating func record(_ kind: TimelineSegment.Kind, _ start: Int64, _ end: Int64)
}

/// Records nothing: the fast path.
struct SilentRecorder: WalkRecorder {
    @inline(__always) mutating func record(_ kind: TimelineSegment.Kind, _ start: Int64, _ end: Int64) {}
}

/// Collects the stretches, merging neighbours of the same kind.
struct TimelineRecorder: WalkRecorder {
    var segments: [TimelineSegment] = []

    mutating func record(_ kind: TimelineSegment.Kind, _ start: Int64, _ end: Int64) {
        guard end > start else { return }
        let span = TimeSpan(start: Instant(secondsSinceEpoch: start), end: Instant(secondsSinceEpoch: end))
        if let last = segments.last, last.kind == kind, last.span.end == span.start {
            segments[segments.count - 1] = TimelineSegment(kind: kind, span: TimeSpan(start: last.span.start, end: span.end))
        } else {
            segments.append(TimelineSegment(kind: kind, span: span))
        }
    }
}

/// Where a walk stopped.
struct WalkResult {
    /// The instant the budget ran out, or the limit when it did not.
    var end: Int64
    /// The budget consumed up to `end`.
    var consumed: Int64
    /// The last local day whose working time the walk looked at (working-time walks only).
    var lastDay: Int
}

/// Walks a clock forward from a start, consuming counted time outside pauses until a budget is used up
/// or a limit is reached.
struct ClockWalk<Recorder: WalkRecorder> {
    let pauses: [RawSpan]
    var pauseIndex = 0
    var remaining: Int64
    var consumed: Int64 = 0
    var recorder: Recorder

    init(pauses: [RawSpan], budget: Int64, recorder: Recorder) {
        self.pauses = pauses
        self.remaining = budget
        self.recorder = recorder
    }

    /// Consumes the counted stretch `[a, b)`; returns the due instant when the budget runs out inside it.
    @inline(__always)
    mutating func consume(from a0: Int64, to b: Int64) -> Int64? {
        var a = a0
        while pauseIndex < pauses.count, pauses[pauseIndex].end <= a { pauseIndex += 1 }
        while a < b {
            if pauseIndex < pauses.count, pauses[pauseIndex].start <= a {
                let pauseEnd = pauses[pauseIndex].end
                let stop = min(pauseEnd, b)
                recorder.record(.paused, a, stop)
                a = stop
                if pauseEnd <= a { pauseIndex += 1 }
                continue
            }
            let segmentEnd = pauseIndex < pauses.count ? min(b, pauses[pauseIndex].start) : b
            let length = segmentEnd - a
            if remaining <= length {
                recorder.record(.counted, a, a + remaining)
                consumed += remaining
                let due = a + remaining
                remaining = 0
                return due
            }
            recorder.record(.counted, a, segmentEnd)
            remaining -= length
            consumed += length
            a = segmentEnd
        }
        return nil
    }
}

extension WorkCalendar {
    /// Walks wall time from `start`; the budget must be positive unless a limit is given.
    func walkWall<R: WalkRecorder>(
        from start: Int64, budget: Int64, limit: Int64 = .max, pauses: [RawSpan], recorder: inout R
    ) -> WalkResult {
        var walk = ClockWalk(pauses: pauses, budget: budget, recorder: recorder)
        defer { recorder = walk.recorder }
        let day = table.day(containing: start)
        if budget <= 0 { return WalkResult(end: start, consumed: 0, lastDay: day) }
        if let due = walk.consume(from: start, to: limit) {
            return WalkResult(end: due, consumed: walk.consumed, lastDay: day)
        }
        return WalkResult(end: limit, consumed: walk.consumed, lastDay: day)
    }

    /// Walks working time from `start` through the day table until the budget is used up or `limit`,
    /// and never past ``Limits/computationHorizonYear``, so that every walk is bounded.
    func walkWorking<R: WalkRecorder>(
        from start: Int64, budget: Int64, limit requestedLimit: Int64 = .max, pauses: [RawSpan], recorder: inout R
    ) -> WalkResult {
        let limit = min(requestedLimit, max(start, Limits.horizonSeconds))
        var walk = ClockWalk(pauses: pauses, budget: budget, recorder: recorder)
        defer { recorder = walk.recorder }
        var day = table.day(containing: start)
        if budget <= 0 { return WalkResult(end: start, consumed: 0, lastDay: day) }
        var cursor = start
        // A calendar always has a working weekday, so working time recurs at least weekly.
        while cursor < limit {
            for span in table.spans(ofDay: day) where span.end > cursor {
                if span.start >= limit { break }
                let a = max(span.start, cursor)
                walk.recorder.record(.nonWorking, cursor, a)
                let b = min(span.end, limit)
                if let due = walk.consume(from: a, to: b) {
                    return WalkResult(end: due, consumed: walk.consumed, lastDay: day)
                }
                cursor = b
            }
            day += 1
            let next = min(table.start(ofDay: day), limit)
            if next > cursor {
                walk.recorder.record(.nonWorking, cursor, next)
                cursor = next
            }
        }
        return WalkResult(end: limit, consumed: walk.consumed, lastDay: day - 1)
    }
}
