using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Assembly;

/// <summary>One entity being merged from every ref with its ID: aliases unioned, first subtype and dates kept.</summary>
internal sealed class EntityAccumulator(EntityId id, EntityKind kind, string name)
{
    // The canonical keys are made on the first surface that is not the name: most entities never get one, and normalizing
    // is the costly part.
    private HashSet<string>? _aliasKeys;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal) { name };
    private readonly List<string> _aliases = [];

    public string? Subtype { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public Dictionary<string, string>? Attributes { get; set; }

    /// <summary>Adds an alias unless it is the name or another alias in canonical form.</summary>
    public void AddAlias(string alias)
    {
        // The exact-string check first: most surfaces repeat, and normalizing is the costly part.
        if (alias.Length > 0 && _seen.Add(alias) && (_aliasKeys ??= [CanonicalName.Normalize(name)]).Add(CanonicalName.Normalize(alias)))
        {
            _aliases.Add(alias);
        }
    }

    /// <summary>
    /// Adds each alias of a list; the list the last call added is skipped whole, as adding it again changes nothing (a
    /// gazetteer entry hands the same list with each of its many mentions).
    /// </summary>
    public void AddAliases(IReadOnlyList<string>? aliases)
    {
        if (aliases is null || ReferenceEquals(aliases, _lastAliases))
        {
            return;
        }

        foreach (var alias in aliases)
        {
            AddAlias(alias);
        }

        _lastAliases = aliases;
    }

    private IReadOnlyList<string>? _lastAliases;

    /// <summary>As <see cref="AddAlias(string)"/> for a surface read from the text, made a string only when it is new.</summary>
    public void AddAlias(ReadOnlySpan<char> alias)
    {
        if (alias.Length > 0 && !_seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(alias))
        {
            AddAlias(alias.ToString());
        }
    }

    public Entity Build() =>
        new(id, kind, name, [.. _aliases.Order(StringComparer.Ordinal)], Subtype, StartDate, EndDate,
            Attributes is null ? null : new SortedDictionary<string, string>(Attributes, StringComparer.Ordinal));
}
