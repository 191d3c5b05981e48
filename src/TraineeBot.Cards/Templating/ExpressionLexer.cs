namespace TraineeBot.Cards.Templating;

internal enum TokenKind
{
    Number,
    String,
    Identifier,
    Operator,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position);

/// <summary>
/// The tokens of AEL's ExpressionAntlrLexer (default mode), longest match first as ANTLR does, so <c>%a</c> is one
/// identifier and <c>n%2</c> does not parse, exactly as in the oracle.
/// </summary>
internal static class ExpressionLexer
{
    private static readonly string[] Operators =
        ["==", "!=", "<>", "&&", "||", "<=", ">=", "=>", "??", "+", "-", "!", "^", "*", "/", "%", "&", "<", ">", "(", ")", ".", "[", "]", "{", "}", ",", ":", "?"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\ufeff' or '\u00a0' or '\r' or '\n')
            {
                i++;
                continue;
            }

            var identifier = IdentifierLength(text, i);
            var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
            if (identifier > 0 && identifier > (op?.Length ?? 0))
            {
                tokens.Add(new Token(TokenKind.Identifier, text.Substring(i, identifier), i));
                i += identifier;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (c is '\'' or '"')
            {
                var end = StringEnd(text, i);
                if (end < 0)
                {
                    throw new ExpressionException($"the string starting at position {i + 1} is not closed");
                }

                tokens.Add(new Token(TokenKind.String, text[i..(end + 1)], i));
                i = end + 1;
            }
            else if (op is not null)
            {
                tokens.Add(new Token(TokenKind.Operator, op, i));
                i += op.Length;
            }
            else
            {
                throw new ExpressionException($"unexpected character '{c}' at position {i + 1}");
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    /// <summary>IDENTIFIER: (letter | _ | # | @ | @@ | $ | %) (letter | digit | _)*.</summary>
    private static int IdentifierLength(string text, int i)
    {
        var c = text[i];
        int start;
        if (char.IsAsciiLetter(c) || c is '_' or '#' or '$' or '%')
        {
            start = 1;
        }
        else if (c == '@')
        {
            start = i + 1 < text.Length && text[i + 1] == '@' ? 2 : 1;
        }
        else
        {
            return 0;
        }

        var j = i + start;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'))
        {
            j++;
        }

        return j - i;
    }

    /// <summary>
    /// STRING: a quote, then escaped quotes or backslashes (<c>\'</c>, <c>\\</c>) or any other character, up to the same
    /// quote. Returns the closing quote's position, or −1.
    /// </summary>
    public static int StringEnd(string text, int start)
    {
        var quote = text[start];
        for (var j = start + 1; j < text.Length; j++)
        {
            if (text[j] == '\\' && j + 1 < text.Length && (text[j + 1] == quote || text[j + 1] == '\\'))
            {
                j++;
            }
            else if (text[j] == quote)
            {
                return j;
            }
        }

        return -1;
    }
}
