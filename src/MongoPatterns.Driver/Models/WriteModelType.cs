namespace MongoPatterns.Driver;

/// <summary>The kinds of request a bulk write can hold.</summary>
public enum WriteModelType
{
    /// <summary>Insert one document.</summary>
    InsertOne,

    /// <summary>Update the first matching document.</summary>
    UpdateOne,

    /// <summary>Update every matching document.</summary>
    UpdateMany,

    /// <summary>Replace the first matching document.</summary>
    ReplaceOne,

    /// <summary>Delete the first matching document.</summary>
    DeleteOne,

    /// <summary>Delete every matching document.</summary>
    DeleteMany,
}
