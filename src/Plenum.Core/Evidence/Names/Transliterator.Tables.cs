namespace Plenum.Core.Evidence.Names;

public static partial class Transliterator
{
    private const string SoftSign = "\u02B9";
    private const string HardSign = "\u02BA";
    private const string TieBar = "\u0361";

    /// <summary>BGN/PCGN 1947. е, ё are "ye", "yë" at the start of a word and after a vowel, й, ъ or ь.</summary>
    private static string Bgn(LetterContext l)
    {
        var iotated = l.AtStart || l.AfterVowel || l.AfterSign || l.Previous == 'й';
        return l.Letter switch
        {
            'е' => iotated ? "ye" : "e",
            'ё' => iotated ? "yë" : "ë",
            'й' => "y",
            'х' => "kh",
            'ц' => "ts",
            'ъ' => HardSign,
            'ы' => "y",
            'ь' => SoftSign,
            'ю' => "yu",
            'я' => "ya",
            _ => Common(l.Letter),
        };
    }

    /// <summary>ALA-LC; the ASCII form drops the diacritics and tie bars and writes the signs as ' and ".</summary>
    private static string LibraryOfCongress(LetterContext l, bool ascii) => l.Letter switch
    {
        'е' => "e",
        'ё' => ascii ? "e" : "ë",
        'й' => ascii ? "i" : "\u012D",
        'х' => "kh",
        'ц' => ascii ? "ts" : "t" + TieBar + "s",
        'ъ' => ascii ? "\"" : HardSign,
        'ы' => "y",
        'ь' => ascii ? "'" : SoftSign,
        'э' => ascii ? "e" : "\u0117",
        'ю' => ascii ? "iu" : "i" + TieBar + "u",
        'я' => ascii ? "ia" : "i" + TieBar + "a",
        _ => Common(l.Letter),
    };

    /// <summary>German usage after Duden: в w, ж sch, з s, х ch, ц z, ч tsch, ш sch, щ schtsch, я ja, ю ju.</summary>
    private static string German(LetterContext l)
    {
        var iotated = l.AtStart || l.AfterVowel || l.AfterSign;
        return l.Letter switch
        {
            'в' => "w",
            'е' => iotated ? "je" : "e",
            'ё' => l.AfterSibilant ? "o" : "jo",
            'ж' => "sch",
            'з' => "s",
            'и' => l.AfterSign ? "ji" : "i",
            'й' => l.AtEnd && l.Previous is 'и' or 'ы' ? "" : l.BeforeVowel ? "j" : "i",
            'с' => l.AfterVowel && l.BeforeVowel ? "ss" : "s",
            'х' => "ch",
            'ц' => l.AfterVowel ? "tz" : "z",
            'ч' => "tsch",
            'ш' => "sch",
            'щ' => "schtsch",
            'ъ' or 'ь' => "",
            'ы' => "y",
            'ю' => "ju",
            'я' => "ja",
            _ => Common(l.Letter),
        };
    }

    /// <summary>French usage: у ou, ж j, дж dj, ш ch, ч tch, я ia (ïa after a vowel), final -ин → -ine, final е → é.</summary>
    private static string French(LetterContext l) => l.Letter switch
    {
        'г' => l.Next is 'е' or 'и' or 'ы' or 'э' or 'ё' ? "gu" : "g",
        'е' => l.AtStart || l.AfterSign ? "ie"
            : l.AfterVowel ? "ïe"
            : l.AtEnd ? "é"
            : "e",
        'ё' => l.AfterSibilant ? "e" : l.AfterVowel ? "ïo" : "io",
        'ж' => "j",
        'й' => l.AtEnd && l.Previous is 'и' or 'ы' ? "" : l.AfterVowel ? "ï" : "i",
        'н' => l.AtEnd && l.Previous == 'и' ? "ne" : "n",
        'с' => l.AfterVowel && l.BeforeVowel ? "ss" : "s",
        'у' => "ou",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "tch",
        'ш' => "ch",
        'щ' => "chtch",
        'ъ' or 'ь' => "",
        'ы' => "y",
        'ю' => l.AfterVowel ? "ïou" : "iou",
        'я' => l.AfterVowel ? "ïa" : "ia",
        _ => Common(l.Letter),
    };

    /// <summary>The letters every system writes alike (and the Ukrainian and Belarusian letters, roughly).</summary>
    private static string Common(char letter) => letter switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' or 'ґ' => "g",
        'д' => "d",
        'е' or 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' or 'і' => "i",
        'ї' => "yi",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' or 'ў' => "u",
        'ф' => "f",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'э' => "e",
        _ => letter.ToString(),
    };
}
