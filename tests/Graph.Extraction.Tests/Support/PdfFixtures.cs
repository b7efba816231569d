using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Graph.Extraction.Tests.Support;

/// <summary>
/// PDF fixtures made on the spot, never committed: real CJK text PDFs from pango-view (Debian pango1.0-tools, installed by
/// .ci/steps/extraction.sh), an image-only PDF from a pango-rendered PNG, and byte-level damage of a real PDF.
/// Without pango-view the tests skip locally and fail under CI, where the step must have installed it.
/// </summary>
internal static class PdfFixtures
{
    private const string Font = "Noto Sans CJK SC 11";

    public static void RequirePangoView()
    {
        var available = Which("pango-view");
        if (!available && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            throw new InvalidOperationException("pango-view is missing under CI: .ci/steps/extraction.sh should have installed pango1.0-tools.");
        }

        Skip.IfNot(available, "pango-view is not installed (apt-get install pango1.0-tools, or run .ci/steps/extraction.sh).");
    }

    /// <summary>Renders <paramref name="text"/> (paragraphs separated by blank lines) to a PDF with real text, in the folder.</summary>
    public static string TextPdf(string folder, string name, string text) => Render(folder, name, text, "pdf");

    /// <summary>A PDF whose only page is a picture of <paramref name="text"/>: what a scanner makes.</summary>
    public static string ImageOnlyPdf(string folder, string name, string text)
    {
        var png = File.ReadAllBytes(Render(folder, name + ".render", text, "png"));
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(50, 500, 500, 800));
        var path = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>
    /// A copy of a real PDF whose trailer asks for the standard security handler with a user password the reader does not
    /// have: the shape of every password-protected PDF.
    /// </summary>
    public static string EncryptedCopy(string source, string name)
    {
        var latin1 = Encoding.Latin1.GetString(File.ReadAllBytes(source));
        var trailer = latin1.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = latin1.IndexOf("<<", trailer, StringComparison.Ordinal);
        var owner = new string('A', 64);
        var user = new string('B', 64);
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{owner}> /U <{user}> /P -44 >> /ID [<{new string('C', 32)}> <{new string('C', 32)}>] ";
        var patched = latin1.Insert(open + 2, " " + encrypt);
        var path = Path.Combine(Path.GetDirectoryName(source)!, name);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(patched));
        return path;
    }

    private static string Render(string folder, string name, string text, string extension)
    {
        var input = Path.Combine(folder, name + ".txt");
        var output = Path.Combine(folder, name + "." + extension);
        File.WriteAllText(input, text);
        using var process = Process.Start(new ProcessStartInfo("pango-view", ["-q", "--font", Font, "--width", "400", "--wrap", "char", "-o", output, input])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"pango-view failed ({process.ExitCode}): {error}");
        }

        return output;
    }

    private static bool Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
