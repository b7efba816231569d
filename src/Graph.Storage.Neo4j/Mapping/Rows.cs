using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j.Mapping;

/// <summary>The parameter maps the write statements UNWIND (property names as stored; see the catalog).</summary>
internal static class Rows
{
    public static Dictionary<string, object?> Entity(Entity entity)
    {
        var terms = SearchText.Terms(entity);
        return new()
        {
            ["id"] = entity.Id.Value,
            ["kind"] = entity.Kind.ToString(),
            ["name"] = entity.Name,
            ["nameKey"] = NameSortKey.Pinyin(entity.Name),
            ["aliases"] = entity.Aliases.ToList(),
            ["subtype"] = entity.Subtype,
            ["startDate"] = entity.StartDate,
            ["endDate"] = entity.EndDate,
            ["attributes"] = ScalarValues.Map(entity.Attributes),
            ["searchTerms"] = terms,
            ["searchTokens"] = SearchText.Tokens(terms),
        };
    }

    public static Dictionary<string, object?> Relation(Relation relation) => new()
    {
        ["id"] = relation.Id.Value,
        ["from"] = relation.From.Value,
        ["to"] = relation.To.Value,
        ["properties"] = relation.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };

    public static Dictionary<string, object?> Observation(Observation o)
    {
        var row = ObservationProperties(o);

        // Only an unresolved figure has the property: Cypher's `+=` would not store a null anyway.
        if (o.UnresolvedPeriod is { } unresolved)
        {
            row["unresolvedPeriod"] = unresolved;
        }

        return row;
    }

    private static Dictionary<string, object?> ObservationProperties(Observation o) => new()
    {
        ["id"] = o.Id.Value,
        ["indicatorId"] = o.Indicator.Value,
        ["subjectId"] = o.Subject.Value,
        ["value"] = ScalarValues.Decimal(o.Value),
        // A float beside the exact text, for people writing Cypher (sums, comparisons).
        ["valueNumber"] = (double)o.Value,
        ["unit"] = o.Unit,
        ["normalizedValue"] = ScalarValues.Decimal(o.NormalizedValue),
        ["baseUnit"] = o.BaseUnit,
        ["periodStart"] = o.PeriodStart,
        ["periodEnd"] = o.PeriodEnd,
        ["yoyPct"] = ScalarValues.Decimal(o.YoyPct),
        ["articleId"] = o.Article.Value,
        ["isTarget"] = o.IsTarget,
    };

    public static string MentionKey(Mention m) =>
        string.Join('\u001f', m.TargetId, m.DocumentHash, m.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
            m.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Article.Value);

    public static Dictionary<string, object?> Mention(Mention m) => new()
    {
        ["key"] = MentionKey(m),
        ["targetId"] = m.TargetId,
        ["documentHash"] = m.DocumentHash,
        ["start"] = (long)m.Span.Start,
        ["length"] = (long)m.Span.Length,
        ["articleId"] = m.Article.Value,
    };

    public static Dictionary<string, object?> Document(DocumentInfo d, DateTimeOffset ingestedAt) => new()
    {
        ["hash"] = d.Hash,
        ["name"] = d.Name,
        ["title"] = d.Title,
        ["source"] = d.Source,
        ["publishedAt"] = d.PublishedAt,
        ["length"] = (long)d.Length,
        ["ingestedAt"] = ingestedAt,
    };
}
