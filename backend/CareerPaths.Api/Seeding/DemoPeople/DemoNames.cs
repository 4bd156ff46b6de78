namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// Given and family names for demo people, from many cultures, in plain ASCII so that e-mail addresses can be
/// made from them without transliteration. 80 × 80 combinations before a number is needed.
/// </summary>
internal static class DemoNames
{
    public static readonly IReadOnlyList<string> Given =
    [
        "Aaliyah", "Abebe", "Adriana", "Ahmed", "Aiko", "Alejandro", "Amara", "Anders", "Ananya", "Andrei",
        "Aroha", "Astrid", "Ayesha", "Bao", "Beatriz", "Bjorn", "Camille", "Carlos", "Chen", "Chiara",
        "Chidi", "Dalia", "Daniel", "Dmitri", "Elena", "Emeka", "Emma", "Fatima", "Felix", "Freya",
        "Gabriel", "Hana", "Hassan", "Ines", "Ingrid", "Isabel", "Ivan", "Jamal", "Javier", "Jin",
        "Johanna", "Jonas", "Kai", "Kavya", "Kenji", "Kofi", "Lars", "Layla", "Leila", "Liam",
        "Lucia", "Malik", "Maria", "Mateo", "Mei", "Mohammed", "Nadia", "Naledi", "Nikos", "Noah",
        "Olga", "Omar", "Paulo", "Priya", "Rafael", "Rania", "Ravi", "Rosa", "Sakura", "Samir",
        "Santiago", "Sofia", "Tariq", "Thandiwe", "Tomas", "Valentina", "Wei", "Yara", "Yusuf", "Zara",
    ];

    public static readonly IReadOnlyList<string> Family =
    [
        "Abdullah", "Adeyemi", "Alvarez", "Andersen", "Bakker", "Banerjee", "Becker", "Bianchi", "Brennan", "Castillo",
        "Chowdhury", "Costa", "Da Silva", "Dang", "Dubois", "Eriksson", "Fernandes", "Fischer", "Fontaine", "Garcia",
        "Gonzalez", "Gupta", "Haddad", "Hansen", "Hoffmann", "Horvath", "Ibrahim", "Ito", "Jansen", "Jovanovic",
        "Kang", "Kaur", "Khan", "Kim", "Kowalski", "Kuznetsov", "Larsen", "Lee", "Lindqvist", "Lopez",
        "Mahlangu", "Martin", "Mendes", "Meyer", "Morales", "Mwangi", "Nakamura", "Nguyen", "Novak", "Nowak",
        "Obi", "Okafor", "Olsen", "Osei", "Park", "Patel", "Petrov", "Popescu", "Quispe", "Rahman",
        "Reyes", "Rossi", "Sato", "Schmidt", "Silva", "Singh", "Smith", "Suzuki", "Tanaka", "Tran",
        "Van Dijk", "Varga", "Wagner", "Walker", "Wang", "Weber", "Williams", "Yilmaz", "Zhang", "Zulu",
    ];
}
