namespace MongoPatterns.Migrations;

/// <summary>Where the version element sits in an encoded document, and its value.</summary>
/// <param name="Found">Whether the document has a version element.</param>
/// <param name="Version">The version (the missing-version default when not found).</param>
/// <param name="ElementStart">The offset of the element's type byte.</param>
/// <param name="ElementLength">The length of the whole element.</param>
internal readonly record struct VersionLocation(bool Found, int Version, int ElementStart, int ElementLength);
