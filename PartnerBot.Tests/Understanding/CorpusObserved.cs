namespace PartnerBot.Tests.Understanding;

/// <summary>Messages seen with real testers that the corpus must hold (verbatim or inside a longer message), with the page they were written on.</summary>
public static class CorpusObserved
{
    /// <summary>The text and the locale prefix of the page ("de" for any German page).</summary>
    public static readonly (string Text, string LocalePrefix)[] Messages =
    [
        ("Klaus Schreiner", "de"), ("Anna Maler", "de"), ("Peter Tischler", "de"), ("Tom Baker", "en"), ("Mein Name ist Klaus Schreiner", "de"),
        ("Frau Müller", "de"), ("Dr. Anna Brandt", "de"),
        ("so schnell wie möglich", "de"), ("sofort", "de"), ("dringend", "de"), ("ASAP", "de"), ("so bald wie möglich", "de"),
        ("weiß noch nicht", "de"), ("noch offen", "de"), ("kein Zeitdruck", "de"), ("nach den Sommerferien", "de"),
        ("im zweiten Quartal", "de"), ("zum Jahreswechsel", "de"), ("in 6-8 Wochen", "de"), ("Vor dem nächsten Winter", "de"),
        ("Mitte 2027", "de"), ("vom 12.11.", "de"), ("In ein paar Jahren", "de"), ("heute sind wir", "de"),
        ("6.000 bis 8.000", "de"), ("500 im Monat", "de"), ("höchstens 3000", "de"), ("maximal 2000 €", "de"), ("under 5k", "en"),
        ("4000 Franken", "de-CH"), ("Fr. 2500", "de-CH"), ("CHF 1'000.–", "de-CH"), ("etwa 10 Mille", "de"), ("5000,50 €", "de"),
        ("Bis Ostern 2027", "de"), ("Bis zum 1. Mai", "de"), ("Bestellnummer 4711-0815", "de"), ("kein festes Budget", "de"),
        ("kommt aufs Angebot an", "de"), ("nach Angebot", "de"),
        ("around 3,000 euros", "de"), ("by the end of March 2027", "de"), ("etwa 2.000 €", "en"),
        ("info@müller-getränke.de", "de"), ("anna@gmx", "de"), ("anna@gmx,de", "de"),
        ("Wir sind ein kleines Café und hätten gern eine Website mit Vorbestellung", "de"), ("Unser Ziel: ein barrierefreier Umbau", "de"),
        ("es geht um eine Hochzeitsfeier", "de"), ("I'd love a garden redesign", "en"), ("Looking for a financial advisor", "de"),
        ("Hallo nochmal!", "de"),
        ("In Ordnung", "de"), ("Geht klar", "de"), ("Passt scho", "de"), ("Jep", "de"), ("Logo", "de"), ("Jaaa", "de"), ("mach ruhig", "de"),
        ("Jup", "de"), ("👍", "de"), ("✅", "de"), ("nö", "de"), ("lieber nicht", "de"),
        ("Machen Sie auch Hausbesuche?", "de"), ("Was kostet bei Ihnen eine Website?", "de"), ("Was meinen Sie damit genau?", "de"),
        ("Kann ich mit jemandem sprechen?", "de"), ("Ich will nicht mit einem Bot reden", "de"), ("Rückruf bitte", "de"),
        ("rufen Sie mich zurück", "de"), ("Meine Bestellung 4711-0815 ist immer noch nicht da!!!", "de"), ("Moin", "de"), ("Servus", "de"),
        ("Grüß Gott", "de"), ("Bist du ein Bot?", "de"), ("Wer sind Sie?", "de"), ("Du kannst mich gerne duzen", "de"),
        ("weitermachen", "de"), ("doch nicht abbrechen", "de"), ("Was passiert mit meinen Daten?", "de"),
        ("Jänner", "de-AT"), ("Grüezi", "de-CH"), ("Merci vielmal", "de-CH"),
    ];
}
