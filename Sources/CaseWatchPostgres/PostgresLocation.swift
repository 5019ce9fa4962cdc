import Foundation

/// Where a PostgreSQL store is: a URL `postgres://user[:password]@host[:port]/database` (or `postgresql://`),
/// with `?host=/a/directory` for a server's Unix socket in that directory and `?sslmode=disable|require`.
/// The password may also come from `PGPASSWORD`, as libpq's tools take it.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// How the server is reached.
    public enum Endpoint: Sendable, Hashable {
        /// A TCP host and port.
        case tcp(host: String, port: Int)
        /// The Unix socket of the server listening on `port`, in `directory` (`<directory>/.s.PGSQL.<port>`).
        case socket(directory: String, port: Int)
    }

    /// Whether the connection must use TLS.
    public enum TLSMode: String, Sendable, Hashable {
        /// Plain TCP (a loopback or otherwise protected network).
        case disable
        /// TLS, the server's certificate checked against the system's roots.
        case require
    }

    /// The server.
    public let endpoint: Endpoint
    /// The role connected as.
    public let user: String
    /// Its password, if any.
    public let password: String?
    /// The database.
    public let database: String
    /// TLS or not.
    public let tls: TLSMode

    /// Whether `text` names a PostgreSQL store (starts with `postgres://` or `postgresql://`).
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads `text`; `environment` gives `PGPASSWORD` when the URL has no password. Throws
    /// ``PostgresLocationError`` saying what is wrong and how the URL is written.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresLocationError) {
        guard Self.isPostgres(text), let url = URLComponents(string: text) else {
            throw .malformed(text, "write postgres://user@host:5432/database")
        }
        guard let user = url.user, !user.isEmpty else { throw .malformed(text, "it names no user: write postgres://user@host/database") }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .malformed(text, "it names no database (or more than one path segment): write postgres://user@host/database")
        }
        var query: [String: String] = [:]
        for item in url.queryItems ?? [] {
            guard ["host", "sslmode"].contains(item.name) else {
                throw .malformed(text, "unknown parameter '\(item.name)': only host (a socket directory) and sslmode (disable or require) are read")
            }
            guard query[item.name] == nil, let value = item.value, !value.isEmpty else { throw .malformed(text, "parameter '\(item.name)' is empty or repeated") }
            query[item.name] = value
        }
        let port = url.port ?? 5432
        guard (1...65_535).contains(port) else { throw .malformed(text, "port \(port) is not 1 to 65535") }
        if let directory = query["host"] {
            guard directory.hasPrefix("/") else { throw .malformed(text, "host=\(directory): a socket directory is an absolute path") }
            endpoint = .socket(directory: directory, port: port)
        } else {
            guard let host = url.host, !host.isEmpty else { throw .malformed(text, "it names no host: write postgres://user@host/database") }
            endpoint = .tcp(host: host, port: port)
        }
        switch query["sslmode"] {
        case nil: tls = .disable
        case let mode?:
            guard let parsed = TLSMode(rawValue: mode) else { throw .malformed(text, "sslmode=\(mode): write sslmode=disable or sslmode=require") }
            tls = parsed
        }
        self.user = user
        self.password = url.password ?? environment["PGPASSWORD"]
        self.database = database
    }

    /// The URL without its password.
    public var description: String {
        switch endpoint {
        case let .tcp(host, port): "postgres://\(user)@\(host):\(port)/\(database)"
        case let .socket(directory, port): "postgres://\(user)@:\(port)/\(database)?host=\(directory)"
        }
    }
}

/// A `--db` URL that does not name a PostgreSQL store properly.
public enum PostgresLocationError: Error, Hashable, CustomStringConvertible {
    /// The URL (its password hidden) and what is wrong, with how to write it.
    case malformed(String, String)

    /// What is wrong and how to fix it; never the password.
    public var description: String {
        switch self {
        case let .malformed(text, problem): "the database URL '\(Self.hidingPassword(text))' cannot be used: \(problem)"
        }
    }

    /// `text` with the password of its user part replaced by `***`.
    static func hidingPassword(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "(the URL)"
    }
}
