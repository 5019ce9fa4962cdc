/// The levels at which a leader signs off escalations (批示), as a ladder tier's `level` names them.
enum SignoffLevel: String, CaseIterable {
    /// A district leader (区领导), acting on units inside the district.
    case district
    /// A city leader (市领导), acting on any unit.
    case city
}
