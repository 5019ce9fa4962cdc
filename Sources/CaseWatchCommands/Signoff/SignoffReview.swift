import CaseWatchCore
import Foundation

/// The interactive walk through a leader's pending sign-offs, one at a time: each is summed up, then
/// approved, rejected, returned, skipped, viewed in full, or the walk ends. Answers come from
/// ``LineInput/current``; prompts and results go to ``Console``.
struct SignoffReview {
    /// What the walk did.
    struct Tally: Equatable {
        var approved = 0, rejected = 0, returned = 0, skipped = 0, refused = 0, notReached = 0

        /// `1 approved, 0 rejected, 2 returned, 1 skipped, 0 refused, 3 not reached`.
        var summary: String {
            "\(approved) approved, \(rejected) rejected, \(returned) returned, \(skipped) skipped, \(refused) refused, \(notReached) not reached"
        }
    }

    /// What the leader chose for one sign-off.
    enum Choice {
        case approve(instruction: String, deadline: ClockDuration?)
        case reject(reason: String)
        case returnToCentre(reason: String)
        case skip
        case quit
    }

    /// The session.
    let session: SignoffSession
    /// The leader's token (each decision is checked against it again).
    let token: String?

    /// Walks through `signoffs` in order until the end or a quit.
    func walk(_ signoffs: [Signoff]) throws -> Tally {
        var tally = Tally()
        for (index, signoff) in signoffs.enumerated() {
            try summarise(signoff, position: index + 1, of: signoffs.count)
            switch try choose(for: signoff) {
            case .quit:
                tally.notReached = signoffs.count - index
                return tally
            case .skip:
                tally.skipped += 1
                Console.line("skipped sign-off \(signoff.id)")
            case let choice:
                do {
                    Console.line(try decide(choice, on: signoff.id))
                    switch choice {
                    case .approve: tally.approved += 1
                    case .reject: tally.rejected += 1
                    default: tally.returned += 1
                    }
                } catch let failure as CommandFailure {
                    tally.refused += 1
                    Console.errorLine(failure.message)
                }
            }
        }
        return tally
    }

    /// Prints the sign-off's summary.
    private func summarise(_ signoff: Signoff, position: Int, of count: Int) throws {
        let now = WallClock.now()
        let (unit, projection, escalations) = try session.store.read { reader in
            (try reader.unit(signoff.unit), try reader.projection(of: signoff.caseID), try reader.escalations(caseID: signoff.caseID))
        }
        let tiers = escalations.filter { $0.escalation.cycle == signoff.cycle }.map(\.escalation.tier.rawValue)
        Console.line("")
        Console.line("[\(position)/\(count)] sign-off \(signoff.id): case \(signoff.caseID), unit \(signoff.unit)\(unit.map { " \($0.name)" } ?? "")")
        var facts = ["sign by \(session.show(signoff.dueAt)) (\(SignoffRow.left(signoff, now: now)))"]
        if let projection {
            facts.insert("\(projection.category), \(projection.urgency), \(CaseView.summary(of: projection, now: now) ?? projection.status.rawValue)", at: 0)
        }
        if !tiers.isEmpty { facts.append("escalations: \(tiers.joined(separator: ", "))") }
        Console.line("      " + facts.joined(separator: "; "))
    }

    /// Asks until the answer is a choice (viewing the sign-off in full on the way, as often as asked).
    private func choose(for signoff: Signoff) throws -> Choice {
        while true {
            guard let answer = ask("[a]pprove, [r]eject, re[t]urn, [s]kip, [v]iew in full, [q]uit? ") else { return .quit }
            switch answer.lowercased() {
            case "a", "approve":
                guard let instruction = askText("Instruction to the unit: "), let deadline = askDeadline() else { return .quit }
                return .approve(instruction: instruction, deadline: deadline.duration)
            case "r", "reject":
                return askText("Why the escalation was unjustified: ").map { .reject(reason: $0) } ?? .quit
            case "t", "return":
                return askText("What the centre must add or check: ").map { .returnToCentre(reason: $0) } ?? .quit
            case "s", "skip":
                return .skip
            case "q", "quit":
                return .quit
            case "v", "view":
                Console.line(try SignoffReport.text(of: session.signoff(signoff.id), session: session, now: WallClock.now()))
            default:
                Console.line("answer a (approve), r (reject), t (return), s (skip), v (view) or q (quit)")
            }
        }
    }

    /// Carries out a decision; a refusal is thrown as a ``CommandFailure``.
    private func decide(_ choice: Choice, on id: Int64) throws -> String {
        let now = WallClock.now()
        switch choice {
        case let .approve(instruction, deadline):
            return try session.approve(id, token: token, instruction: instruction, deadline: deadline, at: now)
        case let .reject(reason):
            return try session.reject(id, token: token, reason: reason, at: now)
        case let .returnToCentre(reason):
            return try session.returnToCentre(id, token: token, reason: reason, at: now)
        case .skip, .quit:
            preconditionFailure("skip and quit decide nothing")
        }
    }

    /// Prompts and reads one answer, trimmed (written after the prompt when the input does not echo);
    /// nil at the end of the input.
    private func ask(_ prompt: String) -> String? {
        Console.current.write(prompt, .out)
        let input = LineInput.current
        let answer = input.next()
        if !input.echoes { Console.current.write((answer ?? "") + "\n", .out) }
        return answer?.trimmingCharacters(in: .whitespaces)
    }

    /// Asks until the answer is not empty; nil at the end of the input.
    private func askText(_ prompt: String) -> String? {
        while let answer = ask(prompt) {
            if !answer.isEmpty { return answer }
            Console.line("say it in a few words (the end of the input quits)")
        }
        return nil
    }

    /// The supervision order's deadline as answered.
    private struct DeadlineAnswer {
        /// The duration given; nil for the default.
        let duration: ClockDuration?
    }

    /// Asks for the supervision order's deadline until it reads; an empty answer takes the default.
    /// Nil at the end of the input.
    private func askDeadline() -> DeadlineAnswer? {
        while let answer = ask("Deadline (empty: 5 working days): ") {
            if answer.isEmpty { return DeadlineAnswer(duration: nil) }
            do {
                return DeadlineAnswer(duration: try ArgumentReading.duration(answer, option: "deadline"))
            } catch {
                Console.line("\(error.message); e.g. \"3 working days\" or 48h")
            }
        }
        return nil
    }
}
