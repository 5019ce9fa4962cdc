import Foundation

/// Finds the configuration files in a directory tree.
enum ConfigFileFinder {
    /// The extensions of configuration files.
    static let extensions: Set<String> = ["yaml", "yml"]

    /// Whether a path exists, and whether it is a directory.
    static func kind(of path: String) -> (exists: Bool, isDirectory: Bool) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory.boolValue)
    }

    /// Every `*.yaml` and `*.yml` file under `directory` (recursively, hidden entries skipped), sorted,
    /// each as `directory/relative/path`.
    static func files(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            guard !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = base + relative
            guard extensions.contains((relative as NSString).pathExtension.lowercased()),
                  !kind(of: path).isDirectory
            else { continue }
            files.append(path)
        }
        return files.sorted()
    }
}
