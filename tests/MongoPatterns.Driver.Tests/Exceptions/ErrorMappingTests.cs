using MongoPatterns.Bson;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Tests.Exceptions;

/// <summary>How replies become exceptions: command errors, write errors, duplicate keys, write concern errors.</summary>
public sealed class ErrorMappingTests
{
    private static readonly MongoServerAddress Server = new("db.example", 27017);

    [Fact]
    public void FromReply_CommandError_CarriesCodeCodeNameLabelsAndReply()
    {
        var reply = BsonDocument.Parse("""{ "ok": 0, "errmsg": "ns not found", "code": 26, "codeName": "NamespaceNotFound", "errorLabels": ["TransientTransactionError"] }""");

        var exception = CommandErrors.FromReply(Server, "drop", reply, sensitive: false);

        Assert.Equal(26, exception.Code);
        Assert.Equal("NamespaceNotFound", exception.CodeName);
        Assert.Equal("ns not found", exception.ErrorMessage);
        Assert.Same(reply, exception.Result);
        Assert.True(exception.HasErrorLabel("TransientTransactionError"));
        Assert.False(exception.HasErrorLabel("RetryableWriteError"));
        Assert.Equal("Command drop failed: ns not found (code 26, NamespaceNotFound).", exception.Message);
        Assert.Equal(Server, exception.ServerAddress);
    }

    [Fact]
    public void FromReply_MaxTimeExpired_IsAnExecutionTimeout()
    {
        var exception = CommandErrors.FromReply(Server, "find", BsonDocument.Parse("""{ "ok": 0, "errmsg": "operation exceeded time limit", "code": 50 }"""), sensitive: false);

        Assert.IsType<MongoExecutionTimeoutException>(exception);
        Assert.Equal("MaxTimeMSExpired", exception.CodeName);
    }

