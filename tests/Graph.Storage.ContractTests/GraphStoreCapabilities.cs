namespace Graph.Storage.ContractTests;

/// <summary>
/// What a backend supports beyond the bare contract. A scenario behind a flag that is off is reported as skipped, naming
/// the flag, so a missing capability is visible in every test run rather than silently left out.
/// </summary>
public sealed record GraphStoreCapabilities
{
    public static GraphStoreCapabilities All { get; } = new();

    /// <summary>Relations, observations and mentions that point at facts neither stored nor in the batch are rejected.</summary>
    public bool RejectsDanglingReferences { get; init; } = true;

    /// <summary>One-character queries find every name or alias containing that character.</summary>
    public bool SearchesSingleCharacters { get; init; } = true;

    /// <summary>Decimals come back with their scale (9516.90 stays 9516.90, not 9516.9).</summary>
    public bool KeepsDecimalScale { get; init; } = true;

    /// <summary><see cref="Graph.Domain.Store.IGraphWriter.ReplaceDocumentAsync"/> replaces an earlier version of a document.</summary>
    public bool ReplacesDocuments { get; init; } = true;
}
