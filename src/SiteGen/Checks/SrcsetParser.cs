namespace SiteGen.Checks;

/// <summary>Splits a <c>srcset</c> into its candidate URLs (HTML spec "parse a srcset attribute").</summary>
internal static class SrcsetParser
{
    public static List<string> Urls(string srcset)
    {
        var urls = new List<string>();
        var p = 0;
        while (p < srcset.Length)
        {
            while (p < srcset.Length && (char.IsWhiteSpace(srcset[p]) || srcset[p] == ','))
            {
                p++;
            }

            if (p >= srcset.Length)
            {
                break;
            }

            var start = p;
            while (p < srcset.Length && !char.IsWhiteSpace(srcset[p]))
            {
                p++;
            }

            var url = srcset[start..p];
            var endsWithComma = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0)
            {
                urls.Add(url);
            }

            if (endsWithComma)
            {
                continue;
            }

            // Skip descriptors up to the next comma outside parentheses.
            var depth = 0;
            while (p < srcset.Length)
            {
                var c = srcset[p];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    p++;
                    break;
                }

                p++;
            }
        }

        return urls;
    }
}
