namespace Graph.Bolt;

/// <summary>A spatial point (Bolt <c>Point2D</c>, tag 58, or <c>Point3D</c>, tag 59, when <see cref="Z"/> is set).</summary>
/// <param name="Srid">Spatial reference system: 7203 cartesian, 4326 WGS-84, 9157 cartesian 3D, 4979 WGS-84 3D.</param>
public sealed record BoltPoint(int Srid, double X, double Y, double? Z = null);
