import CaseWatchCore
import CaseWatchTesting
import Foundation
import Testing

@testable import CaseWatchDelivery

@Suite struct SecretResolverTests {
    @Test func anEnvironmentVariableIsReadAndAMissingOneNamed() throws {
        let resolver = SecretResolver(environment: ["HOOK_SECRET": "s3cr3t", "EMPTY": ""])
        #expect(try resolver.resolve(.environment("HOOK_SECRET")) == "s3cr3t")
        #expect(throws: SecretError.variableNotSet(name: "MISSING")) { try resolver.resolve(.environment("MISSING")) }
        #expect(throws: SecretError.variableNotSet(name: "EMPTY")) { try resolver.resolve(.environment("EMPTY")) }
    }

    @Test func aFileOnlyItsOwnerMayReadIsReadWithoutItsTrailingNewline() throws {
        try TemporaryDirectory.with { directory in
            let path = try directory.write("secret", "file-s3cr3t\n")
            chmod(path, 0o600)
            #expect(try SecretResolver(environment: [:]).resolve(.file(path)) == "file-s3cr3t")
            chmod(path, 0o400)
            #expect(try SecretResolver(environment: [:]).resolve(.file(path)) == "file-s3cr3t")
        }
    }

    @Test func aFileOthersMayReadIsRefusedAndTheErrorNeverHoldsTheValue() throws {
        try TemporaryDirectory.with { directory in
            let path = try directory.write("secret", "file-s3cr3t\n")
            chmod(path, 0o644)
            do throws(SecretError) {
                _ = try SecretResolver(environment: [:]).resolve(.file(path))
                Issue.record("a mode 644 secret file was read")
            } catch {
                #expect(error == .fileNotPrivate(path: path, mode: "644"))
                #expect(!error.description.contains("s3cr3t"))
                #expect(error.description.contains(path))
            }
        }
    }

    @Test func aMissingOrEmptyFileIsNamed() throws {
        try TemporaryDirectory.with { directory in
            let missing = directory.path + "/nope"
            #expect(throws: SecretError.fileMissing(path: missing)) { try SecretResolver(environment: [:]).resolve(.file(missing)) }
            let empty = try directory.write("empty", "\n")
            chmod(empty, 0o600)
            #expect(throws: SecretError.fileEmpty(path: empty)) { try SecretResolver(environment: [:]).resolve(.file(empty)) }
        }
    }
}
