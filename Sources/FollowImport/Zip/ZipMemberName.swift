/// Decodes a zip member's name (APPNOTE appendix D).
///
/// A name flagged UTF-8 (bit 11) is UTF-8; so is an unflagged name whose bytes are valid UTF-8,
/// since many writers store UTF-8 without the flag. Anything else is IBM code page 437, the
/// format's original encoding, which maps every byte to a character: no name is ever lost.
/// Names are only keys here, never joined to a file-system path.
enum ZipMemberName {
  /// The characters of code page 437's bytes 0x80–0xFF, in order.
  private static let upperHalf = Array(
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌"
      + "█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}")

  /// The name that `bytes` spell.
  ///
  /// - Complexity: O(*n*) in the name's length.
  static func decode(_ bytes: [UInt8]) -> String {
    if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
    var name = ""
    name.unicodeScalars.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte < 0x80 {
        name.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        name.append(upperHalf[Int(byte) - 0x80])
      }
    }
    return name
  }
}
