import Hummingbird

/// The supervision wall (督办大屏): the page at `GET /` (no credential: it holds no data; its script reads a
/// read key from the URL's fragment, `/#key=<key>`) and its live feed `GET /v1/wall/stream` (scope `read`).
enum WallRoutes {
    /// Adds the page to `router` and the feed to the `/v1` group.
    static func add(to router: Router<APIContext>, v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        router.get("/") { request, _ in
            try QueryNames.check(request, allowed: ["lang"])
            let language = try WallLanguage(request.uri.queryParameters.get("lang").map { String($0) })
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache", WallPage.securityPolicyField: WallPage.contentSecurityPolicy],
                body: ResponseBody(byteBuffer: ByteBuffer(string: WallPage.html(language)))
            )
        }
        v1.get("wall/stream") { request, context in
            try context.require(.read)
            let response = try await WallStream.response(request, environment: environment)
            environment.logger.info("event stream opened", metadata: ["path": "\(request.uri.path)", "by": "\(context.principal?.auditActor ?? "-")"])
            return response
        }
    }
}
