import CaseWatchPostgres
import Testing

/// `--db postgres://…`: what a URL names, and a clear error (never the password) for one that names nothing.
@Suite struct PostgresLocationTests {
    @Test func aURLNamesTheServerRoleDatabaseAndTLS() throws {
        let tcp = try PostgresLocation(parsing: "postgres://cw:s3cret@db.example:6543/casewatch?sslmode=require", environment: [:])
        #expect(tcp.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(tcp.user == "cw" && tcp.password == "s3cret" && tcp.database == "casewatch" && tcp.tls == .require)
        #expect(tcp.description == "postgres://cw@db.example:6543/casewatch", "no password in what is shown")

        let socket = try PostgresLocation(parsing: "postgresql://cw@localhost/casewatch?host=/run/postgresql", environment: ["PGPASSWORD": "from-env"])
        #expect(socket.endpoint == .socket(directory: "/run/postgresql", port: 5432))
        #expect(socket.password == "from-env" && socket.tls == .disable)
    }

    @Test(arguments: [
        ("sqlite:./x", "write postgres://user@host:5432/database"),
        ("postgres://db.example/casewatch", "it names no user"),
        ("postgres://cw@db.example", "it names no database"),
        ("postgres://cw@db.example/a/b", "more than one path segment"),
        ("postgres://cw@db.example/x?sslmode=prefer", "sslmode=prefer: write sslmode=disable or sslmode=require"),
        ("postgres://cw@db.example/x?timeout=3", "unknown parameter 'timeout'"),
        ("postgres://cw@db.example/x?host=run/pg", "a socket directory is an absolute path"),
        ("postgres://cw@db.example:0/x", "port 0 is not 1 to 65535"),
    ])
    func aURLThatNamesNoStoreSaysWhatIsMissing(text: String, problem: String) {
        let error = #expect(throws: PostgresLocationError.self) { try PostgresLocation(parsing: text, environment: [:]) }
        #expect(error?.description.contains(problem) == true, "\(String(describing: error))")
    }

    @Test func anErrorNeverShowsThePassword() {
        let error = #expect(throws: PostgresLocationError.self) { try PostgresLocation(parsing: "postgres://cw:hunter2@db.example", environment: [:]) }
        #expect(error?.description.contains("hunter2") == false)
        #expect(error?.description.contains("***") == true)
    }
}
