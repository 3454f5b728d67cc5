import CFollowZlib
import Foundation

/// Inflates a gzip stream (RFC 1952) or a raw deflate stream (RFC 1951, a zip member)
/// through the system zlib, chunk by chunk, with a cap on the decompressed size so that a
/// bomb fails early and clearly.
///
/// Concatenated gzip members (what `cat a.gz b.gz` makes) are read as one stream. A raw
/// deflate stream is one stream: bytes after its end are ignored.
///
/// Every call of ``feed(_:_:)`` ends: each turn of its loop either consumes input or produces
/// output, output is capped, and zlib's "no progress possible" answer returns.
final class ZlibInflater {
  /// How the compressed bytes are framed.
  enum Framing {
    /// gzip members, possibly concatenated (`.gz`, `.tar.gz`).
    case gzip
    /// One raw deflate stream with no header (a zip member, method 8).
    case rawDeflate
  }

  private let framing: Framing
  private var stream = z_stream()
  private var isOpen = false
  private var finishedMember = false
  private var output = [UInt8](repeating: 0, count: 256 << 10)
  /// The file, for messages.
  let path: String
  /// The most decompressed bytes allowed.
  let cap: Int64
  /// Decompressed bytes produced so far.
  private(set) var produced: Int64 = 0

  /// Opens an inflater.
  ///
  /// - Parameters:
  ///   - path: The file (or archive member), for messages.
  ///   - cap: The most decompressed bytes allowed (`--max-decompressed-size`).
  ///   - framing: gzip (the default) or a raw deflate stream.
  /// - Throws: ``ImportError/unreadable(path:reason:)`` when zlib cannot start.
  init(path: String, cap: Int64, framing: Framing = .gzip) throws {
    self.path = path
    self.cap = cap
    self.framing = framing
    // 15 window bits + 16: gzip framing only; -15: raw deflate, no header or trailer.
    let windowBits: Int32 = framing == .gzip ? 15 + 16 : -15
    let code = inflateInit2_(
      &stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard code == Z_OK else {
      throw ImportError.unreadable(path: path, reason: "zlib could not start (code \(code))")
    }
    isOpen = true
  }

  deinit {
    if isOpen { inflateEnd(&stream) }
  }

  /// Whether the last byte fed ended a gzip member or the deflate stream (the input may end
  /// here).
  var isAtMemberEnd: Bool { finishedMember }

  /// Inflates `input`, passing each decompressed piece to `body`.
  ///
  /// - Parameters:
  ///   - input: The next compressed bytes.
  ///   - body: Receives decompressed bytes; the buffer is valid only during the call.
  /// - Throws: ``ImportError`` on corrupt data or when the cap is exceeded, or what `body`
  ///   throws.
  func feed(_ input: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void)
    throws
  {
    guard let base = input.baseAddress, input.count > 0 else { return }
    var offset = 0
    var outputFull = false
    while offset < input.count || outputFull {
      if finishedMember {
        // A raw deflate stream has ended: what follows is not part of it.
        if framing == .rawDeflate { return }
        // Another gzip member may follow; skip the zero padding some tools append.
        while offset < input.count && input[offset] == 0 { offset += 1 }
        if offset == input.count { return }
        guard inflateReset(&stream) == Z_OK else {
          throw ImportError.malformed(
            path: path, location: nil, reason: "cannot restart the gzip stream")
        }
        finishedMember = false
      }
      let available = input.count - offset
      stream.next_in = UnsafeMutablePointer(
        mutating: base.advanced(by: offset).assumingMemoryBound(to: Bytef.self))
      stream.avail_in = uInt(available)
      let code: Int32 = output.withUnsafeMutableBytes { out in
        stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(out.count)
        return inflate(&stream, Z_NO_FLUSH)
      }
      let consumed = available - Int(stream.avail_in)
      offset += consumed
      let made = output.count - Int(stream.avail_out)
      outputFull = made == output.count
      switch code {
      case Z_OK:
        break
      case Z_BUF_ERROR:
        // No progress was possible: zlib needs more input than this chunk holds.
        if made == 0 && consumed == 0 { return }
      case Z_STREAM_END:
        finishedMember = true
        outputFull = false
      default:
        let message = stream.msg.map { String(cString: $0) } ?? "code \(code)"
        throw ImportError.malformed(
          path: path, location: "compressed byte \(stream.total_in)",
          reason: "not valid \(framing == .gzip ? "gzip" : "deflate") data (\(message))")
      }
      if made > 0 {
        produced += Int64(made)
        if produced > cap {
          throw ImportError.limitExceeded(
            path: path, limit: "decompressed size limit",
            value: "more than \(cap) bytes after decompression",
            option: "--max-decompressed-size")
        }
        try output.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<made])) }
      }
    }
  }
}
