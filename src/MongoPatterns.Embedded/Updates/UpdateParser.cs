using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>Builds the update tree from an update-operator document, with MongoDB's validation and error codes.</summary>
internal static class UpdateParser
{
    private static readonly HashSet<string> s_operators = new(StringComparer.Ordinal)
    {
        "$set", "$unset", "$inc", "$mul", "$min", "$max", "$rename", "$setOnInsert", "$currentDate", "$push",
        "$addToSet", "$pop", "$pull", "$pullAll", "$bit",
    };

    /// <summary>Parses the operators into a tree.</summary>
    /// <param name="update">The update document (every field an operator).</param>
    /// <param name="arrayFilters">The parsed array filters by identifier.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The root node.</returns>
    public static UpdateObjectNode Parse(BsonDocument update, IReadOnlyDictionary<string, QueryFilter> arrayFilters, QueryContext context)
    {
        var root = new UpdateObjectNode();
        var usedIdentifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in update)
        {
            var name = operation.Name;
            if (!s_operators.Contains(name))
            {
                throw new MongoServerException(
                    ErrorCodes.FailedToParse,
                    $"Unknown modifier: {name}. Expected a valid update modifier or pipeline-style update specified as an array");
            }

            if (operation.Value is not BsonDocument fields)
            {
                throw new MongoServerException(
                    ErrorCodes.FailedToParse,
                    $"Modifiers operate on fields but we found type {BsonTypeNames.NameOf(operation.Value.BsonType)} instead. For example: {{$mod: {{<field>: ...}}}} not {{{BsonDisplay.FormatElement(name, operation.Value)}}}");
            }

            if (fields.ElementCount == 0)
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"'{name}' is empty. You must specify a field like so: {{{name}: {{<field>: ...}}}}");
            }

            foreach (var field in fields)
            {
                var path = UpdatePath.Parse(field.Name);
                if (name == "$rename")
                {
                    AddRename(root, path, field);
                    continue;
                }

                var leaf = CreateModifier(name, field, context);
                CheckIdentifiers(path, arrayFilters, usedIdentifiers);
                Insert(root, path, leaf);
            }
        }

        foreach (var identifier in arrayFilters.Keys)
        {
            if (!usedIdentifiers.Contains(identifier))
            {
                throw new MongoServerException(
                    ErrorCodes.FailedToParse,
                    $"The array filter for identifier '{identifier}' was not used in the update {BsonDisplay.Format(update)}");
            }
        }

        return root;
    }

    private static ModifierNode CreateModifier(string name, BsonElement field, QueryContext context) => name switch
    {
        "$set" => new SetModifier(field.Value, onInsertOnly: false),
        "$setOnInsert" => new SetModifier(field.Value, onInsertOnly: true),
        "$unset" => new UnsetModifier(),
        "$inc" or "$mul" => new ArithmeticModifier(name, field.Name, field.Value),
        "$min" or "$max" => new CompareModifier(name, field.Value),
        "$currentDate" => new CurrentDateModifier(field.Name, field.Value),
        "$push" => new PushModifier(field.Value),
        "$addToSet" => new AddToSetModifier(field.Value),
        "$pop" => new PopModifier(field.Name, field.Value),
        "$pull" => new PullModifier(field.Value, context),
        "$pullAll" => new PullAllModifier(field.Value),
        _ => new BitModifier(field.Value),
    };

    private static void AddRename(UpdateObjectNode root, UpdatePath source, BsonElement field)
    {
        if (field.Value is not BsonString target)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The 'to' field for $rename must be a string: {BsonDisplay.FormatElement(field.Name, field.Value)}");
        }

        var destination = UpdatePath.Parse(target.Value);
        if (source.IsDynamic)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The source field for $rename may not be dynamic: {source.Dotted}");
        }

        if (destination.IsDynamic)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The destination field for $rename may not be dynamic: {destination.Dotted}");
        }

        if (source.Dotted == destination.Dotted)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The source and target field for $rename must differ: {BsonDisplay.FormatElement(field.Name, field.Value)}");
        }

        if (destination.Dotted.StartsWith(source.Dotted + ".", StringComparison.Ordinal)
            || source.Dotted.StartsWith(destination.Dotted + ".", StringComparison.Ordinal))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The source and target field for $rename must not be on the same path: {BsonDisplay.FormatElement(field.Name, field.Value)}");
        }

        Insert(root, source, new ConflictPlaceholderNode());
        Insert(root, destination, new RenameModifier(source));
    }

    private static void CheckIdentifiers(UpdatePath path, IReadOnlyDictionary<string, QueryFilter> arrayFilters, HashSet<string> used)
    {
        for (var i = 0; i < path.Parts.Count; i++)
        {
            if (path.Kinds[i] != UpdatePathPartKind.Filtered)
            {
                continue;
            }

            var identifier = path.IdentifierAt(i);
            if (!arrayFilters.ContainsKey(identifier))
            {
                throw new MongoServerException(ErrorCodes.BadValue, $"No array filter found for identifier '{identifier}' in path '{path.Dotted}'");
            }

            used.Add(identifier);
        }
    }

    private static void Insert(UpdateObjectNode root, UpdatePath path, UpdateNode leaf)
    {
        var current = root;
        for (var i = 0; i < path.Parts.Count - 1; i++)
        {
            var child = current.GetChild(path.Parts[i], path.Kinds[i]);
            if (child is null)
            {
                var created = new UpdateObjectNode();
                current.SetChild(path.Parts[i], path.Kinds[i], created);
                current = created;
            }
            else if (child is UpdateObjectNode objectNode)
            {
                current = objectNode;
            }
            else
            {
                throw new MongoServerException(
                    ErrorCodes.ConflictingUpdateOperators,
                    $"Updating the path '{path.Dotted}' would create a conflict at '{path.Prefix(i + 1)}'");
            }
        }

        var last = path.Parts.Count - 1;
        if (current.GetChild(path.Parts[last], path.Kinds[last]) is not null)
        {
            throw new MongoServerException(
                ErrorCodes.ConflictingUpdateOperators,
                $"Updating the path '{path.Dotted}' would create a conflict at '{path.Dotted}'");
        }

        current.SetChild(path.Parts[last], path.Kinds[last], leaf);
    }
}
