namespace Graph.Domain.Model;

/// <summary>Converts relation types to and from their stored names (<c>LOCATED_IN</c>, <c>WORKS_FOR</c>, ...).</summary>
public static class RelationTypes
{
    private static readonly Dictionary<RelationType, string> Names = Enum.GetValues<RelationType>()
        .ToDictionary(t => t, ToScreamingSnake);

    private static readonly Dictionary<string, RelationType> ByName = Names
        .ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>All relation types in declaration order.</summary>
    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    /// <summary>The types that tie an article to the graph: MENTIONS (article → what it names) and PUBLISHED_BY (article → source).</summary>
    public static IReadOnlyList<RelationType> Article { get; } = [RelationType.Mentions, RelationType.PublishedBy];

    /// <summary>
    /// Every type but <see cref="Article"/>'s: the relations that say something about the world. Traversals follow only these
    /// unless asked for articles, so co-mention in one article does not pass for a link.
    /// </summary>
    public static IReadOnlyList<RelationType> Semantic { get; } = [.. All.Except(Article)];

    /// <summary>The stored name, e.g. <c>LOCATED_IN</c>.</summary>
    public static string ToName(this RelationType type) => Names[type];

    /// <summary>Parses a stored name; returns false for anything outside the vocabulary.</summary>
    public static bool TryParse(string name, out RelationType type) => ByName.TryGetValue(name, out type);

    /// <summary>Parses a stored name or throws <see cref="FormatException"/>.</summary>
    public static RelationType Parse(string name) =>
        TryParse(name, out var type) ? type : throw new FormatException($"Unknown relation type '{name}'.");

    private static string ToScreamingSnake(RelationType type)
    {
        var text = type.ToString();
        var builder = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(text[i]));
        }

        return builder.ToString();
    }
}
