using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Persisted;

/// <summary>Checks the persisted-operations settings, and reads the manifest, when the service starts.</summary>
internal sealed class PersistedOperationsValidation : IValidateOptions<PersistedOperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedOperationsOptions options)
    {
        if (string.IsNullOrEmpty(options.ManifestPath))
        {
            return options.Only
                ? ValidateOptionsResult.Fail($"{PersistedOperationsOptions.SectionName}:Only needs a ManifestPath: with no trusted documents nothing could run.")
                : ValidateOptionsResult.Success;
        }

        return TrustedDocuments.Load(options.ManifestPath, out var error) is null ? ValidateOptionsResult.Fail(error!) : ValidateOptionsResult.Success;
    }
}
