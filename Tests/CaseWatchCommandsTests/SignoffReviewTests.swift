import CaseWatchCore
import CaseWatchStore
import Synchronization
import Testing

/// `casewatch signoff review` driven through its input stream: each answer a line, as a leader would type.
@Suite struct SignoffReviewTests {
    @Test func aLeaderApprovesAndRejectsOneAfterTheOther() throws {
        let f = try SignoffFixture()
        let (a, b) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"))
        let result = try f.signoff(["review", "--token-file", f.tokenFile(for: "l-nanguan-02")], input: [
            "v",                              // view N-A in full, then asked again
            "maybe",                          // not an answer
            "a", "", "Clear the bins today",  // approve: an empty instruction is asked again
            "soon", "2 working days",         // a deadline that does not read, then one that does
            "reject", "The unit was never told",
        ])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("2 sign-offs awaiting l-nanguan-02 (王海波, 副区长), oldest due first"))
        #expect(result.out.contains("[1/2] sign-off \(a.id): case N-A, unit cc.nanguan.ziqiang.dongling 东岭社区"))
        #expect(result.out.contains("sanitation.garbage, normal, overdue 4d 1h; sign by 2026-10-26T17:00:00+08:00 (2d 23h left); escalations: warning, overdue, urge, leadership"))
        #expect(result.out.contains("[a]pprove, [r]eject, re[t]urn, [s]kip, [v]iew in full, [q]uit? v\n"), "a script's answers are written after their prompts")
        #expect(result.out.contains("Record of cc.nanguan.ziqiang.dongling"), "v shows the sign-off in full")
        #expect(result.out.contains("answer a (approve), r (reject), t (return), s (skip), v (view) or q (quit)"))
        #expect(result.out.contains("say it in a few words"))
        #expect(result.out.contains("deadline: "), "the unreadable deadline is explained")
        #expect(result.out.contains("approved sign-off \(a.id): supervision order SO-\(a.id) opened, due 2026-10-27T17:00:00+08:00"))
        #expect(result.out.contains("[2/2] sign-off \(b.id): case N-B"))
        #expect(result.out.contains("rejected sign-off \(b.id): 5 points given back"))
        #expect(result.out.contains("review ended: 1 approved, 1 rejected, 0 returned, 0 skipped, 0 refused, 0 not reached"))
        #expect(try f.signoff(of: "N-A").instruction == "Clear the bins today")
        #expect(try f.signoff(of: "N-B").reason == "The unit was never told")
        #expect(try f.store().read { try $0.auditEntries(actor: "l-nanguan-02") }.map(\.action) == ["signoff.approve", "signoff.reject"])
    }

    @Test func skipReturnQuitAndTheEndOfTheInput() throws {
        let f = try SignoffFixture()
        let (a, b) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"))
        let token = try f.tokenFile(for: "l-nanguan-02")
        let first = try f.signoff(["review", "--token-file", token], input: ["s", "t", "Attach the unit's reply"])
        #expect(first.exitCode == 0, "\(first.err)")
        #expect(first.out.contains("skipped sign-off \(a.id)"))
        #expect(first.out.contains("returned sign-off \(b.id) to the hotline centre"))
        #expect(first.out.contains("review ended: 0 approved, 0 rejected, 1 returned, 1 skipped, 0 refused, 0 not reached"))
        #expect(try f.signoff(of: "N-A").status == .pending && f.signoff(of: "N-B").status == .returned)
        let quit = try f.signoff(["review", "--token-file", token], input: ["q"])
        #expect(quit.out.contains("1 sign-off awaiting l-nanguan-02"))
        #expect(quit.out.contains("review ended: 0 approved, 0 rejected, 0 returned, 0 skipped, 0 refused, 1 not reached"))
        let ended = try f.signoff(["review", "--token-file", token], input: ["a", "Clear the bins"])
        #expect(ended.exitCode == 0)
        #expect(ended.out.contains("1 not reached"), "the input ended before the deadline was asked: nothing decided")
        #expect(try f.signoff(of: "N-A").status == .pending)
    }

    @Test func aSignoffDecidedByAnotherLeaderMeanwhileIsRefusedAndTheReviewGoesOn() throws {
        let f = try SignoffFixture()
        let (a, b) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"))
        let other = try f.tokenFile(for: "l-nanguan-01")
        let otherResult = Mutex<CommandResult?>(nil)
        let db = f.db
        let result = try f.signoff(["review", "--token-file", f.tokenFile(for: "l-nanguan-02")], input: ["a", "Go", "", "s"]) { line in
            // While l-nanguan-02 types the deadline, l-nanguan-01 rejects the same sign-off (at the same
            // fixed instant: the clock is bound for the whole task).
            guard line == 2 else { return }
            let rejected = CommandHarness.run([
                "signoff", "reject", "\(a.id)", "--reason", "Wrong unit", "--token-file", other, "--db", db, "--policies", CommandHarness.policies,
            ])
            otherResult.withLock { $0 = rejected }
        }
        #expect(otherResult.withLock { $0?.exitCode } == 0)
        #expect(result.exitCode == 1)
        #expect(result.err.contains("refused: sign-off \(a.id) was already rejected by l-nanguan-01; a decision is final"))
        #expect(result.out.contains("skipped sign-off \(b.id)"), "the review went on after the refusal")
        #expect(result.out.contains("review ended: 0 approved, 0 rejected, 0 returned, 1 skipped, 1 refused, 0 not reached"))
        #expect(result.err.contains("1 decision was refused"))
        #expect(try f.signoff(of: "N-A").status == .rejected)
    }

    @Test func expiredSignoffsAreLeftOutAndNothingAwaitingEndsAtOnce() throws {
        let f = try SignoffFixture()
        let b = try f.signoff(of: "N-B")
        let late = try f.signoff(["review", "--token-file", f.tokenFile(for: "l-nanguan-02")], at: "2026-10-26T17:30", input: ["q"])
        #expect(late.out.contains("1 sign-off awaiting l-nanguan-02"))
        #expect(late.out.contains("(1 expired unsigned and pass to the next level; they are not shown)"))
        #expect(late.out.contains("[1/1] sign-off \(b.id): case N-B"))
        let city = try f.signoff(["review", "--token-file", f.tokenFile(for: "l-cc-01")], input: ["a"])
        #expect(city.exitCode == 0)
        #expect(city.out == "0 sign-offs awaiting l-cc-01 (刘志远, 副市长), oldest due first\n")
        let noToken = try f.signoff(["review"])
        #expect(noToken.exitCode == 1 && noToken.err.contains("refused: no token"))
    }
}
