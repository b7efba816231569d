using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Graph.Extraction.Loading;

/// <summary>
/// The text of a PDF, page by page in content order (PdfPig's <see cref="ContentOrderTextExtractor"/>, which keeps Chinese
/// reading order), pages separated by a blank line. Refuses what it cannot read faithfully: no PDF header, a broken file,
/// a password-protected file, and a file with no text layer (scanned or image-only pages; there is no OCR).
/// </summary>
internal static class PdfReader
{
    private const int HeaderSearchBytes = 1024;

    public static SourceDocument Read(string name, byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, HeaderSearchBytes)).IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentRejectedException(name, "it is not a PDF file (no %PDF- header)");
        }

        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            var text = new StringBuilder();
            var images = 0;
            foreach (var page in pdf.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page);
                if (string.IsNullOrWhiteSpace(pageText))
                {
                    images += page.GetImages().Count();
                    continue;
                }

                text.Append(Clean(pageText)).Append("\n\n");
            }

            if (text.Length == 0)
            {
                throw new DocumentRejectedException(name, images > 0
                    ? "it has no text layer (an image-only or scanned PDF; text recognition is not supported)"
                    : "it contains no text");
            }

            return new SourceDocument(name, text.ToString().TrimEnd() + "\n");
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new DocumentRejectedException(name, "it is encrypted (password-protected PDFs are not read)", exception);
        }
        catch (Exception exception) when (exception is PdfDocumentFormatException or InvalidOperationException or ArgumentException
                                             or IndexOutOfRangeException or InvalidCastException or NullReferenceException
                                             or FormatException or OverflowException or EndOfStreamException)
        {
            // PdfPig reports broken structure through several exception types; none of them may escape as a crash.
            throw new DocumentRejectedException(name, $"it is not a readable PDF ({exception.Message})", exception);
        }
    }

    /// <summary>Control characters other than line breaks and tabs come from broken font maps; they carry no text.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\r' ? '\n' : char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c);
        }

        return builder.ToString();
    }
}
