import FollowAnalysis
import Testing

struct HTMLTextTests {
  @Test func tagsBecomeSpacesOrNothingAndScriptsVanish() {
    let html = "<p>One<br>two</p><p>thr<b>ee</b></p><script>alert(1)</script><style>p{}</style>"
    #expect(HTMLText.plainText(html) == " One two  three ")
  }

  @Test func referencesAreDecodedAndUnknownOnesKept() {
    #expect(
      HTMLText.decodeEntities("&lt;3 &amp; &#39;x&#x27; &hellip; &nbsp;&bogus; &#0;")
        == "<3 & 'x' …  &bogus; &#0;")
  }

  @Test func textThatMerelyHasAngleBracketsIsNotHTML() {
    #expect(HTMLText.plainText("a < b and c > d, <3") == "a < b and c > d, <3")
    #expect(HTMLText.plainText("x &lt;b&gt; y") == "x <b> y")
  }
}
