using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Graph.Storage.Sqlite.Tests.Sql;

/// <summary>
/// Keeps Sql/statements.json equal to every statement the embedded store can send (<see cref="SqlCatalog.All"/>), so a
/// change to any SQL is a visible diff, and has SQLite prepare each one against a migrated database, so none of them
/// names a table, column or index that does not exist. Regenerate the file with UPDATE_SQL_STATEMENTS=1.
/// </summary>
public sealed class SqlCatalogTests : IDisposable
{
    private static readonly string StatementsFile = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Storage.Sqlite.Tests", "Sql", "statements.json");

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_statement_file_holds_exactly_the_statements_the_store_sends()
    {
        var expected = JsonSerializer.Serialize(SqlCatalog.All.Select(s => new { name = s.Name, text = s.Text }), Json).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_STATEMENTS") == "1")
        {
            await File.WriteAllTextAsync(StatementsFile, expected);
        }

        Assert.True(
            File.Exists(StatementsFile) && (await File.ReadAllTextAsync(StatementsFile)).ReplaceLineEndings("\n") == expected,
            $"{StatementsFile} differs from the statements in the code; run the tests with UPDATE_SQL_STATEMENTS=1 and commit the file.");
    }

    [Fact]
    public void Statement_names_are_unique()
    {
        var names = SqlCatalog.All.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_statement_prepares_on_the_migrated_schema()
    {
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        // The schema steps are applied; the retraction's temp tables exist once their CREATE has run.
        var statements = SqlCatalog.All.Where(s => !s.Name.StartsWith("schema.", StringComparison.Ordinal)).ToList();
        foreach (var create in statements.SelectMany(s => Split(s.Text)).Where(p => p.StartsWith("CREATE TEMP", StringComparison.Ordinal)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = create;
            await command.ExecuteNonQueryAsync();
        }

        foreach (var statement in statements)
        {
            foreach (var part in Split(statement.Text))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = part;
                var error = Record.Exception(command.Prepare);
                Assert.True(error is null, $"{statement.Name} does not prepare: {error?.Message}\n{part}");
            }
        }
    }

    /// <summary>The statements of a script, one by one (prepare takes the first only); none of ours has a ';' in a literal.</summary>
    private static IEnumerable<string> Split(string script) =>
        script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
