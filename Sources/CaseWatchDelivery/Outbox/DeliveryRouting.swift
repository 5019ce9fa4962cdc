import CaseWatchCore

/// What the daemon routes and words deliveries by: the routing of `notify.yaml`, the work calendar of
/// receivers' working hours and the renderer of messages; replaced whole on a reload.
public struct DeliveryRouting: Sendable {
    /// The receivers and routes.
    public let routing: NotifyRouting
    /// The calendar whose working hours `working_hours` receivers keep; nil for none.
    public let calendar: WorkCalendar?
    /// Words the messages.
    public let renderer: MessageRenderer

    /// Creates the routing state.
    public init(routing: NotifyRouting, calendar: WorkCalendar?, renderer: MessageRenderer) {
        self.routing = routing
        self.calendar = calendar
        self.renderer = renderer
    }
}
