import CaseWatchCore

/// A roster file: what the checks against units and other rosters need (read even when the rest has
/// problems) and the leaders when it has none.
struct RosterFile {
    /// The first definition of each leader id, in file order.
    let leaderIDs: [(id: String, position: SourcePosition)]
    /// Every leader's jurisdiction as written, in file order.
    let jurisdictions: [Jurisdiction]
    /// The leaders in file order; nil when the file has any problem.
    let leaders: [Leader]?
    /// The receivers of each leader (`receivers:`, names of receivers of the routing), in file order.
    var receivers: [(leader: String, name: String, position: SourcePosition)] = []

    /// Each leader's receivers by leader id, for ``CaseWatchCore/NotifyRouting/leaderReceivers``.
    var receiversByLeader: [String: [String]] {
        Dictionary(grouping: receivers, by: \.leader).mapValues { $0.map(\.name) }
    }

    /// A leader's jurisdiction as written, with the leader's level when that could be read.
    struct Jurisdiction {
        let unit: String
        let leaderLevel: SignoffLevel?
        /// Where the jurisdiction is written.
        let position: SourcePosition
    }
}
