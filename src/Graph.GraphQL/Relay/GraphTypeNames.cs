namespace Graph.GraphQL.Relay;

/// <summary>
/// The GraphQL name of a graph type class, by the house convention <c>XxxGraphType</c> → <c>Xxx</c> and
/// <c>XxxInterfaceGraphType</c> → <c>Xxx</c>.
/// </summary>
internal static class GraphTypeNames
{
    private const string Suffix = "GraphType";
    private const string InterfaceSuffix = "Interface";

    public static string Of<TGraphType>() => Of(typeof(TGraphType));

    public static string Of(Type graphType)
    {
        var name = graphType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        name = name.EndsWith(Suffix, StringComparison.Ordinal) ? name[..^Suffix.Length] : name;
        return name.EndsWith(InterfaceSuffix, StringComparison.Ordinal) ? name[..^InterfaceSuffix.Length] : name;
    }
}
