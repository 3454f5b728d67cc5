import FollowImport
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// The owner's username in `personal_information` under the label of the account's language
/// (`Username`, `Benutzername`, `Nome utente`, …), and the labels that must not be taken for it.
struct InstagramOwnerLabelTests {
  static let followers = """
    [{"title": "", "media_list_data": [], "string_list_data": [{"href": \
    "https://www.instagram.com/ada.lovelace", "value": "ada.lovelace", "timestamp": 1733433674}]}]
    """

  /// Parses an export folder whose `personal_information.json` (or `.html`) is `info`.
  static func owner(info: String, html: Bool = false) throws -> String? {
    let folder = try TemporaryFolder()
    let lists = "export/connections/followers_and_following"
    try folder.write(followers, to: "\(lists)/followers_1.json")
    let name = "personal_information." + (html ? "html" : "json")
    try folder.write(info, to: "export/personal_information/personal_information/\(name)")
    let source = try ImportSource(path: folder.path("export"))
    do {
      return try InstagramFormat.parse(source, context: ParseContext()).owner?.account.handle
    } catch ImportError.ownerRequired {
      return nil
    }
  }

  static func stringMap(_ pairs: [(String, String)]) -> String {
    let entries = pairs.map {
      "\"\($0.0)\": {\"href\": \"\", \"value\": \"\($0.1)\", \"timestamp\": 0}"
    }
    return "{\"profile_user\": [{\"string_map_data\": {\(entries.joined(separator: ", "))}}]}"
  }

  @Test(arguments: [
    ("Username", "en.owner"), ("Benutzername", "de.owner"), ("Nome utente", "it.owner"),
    ("Nombre de usuario", "es.owner"), ("Nom d'utilisateur", "fr.owner"),
    ("Nome de usuário", "pt.owner"), ("Gebruikersnaam", "nl.owner"),
  ])
  func readsTheUsernameUnderTheLabelOfTheAccountsLanguage(label: String, name: String) throws {
    let info = Self.stringMap([("E-Mail", "owner@example.com"), (label, name), ("Name", "Ada L")])
    #expect(try Self.owner(info: info) == name)
  }

  @Test func aDisplayNameOrAnUnknownLanguageIsNotTakenForTheUsername() throws {
    // Japanese "ユーザーネーム" is not recognised: the import asks for --owner instead of
    // guessing from "Name" (a display name with a space would be refused anyway, not this one).
    let info = Self.stringMap([("Name", "AdaL"), ("Nome", "AdaL"), ("ユーザーネーム", "ja.owner")])
    #expect(try Self.owner(info: info) == nil)
  }

  @Test func readsALocalisedLabelValuesEntry() throws {
    let info = """
      {"label_values": [{"label": "URL", "value": "http://example.com"}, \
      {"label": "Benutzername", "value": "de.owner"}]}
      """
    #expect(try Self.owner(info: info) == "de.owner")
  }

  @Test func readsALocalisedHTMLRow() throws {
    let info = """
      <html><body><table><tr><td>Nome</td><td>Ada L</td></tr>\
      <tr><td>Nome utente</td><td>it.owner</td></tr></table></body></html>
      """
    #expect(try Self.owner(info: info, html: true) == "it.owner")
  }
}
