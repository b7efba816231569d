using System.Globalization;
using System.Text;

namespace Graph.Bench.Commands;

/// <summary>
/// A corpus made in memory from the sample newsletter (read from ../shared/corpus, never copied into the repository):
/// each copy maps the digits 1–9 through a permutation of its own and swaps a few city names, so copies are distinct
/// documents with distinct figures and hashes (up to 9! × 5 of them), while the language stays the newsletter's. A
/// rotation of the digits alone repeated every 45 copies, so most of a 200-copy run re-ingested stored documents.
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
        Span<char> digits = stackalloc char[9];
        for (var i = 0; i < copies; i++)
        {
            DigitPermutation(i / Swaps.Length, digits);
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c is >= '1' and <= '9' ? digits[c - '1'] : c);
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

    /// <summary>The <paramref name="index"/>-th permutation of 1–9 in lexicographic order (its factorial-base digits).</summary>
    private static void DigitPermutation(int index, Span<char> digits)
    {
        Span<char> pool = stackalloc char[9];
        for (var d = 0; d < 9; d++)
        {
            pool[d] = (char)('1' + d);
        }

        var remaining = index % 362_880;
        var left = 9;
        for (var position = 0; position < 9; position++)
        {
            var block = Factorial(left - 1);
            var pick = remaining / block;
            remaining %= block;
            digits[position] = pool[pick];
            pool[(pick + 1)..left].CopyTo(pool[pick..]);
            left--;
        }
    }

    private static int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

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
