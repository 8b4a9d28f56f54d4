using System.Globalization;
using System.Text;

namespace MongoPatterns.Embedded.Tests.Integration;

/// <summary>What the server acknowledged to one client (or, merged, to all of them) during a <see cref="ContentionWorkload"/> run.</summary>
internal sealed class ContentionTally
{
    /// <summary>Gets how many operations of each kind ran.</summary>
    public SortedDictionary<ContentionOperation, long> OperationCounts { get; } = [];

    /// <summary>Gets the acknowledged increments per counter id.</summary>
    public SortedDictionary<string, long> AcknowledgedIncrements { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the inserts the server acknowledged.</summary>
    public long AcknowledgedInserts { get; set; }

    /// <summary>Gets or sets the inserts refused with a duplicate key error.</summary>
    public long DuplicateInserts { get; set; }

    /// <summary>Gets or sets the e-mail renames refused with a duplicate key error.</summary>
    public long DuplicateRenames { get; set; }

    /// <summary>Gets or sets the documents the server reported deleted.</summary>
    public long AcknowledgedDeletes { get; set; }

    /// <summary>Gets the wall time of the concurrent part (set on the merged tally).</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Gets the number of operations run.</summary>
    public long TotalOperations => OperationCounts.Values.Sum();

    /// <summary>Merges the clients' tallies.</summary>
    /// <param name="tallies">One tally per client.</param>
    /// <param name="elapsed">The wall time of the run.</param>
    /// <returns>The sum.</returns>
    public static ContentionTally Merge(IEnumerable<ContentionTally> tallies, TimeSpan elapsed)
    {
        var merged = new ContentionTally { Elapsed = elapsed };
        foreach (var tally in tallies)
        {
            foreach (var (operation, count) in tally.OperationCounts)
            {
                merged.OperationCounts[operation] = merged.OperationCounts.GetValueOrDefault(operation) + count;
            }

            foreach (var (counter, count) in tally.AcknowledgedIncrements)
            {
                merged.AcknowledgedIncrements[counter] = merged.AcknowledgedIncrements.GetValueOrDefault(counter) + count;
            }

            merged.AcknowledgedInserts += tally.AcknowledgedInserts;
            merged.DuplicateInserts += tally.DuplicateInserts;
            merged.DuplicateRenames += tally.DuplicateRenames;
            merged.AcknowledgedDeletes += tally.AcknowledgedDeletes;
        }

        return merged;
    }

    /// <summary>Counts one operation.</summary>
    /// <param name="operation">Its kind.</param>
    public void Count(ContentionOperation operation) => OperationCounts[operation] = OperationCounts.GetValueOrDefault(operation) + 1;

    /// <summary>Counts one acknowledged increment of a counter.</summary>
    /// <param name="counterId">The counter.</param>
    public void Increment(string counterId) => AcknowledgedIncrements[counterId] = AcknowledgedIncrements.GetValueOrDefault(counterId) + 1;

    /// <summary>Describes the run for the test output.</summary>
    /// <returns>Operations, throughput and acknowledgement counts.</returns>
    public string Describe()
    {
        var text = new StringBuilder();
        var seconds = Elapsed.TotalSeconds;
        text.Append(CultureInfo.InvariantCulture, $"{TotalOperations:N0} operations in {seconds:F2} s ({TotalOperations / Math.Max(seconds, 1e-9):N0} ops/s)").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"mix: {string.Join(", ", OperationCounts.Select(c => c.Key + "=" + c.Value.ToString(CultureInfo.InvariantCulture)))}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"inserts acknowledged={AcknowledgedInserts:N0} duplicate={DuplicateInserts:N0}; renames duplicate={DuplicateRenames:N0}; deletes acknowledged={AcknowledgedDeletes:N0}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"increments acknowledged={AcknowledgedIncrements.Values.Sum():N0}");
        return text.ToString();
    }
}
