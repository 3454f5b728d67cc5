import FollowReports
import Testing

struct JSONValueTests {
  @Test func rendersKeysInOrderWithNullsAndEscapes() {
    let value = JSONValue.object([
      ("b", .int(1)), ("a", .number(nil)), ("rate", .double(0.2)), ("ok", .bool(true)),
      ("text", .string("quote \" slash \\ <tag> & line\n")), ("list", .array([])),
      ("nan", .double(.nan)),
    ])
    #expect(
      value.render() == """
        {
          "b": 1,
          "a": null,
          "rate": 0.2,
          "ok": true,
          "text": "quote \\" slash \\\\ \\u003ctag\\u003e \\u0026 line\\n",
          "list": [],
          "nan": null
        }

        """)
  }
}