    [Fact]
    public void FromReply_SensitiveCommand_KeepsOnlyCodeAndLabels()
    {
        var reply = BsonDocument.Parse("""{ "ok": 0, "errmsg": "Authentication failed. payload=secret", "code": 18, "codeName": "AuthenticationFailed", "errorLabels": ["x"] }""");

        var exception = CommandErrors.FromReply(Server, "saslContinue", reply, sensitive: true);

        Assert.Null(exception.Result);
        Assert.Equal(18, exception.Code);
        Assert.True(exception.HasErrorLabel("x"));
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWriteConcernError_ParsesEveryField()
    {
        var reply = BsonDocument.Parse("""{ "ok": 1, "writeConcernError": { "code": 64, "codeName": "WriteConcernFailed", "errmsg": "waiting for replication timed out", "errInfo": { "wtimeout": true }, "errorLabels": ["RetryableWriteError"] } }""");

        var error = CommandErrors.ReadWriteConcernError(reply)!;

        Assert.Equal(64, error.Code);
        Assert.Equal("WriteConcernFailed", error.CodeName);
        Assert.True(error.Details!["wtimeout"].AsBoolean);
        Assert.Equal(["RetryableWriteError"], error.ErrorLabels);
        Assert.Null(CommandErrors.ReadWriteConcernError(new BsonDocument("ok", 1)));
    }

    [Fact]
    public void ReadWriteError_MapsTheBatchIndexToTheCallersIndex()
    {
        var error = WriteExceptions.ReadWriteError(BsonDocument.Parse("""{ "index": 1, "code": 121, "errmsg": "Document failed validation", "errInfo": { "failingDocumentId": 3 } }"""), local => local + 10);

        Assert.Equal(11, error.Index);
        Assert.Equal(121, error.Code);
        Assert.Equal(ServerErrorCategory.Uncategorized, error.Category);
        Assert.Equal(3, error.Details!["failingDocumentId"].AsInt32);
    }

    [Fact]
    public void DuplicateKey_FromBulkWrite_BecomesDuplicateKeyExceptionWithIndexNamespaceAndKey()
    {
        var writeError = WriteExceptions.ReadWriteError(BsonDocument.Parse("""
            { "index": 0, "code": 11000, "errmsg": "E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"a@b\" }",
              "keyPattern": { "email": 1 }, "keyValue": { "email": "a@b" } }
            """), index => index);
        var bulk = new MongoBulkWriteException(Server, [writeError], null, BulkWriteResult.Acknowledged(1, 0, 0, 0, 0, []), 0, ["SomeLabel"]);

        var exception = Assert.IsType<MongoDuplicateKeyException>(WriteExceptions.FromBulkWriteException(bulk));

        Assert.Equal("email_1", exception.IndexName);
        Assert.Equal("shop.users", exception.CollectionNamespace);
        Assert.Equal(new BsonDocument("email", 1), exception.KeyPattern);
        Assert.Equal(new BsonDocument("email", "a@b"), exception.KeyValue);
        Assert.Equal("{ email: \"a@b\" }", exception.KeyValueText);
        Assert.Equal(
            "E11000 duplicate key error on users.email_1 for { email: \"a@b\" }. Another document already has this key; use a different value, or update the existing document instead (for example with an upsert).",
            exception.Message);
        Assert.True(exception.HasErrorLabel("SomeLabel"));
        Assert.Same(bulk, exception.InnerException);
    }

    [Fact]
    public void DuplicateKey_WithUnparseableMessage_StillSaysWhatToDo()
    {
        var exception = new MongoDuplicateKeyException(Server, new WriteError(11000, null, "duplicate key"));

        Assert.Null(exception.IndexName);
        Assert.Contains("Another document already has this key", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Server message: duplicate key", exception.Message, StringComparison.Ordinal);
        Assert.Equal("DuplicateKey", exception.WriteError!.CodeName);
    }

    [Fact]
    public void OtherWriteError_FromBulkWrite_BecomesWriteException()
    {
        var bulk = new MongoBulkWriteException(Server, [new BulkWriteError(0, 121, "DocumentValidationFailure", "Document failed validation")], null, BulkWriteResult.Acknowledged(1, 0, 0, 0, 0, []), 0);

        var exception = WriteExceptions.FromBulkWriteException(bulk);

        Assert.IsNotType<MongoDuplicateKeyException>(exception);
        Assert.Equal(121, exception.WriteError!.Code);
        Assert.Null(exception.WriteConcernError);
        Assert.Equal("A write operation failed: Document failed validation (code 121, DocumentValidationFailure).", exception.Message);
    }

    [Fact]
    public void WriteConcernErrorOnly_FromBulkWrite_BecomesWriteExceptionWithoutWriteError()
    {
        var writeConcernError = new WriteConcernError(64, "WriteConcernFailed", "timed out");
        var bulk = new MongoBulkWriteException(Server, [], writeConcernError, BulkWriteResult.Acknowledged(1, 1, 0, 0, 0, []), 0);

        var exception = WriteExceptions.FromBulkWriteException(bulk);

        Assert.Null(exception.WriteError);
        Assert.Same(writeConcernError, exception.WriteConcernError);
        Assert.Contains("write concern failed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BulkWriteException_Message_ListsTheFirstErrorsAndUnprocessedRequests()
    {
        var errors = Enumerable.Range(0, 5).Select(i => new BulkWriteError(i * 2, 11000, null, "dup " + i)).ToList();

        var exception = new MongoBulkWriteException(Server, errors, new WriteConcernError(64, null, "wc"), BulkWriteResult.Acknowledged(20, 3, 0, 0, 0, []), 7);

        Assert.StartsWith("A bulk write operation resulted in 5 write errors: #0: 11000 (DuplicateKey): dup 0; #2:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("; ...", exception.Message, StringComparison.Ordinal);
        Assert.Contains("and a write concern error: 64 (WriteConcernFailed): wc", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("7 request(s) were not attempted because the bulk write is ordered.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11000, ServerErrorCategory.DuplicateKey)]
    [InlineData(11001, ServerErrorCategory.DuplicateKey)]
    [InlineData(12582, ServerErrorCategory.DuplicateKey)]
    [InlineData(50, ServerErrorCategory.ExecutionTimeout)]
    [InlineData(2, ServerErrorCategory.Uncategorized)]
    public void WriteError_Category_FollowsTheCode(int code, ServerErrorCategory category) =>
        Assert.Equal(category, new WriteError(code, null, "m").Category);

    [Theory]
    [InlineData(10107, true, false, false)]
    [InlineData(13435, true, false, false)]
    [InlineData(11600, false, true, true)]
    [InlineData(91, false, true, true)]
    [InlineData(189, false, true, false)]
    [InlineData(2, false, false, false)]
    public void StateChangeCodes_AreClassifiedForSdam(int code, bool notWritablePrimary, bool recovering, bool shutdown)
    {
        Assert.Equal(notWritablePrimary, ServerErrorCodes.IsNotWritablePrimary(code));
        Assert.Equal(recovering, ServerErrorCodes.IsNodeIsRecovering(code));
        Assert.Equal(shutdown, ServerErrorCodes.IsShutdown(code));
    }

    [Fact]
    public void MongoException_ErrorLabels_CanBeAddedOnceAndRemoved()
    {
        var exception = new MongoException("x");

        exception.AddErrorLabel("A");
        exception.AddErrorLabel("A");
        exception.AddErrorLabel("B");
        exception.RemoveErrorLabel("B");

        Assert.Equal(["A"], exception.ErrorLabels);
    }

    [Fact]
    public void ConnectionException_Timeout_IsReportedAsNetworkTimeout()
    {
        Assert.True(new MongoConnectionException(Server, 1, "t", new TimeoutException()).IsNetworkTimeout);
        Assert.False(new MongoConnectionException(Server, 1, "t", new IOException()).IsNetworkTimeout);
    }
}
