using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TraineeBot.Core.Coordinators.Reports;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// The report as CSV the way Swedish Excel opens it with a double-click: UTF-8 with a byte order mark, semicolons
/// between fields, a decimal comma in Swedish (a point in English), percentages with one decimal. One header row,
/// then one row per group; a suppressed group says "färre än 5" and has no figures. Text that Excel would read as a
/// formula is escaped.
/// </summary>
public static class OutcomeReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Render(OutcomeReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = OutcomeReportColumns.Culture(language);
        var config = new CsvConfiguration(culture)
        {
            Delimiter = ";",
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        };
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, config))
        {
            foreach (var header in OutcomeReportColumns.Headers(language))
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var breakdown in report.Breakdowns)
            {
                foreach (var group in breakdown.Groups)
                {
                    csv.WriteField(OutcomeReportTexts.Breakdown(language, breakdown.Kind));
                    csv.WriteField(group.Label.For(language));
                    if (group.Suppressed)
                    {
                        csv.WriteField(OutcomeReportTexts.Suppressed(language, report.MinGroupSize));
                        for (var i = 1; i < OutcomeReportColumns.Figures(group).Count; i++)
                        {
                            csv.WriteField(string.Empty);
                        }
                    }
                    else
                    {
                        var figures = OutcomeReportColumns.Figures(group);
                        for (var i = 0; i < figures.Count; i++)
                        {
                            csv.WriteField(figures[i] is not { } value ? string.Empty
                                : OutcomeReportColumns.IsShare(i) ? (value * 100).ToString("0.0", culture)
                                : OutcomeReportColumns.IsMean(i) ? value.ToString("0.0", culture)
                                : value.ToString("0", culture));
                        }
                    }

                    csv.NextRecord();
                }
            }
        }

        return stream.ToArray();
    }
}
