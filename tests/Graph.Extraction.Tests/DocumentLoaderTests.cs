using System.Text;

namespace Graph.Extraction.Tests;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_text_file_loads_with_its_file_name()
    {
        var path = Write("news-2025-04.txt", Encoding.UTF8.GetBytes("大连市\n"));

        var document = DocumentLoader.Load(path);

        Assert.Equal("news-2025-04.txt", document.Name);
        Assert.Equal("大连市\n", document.Text);
    }

    [Fact]
    public void A_markdown_file_loads()
    {
        var path = Write("notes.MD", Encoding.UTF8.GetBytes("# 标题\n正文"));

        Assert.Equal("# 标题\n正文", DocumentLoader.Load(path).Text);
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("辽宁")]);

        Assert.Equal("辽宁", DocumentLoader.Load(path).Text);
    }

    [Fact]
    public void An_unsupported_extension_is_rejected_by_name()
    {
        var path = Write("report.docx", Encoding.UTF8.GetBytes("text"));

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Equal("report.docx", error.DocumentName);
        Assert.Contains("report.docx", error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_rejected_as_binary()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("image.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_control_characters_is_rejected_as_binary()
    {
        var path = Write("control.txt", [.. Encoding.UTF8.GetBytes("abc"), 0x07, .. Encoding.UTF8.GetBytes("def")]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("control.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("control character", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_rejected()
    {
        var path = Write("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("latin1.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.IsType<DecoderFallbackException>(error.InnerException);
    }

    [Fact]
    public void A_missing_file_is_rejected_by_name()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(Path.Combine(_folder, "absent.txt")));

        Assert.Equal("absent.txt", error.DocumentName);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
