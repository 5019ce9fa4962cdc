import Foundation

/// Headless Chromium (Debian's `chromium`), to check the HTML report in a real browser.
enum Chromium {
    /// The `chromium` (or `chromium-browser`) executable on PATH, nil when there is none.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for directory in directories {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// What went wrong running the browser.
    struct Failure: Error, CustomStringConvertible {
        /// The exit status, or a timeout, and the browser's own messages.
        let description: String
    }

    /// Renders `html` to a PNG `width`×`height` pixels at `png`, with a fresh profile in `scratch`;
    /// gives up after `timeout` seconds.
    static func screenshot(html: URL, png: URL, width: Int, height: Int, scratch: URL, timeout: TimeInterval = 90) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=\(scratch.path)",
            "--screenshot=\(png.path)", "--window-size=\(width),\(height)", html.absoluteString,
        ]
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let log = scratch.appendingPathComponent("chromium.log")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish in \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let messages = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw Failure(description: "chromium exited with status \(process.terminationStatus): \(messages.suffix(2000))")
        }
    }

    /// The width and height in a PNG's IHDR chunk, nil when `data` is not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.prefix(8).elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              bytes[12..<16].elementsEqual(Array("IHDR".utf8))
        else { return nil }
        let word: (Int) -> Int = { bytes[$0..<$0 + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }
}
