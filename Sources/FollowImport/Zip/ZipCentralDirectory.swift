import Foundation

/// The members of a zip file as its central directory lists them (APPNOTE 6.3.10, § 4.3.12).
///
/// The central directory is the archive's authority: each member is read from exactly the
/// compressed bytes it declares there, and a local header that disagrees with it is refused
/// (``ZipLocalHeader``). Every loop here is bounded by the file's size, never by a count or
/// length that the file declares alone.
struct ZipCentralDirectory {
  /// One member's central-directory record.
  struct Record: Equatable {
    /// The name's raw bytes (decoded by ``ZipMemberName``).
    let nameBytes: [UInt8]
    /// General-purpose flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name).
    let flags: UInt16
    /// Compression method: 0 stored, 8 deflated.
    let method: UInt16
    /// CRC-32 of the uncompressed bytes.
    let crc32: UInt32
    /// Compressed size in bytes (ZIP64 value where present).
    let compressedSize: UInt64
    /// Uncompressed size in bytes (ZIP64 value where present).
    let uncompressedSize: UInt64
    /// Offset of the member's local header (ZIP64 value where present).
    let localHeaderOffset: UInt64
    /// The host system that wrote the record (upper byte of "version made by"; 3 is Unix).
    let hostSystem: UInt8
    /// External file attributes (on Unix hosts, the mode in the upper 16 bits).
    let externalAttributes: UInt32

    /// Whether the member is a folder entry (a name ending in `/`).
    var isFolder: Bool { nameBytes.last == UInt8(ascii: "/") }

    /// Whether the member is a symbolic link (a Unix mode `S_IFLNK`): never read as a file.
    var isSymbolicLink: Bool {
      hostSystem == 3 && (externalAttributes >> 16) & 0o170000 == 0o120000
    }
  }

  /// The records, in central-directory order.
  let records: [Record]

  /// A reason the archive cannot be read.
  struct Unreadable: Error, CustomStringConvertible {
    let description: String
  }

  /// Reads the central directory of the zip file open in `handle`.
  ///
  /// - Parameters:
  ///   - handle: The zip file.
  ///   - size: The file's size.
  /// - Throws: ``Unreadable`` when a record or offset is out of bounds.
  /// - Complexity: O(*n*) in the size of the central directory; the end record is searched in
  ///   at most the last 65,577 bytes.
  init(handle: FileHandle, size: UInt64) throws {
    let tailSize = min(size, 22 + 65_535 + 20)
    let tail = try Self.read(handle, at: size - tailSize, count: Int(tailSize))
    guard let eocd = Self.lastIndex(of: 0x0605_4B50, in: tail) else {
      throw Unreadable(description: "no end of central directory record")
    }
    var count = UInt64(tail.le16(eocd + 10))
    var directorySize = UInt64(tail.le32(eocd + 12))
    var directoryOffset = UInt64(tail.le32(eocd + 16))
    if eocd >= 20, tail.le32(eocd - 20) == 0x0706_4B50 {
      // ZIP64: the locator points at the ZIP64 end of central directory record.
      let recordOffset = tail.le64(eocd - 20 + 8)
      guard size >= 56, recordOffset <= size - 56 else {
        throw Unreadable(description: "bad ZIP64 locator")
      }
      let record = try Self.read(handle, at: recordOffset, count: 56)
      guard record.le32(0) == 0x0606_4B50 else {
        throw Unreadable(description: "bad ZIP64 end of central directory record")
      }
      count = record.le64(32)
      directorySize = record.le64(40)
      directoryOffset = record.le64(48)
    }
    guard directoryOffset <= size, directorySize <= size - directoryOffset,
      count <= directorySize / 46
    else {
      throw Unreadable(description: "the central directory lies outside the file")
    }
    let directory = try Self.read(handle, at: directoryOffset, count: Int(directorySize))
    var records: [Record] = []
    records.reserveCapacity(Int(count))
    var at = 0
    for _ in 0..<count {
      let number = records.count + 1
      guard at + 46 <= directory.count, directory.le32(at) == 0x0201_4B50 else {
        throw Unreadable(description: "bad central directory record \(number)")
      }
      let nameLength = Int(directory.le16(at + 28))
      let extraLength = Int(directory.le16(at + 30))
      let commentLength = Int(directory.le16(at + 32))
      let end = at + 46 + nameLength + extraLength + commentLength
      guard end <= directory.count else {
        throw Unreadable(description: "central directory record \(number) is cut")
      }
      var fields = Zip64Fields(
        uncompressed: UInt64(directory.le32(at + 24)), compressed: UInt64(directory.le32(at + 20)),
        offset: UInt64(directory.le32(at + 42)))
      let extraStart = at + 46 + nameLength
      fields.apply(extra: directory[extraStart..<(extraStart + extraLength)])
      records.append(
        Record(
          nameBytes: Array(directory[(at + 46)..<extraStart]), flags: directory.le16(at + 8),
          method: directory.le16(at + 10), crc32: directory.le32(at + 16),
          compressedSize: fields.compressed, uncompressedSize: fields.uncompressed,
          localHeaderOffset: fields.offset, hostSystem: directory[at + 5],
          externalAttributes: directory.le32(at + 38)))
      at = end
    }
    self.records = records
  }

