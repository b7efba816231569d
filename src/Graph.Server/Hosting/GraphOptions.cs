using System.ComponentModel.DataAnnotations;

namespace Graph.Server.Hosting;

/// <summary>Service settings (configuration section <c>Graph</c>; see the README's configuration table).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Default embedded database file, relative to the working directory.</summary>
    public const string DefaultDatabase = "data/graph.db";

    /// <summary><c>Sqlite</c> (the embedded default). Also settable as <c>GRAPH_STORE</c>.</summary>
    [Required]
    public string Store { get; set; } = "Sqlite";

    /// <summary>The embedded store's file. Also settable as <c>GRAPH_DB</c> and <c>--db</c>.</summary>
    [Required]
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>Load the bundled sample graph when the store is empty at start.</summary>
    public bool LoadSampleGraph { get; set; } = true;
}
