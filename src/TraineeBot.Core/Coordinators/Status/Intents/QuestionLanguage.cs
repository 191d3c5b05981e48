using TraineeBot.Core.Users;

namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// Which language a question is in, from the words only one of the languages has ("vilka", "slutar" / "who", "ends"):
/// Swedish when only Swedish words occur, English when only English ones, otherwise the language with at least twice
/// as many; names, numbers and shared words ("status", "april") do not count.
/// </summary>
internal static class QuestionLanguage
{
    private static readonly HashSet<string> Swedish = Words(
        """
        vilka vilken vilket vem vems vad hur nar var varfor har hade inte ej inga ingen inget aldrig svar svara svarat svarar svarade svaret
        obesvarad obesvarade obesvarat det den denna detta de gar gatt gick for med ar och som att ska skall kan far jag mig mina min du
        veckan vecka veckans veckor forsenad forsenade forsenat sena missade flaggad flaggade flaggor flaggorna flagga roda oppna oppen
        hjalparenden hjalparende arenden behover hjalp forlangning forlangningar forlangas forlanga slutar sluta avslutas upphor nasta
        kommande manad manaden manader snart inom dagar dagarna narmar sig narmaste maxtid maxtiden gransen rapport rapporten utfallsrapport
        utfall efterat oversikt laget ser ut visa beratta om mar ligger till alla praktikanter deltagare ungdomar just nu idag pa fraga
        fragor stalla exempel kommandon januari februari mars maj juni juli augusti oktober nagon nagra pa sa ocksa eller ett en tva tre
        """);

    private static readonly HashSet<string> English = Words(
        """
        who which what whats how hows when where why is are was has have hasnt havent not didnt dont doesnt no yet answered answer answers
        replied reply responded the this that these week weeks due late overdue missed flagged flags flag red open help requests request
        needs need renewal renewals renew decision decisions extension ends end ending finish expire within days day soon next coming month
        months near nearing close limit limits report outcome outcomes afterwards overview summary things everything everyone show me tell
        about doing going can could ask questions examples commands january february march may june july august october in on of for with
        my our all trainees people and or any anyone a an today
        """);

    public static string? Of(IEnumerable<string> words)
    {
        var swedish = 0;
        var english = 0;
        foreach (var word in words)
        {
            var sv = Contains(Swedish, word);
            var en = Contains(English, word);
            if (sv && !en)
            {
                swedish++;
            }
            else if (en && !sv)
            {
                english++;
            }
        }

        return (swedish, english) switch
        {
            (0, 0) => null,
            ( > 0, 0) => Language.Swedish,
            (0, > 0) => Language.English,
            var (s, e) when s >= 2 * e => Language.Swedish,
            var (s, e) when e >= 2 * s => Language.English,
            _ => null,
        };
    }

    /// <summary>A question word or small word in either language, spelt right (not a name when written alone; "Vilma" is not "vilka").</summary>
    public static bool IsKnownWord(string word) => Swedish.Contains(word) || English.Contains(word);

    /// <summary>Words that ask rather than say what about: "hur är läget", "what is the status".</summary>
    public static bool IsFunctionWord(string word) => word is
        "hur" or "ar" or "vad" or "vilken" or "nagon" or "ger" or "kan" or "jag" or "fa" or "se" or "en" or "ett" or "pa" or "visa" or "mig" or "ser" or "ut" or
        "what" or "whats" or "is" or "how" or "hows" or "can" or "i" or "get" or "see" or "show" or "me" or "a" or "an" or "on" or "please" or "snalla" or "tack"
        or "give" or "ge" or "har" or "du";

    private static bool Contains(HashSet<string> words, string word) =>
        words.Contains(word) || (word.Length >= 5 && words.Any(w => Typos.Same(word, w)));

    private static HashSet<string> Words(string text) =>
        new(text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
