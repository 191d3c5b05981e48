using TraineeBot.Core.Supervisors.Certificates;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TraineeBot.Infrastructure.Certificates;

/// <summary>
/// The certificate as an A4 PDF, written with PdfPig (Apache-2.0) in the embedded Liberation Sans: the municipality
/// as a header on every page, the title, <see cref="CertificateText.Body"/> wrapped across as many pages as it needs,
/// the place and date, and the supervisor's and coordinator's signature lines side by side (kept together on one page).
/// </summary>
internal sealed class PdfCertificateDocument : ICertificateDocument
{
    public byte[] RenderPdf(CertificateDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var writer = new PageWriter(draft.Municipality.Trim());
        writer.Paragraph(CertificateText.Title(draft), Style.Title);
        foreach (var paragraph in CertificateText.Body(draft))
        {
            writer.Paragraph(paragraph, Style.Body);
        }

        writer.Space(Style.Body.Size);
        writer.Paragraph(CertificateText.PlaceAndDate(draft), Style.Body);
        writer.Signatures(CertificateText.Signatures(draft));
        return writer.Build();
    }

    private sealed record Style(bool Bold, double Size, double SpaceAfter)
    {
        public static readonly Style Title = new(true, 20, 16);
        public static readonly Style Body = new(false, 11, 9);
        public static readonly Style Header = new(true, 12, 0);
        public static readonly Style Small = new(false, 9, 0);

        public CertificateFont Font => Bold ? CertificateFont.Bold : CertificateFont.Regular;

        public double LineHeight => Size * 1.35;
    }

    /// <summary>Writes top to bottom, starting a new page (with the header) when the next line does not fit.</summary>
    private sealed class PageWriter : IDisposable
    {
        private const double Left = 70;
        private const double Right = 70;
        private const double Top = 60;
        private const double Bottom = 70;
        private const double SignatureSpace = 40;

        private const double PageWidth = 595; // A4: 210 mm

        private readonly PdfDocumentBuilder builder = new();
        private readonly PdfDocumentBuilder.AddedFont regular;
        private readonly PdfDocumentBuilder.AddedFont bold;
        private readonly List<PdfPageBuilder> pages = [];
        private readonly string header;
        private PdfPageBuilder page = null!;
        private double y;

        public PageWriter(string header)
        {
            this.header = header;
            regular = builder.AddTrueTypeFont(CertificateFont.Regular.Bytes);
            bold = builder.AddTrueTypeFont(CertificateFont.Bold.Bytes);
            builder.DocumentInformation.Title = "Intyg";
            builder.DocumentInformation.Producer = "TraineeBot";
            NewPage();
        }

        private static double ContentWidth => PageWidth - Left - Right;

        public void Paragraph(string text, Style style)
        {
            foreach (var line in Wrap(text, style, ContentWidth))
            {
                EnsureSpace(style.LineHeight);
                Line(line, style, Left);
                y -= style.LineHeight;
            }

            y -= style.SpaceAfter;
        }

        public void Space(double points) => y -= points;

        /// <summary>Two columns: room to sign, the line, the name and the role under it.</summary>
        public void Signatures(IReadOnlyList<CertificateSignature> signatures)
        {
            const double Gap = 30;
            var columnWidth = (ContentWidth - Gap) / 2;
            var columns = signatures
                .Select(s => (IReadOnlyList<(string Text, Style Style)>)
                [
                    .. Wrap(s.Name, Style.Body, columnWidth).Select(l => (l, Style.Body)),
                    .. Wrap(s.Role, Style.Small, columnWidth).Select(l => (l, Style.Small)),
                ])
                .ToList();
            var rows = (columns.Count + 1) / 2;
            for (var row = 0; row < rows; row++)
            {
                var inRow = columns.Skip(row * 2).Take(2).ToList();
                var height = SignatureSpace + 4 + inRow.Max(c => c.Sum(l => l.Style.LineHeight));
                EnsureSpace(height);
                var lineY = y - SignatureSpace;
                for (var i = 0; i < inRow.Count; i++)
                {
                    var x = Left + (i * (columnWidth + Gap));
                    page.DrawLine(new PdfPoint(x, lineY), new PdfPoint(x + columnWidth, lineY), 0.7);
                    var lineTop = lineY - 4;
                    foreach (var (text, style) in inRow[i])
                    {
                        lineTop -= style.LineHeight;
                        page.AddText(text, style.Size, new PdfPoint(x, lineTop + (style.LineHeight - style.Size)), FontOf(style));
                    }
                }

                y -= height + Style.Body.SpaceAfter;
            }
        }

        public byte[] Build()
        {
            if (pages.Count > 1)
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var text = $"Sida {i + 1} av {pages.Count}";
                    var x = PageWidth - Right - Style.Small.Font.Width(text, Style.Small.Size);
                    pages[i].AddText(text, Style.Small.Size, new PdfPoint(x, Bottom / 2), FontOf(Style.Small));
                }
            }

            return builder.Build();
        }

        public void Dispose() => builder.Dispose();

        private static IReadOnlyList<string> Wrap(string text, Style style, double width) =>
            TextWrap.Lines(style.Font.Writable(text), width, s => style.Font.Width(s, style.Size));

        private PdfDocumentBuilder.AddedFont FontOf(Style style) => style.Bold ? bold : regular;

        private void EnsureSpace(double height)
        {
            if (y - height < Bottom)
            {
                NewPage();
            }
        }

        private void Line(string text, Style style, double x)
        {
            if (text.Length > 0)
            {
                // y is the top of the line; text is placed on its baseline.
                page.AddText(text, style.Size, new PdfPoint(x, y - style.Size), FontOf(style));
            }
        }

        private void NewPage()
        {
            page = builder.AddPage(PageSize.A4);
            pages.Add(page);
            y = page.PageSize.Height - Top;
            foreach (var line in Wrap(header, Style.Header, ContentWidth))
            {
                Line(line, Style.Header, Left);
                y -= Style.Header.LineHeight;
            }

            page.DrawLine(new PdfPoint(Left, y), new PdfPoint(PageWidth - Right, y), 0.5);
            y -= 28;
        }
    }
}
