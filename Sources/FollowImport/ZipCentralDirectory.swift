import Foundation

/// Where each member's compressed bytes lie in a zip file, read from its central directory.
///
/// ZIPFoundation keeps these offsets internal, and its inflate loop never ends when a deflate
/// stream runs past the end of the file (found by `fuzz-zip`). ``ZipTree`` therefore feeds
/// the inflater itself, from exactly the member's compressed bytes.
struct ZipCentralDirectory {
  /// One member's record, in central-directory order.
  struct Record: Equatable {
    let method: UInt16
    let compressedSize: UInt64
    let localHeaderOffset: UInt64
  }

  /// The records, in the order ZIPFoundation iterates the entries.
  let records: [Record]

  /// A reason the directory cannot be read.
  struct Unreadable: Error, CustomStringConvertible {
    let description: String
  }

  /// Reads the central directory of the zip file open in `handle`.
  ///
  /// - Parameters:
  ///   - handle: The zip file.
  ///   - size: The file's size.
  /// - Throws: ``Unreadable`` when a record or offset is out of bounds.
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
      guard recordOffset <= size &- 56 else { throw Unreadable(description: "bad ZIP64 locator") }
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
      guard at + 46 <= directory.count, directory.le32(at) == 0x0201_4B50 else {
        throw Unreadable(description: "bad central directory record \(records.count + 1)")
      }
      let nameLength = Int(directory.le16(at + 28))
      let extraLength = Int(directory.le16(at + 30))
      let commentLength = Int(directory.le16(at + 32))
      let end = at + 46 + nameLength + extraLength + commentLength
      guard end <= directory.count else {
        throw Unreadable(description: "central directory record \(records.count + 1) is cut")
      }
      var compressed = UInt64(directory.le32(at + 20))
      let uncompressed = directory.le32(at + 24)
      var offset = UInt64(directory.le32(at + 42))
      // ZIP64 extended information (0x0001) holds the fields that are 0xFFFFFFFF, in order.
      var extra = at + 46 + nameLength
      let extraEnd = extra + extraLength
      while extra + 4 <= extraEnd {
        let id = directory.le16(extra)
        let length = Int(directory.le16(extra + 2))
        var field = extra + 4
        if id == 0x0001 {
          if uncompressed == 0xFFFF_FFFF { field += 8 }
          if compressed == 0xFFFF_FFFF, field + 8 <= extraEnd {
            compressed = directory.le64(field)
            field += 8
          }
          if offset == 0xFFFF_FFFF, field + 8 <= extraEnd { offset = directory.le64(field) }
        }
        extra += 4 + length
      }
      records.append(
        Record(
          method: directory.le16(at + 10), compressedSize: compressed, localHeaderOffset: offset))
      at = end
    }
    self.records = records
  }

  /// The offset of the member's compressed bytes: after its local header, name and extra
  /// field, which may differ from the central directory's.
  ///
  /// - Parameters:
  ///   - record: The member.
  ///   - handle: The zip file.
  ///   - size: The file's size.
  /// - Returns: The offset, with the compressed bytes inside the file.
  /// - Throws: ``Unreadable`` when the local header is missing or the data runs past the end.
  static func dataOffset(of record: Record, handle: FileHandle, size: UInt64) throws -> UInt64 {
    guard record.localHeaderOffset <= size &- 30 else {
      throw Unreadable(description: "the local header lies outside the file")
    }
    let header = try read(handle, at: record.localHeaderOffset, count: 30)
    guard header.le32(0) == 0x0403_4B50 else {
      throw Unreadable(description: "no local header where the central directory points")
    }
    let start = record.localHeaderOffset + 30 + UInt64(header.le16(26)) + UInt64(header.le16(28))
    guard start <= size, record.compressedSize <= size - start else {
      throw Unreadable(description: "the compressed data runs past the end of the file")
    }
    return start
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

extension [UInt8] {
  /// The little-endian 16-bit value at `index`.
  fileprivate func le16(_ index: Int) -> UInt16 {
    UInt16(self[index]) | UInt16(self[index + 1]) << 8
  }

  /// The little-endian 32-bit value at `index`.
  fileprivate func le32(_ index: Int) -> UInt32 {
    UInt32(le16(index)) | UInt32(le16(index + 2)) << 16
  }

  /// The little-endian 64-bit value at `index`.
  fileprivate func le64(_ index: Int) -> UInt64 {
    UInt64(le32(index)) | UInt64(le32(index + 4)) << 32
  }
}
