using System.Text;
using Graph.Extraction.Loading;

namespace Graph.Extraction;

/// <summary>
/// Reads a document file into a <see cref="SourceDocument"/>: plain text and Markdown as they are, HTML as the text of its
/// article, PDF as the text of its pages in reading order. Anything that cannot be read faithfully is refused with a
/// <see cref="DocumentRejectedException"/> that says why.
/// </summary>
/// <remarks>
/// Offsets and identity: for every format the document <em>is</em> the plain text this loader returns. Every span the
/// graph stores indexes into that text (UTF-16 code units), and the document hash is the SHA-256 of that text, not of the
/// raw file. Extraction from HTML and PDF is deterministic, so the same file always yields the same text and hash; a
/// re-saved PDF whose text is unchanged is the same document, and an HTML page whose markup changed but whose article text
/// did not is too.
/// </remarks>
public static class DocumentLoader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The file types <see cref="Load"/> reads.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".html", ".htm", ".pdf"];

    // Throwing decoder: a silently replaced byte would shift every offset after it and corrupt the stored spans.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension, StringComparer.Ordinal))
        {
            throw new DocumentRejectedException(
                name, $"unsupported file type '{Path.GetExtension(path)}' (only {string.Join(", ", SupportedExtensions)} files are read)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRejectedException(name, $"it could not be read ({exception.Message})", exception);
        }

        return extension switch
        {
            ".html" or ".htm" => HtmlReader.Read(name, Decode(name, bytes)),
            ".pdf" => PdfReader.Read(name, bytes),
            _ => new SourceDocument(name, Decode(name, bytes)),
        };
    }

    internal static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new DocumentRejectedException(name, "it is a binary file (it contains NUL bytes)");
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new DocumentRejectedException(name, $"it is not valid UTF-8 (bad byte at offset {exception.Index})", exception);
        }

        return PlainText.FirstControl(text) is { } control
            ? throw new DocumentRejectedException(name, $"it is a binary file (it contains control character U+{(int)control:X4})")
            : text;
    }
}
