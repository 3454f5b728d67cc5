import Crypto
import Foundation

/// A CAR v1 file (content-addressable archive) held in memory: its roots and its blocks,
/// each checked against the SHA-256 digest its CID names.
///
/// Layout: a varint-prefixed DAG-CBOR header `{version: 1, roots: [CID]}`, then blocks, each a
/// varint length followed by a CID and the block's bytes.
struct CARFile {
  /// The largest header accepted.
  static let maxHeaderBytes = 1 << 20

  /// The root CIDs named by the header (a repository export has one: the commit).
  let roots: [CID]
  /// How many blocks the file holds (with duplicates).
  let blockCount: Int
  private let bytes: [UInt8]
  private let ranges: [CID: Range<Int>]
  private let path: String
  private let limits: ImportLimits

  /// Parses and verifies `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: The whole file.
  ///   - path: The file, for messages.
  ///   - limits: The caps: blocks (`--max-records`) and the CBOR caps for every block decoded.
  ///   - verifyingHashes: Whether each block must hash to its CID; only fuzzing turns it off,
  ///     to reach the decoding behind the hashes.
  /// - Throws: ``ImportError`` for a truncated file, a malformed header or CID, a block whose
  ///   content does not match its hash, too many blocks, or a CBOR cap exceeded.
  init(bytes: [UInt8], path: String, limits: ImportLimits, verifyingHashes: Bool = true) throws {
    self.bytes = bytes
    self.path = path
    self.limits = limits
    let maxBlocks = limits.maxRecords
    func fail(_ location: String, _ reason: String) -> ImportError {
      ImportError.malformed(path: path, location: location, reason: reason)
    }
    var reader = VarintReader(bytes: bytes[...])
    guard let headerLength = reader.next(), headerLength > 0 else {
      throw fail("CAR header", "not a CAR file (no header length)")
    }
    guard headerLength <= UInt64(min(Self.maxHeaderBytes, bytes.count - reader.offset)) else {
      throw fail(
        "CAR header",
        "header length \(headerLength) is larger than the file or \(Self.maxHeaderBytes) bytes")
    }
    let headerStart = reader.offset
    let headerEnd = headerStart + Int(headerLength)
    let header = try bytes[headerStart..<headerEnd].withUnsafeBytes {
      try DAGCBORDecoder.decode($0, path: path, location: "CAR header", limits: limits)
    }
    guard let version = header["version"]?.int else {
      throw fail("CAR header", "not a CAR file (the header has no version)")
    }
    guard version == 1 else {
      throw fail("CAR header", "CAR version \(version); FollowGraph reads CAR v1")
    }
    guard let rootValues = header["roots"]?.array, !rootValues.isEmpty else {
      throw fail("CAR header", "the header names no root")
    }
    roots = try rootValues.map { value in
      guard let cid = value.link else { throw fail("CAR header", "a root is not a CID link") }
      return cid
    }

    var ranges: [CID: Range<Int>] = [:]
    var offset = headerEnd
    var count = 0
    while offset < bytes.count {
      count += 1
      let location = "block \(count) (byte \(offset))"
      guard count <= maxBlocks else {
        throw ImportError.limitExceeded(
          path: path, limit: "record limit", value: "more than \(maxBlocks) blocks",
          option: "--max-records")
      }
      var lengthReader = VarintReader(bytes: bytes[offset...])
      guard let length = lengthReader.next() else {
        throw fail(location, "the file is truncated inside a block length")
      }
      let start = offset + lengthReader.offset
      guard length > 0, length <= UInt64(bytes.count - start) else {
        throw fail(
          location,
          "the file is truncated: the block declares \(length) bytes but \(bytes.count - start) "
            + "remain")
      }
      let end = start + Int(length)
      var cidReader = VarintReader(bytes: bytes[start..<end])
      let (cid, cidLength) = try CID.parsePrefix(&cidReader, path: path, location: location)
      let content = (start + cidLength)..<end
      if verifyingHashes {
        try Self.verify(cid, content: bytes[content], path: path, location: location)
      }
      ranges[cid] = content
      offset = end
    }
    self.ranges = ranges
    blockCount = count
  }

  /// The bytes of the block `cid`, or `nil` when the file does not hold it.
  ///
  /// - Parameter cid: The block's CID.
  /// - Returns: The content.
  func block(_ cid: CID) -> ArraySlice<UInt8>? {
    ranges[cid].map { bytes[$0] }
  }

  /// Decodes the DAG-CBOR block `cid`.
  ///
  /// - Parameters:
  ///   - cid: The block's CID.
  ///   - location: What the block is, for messages.
  /// - Returns: The value, or `nil` when the file does not hold the block.
  /// - Throws: ``ImportError`` when the block is not valid DAG-CBOR.
  func decode(_ cid: CID, location: String) throws -> CBORValue? {
    guard let content = block(cid) else { return nil }
    return try content.withUnsafeBytes {
      try DAGCBORDecoder.decode($0, path: path, location: location, limits: limits)
    }
  }

  /// Checks that `content` hashes to the digest `cid` names.
  static func verify(_ cid: CID, content: ArraySlice<UInt8>, path: String, location: String)
    throws
  {
    guard cid.hashCode == CID.sha256 else {
      throw ImportError.malformed(
        path: path, location: "\(location) \(cid)",
        reason: "unsupported hash function 0x\(String(cid.hashCode, radix: 16)) (expected sha-256)")
    }
    let digest = content.withUnsafeBytes { SHA256.hash(data: $0) }
    guard cid.digest.count == SHA256.byteCount, digest.elementsEqual(cid.digest) else {
      throw ImportError.malformed(
        path: path, location: "\(location) \(cid)",
        reason: "the block's content does not match its CID (sha-256 mismatch)")
    }
  }
}
