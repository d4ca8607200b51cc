/// A name found in a document, with the type its context suggests.
public struct EntityMention: Hashable, Sendable, Codable {
    /// Which document (index into the documents given to the index) holds it.
    public var document: Int
    /// The name's span in the stored text.
    public var range: TextRange
    /// The name as written.
    public var surface: String
    /// The type the context points to, if any: a title, a cue word, a gazetteer entry.
    public var cue: EntityType?
    /// Whether the cue is strong (a title, a head word) rather than a guess.
    public var isStrongCue: Bool
    /// Whether the name opens its sentence (where capitals prove little).
    public var opensSentence: Bool
    /// For a body's head noun alone ("the Union"), the name of the body it refers back to
    /// ("South Russian Workers' Union"): the mention is matched as that name.
    public var refersTo: String?
    /// Whether a name read as someone's stands right after "the" ("the Streltsy"), which
    /// English gives no person's name: its set is no one's, nor anything, unless other mentions say what.
    public var isArticled: Bool
    /// Whether strong cues read the name as a title ("the novel …", a bibliography's entry).
    public var isTitleReading: Bool { cue == .work && isStrongCue }
    /// The name folded for matching (computed once: folding is not cheap).
    let folded: String
    /// The key names are matched on (``EntityResolver/canonicalKey(_:)`` of `folded`),
    /// computed once: resolving a large collection reads it for every mention several times.
    let key: String

    enum CodingKeys: String, CodingKey { case document, range, surface, cue, isStrongCue, opensSentence, refersTo, isArticled }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try container.decode(Int.self, forKey: .document), range: try container.decode(TextRange.self, forKey: .range),
                  surface: try container.decode(String.self, forKey: .surface), cue: try container.decodeIfPresent(EntityType.self, forKey: .cue),
                  isStrongCue: try container.decode(Bool.self, forKey: .isStrongCue),
                  opensSentence: try container.decode(Bool.self, forKey: .opensSentence),
                  refersTo: try container.decodeIfPresent(String.self, forKey: .refersTo),
                  isArticled: try container.decodeIfPresent(Bool.self, forKey: .isArticled) ?? false)
    }

    public init(document: Int, range: TextRange, surface: String, cue: EntityType?, isStrongCue: Bool, opensSentence: Bool, refersTo: String? = nil, isArticled: Bool = false) {
        self.init(document: document, range: range, surface: surface, cue: cue, isStrongCue: isStrongCue, opensSentence: opensSentence,
                  refersTo: refersTo, isArticled: isArticled, folded: NameLexicon.fold(refersTo ?? surface), key: nil)
    }

    /// A mention whose name was folded already (``NameLexicon/fold(_:)`` of `refersTo ??
    /// surface`), and perhaps keyed (nil: keyed now): a document writes the same names
    /// hundreds of times, and a reader of many mentions folds and keys each spelling once.
    public init(document: Int, range: TextRange, surface: String, cue: EntityType?, isStrongCue: Bool, opensSentence: Bool, refersTo: String?,
                isArticled: Bool, folded: String, key: String?) {
        self.document = document
        self.range = range
        self.surface = surface
        self.cue = cue
        self.isStrongCue = isStrongCue
        self.opensSentence = opensSentence
        self.refersTo = refersTo
        self.isArticled = isArticled
        self.folded = folded
        self.key = key ?? EntityResolver.canonicalKey(folded)
    }

    /// The matching key of `name`, a mention's `refersTo ?? surface`: its fold and key.
    public static func keys(of name: String) -> (folded: String, key: String) {
        let folded = NameLexicon.fold(name)
        return (folded, EntityResolver.canonicalKey(folded))
    }
}
