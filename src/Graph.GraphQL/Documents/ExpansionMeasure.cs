namespace Graph.GraphQL.Documents;

/// <summary>Selections after fragment expansion, and nesting depth, of a selection set (see <see cref="ExpansionMeter"/>).</summary>
public readonly record struct ExpansionMeasure(long Selections, int Depth)
{
    public ExpansionMeasure Max(ExpansionMeasure other) => new(Math.Max(Selections, other.Selections), Math.Max(Depth, other.Depth));
}
