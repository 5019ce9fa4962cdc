import Hummingbird

/// `GET /v1/openapi.yaml`: the OpenAPI 3.1 document of the API, served without a credential so that
/// clients and tools (schemathesis, code generators) can read it.
enum DocumentRoutes {
    /// Adds the route.
    static func add(to router: Router<APIContext>) {
        router.get("v1/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8", .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml))
            )
        }
    }
}
