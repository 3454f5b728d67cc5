import Foundation

/// A member's local header (APPNOTE § 4.3.7), checked against its central-directory record.
///
/// Readers that trust the local header can be sent down another path than the central
/// directory describes: a member listed as *stored* whose local header says *deflated* made
/// ZIPFoundation inflate past the member and loop at the end of the file (issue 18). Here the
/// two must agree on everything that decides how the bytes are read — name, method, the flags
/// for encryption, data descriptor and UTF-8 names, and (without a data descriptor) CRC-32 and
/// both sizes — or the member is refused, naming what differs.
enum ZipLocalHeader {
  /// The flag bits that change how a member is read.
  ///
  /// Bit 0 encrypted, 3 data descriptor, 11 UTF-8 name. Other bits (compression level hints,
  /// for example) may differ harmlessly.
  static let significantFlags: UInt16 = 0x0809

  /// The offset of the member's compressed bytes, after its local header has been checked.
  ///
  /// - Parameters:
  ///   - record: The member's central-directory record.
  ///   - handle: The zip file.
  ///   - size: The file's size.
  /// - Returns: The offset of the first compressed byte; the compressed bytes lie inside the
  ///   file.
  /// - Throws: ``ZipCentralDirectory/Unreadable`` naming the first disagreement.
  static func dataOffset(of record: ZipCentralDirectory.Record, handle: FileHandle, size: UInt64)
    throws -> UInt64
  {
    typealias Unreadable = ZipCentralDirectory.Unreadable
    guard size >= 30, record.localHeaderOffset <= size - 30 else {
      throw Unreadable(description: "the local header lies outside the file")
    }
    let header = try ZipCentralDirectory.read(handle, at: record.localHeaderOffset, count: 30)
    guard header.le32(0) == 0x0403_4B50 else {
      throw Unreadable(description: "no local header where the central directory points")
    }
    let nameLength = UInt64(header.le16(26))
    let extraLength = UInt64(header.le16(28))
    let start = record.localHeaderOffset + 30 + nameLength + extraLength
    guard start <= size else {
      throw Unreadable(description: "the local header runs past the end of the file")
    }
    let variable = try ZipCentralDirectory.read(
      handle, at: record.localHeaderOffset + 30, count: Int(nameLength + extraLength))
    try check(
      header: header, name: variable[0..<Int(nameLength)],
      extra: variable[Int(nameLength)...], against: record)
    guard record.compressedSize <= size - start else {
      throw Unreadable(description: "the compressed data runs past the end of the file")
    }
    return start
  }

  /// Throws when the local header disagrees with the central directory.
  private static func check(
    header: [UInt8], name: ArraySlice<UInt8>, extra: ArraySlice<UInt8>,
    against record: ZipCentralDirectory.Record
  ) throws {
    func disagree(_ what: String, local: String, central: String) -> ZipCentralDirectory.Unreadable
    {
      ZipCentralDirectory.Unreadable(
        description: "the local header and the central directory disagree on the \(what) "
          + "(\(local) against \(central))")
    }
    let method = header.le16(8)
    guard method == record.method else {
      throw disagree("compression method", local: "\(method)", central: "\(record.method)")
    }
    let flags = header.le16(6) & significantFlags
    guard flags == record.flags & significantFlags else {
      throw disagree(
        "flags", local: hex(flags), central: hex(record.flags & significantFlags))
    }
    guard Array(name) == record.nameBytes else {
      throw ZipCentralDirectory.Unreadable(
        description: "the local header and the central directory disagree on the name")
    }
    // With a data descriptor (bit 3) the local CRC and sizes are zero or unknown by design.
    guard record.flags & 0x0008 == 0 else { return }
    let crc = header.le32(14)
    guard crc == record.crc32 else {
      throw disagree("CRC-32", local: hex(crc), central: hex(record.crc32))
    }
    var sizes = Zip64Fields(
      uncompressed: UInt64(header.le32(22)), compressed: UInt64(header.le32(18)), offset: 0)
    sizes.apply(extra: extra)
    guard sizes.compressed == record.compressedSize else {
      throw disagree(
        "compressed size", local: "\(sizes.compressed)", central: "\(record.compressedSize)")
    }
    guard sizes.uncompressed == record.uncompressedSize else {
      throw disagree(
        "uncompressed size", local: "\(sizes.uncompressed)",
        central: "\(record.uncompressedSize)")
    }
  }

  private static func hex<T: BinaryInteger>(_ value: T) -> String {
    "0x" + String(value, radix: 16, uppercase: true)
  }
}
