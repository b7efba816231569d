using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// PRODUCES: a product belongs to the company named before it in the same sentence, or, when the sentence only says
/// 公司/企业 (公司项目总工程师周丽萍介绍，这款…机器人), to the company last named in the article; when it says 工厂, to the
/// last branch or works named (某某分公司).
/// </summary>
internal static class ProductLinker
{
    public static void Link(ArticleContext context)
    {
        List<Hit>? plants = null;
        foreach (var product in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Product }))
        {
            var (start, end) = TextSegments.Sentence(context.Text, product.Start, context.Start, context.End);
            var last = context.Index.LastBeforeWithInner(product.Start, int.MinValue, EntityKind.Company);
            var inSentence = last is not null && last.Start >= start ? last : null;
            var sentenceBefore = context.Text.AsSpan(start, product.Start - start);
            var maker = inSentence
                ?? (sentenceBefore.Contains("公司", StringComparison.Ordinal) || sentenceBefore.Contains("企业", StringComparison.Ordinal)
                    ? last
                    : null)
                ?? (MentionsPlant(sentenceBefore) ? Plant(plants ??= Plants(context), product.Start) ?? last : null);
            if (maker is not null)
            {
                context.Relate(RelationType.Produces, maker.Entity!, product.Entity!, start, end);
            }
        }
    }

    // 工厂生产…, 该厂投产…: a plant makes the product; the plant is the last company named as a branch or a works.
    private static readonly string[] PlantWords = ["工厂", "该厂", "本厂"];
    private static readonly string[] PlantSuffixes = ["分公司", "工厂", "厂"];

    private static bool MentionsPlant(ReadOnlySpan<char> text)
    {
        foreach (var word in PlantWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Listed once per article, in text order, so each product finds its plant by a binary search, not a scan of every name.
    private static List<Hit> Plants(ArticleContext context) =>
        [.. context.AllHits
            .Where(h => h.Entity is { Kind: EntityKind.Company } company && PlantSuffixes.Any(s => company.Name.EndsWith(s, StringComparison.Ordinal)))
            .OrderBy(h => h.Start)];

    private static Hit? Plant(List<Hit> plants, int before)
    {
        var (low, high) = (0, plants.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = plants[mid].Start < before ? (mid + 1, high) : (low, mid);
        }

        return low > 0 ? plants[low - 1] : null;
    }
}
