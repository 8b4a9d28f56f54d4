using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// Maps the unified format's collection operations onto the driver's public <see cref="IMongoCollection{TDocument}"/>
/// API, translating arguments into options and results into the CRUD specification's result documents.
/// </summary>
internal static class UnifiedCollectionOperations
{
    /// <summary>Prepares a collection operation.</summary>
    /// <exception cref="NotSupportedException">The operation or one of its arguments is not supported.</exception>
    public static UnifiedInvocation Prepare(IMongoCollection<BsonDocument> collection, string name, UnifiedArguments arguments)
    {
        var invocation = name switch
        {
            "aggregate" => Aggregate(collection, arguments),
            "bulkWrite" => BulkWrite(collection, arguments),
            "count" => Count(collection, arguments, legacy: true),
            "countDocuments" => Count(collection, arguments, legacy: false),
            "createIndex" => CreateIndex(collection, arguments),
            "deleteMany" => Delete(collection, arguments, many: true),
            "deleteOne" => Delete(collection, arguments, many: false),
            "distinct" => Distinct(collection, arguments),
            "estimatedDocumentCount" => EstimatedDocumentCount(collection, arguments),
            "find" => Find(collection, arguments, findOne: false),
            "findOne" => Find(collection, arguments, findOne: true),
            "findOneAndDelete" => FindOneAndDelete(collection, arguments),
            "findOneAndReplace" => FindOneAndReplace(collection, arguments),
            "findOneAndUpdate" => FindOneAndUpdate(collection, arguments),
            "insertMany" => InsertMany(collection, arguments),
            "insertOne" => InsertOne(collection, arguments),
            "listIndexes" => ListIndexes(collection, arguments),
            "replaceOne" => ReplaceOne(collection, arguments),
            "updateMany" => Update(collection, arguments, many: true),
            "updateOne" => Update(collection, arguments, many: false),
            _ => throw new NotSupportedException($"The collection operation '{name}' is not supported by the unified runner."),
        };
        arguments.EnsureAllUsed();
        return invocation;
    }

    /// <summary>Converts an <c>update</c> argument: an update document or a pipeline.</summary>
    public static UpdateDefinition<BsonDocument> ToUpdate(BsonValue update) => update switch
    {
        BsonArray stages => (PipelineDefinition<BsonDocument, BsonDocument>)stages.Select(stage => stage.AsBsonDocument).ToList(),
        _ => update.AsBsonDocument,
    };

