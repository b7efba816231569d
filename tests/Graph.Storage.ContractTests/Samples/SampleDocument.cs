using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Storage.ContractTests.Samples;

/// <summary>A short news text and the spans the sample graph cites from it.</summary>
public static class SampleDocument
{
    public const string Text =
        "大连市一季度服务外包合同签约额167850万美元，同比增长57%。" +
        "工业和信息化部（工信部）信息技术发展司司长王建国出席中国国际数字经济博览会。" +
        "博览会在大连市举办，大连港集团参展。（来源：大连日报）";

    public static string Hash { get; } = StableIds.DocumentHash(Text);

    public static DocumentInfo Info { get; } =
        new(Hash, "dalian-2025-q1.txt", "大连市一季度服务外包", "大连日报", new DateOnly(2025, 4, 15), Text.Length);

    /// <summary>The span of the first occurrence of <paramref name="fragment"/> at or after <paramref name="from"/>.</summary>
    public static TextSpan SpanOf(string fragment, int from = 0)
    {
        var start = Text.IndexOf(fragment, from, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the sample text.", nameof(fragment));
        }

        return new TextSpan(start, fragment.Length);
    }
}
