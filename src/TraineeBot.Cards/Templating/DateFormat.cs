using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// AEL's formatDateTime: a .NET-style format (<c>yyyy-MM-dd</c>, <c>d MMMM yyyy</c>, <c>HH:mm</c>, <c>hh:mm tt</c>, …) is
/// converted to a Day.js format exactly as adaptive-expressions converts it, then formatted as Day.js formats, in UTC, with
/// Day.js's English names (the oracle loads no other Day.js locale, so its locale argument changes nothing).
/// </summary>
internal static class DateFormat
{
    /// <summary>AEL's default: ISO 8601 in UTC with milliseconds.</summary>
    public const string DefaultDayjsFormat = "YYYY-MM-DDTHH:mm:ss.SSS[Z]";

    private const int CacheLimit = 256;

    private static readonly ConcurrentDictionary<string, Part[]> Cache = new(StringComparer.Ordinal);

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private readonly record struct Part(string Token, bool Literal);

    /// <summary>The Day.js format for a .NET-style one (AEL's timestampFormatter: a format it cannot convert is used as it is).</summary>
    public static string ToDayjs(string format)
    {
        if (format.Length == 0)
        {
            return DefaultDayjsFormat;
        }

        try
        {
            return ConvertCSharpToDayjs(format);
        }
        catch (FormatException)
        {
            return format;
        }
    }

