import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an XML parser saw in a document.
///
/// Every element with its attributes and first child,
/// and all text, or the parse error. Used to prove the HTML is well-formed and holds no markup
/// from data.
final class XMLOutline: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    var children: [String] = []
    var text = ""
  }

  private(set) var elements: [Element] = []
  private(set) var text = ""
  private(set) var error: (any Error)?
  private var stack: [Int] = []

  /// Parses `document`.
  init(_ document: String) {
    super.init()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = self
    if !parser.parse() {
      error = parser.parserError ?? CocoaError(.fileReadCorruptFile)
    }
  }

  /// Where parsing failed, when it did.
  var problem: String? { error.map { "\($0)" } }

  /// The elements named `name`.
  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if let parent = stack.last { elements[parent].children.append(elementName) }
    elements.append(Element(name: elementName, attributes: attributes))
    stack.append(elements.count - 1)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
    for index in stack { elements[index].text += string }
  }
}
