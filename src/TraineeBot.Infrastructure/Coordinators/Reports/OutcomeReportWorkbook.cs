using ClosedXML.Excel;
using TraineeBot.Core.Coordinators.Reports;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// The report as an Excel workbook: one sheet per breakdown (Alla, Kön, Ålder, …), each with a title, the day of the
/// figures, the table (shares as percentages, means with one decimal) and the notes on suppression and empty cells.
/// Column widths are set, not measured (measuring would need System.Drawing, which Linux lacks).
/// </summary>
public static class OutcomeReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The table's header row on every sheet (1-based); the groups follow.</summary>
    public const int HeaderRow = 4;

    public static byte[] Render(OutcomeReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var workbook = new XLWorkbook();
        var headers = OutcomeReportColumns.Headers(language);
        foreach (var breakdown in report.Breakdowns)
        {
            var sheet = workbook.AddWorksheet(OutcomeReportTexts.Sheet(language, breakdown.Kind));
            sheet.Cell(1, 1).SetValue($"{OutcomeReportTexts.Get(language, "Title")} – {OutcomeReportTexts.Breakdown(language, breakdown.Kind)}");
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(1, 1).Style.Font.FontSize = 14;
            sheet.Cell(2, 1).SetValue(OutcomeReportTexts.Get(language, "AsOf", report.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

            // The breakdown column is the sheet's name: the table starts with the group.
            for (var c = 1; c < headers.Count; c++)
            {
                var cell = sheet.Cell(HeaderRow, c);
                cell.SetValue(headers[c]);
                cell.Style.Font.Bold = true;
                cell.Style.Alignment.WrapText = true;
                cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            }

            var row = HeaderRow + 1;
            foreach (var group in breakdown.Groups)
            {
                sheet.Cell(row, 1).SetValue(group.Label.For(language));
                if (group.Suppressed)
                {
                    sheet.Cell(row, 2).SetValue(OutcomeReportTexts.Suppressed(language, report.MinGroupSize));
                    sheet.Cell(row, 2).Style.Font.Italic = true;
                }
                else
                {
                    var figures = OutcomeReportColumns.Figures(group);
                    for (var i = 0; i < figures.Count; i++)
                    {
                        if (figures[i] is not { } value)
                        {
                            continue;
                        }

                        var cell = sheet.Cell(row, 2 + i);
                        cell.SetValue(value);
                        cell.Style.NumberFormat.Format = OutcomeReportColumns.IsShare(i) ? "0.0%" : OutcomeReportColumns.IsMean(i) ? "0.0" : "0";
                    }
                }

                row++;
            }

            row++;
            sheet.Cell(row, 1).SetValue(OutcomeReportTexts.Get(language, "Note.Suppression", report.MinGroupSize));
            sheet.Cell(row + 1, 1).SetValue(OutcomeReportTexts.Get(language, "Note.NotDue"));
            sheet.Column(1).Width = 32;
            sheet.Columns(2, headers.Count - 1).Width = 13;
            sheet.Row(HeaderRow).Height = 48;
            sheet.SheetView.FreezeRows(HeaderRow);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
