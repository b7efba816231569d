using Graph.Bolt.Protocol;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Graph structures in their Bolt 5 form. A server never accepts them as parameters; they are written for tests and
/// scripted servers, which must produce what a real server sends.
/// </summary>
internal sealed partial class PackStreamWriter
{
    private bool TryWriteGraphStructure(object value)
    {
        switch (value)
        {
            case BoltNode node:
                WriteStructHeader(4, StructureTag.Node);
                WriteInteger(node.Id);
                WriteValue(node.Labels);
                WriteValue(node.Properties);
                WriteString(node.ElementId);
                return true;
            case BoltRelationship relationship:
                WriteStructHeader(8, StructureTag.Relationship);
                WriteInteger(relationship.Id);
                WriteInteger(relationship.StartNodeId);
                WriteInteger(relationship.EndNodeId);
                WriteString(relationship.Type);
                WriteValue(relationship.Properties);
                WriteString(relationship.ElementId);
                WriteString(relationship.StartNodeElementId);
                WriteString(relationship.EndNodeElementId);
                return true;
            case BoltUnboundRelationship relationship:
                WriteUnbound(relationship);
                return true;
            case BoltPath path:
                WriteStructHeader(3, StructureTag.Path);
                WriteValue(path.Nodes);
                WriteListHeader(path.Relationships.Count);
                foreach (var relationship in path.Relationships)
                {
                    WriteUnbound(relationship);
                }

                WriteValue(path.Indices);
                return true;
            default:
                return false;
        }
    }

    private void WriteUnbound(BoltUnboundRelationship relationship)
    {
        WriteStructHeader(4, StructureTag.UnboundRelationship);
        WriteInteger(relationship.Id);
        WriteString(relationship.Type);
        WriteValue(relationship.Properties);
        WriteString(relationship.ElementId);
    }
}
