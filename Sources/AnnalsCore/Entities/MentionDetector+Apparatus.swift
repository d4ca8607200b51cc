import Foundation

/// What is not a name in the story: the reference apparatus (notes, bibliography) and
/// the markers of a calendar.
extension MentionDetector {
    /// Headings of a document's reference apparatus, whose names are citations, not the story.
    static let apparatusHeadings: Set<String> = [
        "references", "notes", "bibliography", "sources", "further reading", "external links", "footnotes",
        "works cited", "citations", "see also", "literature", "secondary sources",
    ]

    /// The words of the markers that say which calendar a date is in.
    static let calendarMarkers: Set<[String]> = [["old", "style"], ["new", "style"], ["o", "s"], ["n", "s"], ["os"], ["ns"]]

    /// Sections of references, notes and bibliography: citations, not the story.
    static func apparatusSections(text: ScalarText, structure: DocumentStructure) -> Set<Int> {
        Set(structure.sections.indices.filter { index in
            apparatusHeadings.contains(text.string(in: structure.sections[index].heading).lowercased().trimmingCharacters(in: .punctuationCharacters))
        })
    }

    /// Whether a section, or one it sits in, is among `sections`.
    static func isInside(_ section: Int?, _ sections: Set<Int>, structure: DocumentStructure) -> Bool {
        var current = section
        while let index = current {
            if sections.contains(index) { return true }
            current = structure.sections[index].parent
        }
        return false
    }
}
