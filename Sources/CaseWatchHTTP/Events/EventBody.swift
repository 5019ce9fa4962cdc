import CaseWatchEngine
import Hummingbird

/// The body of `POST /v1/events`: collected within the size limit, then read into intake records.
enum EventBody {
    /// The whole body, refused with 413 when its `Content-Length` (before anything is read) or the bytes
    /// that arrive (a chunked body) pass `limit`.
    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw tooLarge(limit: limit, size: "its Content-Length is \(declared) bytes")
        }
        var body = ByteBuffer()
        for try await chunk in request.body {
            guard body.readableBytes + chunk.readableBytes <= limit else {
                throw tooLarge(limit: limit, size: "more than \(limit) bytes arrived")
            }
            var chunk = chunk
            body.writeBuffer(&chunk)
        }
        return body
    }

    /// The records of a collected body in `format`; a 400 problem when it is empty, not UTF-8 or (for an
    /// array) not shaped as a JSON array.
    static func parse(_ body: ByteBuffer, format: EventBodyFormat) throws(Problem) -> IntakeParse {
        let bytes = body.readableBytesView
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            throw Problem(.invalidBody, "the body is empty; send \(EventBodyFormat.mediaTypes)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Problem(.invalidBody, "the body is not UTF-8 text; send the events as UTF-8 JSON")
        }
        switch format {
        case .ndjson:
            return JSONLinesEventReader.read(text)
        case .jsonArray:
            let utf8 = Array(text.utf8)
            let elements: [Range<Int>]
            do {
                elements = try JSONArrayElements.split(utf8)
            } catch {
                throw Problem(
                    .invalidBody,
                    "the body is not a JSON array of events: at byte \(error.offset) expected \(error.expected); send [{\"id\": \"e1\", \"case\": \"C1\", ...}, ...] or use Content-Type application/x-ndjson"
                )
            }
            guard !elements.isEmpty else { throw Problem(.invalidBody, "the array holds no events; send at least one") }
            return JSONLinesEventReader.read(records: elements.lazy.map { String(decoding: utf8[$0], as: UTF8.self) })
        }
    }

    private static func tooLarge(limit: Int, size: String) -> Problem {
        Problem(
            .bodyTooLarge,
            "the body is too large: \(size), more than the \(limit) this daemon accepts (casewatchd --max-body); send the events in smaller requests",
            extensions: ["max_body_bytes": .integer(Int64(limit))]
        )
    }
}
