using System.Globalization;
using System.Text;

namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>
/// The Swedish text of a trainee's certificate (intyg), from a <see cref="CertificateDraft"/>. Pure: the same draft
/// always gives the same text, with no culture data from the machine. Free text (tasks, skills, the reference, names)
/// is kept literally, only trimmed; nothing in it is interpreted.
/// </summary>
public static class CertificateText
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The line a signature is written on, in the text form.</summary>
    public const string SignatureLine = "______________________________";

    public static string Title(CertificateDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return "Intyg";
    }

    /// <summary>
    /// Every paragraph in reading order: <see cref="Body"/>, <see cref="PlaceAndDate"/>, then one paragraph per
    /// signature (the line, the name and the role on lines of their own).
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(CertificateDraft d)
    {
        var paragraphs = new List<string>(Body(d)) { PlaceAndDate(d) };
        paragraphs.AddRange(Signatures(d).Select(s => $"{SignatureLine}\n{s.Name}\n{s.Role}"));
        return paragraphs;
    }

    /// <summary>What the trainee did: the placement, tasks, skills, the reference and whom to ask.</summary>
    public static IReadOnlyList<string> Body(CertificateDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var paragraphs = new List<string> { Placement(d) };
        AddLabelled(paragraphs, "Arbetsuppgifter", d.TasksPerformed);
        AddLabelled(paragraphs, "Kunskaper och förmågor", d.SkillsShown);
        AddLabelled(paragraphs, "Handledarens omdöme", d.Reference);
        paragraphs.Add(Contact(d));
        return paragraphs;
    }

    /// <summary>"Botkyrka den 30 juni 2026": the municipality without "kommun", and the day it is issued.</summary>
    public static string PlaceAndDate(CertificateDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var place = d.Municipality.Trim();
        const string Suffix = " kommun";
        if (place.Length > Suffix.Length && place.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            place = place[..^Suffix.Length].TrimEnd();
        }

        return $"{place} den {Date(d.IssuedOn)}";
    }

    /// <summary>The supervisor's and the coordinator's signatures, in that order.</summary>
    public static IReadOnlyList<CertificateSignature> Signatures(CertificateDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return
        [
            new(d.SupervisorName.Trim(), $"Handledare på {d.WorkplaceName.Trim()}"),
            new(d.CoordinatorName.Trim(), $"Traineehandledare, {d.Municipality.Trim()}"),
        ];
    }

    /// <summary>"7 januari 2026".</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"7 januari–30 juni 2026", or "1 december 2025–31 maj 2026" across a new year.</summary>
    public static string Period(DateOnly start, DateOnly lastDay) =>
        start.Year == lastDay.Year
            ? $"{start.Day} {Months[start.Month - 1]}–{Date(lastDay)}"
            : $"{Date(start)}–{Date(lastDay)}";

    /// <summary>"37,5 timmar i veckan", "40 timmar i veckan", "1 timme i veckan" (at most two decimals).</summary>
    public static string HoursPerWeek(decimal hours)
    {
        var number = Math.Round(hours, 2, MidpointRounding.AwayFromZero)
            .ToString("0.##", CultureInfo.InvariantCulture)
            .Replace('.', ',');
        return number == "1" ? "1 timme i veckan" : $"{number} timmar i veckan";
    }

    private static string Placement(CertificateDraft d)
    {
        var text = new StringBuilder();
        text.Append(d.TraineeName.Trim())
            .Append(" har under perioden ").Append(Period(d.StartDate, d.LastDay))
            .Append(" haft en traineeplats");
        if (!string.IsNullOrWhiteSpace(d.Role))
        {
            text.Append(" som ").Append(d.Role.Trim());
        }

        var workplace = d.WorkplaceName.Trim();
        text.Append(" på ").Append(workplace);
        if (!string.IsNullOrWhiteSpace(d.Organisation) && !string.Equals(d.Organisation.Trim(), workplace, StringComparison.OrdinalIgnoreCase))
        {
            text.Append(" (").Append(d.Organisation.Trim()).Append(')');
        }

        text.Append(" inom ").Append(d.ProgrammeName.Trim())
            .Append(" i ").Append(d.Municipality.Trim()).Append('.');
        if (d.HoursPerWeek is > 0m and var hours)
        {
            text.Append(" Arbetstiden har varit ").Append(HoursPerWeek(hours)).Append('.');
        }

        return text.ToString();
    }

    private static string Contact(CertificateDraft d)
    {
        var text = new StringBuilder("Ytterligare upplysningar lämnas av handledaren ").Append(d.SupervisorName.Trim());
        if (!string.IsNullOrWhiteSpace(d.SupervisorPhone))
        {
            text.Append(", telefon ").Append(d.SupervisorPhone.Trim());
        }

        if (!string.IsNullOrWhiteSpace(d.SupervisorEmail))
        {
            text.Append(", e-post ").Append(d.SupervisorEmail.Trim());
        }

        return text.Append('.').ToString();
    }

    private static void AddLabelled(List<string> paragraphs, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            paragraphs.Add($"{label}: {value.Trim()}");
        }
    }
}

/// <summary>A signature on the certificate: the line is signed by <paramref name="Name"/>, written under it with <paramref name="Role"/>.</summary>
public sealed record CertificateSignature(string Name, string Role);
