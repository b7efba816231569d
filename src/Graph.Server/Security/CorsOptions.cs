namespace Graph.Server.Security;

/// <summary>Browser origins allowed to call the API (configuration section <c>Graph:Cors</c>); none by default.</summary>
public sealed class CorsOptions
{
    public const string SectionName = "Graph:Cors";

    public List<string> Origins { get; set; } = [];
}
