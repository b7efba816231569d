using System.Text;

namespace Graph.Extraction;

/// <summary>Reads a plain-text or Markdown file into a <see cref="SourceDocument"/>, refusing anything that is not UTF-8 text.</summary>
public static class DocumentLoader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly string[] SupportedExtensions = [".txt", ".md"];

    // Throwing decoder: a silently replaced byte would shift every offset after it and corrupt the stored spans.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path);
        if (!SupportedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new DocumentRejectedException(
                name, $"unsupported file type '{extension}' (only {string.Join(" and ", SupportedExtensions)} files are read)");
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

        return new SourceDocument(name, Decode(name, bytes));
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

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                throw new DocumentRejectedException(name, $"it is a binary file (it contains control character U+{(int)c:X4})");
            }
        }

        return text;
    }
}
