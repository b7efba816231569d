using System.Globalization;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Observations;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Assembly;

internal sealed partial class BatchBuilder
{
    /// <summary>The article entity for a segment: its ID comes from the document hash and its position.</summary>
    public static EntityRef ArticleRef(string documentHash, int ordinal, string title) =>
        new(EntityKind.Article, title, $"{documentHash}#{ordinal}");

    public void AddArticle(ArticleContext context, IReadOnlyList<ObservationDraft> observations, DateOnly? publishedAt)
    {
        var segment = context.Segment;
        var article = context.Article;
        var articleId = article.Id;
        var accumulator = Add(article);
        accumulator.StartDate = publishedAt;
        accumulator.Attributes = new Dictionary<string, string>
        {
            [EntityAttributes.Document] = documentHash,
            [EntityAttributes.Ordinal] = segment.Ordinal.ToString(CultureInfo.InvariantCulture),
        };
        if (segment.SourceName is { } sourceName)
        {
            accumulator.Attributes[EntityAttributes.Source] = sourceName;
        }

        Mention(articleId.Value, articleId, segment.TitleStart, segment.TitleEnd);
        EntityRef? source = null;
        if (segment.SourceName is { } name)
        {
            source = EntityRef.Named(EntityKind.Source, name);
            var (start, end) = segment.SourceStart >= 0 ? (segment.SourceStart, segment.SourceEnd) : (segment.TitleStart, segment.TitleEnd);
            Add(source);
            Mention(source.Id.Value, articleId, start, end);
            Relate(articleId, RelationType.PublishedBy, article, source, start, end);
        }

        AddHits(context, article, source);
        foreach (var draft in context.Relations)
        {
            Relate(articleId, draft.Type, draft.From, draft.To, draft.Start, draft.End, Properties(draft));
        }

        foreach (var (entity, (start, end)) in context.Dates)
        {
            var dated = Add(entity);
            dated.StartDate ??= start;
            dated.EndDate ??= end;
        }

        foreach (var draft in observations)
        {
            AddObservation(context, draft);
        }
    }

    private void AddHits(ArticleContext context, EntityRef article, EntityRef? source)
    {
        var firstHits = new Dictionary<EntityId, Hit>();
        foreach (var hit in InTextOrder(context))
        {
            var entity = hit.Entity!;
            var accumulator = Add(entity);
            if (!hit.Contextual)
            {
                accumulator.AddAlias(context.Text.AsSpan(hit.Start, hit.Length));
                if (WrittenForm(hit) is { } written)
                {
                    accumulator.AddAlias(written);
                }
            }

            Mention(entity.Id.Value, article.Id, hit.Start, hit.End);
            firstHits.TryAdd(entity.Id, hit);
        }

        foreach (var hit in firstHits.Values.Where(h => h.Entity!.Id != article.Id && h.Entity.Id != source?.Id))
        {
            Relate(article.Id, RelationType.Mentions, article, hit.Entity!, hit.Start, hit.End);
        }
    }

    /// <summary>
    /// The accepted hits, then the inner ones, sorted by start then end; hits equal on both keep that order (a stable sort,
    /// as OrderBy + ThenBy gave, without its key arrays and index map).
    /// </summary>
    private static List<Hit> InTextOrder(ArticleContext context)
    {
        var ordered = new List<(Hit Hit, int Order)>(context.Hits.Count + context.InnerHits.Count);
        foreach (var hit in context.Hits)
        {
            ordered.Add((hit, ordered.Count));
        }

        foreach (var hit in context.InnerHits)
        {
            ordered.Add((hit, ordered.Count));
        }

        ordered.Sort(static (a, b) =>
            a.Hit.Start != b.Hit.Start ? a.Hit.Start.CompareTo(b.Hit.Start)
            : a.Hit.End != b.Hit.End ? a.Hit.End.CompareTo(b.Hit.End)
            : a.Order.CompareTo(b.Order));
        var hits = new List<Hit>(ordered.Count);
        foreach (var (hit, _) in ordered)
        {
            hits.Add(hit);
        }

        return hits;
    }

    /// <summary>
    /// The name as the document writes it when that differs from how it was read (Traditional characters, full-width letters),
    /// and is one unbroken piece of the original: 軟件業 beside 软件业.
    /// </summary>
    private string? WrittenForm(Hit hit)
    {
        // Compared in place; a string is made only for a name written differently (most are not).
        var span = text.ToOriginal(hit.Start, hit.End);
        var written = text.Original.AsSpan(span.Start, span.Length);
        return written.Length == hit.Length && !HasWhiteSpace(written) && !written.SequenceEqual(text.Text.AsSpan(hit.Start, hit.Length))
            ? written.ToString()
            : null;
    }

    private static bool HasWhiteSpace(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private void AddObservation(ArticleContext context, ObservationDraft draft)
    {
        var article = context.Article;
        Add(draft.Indicator);
        Add(draft.Subject);
        var id = StableIds.Observation(draft.Indicator.Id, draft.Subject.Id, draft.Period.Start, draft.Period.End, draft.Unit.Unit, article.Id);
        var observation = new Observation(
            id, draft.Indicator.Id, draft.Subject.Id, draft.Value, draft.Unit.Unit, Trimmed(draft.Value * draft.Unit.Multiplier), draft.Unit.BaseUnit,
            draft.Period.Start, draft.Period.End, draft.YoyPct, article.Id, draft.IsTarget, draft.Period.AsWritten);
        if (!_observations.TryAdd(id, observation))
        {
            return;
        }

        Mention(id.Value, article.Id, draft.Start, draft.End);
        Mention(draft.Indicator.Id.Value, article.Id, draft.IndicatorStart, draft.IndicatorEnd);
        Relate(article.Id, RelationType.Mentions, article, draft.Indicator, draft.IndicatorStart, draft.IndicatorEnd);
    }

    // 2.7 × 10^12 keeps the scale of 2.7 and would print as 2700000000000.0; dividing by this one drops the trailing zeros.
    private static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000000000m;

    private static Dictionary<string, string>? Properties(RelationDraft draft) =>
        draft.Role is { } role ? new() { [RelationProperties.Role] = role }
        : draft.Polarity is { } polarity ? new() { [RelationProperties.Polarity] = polarity }
        : null;
}
