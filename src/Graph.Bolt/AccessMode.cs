namespace Graph.Bolt;

/// <summary>Whether work only reads (may go to a follower) or writes (must go to the leader).</summary>
public enum AccessMode
{
    Write,
    Read,
}
