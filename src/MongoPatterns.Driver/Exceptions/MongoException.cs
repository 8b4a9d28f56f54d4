namespace MongoPatterns.Driver;

/// <summary>
/// The base type of every exception the MongoPatterns driver throws, so that callers can catch all driver failures
/// with a single <c>catch (MongoException)</c>.
/// </summary>
/// <remarks>
/// Messages say what went wrong and, where it helps, what to change. They never contain passwords or other secrets.
/// Error labels (<see cref="ErrorLabels"/>) classify failures the way the server and the specifications do, e.g.
/// <c>RetryableWriteError</c> or <c>TransientTransactionError</c>.
/// </remarks>
public class MongoException : Exception
{
    private readonly List<string> _errorLabels = [];

    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoException()
        : base("A MongoDB driver error occurred.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public MongoException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the error labels attached by the server or the driver (e.g. <c>TransientTransactionError</c>).</summary>
    public IReadOnlyList<string> ErrorLabels => _errorLabels;

    /// <summary>Returns whether the error carries the given label.</summary>
    /// <param name="errorLabel">The label, e.g. <c>RetryableWriteError</c>; compared exactly.</param>
    /// <returns><see langword="true"/> when the label is present.</returns>
    public bool HasErrorLabel(string errorLabel) => _errorLabels.Contains(errorLabel, StringComparer.Ordinal);

    /// <summary>Adds a label unless it is already present.</summary>
    /// <param name="errorLabel">The label.</param>
    internal void AddErrorLabel(string errorLabel)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorLabel);
        if (!HasErrorLabel(errorLabel))
        {
            _errorLabels.Add(errorLabel);
        }
    }

    /// <summary>Removes a label when present.</summary>
    /// <param name="errorLabel">The label.</param>
    internal void RemoveErrorLabel(string errorLabel) => _errorLabels.Remove(errorLabel);
}
