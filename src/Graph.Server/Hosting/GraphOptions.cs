using System.ComponentModel.DataAnnotations;

namespace Graph.Server.Hosting;

/// <summary>Service settings (configuration section <c>Graph</c>; see the README's configuration table).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Default embedded database file, relative to the working directory.</summary>
    public const string DefaultDatabase = "data/graph.db";

    /// <summary>
    /// <c>Sqlite</c> (the embedded default) or <c>Neo4j</c>. Also settable as <c>GRAPH_STORE</c>. Neo4j's settings are the
    /// section <c>Graph:Neo4j</c> (<c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>, ...) or, where that section does
    /// not set them, the variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c>.
    /// </summary>
    [Required]
    public string Store { get; set; } = "Sqlite";

    /// <summary>The name of the configuration section with the Neo4j store's settings.</summary>
    public const string Neo4jSectionName = "Graph:Neo4j";

    /// <summary>The embedded store's file. Also settable as <c>GRAPH_DB</c> and <c>--db</c>.</summary>
    [Required]
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>Load the bundled sample graph when the store is empty at start.</summary>
    public bool LoadSampleGraph { get; set; } = true;
}
