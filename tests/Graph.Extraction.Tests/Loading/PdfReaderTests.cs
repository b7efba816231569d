using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Loading;

public sealed class PdfReaderTests : IDisposable
{
    private const string Report = "2025 年 1-3 月大连市服务外包数据统计\n\n今年 1-3 月，大连市服务外包合同签约额 167850 万美元，同比增长 57%。\n\n（来源：大连市商务局）\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public void A_generated_pdf_yields_its_chinese_text_in_reading_order()
    {
        PdfFixtures.RequirePangoView();
        var path = PdfFixtures.TextPdf(_folder, "dalian-2025-04", Report);

        var document = DocumentLoader.Load(path);

        var flat = Flat(document.Text);
        Assert.Contains("大连市服务外包合同签约额167850万美元", flat, StringComparison.Ordinal);
        Assert.True(flat.IndexOf("数据统计", StringComparison.Ordinal) < flat.IndexOf("同比增长57%", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_pdf_is_extracted_like_text_with_offsets_into_the_extracted_text()
    {
        PdfFixtures.RequirePangoView();
        var document = DocumentLoader.Load(PdfFixtures.TextPdf(_folder, "dalian-2025-04", Report));

        var batch = DocumentExtractorFactory.Create().Extract(document);

        // The document is the extracted text: its hash and length, and every span, refer to that text.
        Assert.Equal(StableIds.DocumentHash(document.Text), batch.Document.Hash);
        Assert.Equal(document.Text.Length, batch.Document.Length);
        var dalian = batch.Entities.Single(e => e.Kind == EntityKind.Place && e.Name == "大连市");
        Assert.All(batch.Mentions.Where(m => m.TargetId == dalian.Id.Value),
            m => Assert.StartsWith("大连", document.Text.Substring(m.Span.Start, m.Span.Length), StringComparison.Ordinal));
        var signed = Assert.Single(batch.Observations, o => o.Value == 167850m);
        Assert.Equal((57m, new DateOnly(2025, 3, 31)), (signed.YoyPct!.Value, signed.PeriodEnd));
    }

    [SkippableFact]
    public void A_truncated_pdf_is_rejected_as_unreadable()
    {
        PdfFixtures.RequirePangoView();
        var bytes = File.ReadAllBytes(PdfFixtures.TextPdf(_folder, "whole", Report));
        var path = Path.Combine(_folder, "broken.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Equal("broken.pdf", error.DocumentName);
        Assert.Contains("not a readable PDF", error.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_password_protected_pdf_is_rejected_as_encrypted()
    {
        PdfFixtures.RequirePangoView();
        var path = PdfFixtures.EncryptedCopy(PdfFixtures.TextPdf(_folder, "plain", Report), "locked.pdf");

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("encrypted", error.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_image_only_pdf_is_rejected_for_having_no_text_layer()
    {
        PdfFixtures.RequirePangoView();
        var path = PdfFixtures.ImageOnlyPdf(_folder, "scan", Report);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("no text layer", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_pdf_header_is_rejected()
    {
        var path = Path.Combine(_folder, "fake.pdf");
        File.WriteAllText(path, "这不是 PDF 文件");

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("%PDF-", error.Reason, StringComparison.Ordinal);
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