    public static string Format(DateTimeOffset utc, string dayjsFormat)
    {
        if (!Cache.TryGetValue(dayjsFormat, out var parts))
        {
            parts = Tokenize(dayjsFormat);
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(dayjsFormat, parts);
            }
        }

        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Literal ? part.Token : Render(utc, part.Token));
        }

        return builder.ToString();
    }

    /// <summary>JavaScript's <c>new Date(text)</c>, for the ISO 8601 forms cards use; a time without an offset is UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset utc)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out utc);
        if (ok)
        {
            utc = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        }

        return ok && utc.Year > 0;
    }

    /// <summary>Day.js's <c>REGEX_FORMAT</c>, matched by hand: [literal], YYYY, YY, M{1,4}, D{1,2}, d{1,4}, H{1,2}, h{1,2}, a, A, m{1,2}, s{1,2}, Z{1,2}, SSS.</summary>
    private static Part[] Tokenize(string format)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '[')
            {
                var close = format.IndexOf(']', i + 1);
                if (close > i + 1)
                {
                    literal.Append(format, i + 1, close - i - 1);
                    i = close + 1;
                    continue;
                }
            }

            var length = c switch
            {
                'Y' when string.CompareOrdinal(format, i, "YYYY", 0, 4) == 0 => 4,
                'Y' when string.CompareOrdinal(format, i, "YY", 0, 2) == 0 => 2,
                'M' => Run(format, i, 4),
                'D' or 'H' or 'h' or 'm' or 's' or 'Z' => Run(format, i, 2),
                'd' => Run(format, i, 4),
                'a' or 'A' => 1,
                'S' when string.CompareOrdinal(format, i, "SSS", 0, 3) == 0 => 3,
                _ => 0,
            };
            if (length == 0)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), Literal: true));
                literal.Clear();
            }

            parts.Add(new Part(format.Substring(i, length), Literal: false));
            i += length;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), Literal: true));
        }

        return [.. parts];
    }

    private static int Run(string format, int start, int max)
    {
        var length = 1;
        while (length < max && start + length < format.Length && format[start + length] == format[start])
        {
            length++;
        }

        return length;
    }

    private static string Render(DateTimeOffset d, string token)
    {
        var hour12 = d.Hour % 12 == 0 ? 12 : d.Hour % 12;
        return token switch
        {
            "YY" => (d.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "YYYY" => d.Year.ToString("0000", CultureInfo.InvariantCulture),
            "M" => d.Month.ToString(CultureInfo.InvariantCulture),
            "MM" => d.Month.ToString("00", CultureInfo.InvariantCulture),
            "MMM" => Months[d.Month - 1][..3],
            "MMMM" => Months[d.Month - 1],
            "D" => d.Day.ToString(CultureInfo.InvariantCulture),
            "DD" => d.Day.ToString("00", CultureInfo.InvariantCulture),
            "d" => ((int)d.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            "dd" => Weekdays[(int)d.DayOfWeek][..2],
            "ddd" => Weekdays[(int)d.DayOfWeek][..3],
            "dddd" => Weekdays[(int)d.DayOfWeek],
            "H" => d.Hour.ToString(CultureInfo.InvariantCulture),
            "HH" => d.Hour.ToString("00", CultureInfo.InvariantCulture),
            "h" => hour12.ToString(CultureInfo.InvariantCulture),
            "hh" => hour12.ToString("00", CultureInfo.InvariantCulture),
            "a" => d.Hour < 12 ? "am" : "pm",
            "A" => d.Hour < 12 ? "AM" : "PM",
            "m" => d.Minute.ToString(CultureInfo.InvariantCulture),
            "mm" => d.Minute.ToString("00", CultureInfo.InvariantCulture),
            "s" => d.Second.ToString(CultureInfo.InvariantCulture),
            "ss" => d.Second.ToString("00", CultureInfo.InvariantCulture),
            "SSS" => d.Millisecond.ToString("000", CultureInfo.InvariantCulture),
            "Z" => "+00:00",
            _ => "+0000",
        };
    }

    /// <summary>adaptive-expressions' convertCSharpDateTimeToDayjs, state for state.</summary>
    private static string ConvertCSharpToDayjs(string format)
    {
        if (format.Length == 1)
        {
            switch (format)
            {
                case "R" or "r" or "U" or "u":
                    throw new FormatException($"The standard format '{format}' is not supported.");
                case "O" or "o":
                    format = "YYYY-MM-DDTHH:mm:ss.SSS0000Z";
                    break;
            }
        }

        var result = new StringBuilder();
        var state = '\0';
        var count = 0;
        var buffer = new StringBuilder();
        const char SingleQuote = '\'';
        const char BackQuote = '`';
        const char Escape = '\\';

        void Flush(char next)
        {
            switch (state)
            {
                case 'd':
                    result.Append(count switch { 1 => "D", 2 => "DD", 3 => "ddd", _ => "dddd" });
                    break;
                case 'f' or 'F':
                    if (count < 3)
                    {
                        throw new FormatException("Fractions of a second other than fff are not supported.");
                    }

                    result.Append("SSS");
                    break;
                case 'g':
                    throw new FormatException("Era is not supported.");
                case 'h':
                    result.Append(count == 1 ? "h" : "hh");
                    break;
                case 'H':
                    result.Append(count == 1 ? "H" : "HH");
                    break;
                case 'm':
                    result.Append(count == 1 ? "m" : "mm");
                    break;
                case 'M':
                    result.Append(count switch { 1 => "M", 2 => "MM", 3 => "MMM", _ => "MMMM" });
                    break;
                case 's':
                    result.Append(count == 1 ? "s" : "ss");
                    break;
                case 't':
                    result.Append('A');
                    break;
                case 'y':
                    result.Append(count <= 2 ? "YY" : "YYYY");
                    break;
                case 'z':
                    result.Append(count <= 2 ? "ZZ" : "Z");
                    break;
                case SingleQuote or BackQuote or Escape:
                    result.Append(buffer);
                    break;
            }

            buffer.Clear();
            state = next;
            count = next == '\0' ? 0 : 1;
        }

        foreach (var c in format)
        {
            if (state == Escape)
            {
                buffer.Append(c);
                Flush('\0');
            }
            else if (state == BackQuote)
            {
                if (c == BackQuote)
                {
                    Flush('\0');
                }
                else
                {
                    buffer.Append(c);
                }
            }
            else if (state == SingleQuote)
            {
                if (c == SingleQuote)
                {
                    Flush('\0');
                }
                else
                {
                    buffer.Append(c);
                }
            }
            else
            {
                var max = c switch
                {
                    'd' or 'M' or 'y' => 4,
                    'f' or 'F' or 'z' => 3,
                    'h' or 'H' or 'm' or 's' or 't' => 2,
                    'g' => 1,
                    _ => 0,
                };
                if (max > 0)
                {
                    if (state == c)
                    {
                        count = Math.Min(count + 1, max);
                    }
                    else
                    {
                        Flush(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case 'K':
                        Flush('\0');
                        result.Append('Z');
                        break;
                    case BackQuote or SingleQuote or Escape:
                        Flush(c);
                        break;
                    case '%':
                        Flush('\0');
                        break;
                    default:
                        Flush('\0');
                        result.Append(c);
                        break;
                }
            }
        }

        if (state is Escape or BackQuote or SingleQuote)
        {
            throw new FormatException("Invalid Format String");
        }

        Flush('\0');
        return result.ToString();
    }
}
