using System.Buffers.Binary;
using System.Text;
using ClosedXML.Excel;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Infrastructure.Coordinators.Reports;

namespace TraineeBot.UnitTests.Coordinators.Reports;

public sealed class OutcomeReportFilesTests
{
    private readonly OutcomeReport report = OutcomeReportFixture.Report();

    [Fact]
    public void The_CSV_is_Swedish_Excel_style_with_a_BOM_semicolons_and_decimal_commas()
    {
        var bytes = OutcomeReportCsv.Render(report, "sv");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        Assert.Equal(26, header.Length);
        Assert.Equal(["Indelning", "Grupp", "Antal", "Uppföljda 3 mån (antal)", "Arbete 3 mån (%)"], header[..5]);
        Assert.Equal("Stöd enligt handledare (1–5)", header[^1]);

        // All: 12 people; 3 months: 10 due, 40,0 % work …; 6 months: 37,5 % work; trainees 3,8, supervisors 4,0.
        var all = lines[1].Split(';');
        Assert.Equal(["Alla", "Alla före detta traineer", "12", "10", "40,0", "10,0", "10,0", "10,0", "10,0", "20,0", "8", "37,5"], all[..12]);
        Assert.Equal(["3,8", "4,0"], all[^2..]);

        var men = lines.Single(l => l.StartsWith("Kön (som de själva beskriver det);Man;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("färre än 5", men[2]);
        Assert.All(men[3..], cell => Assert.Equal(string.Empty, cell));
        Assert.Equal(1 + 4 + 4 + 2 + 4 + 3, lines.Length - 1); // one row per group: all, gender, age, kind, department, period
    }

    [Fact]
    public void The_English_CSV_has_English_labels_and_a_decimal_point()
    {
        var text = Encoding.UTF8.GetString(OutcomeReportCsv.Render(report, "en"));
        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Breakdown;Group;Number;Due at 3 months (number);Work 3 months (%)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("All;All former trainees;12;10;40.0;", lines[1], StringComparison.Ordinal);
        Assert.Contains("fewer than 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_Excel_would_run_as_a_formula_is_escaped_in_the_CSV()
    {
        var rows = Enumerable.Range(1, 5).Select(n => OutcomeReportFixture.Row(
            n, "=HYPERLINK(\"x\")", 2000, Core.Programme.PlacementKind.Internal, "X", new DateOnly(2026, 1, 1), null, null, null, [], [])).ToList();
        var text = Encoding.UTF8.GetString(OutcomeReportCsv.Render(OutcomeReport.Build(rows, OutcomeReportFixture.Today), "sv"));
        Assert.DoesNotContain(";=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";\"=HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_breakdown_with_percentages_that_read_back()
    {
        var bytes = OutcomeReportWorkbook.Render(report, "sv");

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(["Alla", "Kön", "Ålder", "Typ av plats", "Hemförvaltning", "Period"], workbook.Worksheets.Select(s => s.Name));
        var all = workbook.Worksheet("Alla");
        var header = OutcomeReportWorkbook.HeaderRow;
        Assert.Equal("Grupp", all.Cell(header, 1).GetString());
        Assert.Equal("Arbete 6 mån (%)", all.Cell(header, 11).GetString());
        Assert.Equal("Alla före detta traineer", all.Cell(header + 1, 1).GetString());
        Assert.Equal(12, all.Cell(header + 1, 2).GetDouble());
        Assert.Equal(0.375, all.Cell(header + 1, 11).GetDouble(), 9);
        Assert.Equal("0.0%", all.Cell(header + 1, 11).Style.NumberFormat.Format);
        Assert.Equal(3.8, all.Cell(header + 1, 24).GetDouble(), 9);

        var kind = workbook.Worksheet("Typ av plats");
        Assert.Equal("Intern", kind.Cell(header + 1, 1).GetString());
        Assert.Equal("färre än 5", kind.Cell(header + 1, 2).GetString());
        Assert.True(kind.Cell(header + 1, 3).IsEmpty());
        Assert.Contains("färre än 5 personer", kind.Cell(header + 4, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_PNG_of_the_shown_groups()
    {
        var bytes = OutcomeReportChart.RenderPng(report, OutcomeBreakdownKind.Gender, "sv");

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal(1000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.InRange(bytes.Length, 10_000, 500_000);
        Assert.Equal(["Kvinna"], OutcomeReportChart.Shown(report, OutcomeBreakdownKind.Gender).Select(g => g.Label.Swedish));
        Assert.Equal(["2026 H2"], OutcomeReportChart.Shown(report, OutcomeBreakdownKind.Period).Select(g => g.Label.English));
    }

    [Fact]
    public void A_chart_with_nothing_to_show_still_renders()
    {
        var bytes = OutcomeReportChart.RenderPng(report, OutcomeBreakdownKind.PlacementKind, "en", 640, 400);

        Assert.Empty(OutcomeReportChart.Shown(report, OutcomeBreakdownKind.PlacementKind));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
    }

    [Fact]
    public void A_chart_subject_names_one_breakdown()
    {
        foreach (var kind in Enum.GetValues<OutcomeBreakdownKind>())
        {
            Assert.Equal(kind, OutcomeReportKinds.ChartBreakdown(OutcomeReportKinds.ChartSubject(kind)));
        }

        Assert.Equal(OutcomeBreakdownKind.All, OutcomeReportKinds.ChartBreakdown(Guid.Empty));
        Assert.Null(OutcomeReportKinds.ChartBreakdown(Guid.NewGuid()));
    }
}
