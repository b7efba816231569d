using Graph.Domain.Model;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// AFFECTS within one clause: the name before a trigger word acts on the name after it, 冲击 as a blow (−), 拉动/带动/推动/
/// 促进/助力/赋能 as a push (+). A place right before another name only qualifies it (冲击印度制造业 hits 制造业).
/// </summary>
internal static class AffectsLinker
{
    private static readonly (string Word, string Polarity)[] Triggers =
        [("冲击", "-"), ("拉动", "+"), ("带动", "+"), ("推动", "+"), ("促进", "+"), ("助力", "+"), ("赋能", "+"), ("助推", "+")];

    private static readonly EntityKind[] Actors =
        [EntityKind.Industry, EntityKind.Policy, EntityKind.Place, EntityKind.Company, EntityKind.Organization, EntityKind.Product, EntityKind.Event, EntityKind.Project];

    public static void Link(ArticleContext context)
    {
        var text = context.Text;
        foreach (var (word, polarity) in Triggers)
        {
            for (var at = context.Find(word, context.Start); at >= 0; at = context.Find(word, at + 1))
            {
                if (context.Index.Covering(at) is not null)
                {
                    continue;
                }

                var (start, end) = TextSegments.Clause(text, at, context.Start, context.End);
                var cause = context.Index.LastBefore(at, start, Actors);
                var effects = context.Index.In(at + word.Length, end, Actors).Take(2).ToList();
                if (cause is null || effects.Count == 0)
                {
                    continue;
                }

                var effect = effects is [{ Entity.Kind: EntityKind.Place } place, var next] && next.Start == place.End ? next : effects[0];
                context.Relate(RelationType.Affects, cause.Entity!, effect.Entity!, start, end, polarity: polarity);
            }
        }
    }
}
