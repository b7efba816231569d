using System.Runtime.CompilerServices;
using Graph.Domain.Store;

namespace Graph.Domain.Model;

/// <summary>
/// A batch's own consistency, checked by every store before any lock is taken (references into the store are the
/// store's to check): one set of rules, so a batch is refused the same way whichever backend holds the graph.
/// </summary>
public static class BatchRules
{
    private const int MissingShown = 5;

    public static void Validate(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var document = batch.Document ?? throw Invalid("it has no document.");
        Require(!string.IsNullOrWhiteSpace(document.Hash), "the document has no hash.");
        Require(document.Name is not null, "the document has no name.");
        Require(document.Length >= 0, "the document length is negative.");
        Require(batch.Entities is not null && batch.Relations is not null && batch.Observations is not null && batch.Mentions is not null,
            "a list of the batch is null.");

        if (batch.DocumentText is { } text)
        {
            Require(text.Length == document.Length,
                $"the document text has {text.Length} characters, not the document's {document.Length}.");
            Require(string.Equals(Identity.StableIds.DocumentHash(text), document.Hash, StringComparison.Ordinal),
                "the document text does not hash to the document's hash.");
        }

        foreach (var entity in batch.Entities!)
        {
            Require(entity is not null && !string.IsNullOrEmpty(entity.Id.Value), "an entity has no ID.");
            Require(Enum.IsDefined(entity!.Kind), $"entity {entity.Id} has an unknown kind.");
            Require(!string.IsNullOrWhiteSpace(entity.Name), $"entity {entity.Id} has no name.");
            Require(entity.Aliases is not null && entity.Aliases.All(a => a is not null), $"entity {entity.Id} has a null alias.");
            Require(
                entity.Attributes is null || entity.Attributes.Values.All(v => v is not null),
                $"entity {entity.Id} has a null attribute.");
            Require(entity.EndDate is null || entity.StartDate is null || entity.EndDate >= entity.StartDate,
                $"entity {entity.Id} ends before it starts.");
        }

        foreach (var relation in batch.Relations!)
        {
            Require(relation is not null && !string.IsNullOrEmpty(relation.Id.Value), "a relation has no ID.");
            Require(Enum.IsDefined(relation!.Type), $"relation {relation.Id} has an unknown type.");
            Require(
                !string.IsNullOrEmpty(relation.From.Value) && !string.IsNullOrEmpty(relation.To.Value),
                $"relation {relation.Id} lacks an end.");
            Require(relation.Properties is not null && relation.Properties.Values.All(v => v is not null),
                $"relation {relation.Id} has null properties.");
        }

        foreach (var observation in batch.Observations!)
        {
            Require(observation is not null && !string.IsNullOrEmpty(observation.Id.Value), "an observation has no ID.");
            Require(observation!.PeriodEnd >= observation.PeriodStart, $"observation {observation.Id} ends before it starts.");
            Require(observation.Unit is not null, $"observation {observation.Id} has no unit.");
        }

        foreach (var mention in batch.Mentions!)
        {
            Require(mention is not null && !string.IsNullOrEmpty(mention.TargetId), "a mention has no target.");
            Require(!string.IsNullOrEmpty(mention!.DocumentHash), $"a mention of {mention.TargetId} names no document.");
            Require(mention.Span.Start >= 0 && mention.Span.Length >= 0, $"a mention of {mention.TargetId} has a negative span.");
            Require(!string.Equals(mention.DocumentHash, document.Hash, StringComparison.Ordinal) || mention.Span.End <= document.Length,
                $"a mention of {mention.TargetId} ends at {mention.Span.End}, past the document's {document.Length} characters.");
        }
    }

    private static string Sample(IEnumerable<string> ids)
    {
        var sorted = ids.Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", sorted.Take(MissingShown));
        return sorted.Count > MissingShown ? $"{shown} and {sorted.Count - MissingShown} more" : shown;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static void Require(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref RuleMessage message)
    {
        if (!condition)
        {
            throw Invalid(message.ToStringAndClear());
        }
    }

    /// <summary>
    /// The entities a batch's facts name (relation ends; an observation's indicator, subject and article; a mention's
    /// article), its own among them: each must be stored already or come with the batch.
    /// </summary>
    public static HashSet<string> ReferencedEntityIds(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in batch.Relations)
        {
            referenced.Add(relation.From.Value);
            referenced.Add(relation.To.Value);
        }

        foreach (var observation in batch.Observations)
        {
            referenced.UnionWith([observation.Indicator.Value, observation.Subject.Value, observation.Article.Value]);
        }

        referenced.UnionWith(batch.Mentions.Select(m => m.Article.Value));
        return referenced;
    }

    /// <summary>The facts the batch's mentions point at that the batch does not hold: each must be stored already.</summary>
    public static HashSet<string> MentionTargetsOutside(GraphBatch batch, IEnumerable<string> batchEntities)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var targets = batch.Mentions.Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        targets.ExceptWith(batchEntities);
        targets.ExceptWith(batch.Relations.Select(r => r.Id.Value));
        targets.ExceptWith(batch.Observations.Select(o => o.Id.Value));
        return targets;
    }

    /// <summary>Refuses a batch whose facts point at <paramref name="what"/> neither stored nor in the batch.</summary>
    public static InvalidGraphInputException Dangling(string what, IEnumerable<string> ids) =>
        Invalid($"{what} that are neither stored nor in the batch: {Sample(ids)}.");

    /// <summary>
    /// Checks mentions of documents other than the batch's own against those documents as stored; a mention of a document
    /// the store does not hold, or past its end, refuses the batch.
    /// </summary>
    public static void RequireMentionsFit(IEnumerable<Mention> mentions, IReadOnlyDictionary<string, DocumentInfo> storedDocuments)
    {
        foreach (var mention in mentions)
        {
            if (!storedDocuments.TryGetValue(mention.DocumentHash, out var document))
            {
                throw Invalid($"a mention of {mention.TargetId} names unknown document {mention.DocumentHash}.");
            }

            Require(
                mention.Span.End <= document.Length,
                $"a mention of {mention.TargetId} ends at {mention.Span.End}, past the document's {document.Length} characters.");
        }
    }

    /// <summary>The exception every store throws for a batch it refuses whole.</summary>
    public static InvalidGraphInputException Invalid(string message) =>
        new($"The batch was rejected and nothing was written: {message}", "batch");
}
