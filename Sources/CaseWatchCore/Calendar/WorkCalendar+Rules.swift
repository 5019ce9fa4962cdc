/// Comparing two calendars by what they compute.
extension WorkCalendar {
    /// Whether `other` has the same name, zone, windows, holidays, make-up days and covered years, so that
    /// every deadline computed on one is the same on the other.
    public func hasSameRules(as other: WorkCalendar) -> Bool {
        name == other.name && zone == other.zone && weeklyWindows == other.weeklyWindows
            && makeupWindows == other.makeupWindows && holidays == other.holidays && makeupDays == other.makeupDays
            && coveredYears == other.coveredYears
    }
}