    private static UnifiedInvocation Aggregate(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var pipeline = arguments.OptionalDocuments("pipeline") ?? throw new InvalidOperationException("aggregate needs a pipeline.");
        var options = ReadAggregateOptions(arguments);
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await collection.AggregateAsync(PipelineDefinition<BsonDocument, BsonDocument>.Create(pipeline), options).ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        })
        { ReturnsDocuments = true };
    }

    /// <summary>Reads the options shared by the collection and database <c>aggregate</c> operations.</summary>
    public static AggregateOptions ReadAggregateOptions(UnifiedArguments arguments) => new()
    {
        AllowDiskUse = arguments.OptionalBoolean("allowDiskUse"),
        BatchSize = arguments.OptionalInt32("batchSize"),
        BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
        Collation = arguments.Collation(),
        Comment = arguments.Optional("comment"),
        Hint = arguments.Optional("hint"),
        Let = arguments.OptionalDocument("let"),
        MaxTime = arguments.MaxTime(),
    };

    private static UnifiedInvocation BulkWrite(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var requests = arguments.Required("requests").AsBsonArray.Select(request => ToWriteModel(request.AsBsonDocument)).ToList();
        var options = new BulkWriteOptions
        {
            IsOrdered = arguments.OptionalBoolean("ordered") ?? true,
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Comment = arguments.Optional("comment"),
            Let = arguments.OptionalDocument("let"),
        };
        return new UnifiedInvocation(async () =>
        {
            var result = await collection.BulkWriteAsync(requests, options).ConfigureAwait(false);
            return UnifiedResults.BulkWrite(result, requests, new HashSet<int>());
        })
        { PartialResult = error => PartialBulkResult(error, requests, options.IsOrdered) };
    }

    private static BsonDocument? PartialBulkResult(Exception error, List<WriteModel<BsonDocument>> requests, bool ordered)
    {
        var bulk = error as MongoBulkWriteException ?? error.InnerException as MongoBulkWriteException;
        if (bulk is null)
        {
            return null;
        }

        var failed = new HashSet<int>(bulk.WriteErrors.Select(writeError => writeError.Index));
        if (ordered && failed.Count > 0)
        {
            for (var index = failed.Min(); index < requests.Count; index++)
            {
                failed.Add(index);
            }
        }

        return UnifiedResults.BulkWrite(bulk.Result, requests, failed);
    }

    private static WriteModel<BsonDocument> ToWriteModel(BsonDocument request)
    {
        if (request.ElementCount != 1)
        {
            throw new InvalidOperationException($"A bulkWrite request must have exactly one key: {request}");
        }

        var kind = request.GetElement(0).Name;
        var arguments = new UnifiedArguments(kind, request[0].AsBsonDocument);
        WriteModel<BsonDocument> model = kind switch
        {
            "insertOne" => new InsertOneModel<BsonDocument>(arguments.Required("document").AsBsonDocument.DeepClone()),
            "deleteOne" => new DeleteOneModel<BsonDocument>(arguments.Required("filter").AsBsonDocument)
            {
                Collation = arguments.Collation(),
                Hint = arguments.Optional("hint"),
            },
            "deleteMany" => new DeleteManyModel<BsonDocument>(arguments.Required("filter").AsBsonDocument)
            {
                Collation = arguments.Collation(),
                Hint = arguments.Optional("hint"),
            },
            "replaceOne" => new ReplaceOneModel<BsonDocument>(arguments.Required("filter").AsBsonDocument, arguments.Required("replacement").AsBsonDocument)
            {
                Collation = arguments.Collation(),
                Hint = arguments.Optional("hint"),
                IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
                Sort = arguments.Sort(),
            },
            "updateOne" => new UpdateOneModel<BsonDocument>(arguments.Required("filter").AsBsonDocument, ToUpdate(arguments.Required("update")))
            {
                ArrayFilters = arguments.OptionalDocuments("arrayFilters"),
                Collation = arguments.Collation(),
                Hint = arguments.Optional("hint"),
                IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
                Sort = arguments.Sort(),
            },
            "updateMany" => new UpdateManyModel<BsonDocument>(arguments.Required("filter").AsBsonDocument, ToUpdate(arguments.Required("update")))
            {
                ArrayFilters = arguments.OptionalDocuments("arrayFilters"),
                Collation = arguments.Collation(),
                Hint = arguments.Optional("hint"),
                IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
            },
            _ => throw new NotSupportedException($"The bulkWrite request '{kind}' is not supported."),
        };
        arguments.EnsureAllUsed();
        return model;
    }

    private static UnifiedInvocation Count(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments, bool legacy)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var options = new CountOptions
        {
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            Limit = arguments.OptionalInt64("limit"),
            MaxTime = arguments.MaxTime(),
            Skip = arguments.OptionalInt64("skip"),
        };
        return new UnifiedInvocation(async () => legacy
            ? await collection.CountAsync(filter, options).ConfigureAwait(false)
            : await collection.CountDocumentsAsync(filter, options).ConfigureAwait(false));
    }

    private static UnifiedInvocation CreateIndex(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var keys = arguments.Required("keys").AsBsonDocument;
        var options = new CreateIndexOptions
        {
            Name = arguments.OptionalString("name"),
            Unique = arguments.OptionalBoolean("unique"),
            Sparse = arguments.OptionalBoolean("sparse"),
            ExpireAfter = arguments.OptionalInt64("expireAfterSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        return new UnifiedInvocation(async () => await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(keys, options)).ConfigureAwait(false));
    }

    private static UnifiedInvocation Delete(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments, bool many)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var options = new DeleteOptions
        {
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            Let = arguments.OptionalDocument("let"),
        };
        return new UnifiedInvocation(async () => UnifiedResults.Delete(many
            ? await collection.DeleteManyAsync(filter, options).ConfigureAwait(false)
            : await collection.DeleteOneAsync(filter, options).ConfigureAwait(false)));
    }

    private static UnifiedInvocation Distinct(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var fieldName = arguments.Required("fieldName").AsString;
        var filter = arguments.Required("filter").AsBsonDocument;
        var options = new DistinctOptions
        {
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            MaxTime = arguments.MaxTime(),
        };
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await collection.DistinctAsync<BsonValue>(fieldName, filter, options).ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        });
    }

    private static UnifiedInvocation EstimatedDocumentCount(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var options = new EstimatedDocumentCountOptions { Comment = arguments.Optional("comment"), MaxTime = arguments.MaxTime() };
        return new UnifiedInvocation(async () => await collection.EstimatedDocumentCountAsync(options).ConfigureAwait(false));
    }

    private static UnifiedInvocation Find(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments, bool findOne)
    {
        var filter = arguments.OptionalDocument("filter") ?? new BsonDocument();
        var options = new FindOptions<BsonDocument, BsonDocument>
        {
            AllowDiskUse = arguments.OptionalBoolean("allowDiskUse"),
            AllowPartialResults = arguments.OptionalBoolean("allowPartialResults"),
            BatchSize = arguments.OptionalInt32("batchSize"),
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            Let = arguments.OptionalDocument("let"),
            Limit = arguments.OptionalInt32("limit"),
            Max = arguments.OptionalDocument("max"),
            MaxTime = arguments.MaxTime(),
            Min = arguments.OptionalDocument("min"),
            NoCursorTimeout = arguments.OptionalBoolean("noCursorTimeout"),
            Projection = arguments.Projection(),
            ReturnKey = arguments.OptionalBoolean("returnKey"),
            ShowRecordId = arguments.OptionalBoolean("showRecordId"),
            Skip = arguments.OptionalInt32("skip"),
            Sort = arguments.Sort(),
        };
        if (findOne)
        {
            options.Limit = -1;
            return new UnifiedInvocation(async () =>
            {
                using var cursor = await collection.FindAsync(filter, options).ConfigureAwait(false);
                return await cursor.FirstOrDefaultAsync().ConfigureAwait(false) ?? (BsonValue)BsonNull.Value;
            });
        }

        return new UnifiedInvocation(async () =>
        {
            using var cursor = await collection.FindAsync(filter, options).ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        })
        { ReturnsDocuments = true };
    }

    private static UnifiedInvocation FindOneAndDelete(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var options = new FindOneAndDeleteOptions<BsonDocument>
        {
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            Let = arguments.OptionalDocument("let"),
            MaxTime = arguments.MaxTime(),
            Projection = arguments.Projection(),
            Sort = arguments.Sort(),
        };
        return new UnifiedInvocation(async () => await collection.FindOneAndDeleteAsync(filter, options).ConfigureAwait(false) ?? (BsonValue)BsonNull.Value);
    }

    private static UnifiedInvocation FindOneAndReplace(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var replacement = arguments.Required("replacement").AsBsonDocument;
        var options = new FindOneAndReplaceOptions<BsonDocument>
        {
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
            Let = arguments.OptionalDocument("let"),
            MaxTime = arguments.MaxTime(),
            Projection = arguments.Projection(),
            ReturnDocument = ReadReturnDocument(arguments),
            Sort = arguments.Sort(),
        };
        return new UnifiedInvocation(async () => await collection.FindOneAndReplaceAsync(filter, replacement, options).ConfigureAwait(false) ?? (BsonValue)BsonNull.Value);
    }

    private static UnifiedInvocation FindOneAndUpdate(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var update = ToUpdate(arguments.Required("update"));
        var options = new FindOneAndUpdateOptions<BsonDocument>
        {
            ArrayFilters = arguments.OptionalDocuments("arrayFilters"),
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
            Let = arguments.OptionalDocument("let"),
            MaxTime = arguments.MaxTime(),
            Projection = arguments.Projection(),
            ReturnDocument = ReadReturnDocument(arguments),
            Sort = arguments.Sort(),
        };
        return new UnifiedInvocation(async () => await collection.FindOneAndUpdateAsync(filter, update, options).ConfigureAwait(false) ?? (BsonValue)BsonNull.Value);
    }

    private static ReturnDocument ReadReturnDocument(UnifiedArguments arguments) => arguments.OptionalString("returnDocument") switch
    {
        null => ReturnDocument.Before,
        var text when text.Equals("Before", StringComparison.OrdinalIgnoreCase) => ReturnDocument.Before,
        var text when text.Equals("After", StringComparison.OrdinalIgnoreCase) => ReturnDocument.After,
        var text => throw new InvalidOperationException($"returnDocument must be Before or After, not '{text}'."),
    };

    private static UnifiedInvocation InsertMany(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var documents = (arguments.OptionalDocuments("documents") ?? throw new InvalidOperationException("insertMany needs documents."))
            .Select(document => document.DeepClone()).ToList();
        var options = new InsertManyOptions
        {
            IsOrdered = arguments.OptionalBoolean("ordered") ?? true,
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Comment = arguments.Optional("comment"),
        };
        var models = documents.Select(document => (WriteModel<BsonDocument>)new InsertOneModel<BsonDocument>(document)).ToList();
        return new UnifiedInvocation(async () =>
        {
            await collection.InsertManyAsync(documents, options).ConfigureAwait(false);
            return collection.Settings.WriteConcern is { IsAcknowledged: false } ? UnifiedResults.Unacknowledged() : UnifiedResults.InsertMany(documents);
        })
        { PartialResult = error => PartialBulkResult(error, models, options.IsOrdered) };
    }

    private static UnifiedInvocation InsertOne(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var document = arguments.Required("document").AsBsonDocument.DeepClone();
        var options = new InsertOneOptions
        {
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Comment = arguments.Optional("comment"),
        };
        return new UnifiedInvocation(async () =>
        {
            await collection.InsertOneAsync(document, options).ConfigureAwait(false);
            return collection.Settings.WriteConcern is { IsAcknowledged: false } ? UnifiedResults.Unacknowledged() : UnifiedResults.InsertOne(document);
        });
    }

    private static UnifiedInvocation ListIndexes(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        _ = arguments;
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await collection.Indexes.ListAsync().ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        })
        { ReturnsDocuments = true };
    }

    private static UnifiedInvocation ReplaceOne(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var replacement = arguments.Required("replacement").AsBsonDocument;
        var options = new ReplaceOptions
        {
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
            Let = arguments.OptionalDocument("let"),
            Sort = arguments.OptionalDocument("sort"),
        };
        return new UnifiedInvocation(async () =>
        {
            var result = await collection.ReplaceOneAsync(filter, replacement, options).ConfigureAwait(false);
            return UnifiedResults.Update(result.IsAcknowledged, () => result.MatchedCount, () => result.ModifiedCount, result.UpsertedId);
        });
    }

    private static UnifiedInvocation Update(IMongoCollection<BsonDocument> collection, UnifiedArguments arguments, bool many)
    {
        var filter = arguments.Required("filter").AsBsonDocument;
        var update = ToUpdate(arguments.Required("update"));
        var options = new UpdateOptions
        {
            ArrayFilters = arguments.OptionalDocuments("arrayFilters"),
            BypassDocumentValidation = arguments.OptionalBoolean("bypassDocumentValidation"),
            Collation = arguments.Collation(),
            Comment = arguments.Optional("comment"),
            Hint = arguments.Optional("hint"),
            IsUpsert = arguments.OptionalBoolean("upsert") ?? false,
            Let = arguments.OptionalDocument("let"),
            Sort = many ? null : arguments.OptionalDocument("sort"),
        };
        return new UnifiedInvocation(async () =>
        {
            var result = many
                ? await collection.UpdateManyAsync(filter, update, options).ConfigureAwait(false)
                : await collection.UpdateOneAsync(filter, update, options).ConfigureAwait(false);
            return UnifiedResults.Update(result.IsAcknowledged, () => result.MatchedCount, () => result.ModifiedCount, result.UpsertedId);
        });
    }
}
