extension GraphFile {
  /// GraphML 1.0: keys declared per attribute (`d0`, `d1`, …), directed edges, undefined
  /// values left out.
  ///
  /// - Complexity: O(*n* + *m*) in nodes and edges.
  func graphML() -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    out += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    for (index, attribute) in attributes.enumerated() {
      out += "  <key id=\"d\(index)\" for=\"node\" attr.name=\"\(Markup.escape(attribute.name))\" "
      out += "attr.type=\"\(attribute.type.rawValue)\"/>\n"
    }
    out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
    for node in nodes {
      out += "    <node id=\"\(Markup.escape(node.id))\">"
      out += "<data key=\"label\">\(Markup.escape(node.label))</data>"
      for (index, value) in node.values.enumerated() {
        guard let value else { continue }
        out += "<data key=\"d\(index)\">\(Markup.escape(Self.text(value)))</data>"
      }
      out += "</node>\n"
    }
    for edge in edges {
      out += "    <edge source=\"\(Markup.escape(nodes[edge.follower].id))\" "
      out += "target=\"\(Markup.escape(nodes[edge.followed].id))\"/>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  /// GEXF 1.3: a static directed graph, node attributes declared with numeric ids, undefined
  /// values left out, edges numbered in order.
  ///
  /// - Complexity: O(*n* + *m*) in nodes and edges.
  func gexf() -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta><creator>FollowGraph</creator></meta>
        <graph defaultedgetype="directed" mode="static">
          <attributes class="node">

      """
    for (index, attribute) in attributes.enumerated() {
      let type = attribute.type == .int ? "long" : attribute.type.rawValue
      out += "      <attribute id=\"\(index)\" title=\"\(Markup.escape(attribute.name))\" "
      out += "type=\"\(type)\"/>\n"
    }
    out += "    </attributes>\n    <nodes>\n"
    for node in nodes {
      out += "      <node id=\"\(Markup.escape(node.id))\" label=\"\(Markup.escape(node.label))\">"
      // The schema wants at least one attvalue inside attvalues: leave it out when all are
      // undefined.
      let defined = node.values.enumerated().compactMap { index, value in
        value.map { (index, $0) }
      }
      if !defined.isEmpty {
        out += "<attvalues>"
        for (index, value) in defined {
          out += "<attvalue for=\"\(index)\" value=\"\(Markup.escape(Self.text(value)))\"/>"
        }
        out += "</attvalues>"
      }
      out += "</node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (index, edge) in edges.enumerated() {
      out += "      <edge id=\"\(index)\" source=\"\(Markup.escape(nodes[edge.follower].id))\" "
      out += "target=\"\(Markup.escape(nodes[edge.followed].id))\"/>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }
}
