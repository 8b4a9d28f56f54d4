namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>One section of the Tour: a heading, then the figures it measured.</summary>
internal interface ITourStep
{
    /// <summary>Gets the heading printed before the step runs.</summary>
    string Title { get; }

    /// <summary>Runs the step and prints what it measured.</summary>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>A task that completes when the step is done.</returns>
    Task RunAsync(CancellationToken cancellationToken = default);
}
