using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>Finds later bare mentions of names learnt earlier in the document (张建华说, 远帆电子也成为…, 启明星科技研发了…).</summary>
internal static class LearntNameRecognizer
{
    public static void Recognize(ArticleContext context)
    {
        foreach (var company in context.Hits.Where(h => h.Entity is { Kind: EntityKind.Company, Aliases: { Count: > 0 } }))
        {
            foreach (var alias in company.Entity!.Aliases!)
            {
                context.Document.Learn(alias, company.Entity);
            }
        }

        var names = context.Document.LearntNames;
        if (names.MaxLength == 0)
        {
            return;
        }

        var taken = new bool[context.End - context.Start];
        foreach (var hit in context.Hits)
        {
            Array.Fill(taken, true, hit.Start - context.Start, hit.Length);
        }

        var text = context.Text;
        for (var i = context.Start; i < context.End; i++)
        {
            context.Checkpoint(i);
            var (length, entity) = names.MatchLongest(text, i, context.End);
            if (length > 0 && Array.IndexOf(taken, true, i - context.Start, length) < 0)
            {
                context.Hits.Add(new Hit(entity, i, i + length, Hit.PatternPriority));
                i += length - 1;
            }
        }

        context.Hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        context.HitsChanged();
    }
}
