using GraphQL.Validation;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Stops validation of a document with more than <see cref="ValidationGuardRule.MaxErrors"/> errors; it carries the
/// first of them so the endpoint can report those (GraphQL.NET reports only the exception that ended validation).
/// </summary>
public sealed class TooManyErrorsError(IReadOnlyList<ValidationError> first)
    : ValidationError($"The document has more than {ValidationGuardRule.MaxErrors} errors; validation stopped there.")
{
    public IReadOnlyList<ValidationError> First { get; } = first;
}
