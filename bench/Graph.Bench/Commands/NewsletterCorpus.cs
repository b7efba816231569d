using System.Globalization;
using System.Text;

namespace Graph.Bench.Commands;

/// <summary>
/// A corpus made in memory from the sample newsletter (read from ../shared/corpus, never copied into the repository):
/// each copy shifts every figure's digits and swaps a few city names, so copies are distinct documents with distinct
/// figures and hashes, while the language stays the newsletter's.
/// </summary>
internal static class NewsletterCorpus
{
    private static readonly (string From, string To)[][] Swaps =
    [
        [],
        [("大连", "沈阳"), ("辽宁", "吉林")],
        [("大连", "青岛"), ("辽宁", "山东")],
        [("大连", "宁波"), ("辽宁", "浙江")],
        [("大连", "厦门"), ("辽宁", "福建")],
    ];

    public static List<(string Name, string Text)> Build(string newsletterPath, int copies)
    {
        var text = File.ReadAllText(newsletterPath);
        var documents = new List<(string, string)>(copies);
        for (var i = 0; i < copies; i++)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c is >= '1' and <= '9' ? (char)('1' + ((c - '1' + i) % 9)) : c);
            }

            var copy = builder.ToString();
            foreach (var (from, to) in Swaps[i % Swaps.Length])
            {
                copy = copy.Replace(from, to, StringComparison.Ordinal);
            }

            var month = 1 + (i % 12);
            documents.Add((string.Create(CultureInfo.InvariantCulture, $"newsletter-{2020 + (i / 12 % 6)}-{month:D2}-{i:D4}.txt"), copy));
        }

        return documents;
    }

    public static string FindNewsletter()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal).First();
            }
        }

        throw new InvalidOperationException("No shared/corpus folder above the working directory; the sample newsletter is needed.");
    }
}
