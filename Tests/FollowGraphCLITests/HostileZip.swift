import CFollowZlib
import Foundation

/// Writes small zip archives whose members may lie, for the end-to-end tests of the zip
/// reader (issue 18): each member's method and sizes can differ between its local header and
/// the central directory.
struct HostileZip {
  /// One member as written.
  struct Member {
    var name: String
    /// The bytes stored after the local header.
    var payload: Data
    /// The method the central directory declares (0 stored, 8 deflated).
    var centralMethod: UInt16 = 0
    /// The method the local header declares.
    var localMethod: UInt16 = 0
    /// The uncompressed size and CRC-32 declared in both headers (default: the payload's own).
    var declaredContent: Data? = nil
  }

  var members: [Member]

  /// A raw deflate stream that never ends: non-final stored blocks of `content`, so an
  /// inflater that is not bounded by the member's size reads on to the end of the file.
  static func endlessDeflate(_ content: Data) -> Data {
    var stream = Data()
    var rest = content[...]
    while !rest.isEmpty {
      let block = rest.prefix(65_535)
      rest = rest.dropFirst(block.count)
      let length = UInt16(block.count)
      stream.append(0x00)  // BFINAL = 0, BTYPE = 00 (stored), padded to the byte.
      stream.append(le16(length))
      stream.append(le16(~length))
      stream.append(contentsOf: block)
    }
    return stream
  }

  /// The archive's bytes.
  func data() -> Data {
    var body = Data()
    var directory = Data()
    for member in members {
      let content = member.declaredContent ?? member.payload
      let crc = content.withUnsafeBytes { bytes in
        UInt32(
          crc32(0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
      }
      let name = Data(member.name.utf8)
      let offset = UInt32(body.count)
      func fields(method: UInt16) -> Data {
        var fields = Data()
        fields.append(Self.le16(20))  // version needed
        fields.append(Self.le16(0))  // flags
        fields.append(Self.le16(method))
        fields.append(Self.le32(0))  // time and date
        fields.append(Self.le32(crc))
        fields.append(Self.le32(UInt32(member.payload.count)))
        fields.append(Self.le32(UInt32(content.count)))
        fields.append(Self.le16(UInt16(name.count)))
        fields.append(Self.le16(0))  // extra length
        return fields
      }
      body.append(Self.le32(0x0403_4B50))
      body.append(fields(method: member.localMethod))
      body.append(name)
      body.append(member.payload)
      directory.append(Self.le32(0x0201_4B50))
      directory.append(Self.le16(20))  // version made by
      directory.append(fields(method: member.centralMethod))
      directory.append(Data(count: 8))  // comment length, disk, internal and external attributes
      directory.append(Data(count: 2))
      directory.append(Self.le32(offset))
      directory.append(name)
    }
    var end = Data()
    end.append(Self.le32(0x0605_4B50))
    end.append(Data(count: 4))  // disk numbers
    end.append(Self.le16(UInt16(members.count)))
    end.append(Self.le16(UInt16(members.count)))
    end.append(Self.le32(UInt32(directory.count)))
    end.append(Self.le32(UInt32(body.count)))
    end.append(Self.le16(0))  // comment length
    return body + directory + end
  }

  private static func le16(_ value: UInt16) -> Data {
    Data([UInt8(value & 0xFF), UInt8(value >> 8)])
  }

  private static func le32(_ value: UInt32) -> Data {
    le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16))
  }
}
