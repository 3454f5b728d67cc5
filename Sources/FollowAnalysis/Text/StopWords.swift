/// The stop words removed before topic figures are computed: English for every post, and the
/// list of the post's declared language (``forLanguage(_:)``).
///
/// The list is scikit-learn's `ENGLISH_STOP_WORDS` (318 words, taken by scikit-learn from the
/// Glasgow Information Retrieval Group's list; `sklearn/feature_extraction/_stop_words.py`,
/// BSD-3-Clause), the list the reference figures in `../shared/reference/topics/` were computed
/// with, plus the common English contractions (`don't`, `i'm`, …), which the tokenizer keeps as
/// one word. Known quirks of the Glasgow list are kept on purpose for comparability: it also
/// drops a few content words such as `bill`, `fire`, `system`, `computer` and `interest`.
public enum StopWords {
  /// scikit-learn's English list and the contractions, lower-case, with `'` as apostrophe.
  public static let english: Set<String> = Set(glasgow).union(contractions)

  /// The stop words of a declared language, from its stopwords-iso list.
  ///
  /// Tags such as `de`, `pt-BR` or `zh-Hant`: only the part before `-` or `_` counts, `nb` and
  /// `nn` read as `no`. `nil` for English (every post keeps ``english``), for a language
  /// outside ``languageLists`` (20 languages) and for no language.
  ///
  /// - Parameter tag: The post's language tag.
  /// - Returns: The language's stop words, lower-case and NFKC-normalised.
  /// - Complexity: O(1) after the first call for a language.
  public static func forLanguage(_ tag: String?) -> Set<String>? {
    guard let tag else { return nil }
    var code = String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    if code == "nb" || code == "nn" { code = "no" }
    return byLanguage[code]
  }

  /// The parsed lists, built once.
  static let byLanguage: [String: Set<String>] = languageLists.mapValues { list in
    Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
  }

  /// scikit-learn 1.9 `ENGLISH_STOP_WORDS`, sorted.
  static let glasgow: [String] = [
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost",
    "alone", "along", "already", "also", "although", "always", "am", "among", "amongst",
    "amoungst", "amount", "an", "and", "another", "any", "anyhow", "anyone", "anything", "anyway",
    "anywhere", "are", "around", "as", "at", "back", "be", "became", "because", "become",
    "becomes", "becoming", "been", "before", "beforehand", "behind", "being", "below", "beside",
    "besides", "between", "beyond", "bill", "both", "bottom", "but", "by", "call", "can",
    "cannot", "cant", "co", "con", "could", "couldnt", "cry", "de", "describe", "detail", "do",
    "done", "down", "due", "during", "each", "eg", "eight", "either", "eleven", "else",
    "elsewhere", "empty", "enough", "etc", "even", "ever", "every", "everyone", "everything",
    "everywhere", "except", "few", "fifteen", "fifty", "fill", "find", "fire", "first", "five",
    "for", "former", "formerly", "forty", "found", "four", "from", "front", "full", "further",
    "get", "give", "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here", "hereafter",
    "hereby", "herein", "hereupon", "hers", "herself", "him", "himself", "his", "how", "however",
    "hundred", "i", "ie", "if", "in", "inc", "indeed", "interest", "into", "is", "it", "its",
    "itself", "keep", "last", "latter", "latterly", "least", "less", "ltd", "made", "many", "may",
    "me", "meanwhile", "might", "mill", "mine", "more", "moreover", "most", "mostly", "move",
    "much", "must", "my", "myself", "name", "namely", "neither", "never", "nevertheless", "next",
    "nine", "no", "nobody", "none", "noone", "nor", "not", "nothing", "now", "nowhere", "of",
    "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise",
    "our", "ours", "ourselves", "out", "over", "own", "part", "per", "perhaps", "please", "put",
    "rather", "re", "same", "see", "seem", "seemed", "seeming", "seems", "serious", "several",
    "she", "should", "show", "side", "since", "sincere", "six", "sixty", "so", "some", "somehow",
    "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "system",
    "take", "ten", "than", "that", "the", "their", "them", "themselves", "then", "thence",
    "there", "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they",
    "thick", "thin", "third", "this", "those", "though", "three", "through", "throughout", "thru",
    "thus", "to", "together", "too", "top", "toward", "towards", "twelve", "twenty", "two", "un",
    "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what",
    "whatever", "when", "whence", "whenever", "where", "whereafter", "whereas", "whereby",
    "wherein", "whereupon", "wherever", "whether", "which", "while", "whither", "who", "whoever",
    "whole", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
    "your", "yours", "yourself", "yourselves",
  ]

  /// English contractions, which the tokenizer keeps whole (`don't`, not `don` + `t`).
  static let contractions: [String] = [
    "ain't", "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't",
    "haven't", "he'd", "he'll", "he's", "here's", "how's", "i'd", "i'll", "i'm", "i've",
    "isn't", "it'd", "it'll", "it's", "let's", "mightn't", "mustn't", "needn't", "shan't",
    "she'd", "she'll", "she's", "shouldn't", "that'll", "that's", "there'll", "there's",
    "they'd", "they'll", "they're", "they've", "wasn't", "we'd", "we'll", "we're", "we've",
    "weren't", "what's", "when's", "where's", "who's", "why's", "won't", "wouldn't", "y'all",
    "you'd", "you'll", "you're", "you've",
  ]
}
