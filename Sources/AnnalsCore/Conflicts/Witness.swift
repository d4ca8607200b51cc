/// Who vouches for a claim: the document that makes it, or — for a primary source
/// quoted in a document (a letter, a speech, a memoir) — that source's author, who is
/// a witness of their own even though another document carries their words.
public struct Witness: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The source name of the document the claim is read from.
    public var source: String
    /// The author of the primary source the claim sits in, when it is one.
    public var author: String?
    /// Whether the claim is the source's own figures worked out ("lived another ten
    /// months" after a dated stroke), which may disagree with what the source states.
    public var isReckoning: Bool

    public init(source: String, author: String? = nil, isReckoning: Bool = false) {
        self.source = source
        self.author = author
        self.isReckoning = isReckoning
    }

    /// Witnesses are independent when they are different documents or different authors.
    public var description: String {
        if isReckoning { return "\(source) (by its own figures)" }
        return author.map { "\($0) (quoted in \(source))" } ?? source
    }

    public static func < (lhs: Witness, rhs: Witness) -> Bool {
        (lhs.source, lhs.author ?? "", lhs.isReckoning ? 1 : 0) < (rhs.source, rhs.author ?? "", rhs.isReckoning ? 1 : 0)
    }

    /// The witness behind a reckoning: the source itself. Counting independent witnesses folds them together.
    public var independent: Witness { Witness(source: source, author: author) }

    /// Rules whose dates are worked out from durations the text gives.
    public static let reckoningExtractors: Set<Extractor.Rule> = [.remainingLife]
}

/// A claim as reconciliation sees it: the claim, its witness, its participants tied to
/// entities across documents (keys equal when the entity layer says they are the same),
/// and the words of its sentence.
public struct WitnessedClaim: Sendable {
    public var claim: Claim
    public var witness: Witness
    /// Entity keys: equal keys mean the same entity in every document.
    public var subject: String
    public var object: String?
    public var place: String?
    /// Shown names of the subject and object.
    public var subjectName: String
    public var objectName: String?
    /// The text of the evidence span.
    public var sentence: String
    /// The text of the trigger, when there is one, and the sentence's words before and after it.
    public var triggerText: String
    public var lead: String
    public var tail: String
    /// The text of the date expression, when the sentence writes one.
    public var dateText: String?
    /// Whether the subject is named, or is a pronoun the reader can check: one standing
    /// for the document's own subject, or for someone the sentence names. Claims about
    /// anyone else through a pronoun take no part in reconciliation.
    public var isSubjectCertain: Bool = true

    public init(claim: Claim, witness: Witness, subject: String, object: String? = nil, place: String? = nil,
                subjectName: String, objectName: String? = nil, sentence: String, triggerText: String = "", lead: String = "", tail: String = "", dateText: String? = nil) {
        self.claim = claim
        self.witness = witness
        self.subject = subject
        self.object = object
        self.place = place
        self.subjectName = subjectName
        self.objectName = objectName
        self.sentence = sentence
        self.triggerText = triggerText
        self.lead = lead
        self.tail = tail
        self.dateText = dateText
    }

    /// The witness of a claim read from `source`: the primary source's author when the
    /// claim stands inside one (reported speech is still the document's own telling).
    public static func witness(of claim: Claim, source: String) -> Witness {
        let author = claim.modality == .reported ? nil : claim.attribution?.name
        return Witness(source: source, author: author, isReckoning: Witness.reckoningExtractors.contains(claim.extractor.rule))
    }
}
