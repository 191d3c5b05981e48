using ScottPlot;
using TraineeBot.Core.Coordinators.Reports;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// A PNG of one breakdown: for each group, a bar stacked to 100 % of those due for the 6-month follow-up (work, work
/// and studies, studies, looking, other, no answer), the group's name and how many were due under it. Suppressed
/// groups and groups nobody in which is due yet are left out.
/// </summary>
public static class OutcomeReportChart
{
    public const string ContentType = "image/png";

    public const int MonthsAfter = 6;

    private static readonly Dictionary<OutcomeCategory, Color> Palette = new()
    {
        [OutcomeCategory.Work] = Color.FromHex("#1B7837"),
        [OutcomeCategory.WorkAndStudies] = Color.FromHex("#5AAE61"),
        [OutcomeCategory.Studies] = Color.FromHex("#2166AC"),
        [OutcomeCategory.Looking] = Color.FromHex("#E08214"),
        [OutcomeCategory.Other] = Color.FromHex("#8C8C8C"),
        [OutcomeCategory.Unknown] = Color.FromHex("#D9D9D9"),
    };

    /// <summary>The groups the chart shows, in order.</summary>
    public static IReadOnlyList<OutcomeGroup> Shown(OutcomeReport report, OutcomeBreakdownKind breakdown)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report[breakdown].Groups.Where(g => !g.Suppressed && g.At(MonthsAfter) is { Due: > 0 })];
    }

    public static byte[] RenderPng(OutcomeReport report, OutcomeBreakdownKind breakdown, string language, int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(report);
        ChartFonts.EnsureRegistered();
        var groups = Shown(report, breakdown);
        using var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.Title(OutcomeReportTexts.Get(language, "Chart.Title", OutcomeReportTexts.Breakdown(language, breakdown)));
        plot.YLabel(OutcomeReportTexts.Get(language, "Chart.Axis"));

        if (groups.Count == 0)
        {
            plot.Add.Annotation(OutcomeReportTexts.Get(language, "Chart.Empty"));
            plot.Axes.SetLimits(0, 1, 0, 100);
            return plot.GetImageBytes(width, height, ImageFormat.Png);
        }

        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < groups.Count; i++)
        {
            var horizon = groups[i].At(MonthsAfter)!;
            var bottom = 0.0;
            foreach (var category in OutcomeReportColumns.Categories)
            {
                var share = (horizon.Share(category) ?? 0) * 100;
                if (share > 0)
                {
                    bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + share, FillColor = Palette[category], LineWidth = 0, Size = 0.6 });
                }

                bottom += share;
            }

            ticks.Add(new Tick(i, $"{groups[i].Label.For(language)}\nn = {horizon.Due}"));
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        if (groups.Any(g => g.Label.For(language).Length > 14))
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }

        plot.Axes.SetLimits(-0.6, groups.Count - 0.4, 0, 100);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        foreach (var category in OutcomeReportColumns.Categories)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = OutcomeReportTexts.Category(language, category), FillColor = Palette[category] });
        }

        plot.Legend.FontName = ChartFonts.Family;
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
