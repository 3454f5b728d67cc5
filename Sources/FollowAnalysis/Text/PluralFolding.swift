/// Folds simple English plurals onto their singular: Harman's "S" stemmer.
///
/// Only words of four or more ASCII letters are folded, with the first rule whose ending
/// matches, its exceptions included (Donna Harman, "How effective is suffixing?", JASIS
/// 42(1), 1991):
/// 1. `-ies` → `-y`, unless the word ends in `-eies` or `-aies` (`policies` → `policy`);
/// 2. `-es` → `-e`, unless it ends in `-aes`, `-ees` or `-oes` (`shares` → `share`);
/// 3. `-s` → ``, unless it ends in `-us` or `-ss` (`brands` → `brand`, `business` stays).
///
/// The rules are deliberately weak: they never touch other suffixes and occasionally fold a
/// word that is not a plural (`news` → `new`), which is harmless for counting themes. Words in
/// other scripts, with digits or with apostrophes are left alone.
public enum PluralFolding {
  /// The folded form of `word`.
  ///
  /// - Parameter word: A lower-case word.
  /// - Returns: The singular form, or `word` itself.
  public static func fold(_ word: String) -> String {
    let bytes = word.utf8
    guard bytes.count >= 4, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    // The first rule whose ending matches decides, exceptions included (as Lucene's
    // EnglishMinimalStemmer): `toes` matches rule 2's exception and stays.
    if word.hasSuffix("ies") {
      return word.hasSuffix("eies") || word.hasSuffix("aies")
        ? word : String(word.dropLast(3)) + "y"
    }
    if word.hasSuffix("es") {
      return word.hasSuffix("aes") || word.hasSuffix("ees") || word.hasSuffix("oes")
        ? word : String(word.dropLast())
    }
    if word.hasSuffix("s") && !word.hasSuffix("us") && !word.hasSuffix("ss") {
      return String(word.dropLast())
    }
    return word
  }
}
