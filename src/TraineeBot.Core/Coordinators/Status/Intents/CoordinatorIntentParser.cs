using TraineeBot.Core.Conversations;
using static TraineeBot.Core.Coordinators.Status.Intents.QuestionVocabulary;

namespace TraineeBot.Core.Coordinators.Status.Intents;

/// <summary>
/// Reads a coordinator's question about their caseload (Swedish or English, typos allowed) into a
/// <see cref="CoordinatorIntent"/>, without any outside service. Words are compared folded (lower case, no accents,
/// no punctuation) and words of 5 letters or more also with one typo. Topics win over names: "visa flaggade" is
/// <see cref="CoordinatorIntent.Flagged"/>, "visa Amira" is <see cref="CoordinatorIntent.Trainee"/>. The global commands
/// ("hjälp", "avbryt", "english"…) are <see cref="CoordinatorIntent.Unknown"/>: they are not this parser's to answer.
/// The list of what can be asked is <c>docs/coordinators/asking.md</c>.
/// </summary>
public static class CoordinatorIntentParser
{
    /// <summary>Openings that put a trainee's name after them, longest first; "|" separates alternatives for one word.</summary>
    private static readonly string[][] NameOpenings =
    [
        .. new[]
        {
            "hur ser det ut for|med", "what is happening with", "what is going on with", "whats going on with", "whats happening with",
            "hur gar det for|med", "hur har det gatt for|med", "vad hander med", "tell me about", "whats up with", "how is it going with",
            "how are things with", "hur ser det ut", "hur gar det", "what about", "how about", "how is|s|are", "hows", "hur mar", "hur ligger",
            "beratta om", "information om|on|about", "info om|on|about", "visa mig", "show me", "status for|pa|om|on|of", "status", "visa", "show",
            "kolla", "och", "and",
        }.Select(p => p.Split(' ')).OrderByDescending(p => p.Length),
    ];

    public static ParsedQuestion Parse(string text, DateOnly today)
    {
        var question = QuestionText.Split(text);
        var intent = Intent(question, text, today);
        // A name says nothing of the language ("Vilma" is one typo from "vilka").
        var name = intent is CoordinatorIntent.Trainee trainee ? QuestionText.Split(trainee.NameQuery).Texts.ToHashSet(StringComparer.Ordinal) : [];
        return new ParsedQuestion(intent, QuestionLanguage.Of(question.Texts.Where(w => !name.Contains(w))));
    }

    private static CoordinatorIntent Intent(QuestionText question, string text, DateOnly today)
    {
        var trimmed = text.Trim();
        if (question.Count == 0 || ConversationCommands.Parse(text) != ConversationCommand.None)
        {
            return new CoordinatorIntent.Unknown(trimmed);
        }

        return Topic(question, today) ?? AboutSomeone(question) ?? new CoordinatorIntent.Unknown(trimmed);
    }

    private static CoordinatorIntent? Topic(QuestionText q, DateOnly today)
    {
        if ((HasAny(q, Can) && HasAny(q, Ask)) || HasAny(q, Examples))
        {
            return new CoordinatorIntent.Help();
        }

        if (HasAny(q, Unanswered) || (HasAny(q, Negation) && HasAny(q, Answer)))
        {
            return new CoordinatorIntent.Unanswered();
        }

        if (HasAny(q, Renewal))
        {
            return new CoordinatorIntent.RenewalsSoon();
        }

        if (HasAny(q, Flag))
        {
            return new CoordinatorIntent.Flagged();
        }

        if (HasAny(q, HelpCase) || (HasAny(q, HelpWord) && q.Count > 1))
        {
            return new CoordinatorIntent.HelpOpen();
        }

        var ending = HasAny(q, Ending) || EndingPhrases.Any(p => HasPhrase(q, p));
        if (HasAny(q, Limit) || HasPhrase(q, ["max", "tid"]) || (!ending && LimitMonths(q)))
        {
            return new CoordinatorIntent.LimitsNear();
        }

        if (ending)
        {
            return EndingRange.For(q, today);
        }

        if (HasAny(q, Overdue))
        {
            return new CoordinatorIntent.Overdue();
        }

        var week = IndexOfAny(q, Week);
        if ((week >= 0 && !(week > 0 && IsAny(q[week - 1], NextOrLast))) || (HasAny(q, CheckIn) && q.Texts.Contains("due")))
        {
            return new CoordinatorIntent.DueThisWeek();
        }

        if (HasAny(q, Report) || HasPhrase(q, ["hur", "gick", "det"]) || HasPhrase(q, ["what", "happened", "after"]))
        {
            return new CoordinatorIntent.Report();
        }

        if (HasAny(q, Overview) && q.Texts.All(w => IsAny(w, Overview) || Everyone.Contains(w) || QuestionLanguage.IsFunctionWord(w)))
        {
            return new CoordinatorIntent.Overview();
        }

        return null;
    }

    /// <summary>"18 månader", "12/18-month", "the 18 month mark": the programme's time limits.</summary>
    private static bool LimitMonths(QuestionText q)
    {
        for (var i = 0; i + 1 < q.Count; i++)
        {
            if (q[i] is "12" or "18" or "tolv" or "arton" or "twelve" or "eighteen" && IsAny(q[i + 1], Months))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"hur går det för Amira", "how is Amira doing", "status Elin Svensson", or a name alone; "hur går det" alone is the overview.</summary>
    private static CoordinatorIntent? AboutSomeone(QuestionText q)
    {
        foreach (var opening in NameOpenings)
        {
            if (!StartsWith(q, opening))
            {
                continue;
            }

            var (from, to) = (opening.Length, q.Count - 1);
            while (from <= to && BeforeName.Contains(q[from]))
            {
                from++;
            }

            while (to >= from && AfterName.Contains(q[to]))
            {
                to--;
            }

            if (from > to && opening is ["och"] or ["and"])
            {
                continue;
            }

            if (Enumerable.Range(from, to - from + 1).All(i => Everyone.Contains(q[i])))
            {
                return new CoordinatorIntent.Overview();
            }

            return new CoordinatorIntent.Trainee(q.OriginalSpan(from, to));
        }

        var nameOnly = q.Count <= 3
            && q.Texts.All(w => w.All(char.IsLetter) && !NotNames.Contains(w) && !QuestionLanguage.IsKnownWord(w))
            && q.Original.Trim().Length <= 60;
        return nameOnly ? new CoordinatorIntent.Trainee(q.OriginalSpan(0, q.Count - 1)) : null;
    }

    private static bool StartsWith(QuestionText q, string[] opening)
    {
        if (q.Count < opening.Length)
        {
            return false;
        }

        for (var i = 0; i < opening.Length; i++)
        {
            if (!opening[i].Split('|').Any(form => Typos.Same(q[i], form)))
            {
                return false;
            }
        }

        return true;
    }
}
