namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// The words the coordinator's questions are recognised by, folded (lower case, no accents), Swedish inflections
/// listed out ("flaggad", "flaggade", "flaggor"). Words of 5 letters or more also match with one typo (<see cref="Typos.Same"/>).
/// </summary>
internal static class QuestionVocabulary
{
    public static readonly string[] Negation =
        ["inte", "ej", "icke", "inga", "ingen", "inget", "aldrig", "not", "no", "none", "never", "hasnt", "havent", "didnt", "dont", "doesnt", "havnt", "hasent", "nobody"];

    public static readonly string[] Answer =
        ["svar", "svara", "svarat", "svarar", "svarade", "svaret", "svaren", "answer", "answers", "answered", "reply", "replies", "replied", "respond", "responded", "response", "responses"];

    public static readonly string[] Unanswered =
        ["obesvarad", "obesvarade", "obesvarat", "obesvarda", "unanswered", "unreplied", "svarslosa", "svarslos"];

    public static readonly string[] Overdue =
        ["forsenad", "forsenade", "forsenat", "forsenas", "forsening", "forseningar", "sena", "overdue", "late", "missad", "missade", "missat", "missed", "behind"];

    public static readonly string[] Week = ["vecka", "veckan", "veckas", "veckans", "week", "weeks", "weekly"];

    public static readonly string[] NextOrLast = ["nasta", "kommande", "forra", "next", "last", "coming"];

    public static readonly string[] CheckIn = ["checkin", "checkins", "check", "avstamning", "avstamningar", "uppfoljning", "uppfoljningar", "due"];

    public static readonly string[] Flag =
        ["flagga", "flaggan", "flaggor", "flaggorna", "flaggad", "flaggade", "flaggat", "flaggats", "flaggning", "flaggningar", "rodflaggade",
         "flag", "flags", "flagged", "flagging", "redflag", "redflags"];

    public static readonly string[] HelpCase =
        ["hjalparende", "hjalparenden", "hjalparendet", "hjalparendena", "hjalpforfragan", "hjalpforfragningar", "arende", "arenden", "arendet", "arendena",
         "helprequest", "helprequests"];

    public static readonly string[] HelpWord = ["hjalp", "help", "stod", "support"];

    public static readonly string[] Renewal =
        ["forlangning", "forlangningar", "forlangningen", "forlangningsbeslut", "forlangas", "forlanga", "forlangd", "forlangt", "forlangs", "forlanger",
         "renewal", "renewals", "renew", "renewed", "renewing", "extension", "extensions", "extend", "extended"];

    public static readonly string[] Ending =
        ["slutar", "slutas", "sluta", "slutdatum", "avslutas", "avslutar", "upphor", "ends", "end", "ending", "finish", "finishes", "finishing",
         "expire", "expires", "expiring", "expiry", "leaving"];

    /// <summary>Two-word endings: "går ut", "löper ut", "tar slut".</summary>
    public static readonly string[][] EndingPhrases = [["gar", "ut"], ["loper", "ut"], ["tar", "slut"]];

    public static readonly string[] Limit =
        ["maxtid", "maxtiden", "maxtider", "maxgrans", "maxgransen", "grans", "gransen", "granser", "tidsgrans", "tidsgransen", "maximal", "maximala",
         "maxlangd", "limit", "limits", "maximum", "timelimit"];

    public static readonly string[] Months = ["manad", "manader", "manaders", "manaden", "month", "months"];

    public static readonly string[] Days = ["dag", "dagar", "dagarna", "day", "days"];

    public static readonly string[] Weeks = ["vecka", "veckor", "veckorna", "week", "weeks"];

    public static readonly string[] Report =
        ["rapport", "rapporten", "rapporter", "utfallsrapport", "utfallsrapporten", "utfall", "utfallet", "statistik", "statistiken", "resultat",
         "report", "reports", "outcome", "outcomes", "statistics", "results", "efterat", "afterwards", "efterhand"];

    public static readonly string[] Overview =
        ["status", "oversikt", "oversikten", "overview", "laget", "lage", "sammanfattning", "sammanstallning", "summary", "lagesbild"];

    public static readonly string[] Can = ["kan", "can", "could", "may", "far"];

    public static readonly string[] Ask = ["fraga", "fragor", "fragar", "stalla", "skriva", "saga", "ask", "questions", "question", "say", "write", "type"];

    public static readonly string[] Examples = ["exempel", "exempelfragor", "kommandon", "example", "examples", "commands"];

    /// <summary>Words that say "everyone" rather than naming someone: "hur går det för alla", "how are things".</summary>
    public static readonly HashSet<string> Everyone = new(StringComparer.Ordinal)
    {
        "alla", "allihop", "allihopa", "allt", "alltihop", "mina", "vara", "praktikanter", "praktikanterna", "deltagare", "deltagarna", "ungdomar",
        "ungdomarna", "traineer", "gruppen", "grupp", "folk", "oss", "det", "idag", "nu", "just", "da",
        "everyone", "everybody", "all", "everything", "things", "thing", "my", "our", "trainees", "people", "folks", "us", "it", "the", "today",
        "now", "going", "doing", "group", "caseload", "of", "them",
    };

    /// <summary>Words around a name that are not the name: "hur går det för Amira", "how is Amira doing", "hur ligger Amira till".</summary>
    public static readonly HashSet<string> BeforeName = new(StringComparer.Ordinal)
    {
        "for", "med", "om", "pa", "mig", "me", "on", "of", "about", "with", "at", "the",
    };

    public static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "doing", "going", "getting", "along", "on", "nu", "idag", "today", "just", "now", "till", "status", "da", "then", "lately", "egentligen",
    };

    /// <summary>Words that are not a trainee's name on their own (greetings, thanks, yes and no).</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "hej", "hejsan", "hallo", "tja", "tjena", "tack", "tackar", "ok", "okej", "okay", "ja", "nej", "jo", "hi", "hello", "hey", "thanks", "thank", "yes", "no",
        "bra", "good", "fine", "great",
    };

    public static bool IsAny(string word, string[] forms)
    {
        foreach (var form in forms)
        {
            if (Typos.Same(word, form))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAny(QuestionText question, string[] forms) => question.Texts.Any(w => IsAny(w, forms));

    public static int IndexOfAny(QuestionText question, string[] forms, int start = 0)
    {
        for (var i = start; i < question.Count; i++)
        {
            if (IsAny(question[i], forms))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the words <paramref name="phrase"/> stand next to each other (each with its own typo allowance).</summary>
    public static bool HasPhrase(QuestionText question, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= question.Count; i++)
        {
            if (phrase.Select((form, k) => Typos.Same(question[i + k], form)).All(same => same))
            {
                return true;
            }
        }

        return false;
    }
}
