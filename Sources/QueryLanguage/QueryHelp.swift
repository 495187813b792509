/// The query language in one screen: what `.help query` prints (docs/query-language.md has the full grammar).
enum QueryHelp {
    static let text = """
    QUESTIONS (plain English; no question mark needed)
      who attends meeting                 who met with Kelly / who will join Garcetti at the meeting
      what did Sessions threaten          whom did Kelly meet / which cities are sanctuary cities
      who is Garcetti                     who is mayor of Los Angeles / who is Merkel's spokesperson
      where was Cummings born             when did the crash happen / how did Lee travel
      why did the NBA suspend its season  the reason: "due to ...", "because of ...", "citing ..."
      how many delegates are needed       how much will the Justice Department dole out / how old was X
      did Abbott cut off funding          is Los Angeles a sanctuary city   (yes / no, with evidence)
      what did Garcetti say [about X]     quotes with attribution
    BROWSING
      describe Garcetti                   everything about an entity, grouped by relation
      entities [people|organizations|places]   relations [of X]   sources
      sentences with "sanctuary"          full-text search over sentences (any word form)
    PATTERNS (variables start with ?)
      ?who attend meeting and ?who is mayor of ?city
      count ?x where ?x attend meeting    distinct ?x where ...    ?x "meet with" ?y
      not, or, ( ... ), order by ?x [desc] | order by count desc, limit N
    EXPLAIN
      explain who attends meeting         how the question was understood, and its plan
    SYNTAX
      A statement ends at the end of the line or at ';' and continues inside ( ) or "quotes".
      Comments run from '#' or '--' to the end of the line. Matching forgives inflections
      (attends/attended), synonyms (attend = be at = take part in), nominalizations
      (attendance -> attend), surnames and titles, and a noun matching the phrase it heads.
    """
}
