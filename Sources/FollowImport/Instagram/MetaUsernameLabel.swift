import Foundation

/// The labels under which Meta's export names a username: the key of a `string_map_data`
/// entry (`personal_information.json`, `{"Username": {"value": …}}`), the `label` of a
/// `label_values` entry (2026's list files) and the first cell of a `personal_information.html`
/// row.
///
/// Meta writes these labels in the account's language. Recognised:
/// - `Username`: English; in the real 2026 export under `../shared/reference/exports/instagram`
///   (`label_values` of `blocked_profiles.json`) and in English `personal_information` files.
/// - `Benutzername` (German) and `Nome utente` (Italian): `string_map_data` keys seen in
///   public parsers written for real German and Italian Instagram exports.
/// - `Nombre de usuario` (Spanish), `Nom d'utilisateur` (French), `Nome de usuário`
///   (Portuguese, Brazil), `Nome de utilizador` (Portuguese, Portugal) and `Gebruikersnaam`
///   (Dutch): Instagram's own word for "Username" in those languages' app; not yet seen in an
///   export file, recognised because a key with that meaning can hold nothing else.
///
/// Other languages still need `--owner @name`, and the error says so. A label never matches a
/// display name (`Name`, `Nome`), so a wrong owner cannot be picked up.
enum MetaUsernameLabel {
  /// The recognised labels, lower-cased (Unicode-aware) for comparison.
  static let labels: Set<String> = [
    "username", "benutzername", "nome utente", "nombre de usuario", "nom d'utilisateur",
    "nom d’utilisateur", "nome de usuário", "nome de utilizador", "gebruikersnaam",
  ]

  /// Whether `text` is one of the labels, ignoring case and surrounding space.
  static func isUsername(_ text: String?) -> Bool {
    guard let text, text.utf8.count <= 64 else { return false }
    return labels.contains(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
  }
}