  /// Reads `count` bytes at `offset`, or throws when fewer are there.
  static func read(_ handle: FileHandle, at offset: UInt64, count: Int) throws -> [UInt8] {
    try handle.seek(toOffset: offset)
    let data = try handle.read(upToCount: count) ?? Data()
    guard data.count == count else { throw Unreadable(description: "the file is cut short") }
    return [UInt8](data)
  }

  private static func lastIndex(of signature: UInt32, in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    for index in stride(from: bytes.count - 22, through: 0, by: -1)
    where bytes.le32(index) == signature {
      return index
    }
    return nil
  }
}

/// The sizes and offset of a record, replaced by the ZIP64 extended information extra field
/// (id 0x0001) where the 32-bit field holds 0xFFFFFFFF (APPNOTE § 4.5.3).
struct Zip64Fields: Equatable {
  var uncompressed: UInt64
  var compressed: UInt64
  var offset: UInt64

  /// Applies the ZIP64 field found in `extra`, if any.
  ///
  /// A field marked 0xFFFFFFFF without a ZIP64 value keeps 0xFFFFFFFF (a legal size of its
  /// own; the member's size and CRC-32 checks still hold).
  ///
  /// - Complexity: O(*n*) in the extra field's length; each step advances by at least 4 bytes.
  mutating func apply(extra: ArraySlice<UInt8>) {
    let bytes = Array(extra)
    var at = 0
    var needs = (
      uncompressed: uncompressed == 0xFFFF_FFFF, compressed: compressed == 0xFFFF_FFFF,
      offset: offset == 0xFFFF_FFFF
    )
    while at + 4 <= bytes.count {
      let id = bytes.le16(at)
      let length = Int(bytes.le16(at + 2))
      let end = min(at + 4 + length, bytes.count)
      if id == 0x0001 {
        var field = at + 4
        func next() -> UInt64? {
          guard field + 8 <= end else { return nil }
          defer { field += 8 }
          return bytes.le64(field)
        }
        if needs.uncompressed, let value = next() {
          uncompressed = value
          needs.uncompressed = false
        }
        if needs.compressed, let value = next() {
          compressed = value
          needs.compressed = false
        }
        if needs.offset, let value = next() {
          offset = value
          needs.offset = false
        }
      }
      at += 4 + length
    }
  }
}

extension [UInt8] {
  /// The little-endian 16-bit value at `index`.
  func le16(_ index: Int) -> UInt16 {
    UInt16(self[index]) | UInt16(self[index + 1]) << 8
  }

  /// The little-endian 32-bit value at `index`.
  func le32(_ index: Int) -> UInt32 {
    UInt32(le16(index)) | UInt32(le16(index + 2)) << 16
  }

  /// The little-endian 64-bit value at `index`.
  func le64(_ index: Int) -> UInt64 {
    UInt64(le32(index)) | UInt64(le32(index + 4)) << 32
  }
}
