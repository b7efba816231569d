using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// PRODUCES: a product belongs to the company named before it in the same sentence, or, when the sentence only says
/// 公司/企业 (公司项目总工程师周丽萍介绍，这款…机器人), to the company last named in the article.
/// </summary>
internal static class ProductLinker
{
    public static void Link(ArticleContext context)
    {
        foreach (var product in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Product }))
        {
            var (start, end) = TextSegments.Sentence(context.Text, product.Start, context.Start, context.End);
            var last = context.Index.LastBeforeWithInner(product.Start, int.MinValue, EntityKind.Company);
            var inSentence = last is not null && last.Start >= start ? last : null;
            var sentenceBefore = context.Text.AsSpan(start, product.Start - start);
            var maker = inSentence
                ?? (sentenceBefore.Contains("公司", StringComparison.Ordinal) || sentenceBefore.Contains("企业", StringComparison.Ordinal)
                    ? last
                    : null);
            if (maker is not null)
            {
                context.Relate(RelationType.Produces, maker.Entity!, product.Entity!, start, end);
            }
        }
    }
}
