namespace TraineeBot.Cards.Templating;

/// <summary>Comparisons and conversions AEL applies to values.</summary>
internal static class Values
{
    /// <summary>JavaScript's <c>Number.EPSILON</c>.</summary>
    private const double JsEpsilon = 2.220446049250313e-16;

    /// <summary>AEL's FunctionUtils.commonEquals.</summary>
    public static bool CommonEquals(JsValue a, JsValue b)
    {
        if (a.IsNullish || b.IsNullish)
        {
            return a.IsNullish && b.IsNullish;
        }

        if (a.IsArray && b.IsArray)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!CommonEquals(a.ItemAt(i), b.ItemAt(i)))
                {
                    return false;
                }
            }

            return true;
        }

        if (a.Kind == JsKind.Object && b.Kind == JsKind.Object)
        {
            return a.Object.Count == b.Object.Count && DeepEqual(a, b);
        }

        if (a.IsNumber && b.IsNumber && Math.Abs(a.Number - b.Number) < JsEpsilon)
        {
            return true;
        }

        return StrictEquals(a, b);
    }

    /// <summary>JavaScript's <c>===</c>; objects and arrays are equal only when they are the same one.</summary>
    private static bool StrictEquals(JsValue a, JsValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            JsKind.Boolean => a.Boolean == b.Boolean,
            JsKind.Number => a.Number == b.Number,
            JsKind.String => string.Equals(a.String, b.String, StringComparison.Ordinal),
            JsKind.Object => ReferenceEquals(a.Object, b.Object),
            _ => false,
        };
    }

    /// <summary>lodash's isEqual on JSON-like values: deep, key order does not matter.</summary>
    private static bool DeepEqual(JsValue a, JsValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case JsKind.Undefined:
            case JsKind.Null:
                return true;
            case JsKind.Array:
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!DeepEqual(a.ItemAt(i), b.ItemAt(i)))
                    {
                        return false;
                    }
                }

                return true;
            case JsKind.Object:
                if (a.Object.Count != b.Object.Count)
                {
                    return false;
                }

                foreach (var (key, node) in a.Object)
                {
                    if (!b.Object.TryGetPropertyValue(key, out var other) || !DeepEqual(JsValue.From(node), JsValue.From(other)))
                    {
                        return false;
                    }
                }

                return true;
            case JsKind.Number:
                return a.Number.Equals(b.Number);
            default:
                return StrictEquals(a, b);
        }
    }

    /// <summary>AEL's commonStringify: nothing for null, JSON for objects and arrays (outer quotes trimmed), else toString.</summary>
    public static string CommonStringify(JsValue value)
    {
        if (value.IsNullish)
        {
            return string.Empty;
        }

        if (value.Kind is JsKind.Object or JsKind.Array)
        {
            return value.ToJson().TrimStart('\'', '"').TrimEnd('\'', '"');
        }

        return value.ToJsString();
    }
}
