using System.Text;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Cli;

/// <summary>The CLI verbs, run as a real process against a real store file.</summary>
public sealed class CommandLineTests : IDisposable
{
    // Written for these tests in the newsletters' style; not taken from any real document.
    private const string Newsletter = """
        【数据月报】

        ● 2025 年 1-2 月鞍山市外贸运行情况

        今年 1-2 月，鞍山市进出口总额 85.3 亿元，同比增长 6.1%。鞍山市商务局局长王立新介绍了有关情况。

        （来源：鞍山日报）
        """;

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Ingest_stores_good_documents_and_rejects_bad_ones_by_name()
    {
        var folder = Directory.CreateDirectory(_directory.File("docs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "anshan-2025-03.txt"), Newsletter);
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.txt"), [0xC3, 0x28, 0xA0, 0xA1]);
        var database = _directory.File("graph.db");

        var ingest = await GraphProcess.RunAsync(["ingest", folder, "--db", database], _directory.Path);
        var again = await GraphProcess.RunAsync(["ingest", Path.Combine(folder, "anshan-2025-03.txt"), "--db", database], _directory.Path);
        var stats = await GraphProcess.RunAsync(["stats", "--db", database], _directory.Path);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("broken.txt", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("1 ingested, 1 rejected", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("documents    1", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_rejects_a_file_past_the_size_limit_unread_and_writes_nothing()
    {
        var document = _directory.File("anshan-2025-03.txt");
        await File.WriteAllTextAsync(document, Newsletter);
        var database = _directory.File("graph.db");

        var ingest = await GraphProcess.RunAsync(
            ["ingest", document, "--db", database], _directory.Path, new Dictionary<string, string> { ["Graph__Ingestion__MaxFileBytes"] = "100" });
        var stats = await GraphProcess.RunAsync(["stats", "--db", database], _directory.Path);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("more than Graph:Ingestion:MaxFileBytes (100)", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("documents    0", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_rejects_a_document_past_its_time_budget_and_writes_nothing_of_it()
    {
        var document = _directory.File("synthetic-2025-04.txt");
        await File.WriteAllTextAsync(document, SyntheticNewsletter.Create(articles: 500));
        var small = _directory.File("anshan-2025-03.txt");
        await File.WriteAllTextAsync(small, Newsletter);
        var database = _directory.File("graph.db");

        // A budget no extraction can meet: the document is rejected, and the next one is still ingested.
        var ingest = await GraphProcess.RunAsync(
            ["ingest", document, "--db", database], _directory.Path, new Dictionary<string, string> { ["Graph__Ingestion__FileTimeout"] = "00:00:00.001" });
        var next = await GraphProcess.RunAsync(["ingest", small, "--db", database], _directory.Path);
        var stats = await GraphProcess.RunAsync(["stats", "--db", database], _directory.Path);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("not done within Graph:Ingestion:FileTimeout", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("documents    1", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_keeps_and_counts_figures_whose_year_is_unknown_and_published_dates_the_run()
    {
        var document = _directory.File("undated.txt");
        await File.WriteAllTextAsync(document, "今年 1-2 月，鞍山市进出口总额 85.3 亿元，同比增长 6.1%。\n");

        var undated = await GraphProcess.RunAsync(["ingest", document, "--db", _directory.File("undated.db")], _directory.Path);
        var dated = await GraphProcess.RunAsync(
            ["ingest", document, "--published", "2025-03-10", "--db", _directory.File("dated.db")], _directory.Path);
        var badDate = await GraphProcess.RunAsync(["ingest", document, "--published", "March", "--db", _directory.File("bad.db")], _directory.Path);

        Assert.Equal(0, undated.ExitCode);
        Assert.Contains("1 observations (1 new, 1 with an unresolved period), undated", undated.Output, StringComparison.Ordinal);
        Assert.Contains("1 figure(s) with an unresolved period", undated.Output, StringComparison.Ordinal);
        Assert.Equal(0, dated.ExitCode);
        Assert.Contains("dated 2025-03-10", dated.Output, StringComparison.Ordinal);
        Assert.Contains("0 figure(s) with an unresolved period", dated.Output, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--published needs a date", badDate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_documented_json_shape()
    {
        var document = _directory.File("anshan-2025-03.txt");
        await File.WriteAllTextAsync(document, Newsletter);
        var database = _directory.File("graph.db");
        await GraphProcess.RunAsync(["ingest", document, "--db", database], _directory.Path);

        var export = await GraphProcess.RunAsync(["export", "--format", "json", "--db", database], _directory.Path);

        Assert.Equal(0, export.ExitCode);
        var json = JsonNode.Parse(export.Output)!.AsObject();
        Assert.Equal(["entities", "relations", "observations", "articles"], json.Select(p => p.Key));
        var entity = json["entities"]![0]!.AsObject();
        Assert.Equal(["id", "kind", "name", "aliases"], entity.Select(p => p.Key));
        var relation = json["relations"]![0]!.AsObject();
        Assert.Equal(["type", "from", "to", "properties"], relation.Select(p => p.Key));
        var observation = json["observations"]![0]!.AsObject();
        Assert.Equal(
            ["subject", "indicator", "value", "unit", "normalizedValue", "baseUnit", "periodStart", "periodEnd", "yoyPct", "article"],
            observation.Select(p => p.Key));
        var article = json["articles"]![0]!.AsObject();
        Assert.Equal(["id", "title", "source", "document"], article.Select(p => p.Key));
        var ids = json["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(json["relations"]!.AsArray(), r => Assert.Contains(r!["to"]!.GetValue<string>(), ids));
        Assert.All(json["observations"]!.AsArray(), o => Assert.Contains(o!["article"]!.GetValue<string>(), ids));
    }

    [Fact]
    public async Task The_store_file_comes_from_GRAPH_DB_when_no_db_option_is_given()
    {
        var document = _directory.File("anshan-2025-03.txt");
        await File.WriteAllTextAsync(document, Newsletter, Encoding.UTF8);
        var database = _directory.File("from-env.db");
        var environment = new Dictionary<string, string> { ["GRAPH_DB"] = database };

        var ingest = await GraphProcess.RunAsync(["ingest", document], _directory.Path, environment);

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(File.Exists(database));
        Assert.False(File.Exists(Path.Combine(_directory.Path, "data", "graph.db")));
    }

    [Fact]
    public async Task Without_GRAPH_DB_or_db_the_store_is_data_graph_db_under_the_working_directory()
    {
        var document = _directory.File("anshan-2025-03.txt");
        await File.WriteAllTextAsync(document, Newsletter);

        var ingest = await GraphProcess.RunAsync(["ingest", document], _directory.Path);

        Assert.Equal(0, ingest.ExitCode);
        Assert.True(File.Exists(Path.Combine(_directory.Path, "data", "graph.db")));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("export", "--format", "xml")]
    [InlineData("ingest", "/no/such/file.txt")]
    public async Task A_wrong_command_line_exits_2_with_a_message(params string[] arguments)
    {
        var result = await GraphProcess.RunAsync([.. arguments, "--db", _directory.File("graph.db")], _directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_checks_the_services_settings_as_the_service_does_at_start()
    {
        // stats never ingests, yet it runs in the service's host: an invalid ingestion bound stops it as it stops serve.
        var result = await GraphProcess.RunAsync(
            ["stats", "--db", _directory.File("graph.db")], _directory.Path, new Dictionary<string, string> { ["Graph__Ingestion__MaxConcurrent"] = "0" });

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("MaxConcurrent", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
