import Testing
import AnnalsCore

/// Sentences whose words name an event type that their arguments rule out (``TreeEventTests``):
/// the event must not be claimed.
struct TreeNoEventTests {
    @Test(arguments: [
        // "wrote" with no object and no work it is written in introduces words, publishes nothing.
        ("\"I don't care,\" Anna Petrova once wrote in 1910.", EventType.publication),
        ("In 1910 Anna Petrova wrote in sadness, but Ivan Sokolov never read the letter.", .publication),
        // One joins a body as a member, a person only in company.
        ("In May 1898 Anna Petrova joined Ivan Sokolov in exile.", .membership),
        // To withdraw something is not to leave.
        ("In 1709 Anna Petrova withdrew her army southward.", .leaving),
        // An execution of people named by no name is not the decree-maker's.
        ("In May 1922 Anna Petrova issued a decree calling for the execution of priests.", .execution),
        // Those called on to be shot are named by no name; the caller is shot at by no one.
        ("In 1921 Anna Petrova called on speculators and looters to be shot.", .attack),
        // Arguments that do not fit the event: hospitality is met with, a chant joined in, a task left to someone.
        ("Anna Petrova wrote that she had not met with such warm hospitality.", .meeting),
        ("In 1840 Anna Petrova joined in the chanting of the creed.", .membership),
        ("In 1840 Anna Petrova would leave the rest to Ivan Sokolov.", .departure),
        // "was denied" (a raise) states nothing.
        ("In 1889 Anna Petrova asked for a raise and was denied.", .statement),
        // "spoke French" is no speech; "sent X to speak at a plenum" is a mission, not a move; praises are no body.
        ("Aside from Russian, Anna Petrova spoke and read French, German, and English.", .speech),
        ("In December 1922 Anna Petrova sent Ivan Sokolov to speak on her behalf at a plenum.", .move),
        ("Whenever two of his old pupils met, they joined in his praises.", .membership),
        // Siblings are no one's children here: no verb says the subject had them.
        ("Anna Petrova was the third of eight children, having two older siblings, Olga (born 1864) and Pavel (born 1866).", .child),
        // A short span in brackets after a name is a term of office, not a life.
        ("Anna Petrova admired Nikon Sokolov (1652–66), the patriarch.", .birth),
        // Quoted words parsed as what is written are what was said, not a work published.
        ("“I have been in a state of excitement for three years,” Anna Petrova wrote when she was seventeen, “and now comes the time of rest.”", .publication),
        // "After his exile" is a point in time, not news of an exile.
        ("After her exile, Anna Petrova settled in Pskov in early 1900.", .exile),
        // To join forces with a body is to work with it, not to join it.
        ("In 1903 Anna Petrova joined forces with the Free Speech League.", .membership),
        // People are joined in company, not as a body.
        ("The two sisters were joined by brothers Pavel (who died young), Oleg (born in 1872), and Ivan (born in 1879).", .membership),
        // A speech one is invited to is not one's own speech.
        ("In 1887 Anna Petrova was invited to a public speech that evening.", .speech),
        // "It" is a thing or a body, never the person the narrative follows.
        ("Anna Petrova led the new state. It withdrew from the war in 1918.", .leaving),
        // One leaves a place or a body, not children; one founds a body, not a campaign or a relationship.
        ("As Anna Petrova did not leave any children, a dispute arose in 1682.", .departure),
        ("In the summer of 1695 Anna Petrova organized the Azov campaigns.", .founding),
        ("Anna Petrova eventually established a working relationship with Ivan Sokolov.", .founding),
        // One returns to a place or a body, not to a pursuit.
        ("In 1930 Anna Petrova returned to anarchist activism.", .arrival),
        // "They" is never the one person its own sentence has just named: "their" execution is no one's named.
        ("Anna Petrova led the party. In 1922 Anna Petrova called for their execution.", .execution),
        // To go to hear someone goes nowhere named.
        ("In 1889 Anna Petrova went to hear Ivan Sokolov, editor of a radical paper.", .move),
        // "one", "some": a pronoun that stands for no one named.
        ("The rebellion was crushed before Anna Petrova returned from Riga; of the Tsar's troops, only one was killed.", .assassination),
        // A name set beside a work is its title; a work is released by no one's release.
        ("Ivan Sokolov wrote the song \"Anna Petrova\", which was performed and released by the band Piggy in 1999.", .release),
        // A bare participle after a noun hangs on that noun.
        ("Anna Petrova was buried in Riga, near the graves of those executed after the strike.", .execution),
        // To study an author's writings is to read, not to be schooled.
        ("Involved in agitation against the Tsar, Anna Petrova studied the writings of banned leftists.", .education),
        // Proceedings of a conference published are no conference.
        ("In 1931 Anna Petrova published the conference proceedings.", .meeting),
        // A decoration named an Order is no order issued.
        ("In 1930 the Order of Merit was established as the country's highest decoration.", .decree),
        // One set free by oneself is not released.
        ("The marriage was a failure, and in 1905 Anna Petrova forced her husband to leave and thus freed herself from the union.", .release),
        // The writer's "we" owns a picture of an age's schooling, not the subject's schooling.
        ("Anna Petrova taught at the Riga school for years; and we possess, in the letters of her pupils, a picture of the village school education of the late eighteenth century.", .education),
        // A decree issued is no publication; one passed by a body named by no name is no one's.
        ("In 1921 Anna Petrova issued a decree abolishing the old courts.", .publication),
        ("Anna Petrova led the city. In 1922 the council passed a decree on land.", .decree),
        // One goes to bed or to war to do something, not to a place.
        ("When the debate was over, Anna Petrova, worried and exhausted, went to bed, where she remained for the next two days.", .move),
        // Words against an idea or a book are no violence.
        ("In 1926 Anna Petrova attacked Ivan Sokolov's views at the congress.", .attack),
        ("Anna Petrova then attacked the same question from a new side.", .attack),
        // A noun after "and" ends the list in the subject's phrase: the mourners visited, not the last body named.
        ("On 9 June, mourners from the Communist Party, farm unions, and Soviets visited her Kiev home to inspect the coffin.", .visit),
        // A relative clause with a subject and no object says its verb of the noun it describes: she took the land, and
        // arrested the men; no one arrested her. A place is taken, not arrested.
        ("In 1710 Anna Petrova built a fort in Karelia, a province of the Danish Crown she had captured.", .arrest),
        ("In 1710 Anna Petrova built a fort in Karelia, the land she had captured from the Danes.", .arrest),
        ("In 1712 Anna Petrova released the men she had arrested.", .arrest),
        ("In 1710 Anna Petrova built a fort in Karelia, which she had captured.", .arrest),
        // A clause opened by "that" has its own subject, however the parse hangs it: those hoped to join are not the hoper.
        ("Yet she voiced “an earnest hope that if we could get rid of the old Creed many honest Baptists would join their fellow Christians in worship.”", .membership),
        ("Still, she stated a strong wish that if the bishops could be rid of the new tax many poor Quakers would join their fellow Christians.", .membership),
    ])
    func aSentenceThatTellsNoSuchEvent(_ sentence: String, type: EventType) {
        let found = TreeEventTests.events(sentence)
        #expect(!found.contains { $0.eventType == type }, "found \(found.map(\.predicate))")
    }

    @Test func aSubjectBeforeASemicolonIsNotTheSubjectOfTheVerbAfterIt() {
        // However the parse hangs it: those called for are imprisoned, not the one who called.
        let found = TreeEventTests.events("When the Labour Party's leadership was found guilty of plotting against the government in a trial held between June "
            + "and August 1922, Orlov called for their execution; they were instead imprisoned indefinitely, only being executed during the purges of 1937.", title: "Ivan Orlov")
        #expect(!found.contains { $0.eventType == .imprisonment || $0.eventType == .execution }, "found \(found.map(\.predicate))")
    }
}
