import CaseWatchCore
import Yams

/// Reading the receivers of a `kind: notify` file.
extension NotifyReader {
    /// Reads one receiver.
    mutating func receiver(_ node: Node) {
        let problemsBefore = log.count
        guard let entries = MappingEntry.entries(of: node, "the receiver", log: log) else { return }
        let kindNode = entries.first { $0.name == "channel" }?.value
        let kind = kindNode.flatMap { read.choice($0, "channel", NotifyChannelKind.self) }
        let allowed = kind.map { NotifyChannelKind.commonKeys + $0.keys } ?? NotifyChannelKind.allKeys
        guard let fields = Fields(node, "the receiver", allowed: allowed, log: log) else { return }
        let nameNode = fields.required("name", example: "name: district-office")
        let name = nameNode.flatMap { read.identifier($0, "receiver name", example: "nanguan-office") }
        if let name, let nameNode { record(name: name, at: nameNode) }
        if kindNode == nil { _ = fields.required("channel", example: "channel: webhook") }
        let channel = kind.flatMap { readChannel(of: $0, fields) }
        let workingHours = fields["working_hours"].flatMap { read.flag($0, "working_hours") } ?? false
        let groupWait = fields["group_wait"].flatMap {
            read.wallSeconds($0, "group_wait", within: Limits.groupWaitSeconds, boundsText: "at most 1 day (24h); leave it out to send each message at once")
        } ?? 0
        let timeout = fields["timeout"].flatMap {
            read.wallSeconds($0, "timeout", within: Limits.receiverTimeoutSeconds, boundsText: "between 1s and 5 minutes (5m)")
        } ?? 10
        let maxAge = fields["max_age"].flatMap {
            read.wallSeconds($0, "max_age", within: Limits.deliveryMaxAgeSeconds, boundsText: "at most 30 days (720h)")
        } ?? 86_400
        guard let name, let channel, log.count == problemsBefore else { return }
        receivers[name] = NotifyReceiver(
            name: name, channel: channel, workingHoursOnly: workingHours, groupWaitSeconds: groupWait,
            timeoutSeconds: timeout, maxAgeSeconds: maxAge
        )
    }

    /// Remembers a receiver's name and reports a repeat.
    private mutating func record(name: String, at node: Node) {
        if let first = receiverNames.first(where: { $0.name == name }) {
            log.error("receiver '\(name)' is already defined on line \(first.position.line), column \(first.position.column); give each receiver its own name", at: node)
            return
        }
        receiverNames.append((name, log.position(of: node)))
    }

    /// The channel and its settings.
    private func readChannel(of kind: NotifyChannelKind, _ fields: Fields) -> NotifyChannel? {
        if kind == .command { return command(fields) }
        let url = fields.required("url", example: "url: https://hooks.example.org/casewatch").flatMap { read.address($0, "url") }
        let secret = secretReference(fields, kind: kind)
        guard let url, let secret else { return nil }
        switch kind {
        case .webhook:
            var extra: [String: String] = [:]
            if let node = fields["headers"] {
                guard let read = headers(node) else { return nil }
                extra = read
            }
            return .webhook(url: url, secret: secret.value, headers: extra)
        case .wecom: return .wecom(url: url, key: secret.value)
        case .dingtalk: return .dingtalk(url: url, secret: secret.value)
        case .feishu: return .feishu(url: url, secret: secret.value)
        case .command: return nil
        }
    }

    /// `command: [path, arguments…]`.
    private func command(_ fields: Fields) -> NotifyChannel? {
        let example = "command: [scripts/notify-to-file.sh, var/notify.log]"
        guard let node = fields.required("command", example: example), let items = read.list(node, "the command and its arguments") else { return nil }
        guard !items.isEmpty else {
            log.error("'command' is empty; give the program and its arguments, e.g. '\(example)'", at: node)
            return nil
        }
        let words = items.map { read.text($0, "the program or an argument") }
        guard words.allSatisfy({ $0 != nil }) else { return nil }
        let all = words.compactMap { $0 }
        return .command(path: all[0], arguments: Array(all.dropFirst()))
    }

    /// `headers: {X-Office: centre}`: extra HTTP headers of a webhook.
    private func headers(_ node: Node) -> [String: String]? {
        guard let entries = MappingEntry.entries(of: node, "'headers' (Name: value)", log: log) else { return nil }
        var headers: [String: String] = [:]
        let problemsBefore = log.count
        for entry in entries {
            if entry.name.lowercased().hasPrefix("x-casewatch-") {
                log.error("header '\(entry.name)' is set by CaseWatch itself (delivery id, timestamp, signature); leave it out", at: entry.key)
                continue
            }
            guard let value = read.text(entry.value, "the value of header '\(entry.name)'") else { continue }
            headers[entry.name] = value
        }
        return log.count == problemsBefore ? headers : nil
    }

    /// The channel's secret: from an environment variable or a file of mode 600, never from the file
    /// itself. The outer optional is nil when a problem was reported; the inner when no secret is named.
    private func secretReference(_ fields: Fields, kind: NotifyChannelKind) -> Located<SecretReference?>? {
        guard let (environmentKey, fileKey) = kind.secretKeys else { return Located(value: nil, node: fields.node) }
        switch (fields[environmentKey], fields[fileKey]) {
        case (nil, nil):
            return Located(value: nil, node: fields.node)
        case (_?, let file?):
            log.error("give the secret either by '\(environmentKey)' or by '\(fileKey)', not both", at: file)
            return nil
        case let (variable?, nil):
            guard let name = read.parsed(variable, "the name of an environment variable", Self.variableName) else { return nil }
            guard secrets.hasVariable(name) else {
                log.error("environment variable \(name) is not set; export it before casewatch or casewatchd starts (the secret itself never goes in this file)", at: variable)
                return nil
            }
            return Located(value: .environment(name), node: variable)
        case let (nil, file?):
            guard let path = read.text(file, "the path of a file holding the secret") else { return nil }
            switch secrets.fileState(path) {
            case .missing:
                log.error("secret file '\(path)' does not exist; write the secret into it and run 'chmod 600 \(path)'", at: file)
                return nil
            case .unreadable:
                log.error("secret file '\(path)' cannot be read; make it readable by the user casewatch runs as, with mode 600", at: file)
                return nil
            case let .readable(mode) where mode != 0o600:
                log.error("secret file '\(path)' has mode \(String(mode, radix: 8)); only its owner may read it: run 'chmod 600 \(path)'", at: file)
                return nil
            case .readable:
                return Located(value: .file(path), node: file)
            }
        }
    }

    /// An environment variable's name: letters, digits and `_`, not starting with a digit.
    private static func variableName(_ text: String) throws(ValueProblem) -> String {
        let valid = text.first.map { !$0.isNumber } ?? false
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        guard valid else {
            throw ValueProblem("'\(text)' is not the name of an environment variable; write its name, e.g. CASEWATCH_WEBHOOK_SECRET, never the secret itself")
        }
        return text
    }
}
