import CaseWatchCore

/// The instant commands take as now: the wall clock, unless a test fixes it for its task.
///
/// There is deliberately no option or environment variable for it: a leader's decision is judged and
/// audited at the true time, so no one can backdate one from the command line.
public enum CommandClock {
    /// The instant commands in this task take as now; nil (the default) reads the wall clock.
    @TaskLocal public static var fixed: Instant?
}
