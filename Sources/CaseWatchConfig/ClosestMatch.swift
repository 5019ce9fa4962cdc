import CaseWatchCore

/// The candidate closest to a misspelt word, for "did you mean" suggestions; nil when none is close.
///
/// A candidate is close when at most a third of its letters (at least one, at most three) differ.
func closestMatch(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let scored = candidates.map { ($0, editDistance($0, lowered)) }.min { $0.1 < $1.1 }
    guard let (candidate, distance) = scored, distance > 0 || candidate != word else { return nil }
    return distance <= min(3, max(1, candidate.count / 3)) ? candidate : nil
}
