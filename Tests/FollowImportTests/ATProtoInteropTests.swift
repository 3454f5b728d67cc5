import FollowModel
import FollowTestSupport
import Foundation
import Testing

@testable import FollowImport

/// The AT Protocol's own interop fixtures (`../shared/reference/atproto-interop/`, CC0): the
/// DAG-CBOR decoder, CIDs, the JSON data model and identifier syntax agree with the protocol.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct ATProtoInteropTests {
  private static func json(_ name: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: ReferenceData.url("atproto-interop/data-model/\(name)"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }

  /// The lines of a syntax file, as written (spaces are part of some cases), without blank
  /// lines and `#` comments.
  private static func lines(_ name: String) throws -> [String] {
    let text = try String(
      contentsOf: ReferenceData.url("atproto-interop/syntax/\(name)"), encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
      .filter { !$0.hasPrefix("#") }
  }

  @Test func fixturesDecodeToTheirJSONAndHashToTheirCID() throws {
    let fixtures = try Self.json("data-model-fixtures.json")
    #expect(fixtures.count == 3)
    for fixture in fixtures {
      let base64 = try #require(fixture["cbor_base64"] as? String)
      let padded = base64 + String(repeating: "=", count: (4 - base64.count % 4) % 4)
      let bytes = [UInt8](try #require(Data(base64Encoded: padded)))
      let decoded = try bytes.withUnsafeBytes {
        try DAGCBORDecoder.decode($0, path: "fixture", location: "block", limits: ImportLimits())
      }
      let json = try JSONSerialization.data(withJSONObject: try #require(fixture["json"]))
      #expect(try ATProtoDataModel.record(fromJSON: json) == decoded)
      #expect(CID.dagCBOR(of: bytes)?.description == fixture["cid"] as? String)
    }
  }

  @Test func validRecordsAreAccepted() throws {
    for case (let note, let json) in try Self.json("data-model-valid.json").map({
      ($0["note"] as? String ?? "?", $0["json"] as Any)
    }) {
      let data = try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed])
      #expect(throws: Never.self, "\(note)") { try ATProtoDataModel.record(fromJSON: data) }
    }
  }

  @Test func invalidRecordsAreRejectedWithAReason() throws {
    let cases = try Self.json("data-model-invalid.json")
    #expect(cases.count == 12)
    for fixture in cases {
      let note = fixture["note"] as? String ?? "?"
      let data = try JSONSerialization.data(
        withJSONObject: fixture["json"] as Any, options: [.fragmentsAllowed])
      let error = #expect(throws: ATProtoDataModel.Invalid.self, "\(note)") {
        try ATProtoDataModel.record(fromJSON: data)
      }
      #expect(error?.reason.isEmpty == false, "\(note)")
    }
  }

  @Test func everyValidDIDIsAcceptedAndEveryInvalidOneRefused() throws {
    let valid = try Self.lines("did_syntax_valid.txt")
    let invalid = try Self.lines("did_syntax_invalid.txt")
    #expect((valid.count, invalid.count) == (24, 18))
    for line in valid {
      #expect(ATProtoIdentifier.isValidDID(line), "\(line)")
      #expect(try ATProtoIdentifier(parsing: line) == .did(line))
    }
    for line in invalid {
      #expect(!ATProtoIdentifier.isValidDID(line), "\(line)")
      if line.hasPrefix("did:") {
        #expect(throws: ModelError.self, "\(line)") { try ATProtoIdentifier(parsing: line) }
      }
    }
  }

  @Test func everyValidHandleIsAcceptedAndEveryInvalidOneRefused() throws {
    let valid = try Self.lines("handle_syntax_valid.txt")
    let invalid = try Self.lines("handle_syntax_invalid.txt")
    #expect((valid.count, invalid.count) == (71, 48))
    for line in valid {
      #expect(ATProtoIdentifier.isValidHandle(line), "\(line)")
      #expect(try ATProtoIdentifier(parsing: "@" + line) == .handle(line.lowercased()))
    }
    for line in invalid {
      #expect(!ATProtoIdentifier.isValidHandle(line), "\(line)")
      #expect(throws: ModelError.self, "\(line)") { try ATProtoIdentifier(parsing: line) }
    }
  }

  @Test func handlesAreLowerCasedAndDIDsKeptAsWritten() throws {
    #expect(try ATProtoIdentifier(parsing: "@Alice.BSKY.social") == .handle("alice.bsky.social"))
    #expect(try ATProtoIdentifier(parsing: "did:web:Example.com") == .did("did:web:Example.com"))
    #expect(throws: ModelError.self) { try ATProtoIdentifier(parsing: "@") }
  }

  @Test func cidTextRoundTrips() throws {
    let text = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a"
    #expect(CID(text: text)?.description == text)
    #expect(CID(text: ".") == nil)
    #expect(CID(text: "bafy") == nil)
  }
}
