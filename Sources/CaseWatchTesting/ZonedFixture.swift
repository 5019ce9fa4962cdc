import CaseWatchCore

/// A fixture whose wall times, written `2026-10-12T09:00`, are read in one zone.
///
/// Conforming gives the fixture ``at(_:)``, so that tests write instants as the hotline's staff would.
public protocol ZonedFixture {
    /// The zone the fixture's wall times are read in.
    var zone: ZoneRules { get }
}

extension ZonedFixture {
    /// The instant an ISO 8601 text names, a wall time without an offset being read in ``zone``:
    /// `f.at("2026-10-12T09:00")`. A malformed text throws, failing only the test that wrote it.
    public func at(_ text: String) throws(InstantParseError) -> Instant {
        try InstantParser.parse(text, zone: zone)
    }
}
