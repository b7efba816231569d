using System.Text.Json;
using Graph.Domain.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Hosting.SampleGraph;

/// <summary>Loads the bundled sample graph into an empty store, so a first run has something to explore.</summary>
internal sealed class SampleGraphLoader(IGraphReader reader, IGraphWriter writer, ILogger<SampleGraphLoader> logger)
{
    /// <summary>The bundled file, copied beside the executable at build.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, SampleGraphFile.FileName);

    /// <summary>Loads the file when the store holds no document yet; returns whether it did.</summary>
    public async Task<bool> LoadIfEmptyAsync(string path, CancellationToken cancellationToken)
    {
        var statistics = await reader.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (statistics.Documents > 0 || statistics.Entities > 0)
        {
            return false;
        }

        if (!File.Exists(path))
        {
            logger.LogWarning("The sample graph {Path} is missing; starting with an empty graph.", path);
            return false;
        }

        var file = await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var batch in file.Batches)
        {
            await writer.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Loaded the sample graph ({Count} document(s)) from {Path}.", file.Batches.Count, path);
        return true;
    }

    public static async Task<SampleGraphFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<SampleGraphFile>(stream, GraphJson.Options, cancellationToken).ConfigureAwait(false);
        return file is { Format: SampleGraphFile.CurrentFormat }
            ? file
            : throw new InvalidDataException($"{path} is not a sample graph of format {SampleGraphFile.CurrentFormat}.");
    }
}
