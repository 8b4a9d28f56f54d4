using Xunit.Abstractions;

namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// Identifies one test of a JSON spec test file: the suite folder, the file, the test's position and description,
/// and why it is skipped, if it is. Serializable, so every case shows up as its own test in the runner.
/// </summary>
public sealed class SpecCase : IXunitSerializable
{
    /// <summary>Initializes an empty case; used by xunit's deserializer only.</summary>
    [Obsolete("Called by the xunit deserializer only.")]
    public SpecCase()
    {
    }

    /// <summary>Initializes a case.</summary>
    /// <param name="suite">The suite folder below <see cref="SpecDirectory.Root"/>, e.g. <c>connection-string</c>.</param>
    /// <param name="file">The file name, e.g. <c>valid-auth.json</c>.</param>
    /// <param name="index">The position of the test in the file's <c>tests</c> array.</param>
    /// <param name="description">The test's description.</param>
    /// <param name="skipReason">Why the case is skipped, or <see langword="null"/> to run it.</param>
    public SpecCase(string suite, string file, int index, string description, string? skipReason)
    {
        Suite = suite;
        File = file;
        Index = index;
        Description = description;
        SkipReason = skipReason;
    }

    /// <summary>Gets the suite folder below <see cref="SpecDirectory.Root"/>.</summary>
    public string Suite { get; private set; } = string.Empty;

    /// <summary>Gets the file name.</summary>
    public string File { get; private set; } = string.Empty;

    /// <summary>Gets the position of the test in the file's <c>tests</c> array.</summary>
    public int Index { get; private set; }

    /// <summary>Gets the test's description.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets why the case is skipped, or <see langword="null"/> when it runs.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>Gets the full path of the file.</summary>
    public string Path => System.IO.Path.Combine(SpecDirectory.Root, Suite, File);

    /// <summary>Creates the single placeholder case reported, as skipped, when a suite folder is missing.</summary>
    /// <param name="suite">The missing suite folder.</param>
    /// <returns>The placeholder case.</returns>
    public static SpecCase Missing(string suite) =>
        new(suite, "(none)", -1, "spec test folder not found", SpecDirectory.MissingMessage(suite));

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Suite = info.GetValue<string>(nameof(Suite));
        File = info.GetValue<string>(nameof(File));
        Index = info.GetValue<int>(nameof(Index));
        Description = info.GetValue<string>(nameof(Description));
        SkipReason = info.GetValue<string?>(nameof(SkipReason));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Suite), Suite);
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Index), Index);
        info.AddValue(nameof(Description), Description);
        info.AddValue(nameof(SkipReason), SkipReason);
    }

    /// <summary>Returns the case id shown by the test runner: <c>file: description</c>.</summary>
    /// <returns>The case id.</returns>
    public override string ToString() => $"{File}: {Description}";
}
