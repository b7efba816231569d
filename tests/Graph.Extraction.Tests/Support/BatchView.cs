using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Tests.Support;

/// <summary>Name-based lookups over a batch, so assertions read like the facts they check.</summary>
internal sealed class BatchView(GraphBatch batch)
{
    private readonly Dictionary<EntityId, Entity> _byId = batch.Entities.ToDictionary(e => e.Id);

    public GraphBatch Batch { get; } = batch;

    /// <summary>A fresh extractor's batch of <paramref name="text"/>, read as a document named <paramref name="fileName"/>.</summary>
    public static BatchView Extract(string text, string fileName = "brief.txt") =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument(fileName, text)));

    public Entity Entity(EntityKind kind, string name) =>
        Batch.Entities.SingleOrDefault(e => e.Kind == kind && e.Name == name)
        ?? throw new Xunit.Sdk.XunitException(
            $"No {kind} named {name}. {kind}s: {string.Join(", ", Batch.Entities.Where(e => e.Kind == kind).Select(e => e.Name))}");

    public string Name(EntityId id) => _byId[id].Name;

    public IEnumerable<Relation> Relations(RelationType type, string from, string to) =>
        Batch.Relations.Where(r => r.Type == type && Name(r.From) == from && Name(r.To) == to);

    public Observation Observation(string subject, string indicator, decimal value) =>
        Batch.Observations.SingleOrDefault(o => Name(o.Subject) == subject && Name(o.Indicator) == indicator && o.Value == value)
        ?? throw new Xunit.Sdk.XunitException(
            $"No observation {subject} {indicator} {value}. Have: "
            + string.Join("; ", Batch.Observations.Select(o => $"{Name(o.Subject)} {Name(o.Indicator)} {o.Value}")));
}
