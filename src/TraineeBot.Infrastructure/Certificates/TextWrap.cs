namespace TraineeBot.Infrastructure.Certificates;

/// <summary>Greedy word wrap: line breaks in the text are kept, words go on the next line when they do not fit.</summary>
internal static class TextWrap
{
    /// <param name="width">The width of a string in points.</param>
    public static IReadOnlyList<string> Lines(string text, double maxWidth, Func<string, double> width)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (width(candidate) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (width(line) > maxWidth && line.Length > 1)
                {
                    // A word wider than the line (a long URL or e-mail address) is broken where it must be.
                    var fits = 1;
                    while (fits < line.Length && width(line[..(fits + 1)]) <= maxWidth)
                    {
                        fits++;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
