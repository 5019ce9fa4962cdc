import Foundation

/// Reads an intake file (or standard input for `-`) as UTF-8 text, refusing binary and empty input.
enum IntakeSource {
    static func text(of path: String) throws(CommandFailure) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure("\(path): no such file; check the path (or give - to read standard input)")
            }
            if isDirectory.boolValue {
                throw CommandFailure("\(path): it is a folder; give the JSON-lines or CSV file to read")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("\(path): the file cannot be read (permission denied?); check its permissions with `ls -l`")
            }
            data = contents
        }
        if data.contains(0) {
            throw CommandFailure("\(path): the file holds NUL bytes, so it is not a text file (a binary file?); give a JSON-lines or CSV file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): the file is not UTF-8 text; save it as UTF-8 (a binary file?)")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CommandFailure("\(path): the file is empty; nothing to ingest")
        }
        return text
    }
}
