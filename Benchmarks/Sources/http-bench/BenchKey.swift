import CaseWatchHTTP
import CaseWatchStore
import Hummingbird

/// The one credential the benchmark's service accepts: `Bearer bench`, with every scope.
struct BenchKey: RequestAuthenticator {
    static let header = "Bearer bench"

    func authenticate(_ request: Request) async throws -> Principal {
        guard BearerCredential.of(request) == "bench" else { throw Problem(.unauthenticated, "the benchmark's key is 'bench'") }
        return .apiKey(id: 1, name: "bench", scopes: Set(KeyScope.allCases))
    }
}
