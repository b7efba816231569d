namespace Graph.Extraction.Evaluation;

/// <summary>A hand-annotated entity: its kind (as in <see cref="Domain.Model.EntityKind"/>), canonical name and other names.</summary>
/// <param name="Optional">
/// True for a mention an annotator could go either way on (a generic sector word, a fund or platform name): finding it is not
/// rewarded and not punished. Used sparingly; every optional entry is visible in the gold file.
/// </param>
public sealed record GoldEntity(string Kind, string Name, IReadOnlyList<string>? Aliases = null, bool Optional = false)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Names => (Aliases ?? []).Prepend(Name);
}
