/// A JSON document built in code and rendered deterministically: keys keep the order they
/// are given in, floats round-trip, undefined values are `null`.
public indirect enum JSONValue: Equatable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A float; non-finite values render as `null`.
  case double(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object whose keys keep their order.
  case object([(String, JSONValue)])

  /// `.double` for a value, `.null` for `nil`.
  ///
  /// - Parameter value: A number or `nil`.
  /// - Returns: The JSON value.
  public static func number(_ value: Double?) -> JSONValue {
    value.map(JSONValue.double) ?? .null
  }

  /// `.string` for a value, `.null` for `nil`.
  ///
  /// - Parameter value: Text or `nil`.
  /// - Returns: The JSON value.
  public static func text(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// `.int` for a value, `.null` for `nil`.
  ///
  /// - Parameter value: An integer or `nil`.
  /// - Returns: The JSON value.
  public static func integer(_ value: Int?) -> JSONValue {
    value.map(JSONValue.int) ?? .null
  }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.render() == rhs.render()
  }

  /// The JSON text, indented by two spaces, ending with a newline.
  ///
  /// - Returns: The text.
  public func render() -> String {
    var out = ""
    write(to: &out, indent: 0)
    out.append("\n")
    return out
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value): out += value.isFinite ? NumberText.roundTrip(value) : "null"
    case .string(let text): Self.escape(text, into: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.write(to: &out, indent: indent + 2)
        out += index + 1 < items.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, (key, value)) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        Self.escape(key, into: &out)
        out += ": "
        value.write(to: &out, indent: indent + 2)
        out += index + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  private static func escape(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"  // safe to embed in HTML <script> blocks
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
