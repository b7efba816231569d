namespace Graph.GraphQL.Filtering;

/// <summary><c>ProjectFilter</c>: the <c>where</c> of <c>projects</c> (Location).</summary>
internal sealed class ProjectFilterInputGraphType : KindFilterInputGraphType<ProjectFilterInputGraphType>
{
    public ProjectFilterInputGraphType()
        : base("ProjectFilter", "projects", KindFilterFields.Location)
    {
    }
}
