import Foundation

/// A policy directory for the latency benchmarks (daemon-bench, http-bench): the shipped calendar and a policy whose urgent cases are
/// due one minute after dispatch (warning at 80 %, 48 s; overdue at 60 s), so that steps fall due within
/// seconds of real time.
public enum BenchPolicies {
    /// Writes the directory under `directory` and returns its path.
    public static func write(in directory: URL, shippedPolicies: String) throws -> String {
        let policies = directory.appendingPathComponent("policies")
        let calendars = policies.appendingPathComponent("calendars")
        try FileManager.default.createDirectory(at: calendars, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(shippedPolicies)/calendars/cn-mainland.yaml", toPath: calendars.appendingPathComponent("cn-mainland.yaml").path
        )
        try policy.write(to: policies.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
        return policies.path
    }

    /// The bench policy's YAML.
    public static let policy = """
        kind: policy
        version: "bench.1"
        calendar: cn-mainland
        urgencies:
          urgent:  {accept: 30s, resolve: 1m}
          normal:  {accept: 1 working day, resolve: 5 working days}
        extensions: {max: 10 working days, assess_against: original}
        ladder:
          - {tier: warning, at: 80%, of: resolve, action: warn, points: 0}
          - {tier: overdue, at: 100%, of: resolve, action: mark-overdue, points: 1}
          - {tier: urge, after: 1 working day, of: resolve, action: urge, points: 2}

        """
}
