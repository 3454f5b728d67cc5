import FollowReports
import FollowTestSupport
import Foundation
import Testing

/// `export` files follow the rules their readers apply (networkx `read_graphml`/`read_gexf`,
/// igraph, Gephi): well-formed XML, every key declared before use with a type its values
/// parse as, every edge between declared nodes, and hostile text escaped.
struct GraphFileTests {
  static let file = GraphFile(
    attributes: [
      .init("handle", .string), .init("followers", .int), .init("pagerank", .double),
      .init("web_famous", .boolean),
    ],
    nodes: [
      .init(
        id: "1", label: "maya",
        values: [.string("maya"), .int(2), .double(0.25), .boolean(false)]),
      .init(id: "2", label: "<b>&\u{0}\"", values: [.string("x\u{1B}y"), nil, .double(.nan), nil]),
      .init(id: "a,b", label: "a,b", values: [nil, nil, nil, nil]),
    ],
    edges: [(0, 1), (1, 0), (2, 0)])

  @Test func graphMLDeclaresEveryKeyAndLinksOnlyDeclaredNodes() throws {
    let outline = XMLOutline(Self.file.render(.graphml))
    #expect(outline.problem == nil)
    let keys = Dictionary(
      uniqueKeysWithValues: outline.all("key").map {
        ($0.attributes["id"] ?? "", $0.attributes["attr.type"] ?? "")
      })
    #expect(
      keys == ["label": "string", "d0": "string", "d1": "int", "d2": "double", "d3": "boolean"])
    let nodes = Set(outline.all("node").compactMap { $0.attributes["id"] })
    #expect(nodes == ["1", "2", "a,b"])
    for edge in outline.all("edge") {
      #expect(nodes.contains(edge.attributes["source"] ?? "?"))
      #expect(nodes.contains(edge.attributes["target"] ?? "?"))
    }
    #expect(outline.all("edge").count == 3)
    let graph = try #require(outline.all("graph").first)
    #expect(graph.attributes["edgedefault"] == "directed")
    // Each value parses as its key's type; undefined values are absent, not zero.
    let data = outline.all("data")
    #expect(data.count == 3 + 4 + 2)
    for element in data {
      switch keys[element.attributes["key"] ?? ""] {
      case "int": #expect(Int(element.text) != nil)
      case "double": #expect(Double(element.text) != nil || element.text == "NaN")
      case "boolean": #expect(["true", "false"].contains(element.text))
      case "string": break
      default: Issue.record("undeclared key \(element.attributes["key"] ?? "")")
      }
    }
    #expect(outline.text.contains("<b>&\u{FFFD}\""))
  }

  @Test func gexfDeclaresAttributesAndNumbersEdges() throws {
    let outline = XMLOutline(Self.file.render(.gexf))
    #expect(outline.problem == nil)
    #expect(outline.all("gexf").first?.attributes["version"] == "1.3")
    let types = outline.all("attribute").map { $0.attributes["type"] ?? "" }
    #expect(types == ["string", "long", "double", "boolean"])
    let nodes = outline.all("node")
    #expect(nodes.map { $0.attributes["label"] ?? "" } == ["maya", "<b>&\u{FFFD}\"", "a,b"])
    // A node whose values are all undefined has no (empty, schema-invalid) attvalues.
    #expect(outline.all("attvalues").count == 2)
    #expect(outline.all("attvalue").count == 4 + 2)
    #expect(outline.all("edge").map { $0.attributes["id"] ?? "" } == ["0", "1", "2"])
  }

  @Test func theEdgeListKeepsIdsVerbatimForTheRoundTrip() {
    let file = GraphFile(
      attributes: [],
      nodes: [
        .init(id: "-5", label: "", values: []), .init(id: "=x", label: "", values: []),
        .init(id: "a,b", label: "", values: []),
      ],
      edges: [(0, 1), (2, 0)])
    #expect(file.render(.edgeCSV) == "follower,followed\n-5,=x\n\"a,b\",-5\n")
  }

  @Test func snapshotsOfTheThreeFormats() {
    for format in GraphFileFormat.allCases {
      assertSnapshot(Self.file.render(format), named: "graph-file.\(format.rawValue)")
    }
  }
}
