using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraineeBot.Cards.Templating;

internal enum JsKind : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A value as JavaScript sees it while an expression is evaluated: undefined and null are different, numbers are doubles.
/// Objects and arrays from the data stay the data's own <see cref="JsonNode"/>s (nothing is copied until output);
/// arrays made by an expression are <see cref="JsValue"/>[].
/// </summary>
internal readonly struct JsValue
{
    public static readonly JsValue Undefined;
    public static readonly JsValue Null = new(JsKind.Null, 0, null);
    public static readonly JsValue True = new(JsKind.Boolean, 1, null);
    public static readonly JsValue False = new(JsKind.Boolean, 0, null);
    public static readonly JsValue EmptyString = new(JsKind.String, 0, string.Empty);

    private readonly double number;
    private readonly object? reference;

    private JsValue(JsKind kind, double number, object? reference)
    {
        Kind = kind;
        this.number = number;
        this.reference = reference;
    }

    public JsKind Kind { get; }

    public bool IsNullish => Kind is JsKind.Undefined or JsKind.Null;

    public bool IsNumber => Kind == JsKind.Number && !double.IsNaN(number);

    public bool IsString => Kind == JsKind.String;

    public bool IsArray => Kind == JsKind.Array;

    public bool Boolean => number != 0;

    public double Number => number;

    public string String => (string)reference!;

    public JsonObject Object => (JsonObject)reference!;

    public static JsValue From(bool value) => value ? True : False;

    public static JsValue From(double value) => new(JsKind.Number, value, null);

    public static JsValue From(string value) => new(JsKind.String, 0, value);

    public static JsValue From(JsValue[] items) => new(JsKind.Array, 0, items);

    public static JsValue From(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Null;
            case JsonObject obj:
                return new JsValue(JsKind.Object, 0, obj);
            case JsonArray array:
                return new JsValue(JsKind.Array, 0, array);
            case JsonValue value:
                return FromPrimitive(value);
            default:
                return Undefined;
        }
    }

    private static JsValue FromPrimitive(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return From(value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString())!);
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            case JsonValueKind.Number:
                return From(ReadNumber(value));
            case JsonValueKind.Null:
                return Null;
            default:
                return Undefined;
        }
    }

    private static double ReadNumber(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        if (value.TryGetValue<float>(out var f))
        {
            return f;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The array's length (data array or computed).</summary>
    public int Count => reference switch
    {
        JsonArray a => a.Count,
        JsValue[] items => items.Length,
        _ => 0,
    };

    public JsValue ItemAt(int index) => reference switch
    {
        JsonArray a => From(a[index]),
        JsValue[] items => items[index],
        _ => Undefined,
    };

    public IEnumerable<JsValue> Items()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return ItemAt(i);
        }
    }

    /// <summary><c>Object.keys(value)</c> for the cases the engine needs: objects, arrays and strings have keys.</summary>
    public int KeyCount => Kind switch
    {
        JsKind.Object => Object.Count,
        JsKind.Array => Count,
        JsKind.String => String.Length,
        _ => 0,
    };

    /// <summary>JavaScript truthiness (<c>!value</c> is its negation).</summary>
    public bool IsTruthy => Kind switch
    {
        JsKind.Undefined or JsKind.Null => false,
        JsKind.Boolean => Boolean,
        JsKind.Number => number != 0 && !double.IsNaN(number),
        JsKind.String => String.Length > 0,
        _ => true,
    };

    /// <summary>AEL's isLogicTrue: booleans are themselves, null and undefined are false, everything else true.</summary>
    public bool IsLogicTrue => Kind switch
    {
        JsKind.Boolean => Boolean,
        JsKind.Undefined or JsKind.Null => false,
        _ => true,
    };

    /// <summary>AEL's accessProperty: the first key that matches case-insensitively, in the object's order.</summary>
    public JsValue Property(string name)
    {
        if (!IsTruthy)
        {
            return Undefined;
        }

        switch (Kind)
        {
            case JsKind.Object:
                foreach (var (key, value) in Object)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return From(value);
                    }
                }

                return Undefined;
            case JsKind.Array:
                return TryCanonicalIndex(name, out var i) && i < Count ? ItemAt(i) : Undefined;
            case JsKind.String:
                return TryCanonicalIndex(name, out var c) && c < String.Length ? From(String[c].ToString()) : Undefined;
            default:
                return Undefined;
        }
    }

    /// <summary>A key of an array or string: "0", "1", ... with no sign or leading zero.</summary>
    private static bool TryCanonicalIndex(string key, out int index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 9 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            index = (index * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>JavaScript's <c>String(value)</c> / <c>value.toString()</c> (undefined and null spelled out).</summary>
    public string ToJsString()
    {
        switch (Kind)
        {
            case JsKind.Undefined:
                return "undefined";
            case JsKind.Null:
                return "null";
            case JsKind.Boolean:
                return Boolean ? "true" : "false";
            case JsKind.Number:
                return JsNumber.ToString(number);
            case JsKind.String:
                return String;
            case JsKind.Array:
                var builder = new StringBuilder();
                var count = Count;
                for (var i = 0; i < count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    var item = ItemAt(i);
                    if (!item.IsNullish)
                    {
                        builder.Append(item.ToJsString());
                    }
                }

                return builder.ToString();
            default:
                return "[object Object]";
        }
    }

    /// <summary><c>JSON.stringify(value)</c>, compact, as JavaScript writes it (non-ASCII as is).</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        WriteJson(builder, this);
        return builder.ToString();
    }

    private static void WriteJson(StringBuilder builder, JsValue value)
    {
        switch (value.Kind)
        {
            case JsKind.Undefined:
            case JsKind.Null:
                builder.Append("null");
                break;
            case JsKind.Boolean:
                builder.Append(value.Boolean ? "true" : "false");
                break;
            case JsKind.Number:
                builder.Append(double.IsFinite(value.number) ? JsNumber.ToString(value.number) : "null");
                break;
            case JsKind.String:
                WriteJsonString(builder, value.String);
                break;
            case JsKind.Array:
                builder.Append('[');
                for (var i = 0; i < value.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteJson(builder, value.ItemAt(i));
                }

                builder.Append(']');
                break;
            default:
                builder.Append('{');
                var first = true;
                foreach (var (key, node) in value.Object)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteJsonString(builder, key);
                    builder.Append(':');
                    WriteJson(builder, From(node));
                }

                builder.Append('}');
                break;
        }
    }

    private static void WriteJsonString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>The value as output JSON; data objects and arrays are copied. Undefined has no JSON form: the caller decides.</summary>
    public JsonNode? ToNode() => Kind switch
    {
        JsKind.Undefined or JsKind.Null => null,
        JsKind.Boolean => JsonValue.Create(Boolean),
        JsKind.Number => NumberNode(number),
        JsKind.String => JsonValue.Create(String),
        JsKind.Array when reference is JsonArray data => data.DeepClone(),
        JsKind.Array => new JsonArray([.. ((JsValue[])reference!).Select(item => item.ToNode())]),
        _ => Object.DeepClone(),
    };

    private static JsonValue? NumberNode(double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        return JsNumber.IsInteger(value) && Math.Abs(value) <= JsNumber.MaxSafeInteger
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);
    }

    public override string ToString() => ToJsString();
}
