namespace SiteGen.Templates;

internal sealed record HelperExample(string Helper, string Template, object Data, string Expected);
