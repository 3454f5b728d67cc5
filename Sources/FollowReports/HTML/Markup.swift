import FollowAnalysis
import Foundation

/// A fragment of HTML or SVG markup that is safe by construction.
///
/// Markup can only be made in three ways: from text, which is always escaped by
/// ``Markup/escape(_:)``; from a `StaticString` literal written in this module's source (tag
/// names, attribute names, CSS); or by combining other markup. No string computed at run time,
/// and so nothing from imported data, can become markup without passing through the escaping
/// function. That one function is the only place to audit.
public struct Markup: Equatable, Sendable {
  /// The serialised markup.
  public private(set) var rendered: String

  private init(rendered: String) {
    self.rendered = rendered
  }

  /// Markup written literally in source code (tags, CSS), never data.
  ///
  /// - Parameter literal: A literal from the source code.
  public init(trusted literal: StaticString) {
    rendered = literal.description
  }

  /// Escaped text: any string, shown as text.
  ///
  /// - Parameter text: The text, such as a handle or a post.
  public init(text: String) {
    rendered = Self.escape(text)
  }

  /// No markup at all.
  public static let empty = Markup(rendered: "")

  /// Whether there is no markup.
  public var isEmpty: Bool { rendered.isEmpty }

  /// Escapes text for use in HTML or XML text and in double- or single-quoted attribute values.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references, so no text can open a tag, close
  /// an attribute or start an entity. Characters XML 1.0 does not allow (C0 controls other than
  /// tab, line feed and carriage return, and U+FFFE/U+FFFF) become U+FFFD, so the document stays
  /// well-formed whatever the data holds.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The escaped text.
  /// - Complexity: O(*n*) in the length of `text`.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE
          || scalar.value == 0xFFFF
        {
          out.unicodeScalars.append("\u{FFFD}")
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// HTML elements that have no end tag.
  private static let voidElements: Set<String> = ["br", "col", "hr", "img", "link", "meta", "wbr"]

  /// An element with escaped attribute values and the given children.
  ///
  /// Void HTML elements and childless SVG elements (when `selfClosing` is `true`) are written
  /// as `<name …/>`, every other element with an end tag, so the output is also well-formed XML.
  ///
  /// - Parameters:
  ///   - name: The tag name, a literal.
  ///   - attributes: Attribute names (literals) and values (escaped); `nil` values are skipped.
  ///   - selfClosing: Whether a childless element is written as `<name/>` (SVG).
  ///   - children: The content.
  /// - Returns: The element.
  public static func element(
    _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
    selfClosing: Bool = false, _ children: [Markup] = []
  ) -> Markup {
    let tag = name.description
    var out = "<" + tag
    for (key, value) in attributes {
      guard let value else { continue }
      out += " " + key.description + "=\"" + escape(value) + "\""
    }
    if children.isEmpty && (selfClosing || voidElements.contains(tag)) {
      return Markup(rendered: out + "/>")
    }
    out += ">"
    for child in children { out += child.rendered }
    return Markup(rendered: out + "</" + tag + ">")
  }

  /// An element holding only escaped text.
  ///
  /// - Parameters:
  ///   - name: The tag name, a literal.
  ///   - attributes: Attribute names and values.
  ///   - text: The text.
  /// - Returns: The element.
  public static func element(
    _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String
  ) -> Markup {
    element(name, attributes, [Markup(text: text)])
  }

  /// The markup of several fragments, one after another.
  ///
  /// - Parameter parts: The fragments.
  /// - Returns: The joined markup.
  public static func join(_ parts: [Markup], separator: Markup = .empty) -> Markup {
    var out = ""
    for (index, part) in parts.enumerated() {
      if index > 0 { out += separator.rendered }
      out += part.rendered
    }
    return Markup(rendered: out)
  }

  /// Markup followed by other markup.
  public static func + (lhs: Markup, rhs: Markup) -> Markup {
    Markup(rendered: lhs.rendered + rhs.rendered)
  }

  /// Appends markup.
  public static func += (lhs: inout Markup, rhs: Markup) {
    lhs.rendered += rhs.rendered
  }

  /// A line break in the serialised output, for readable source.
  public static let newline = Markup(trusted: "\n")
}
