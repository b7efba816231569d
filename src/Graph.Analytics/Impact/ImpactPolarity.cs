namespace Graph.Analytics.Impact;

/// <summary>Which way a chain pushes what it reaches: the product of the AFFECTS polarities along it.</summary>
public enum ImpactPolarity
{
    /// <summary>An even number of negative AFFECTS links (促进, 带动).</summary>
    Positive,

    /// <summary>An odd number of negative AFFECTS links (冲击).</summary>
    Negative,

    /// <summary>No AFFECTS link: the chain only says who issued the policy or what it targets.</summary>
    Neutral,
}
