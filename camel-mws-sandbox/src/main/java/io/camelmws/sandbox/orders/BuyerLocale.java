package io.camelmws.sandbox.orders;

import java.util.List;
import java.util.Map;

/**
 * Names, places and phone formats of buyers in one marketplace. Deliberately full of what breaks careless
 * clients: diacritics, apostrophes, Greek, Japanese and letters outside Latin-1, but no emoji (MWS addresses carry
 * none). Places and numbers are made up; 555-01xx numbers and the like are fictional.
 *
 * @param givenNames   given names
 * @param familyNames  family names
 * @param fullNames    whole names of buyers from elsewhere, used now and then as they are
 * @param familyFirst  whether the family name comes first, as in Japan
 * @param streets      street names
 * @param numberFirst  whether the house number precedes the street ({@code 12 rue de la Paix}) or follows it
 * @param places       city, state or region, postal code, and optionally a street that belongs to that city
 * @param phone        phone pattern, {@code #} standing for a digit
 */
record BuyerLocale(List<String> givenNames, List<String> familyNames, List<String> fullNames, boolean familyFirst,
                   List<String> streets, boolean numberFirst, List<Place> places, String phone) {

    /** A city with its region and postal code; {@code street}, when set, is the only street used there. */
    record Place(String city, String region, String postalCode, String street) {
        Place(String city, String region, String postalCode) {
            this(city, region, postalCode, null);
        }
    }

    private static final Map<String, BuyerLocale> BY_COUNTRY = Map.of(
            "US", new BuyerLocale(
                    List.of("Emily", "José", "Zoë", "Renée", "Björn", "Chloé", "Mateo", "Aaliyah", "André", "Noah"),
                    List.of("Núñez", "Müller", "O'Brien", "García", "Smith", "Nguyễn", "Kowalski", "Johnson",
                            "Søndergaard", "Brontë"),
                    List.of("Ελένη Παπαδοπούλου", "Zoë Ødegård", "Łukasz Wróbel"), false,
                    List.of("Main St", "Peña Blvd", "Café Ave", "Oak Ridge Rd", "Mission St", "Elm St"), true,
                    List.of(new Place("Seattle", "WA", "98109"), new Place("Austin", "TX", "78701"),
                            new Place("San José", "CA", "95113"), new Place("Brooklyn", "NY", "11201"),
                            new Place("Chicago", "IL", "60614"), new Place("Miami", "FL", "33130"),
                            new Place("Coeur d'Alene", "ID", "83814"), new Place("Española", "NM", "87532")),
                    "+1 ###-555-01##"),
            "CA", new BuyerLocale(
                    List.of("Émilie", "François", "Noémie", "Liam", "Chloé", "Zoë", "Hélène", "Ryan"),
                    List.of("Tremblay", "Côté", "Gagnon", "Bélanger", "Lévesque", "MacDonald", "Bouchard"),
                    List.of("Zoë Ødegård", "Ελένη Κωνσταντίνου"), false,
                    List.of("rue Saint-Denis", "boul. René-Lévesque", "Queen St W", "avenue des Érables", "Robson St"),
                    true,
                    List.of(new Place("Montréal", "QC", "H2X 1Y4"), new Place("Québec", "QC", "G1R 4P5"),
                            new Place("Toronto", "ON", "M5V 2T6"), new Place("Vancouver", "BC", "V6B 1A1"),
                            new Place("Trois-Rivières", "QC", "G9A 5H7")),
                    "+1 ###-555-01##"),
            "MX", new BuyerLocale(
                    List.of("José", "María José", "Sofía", "Íñigo", "Andrés", "Begoña", "Ximena", "Jesús"),
                    List.of("Núñez", "Hernández", "Peña", "Gutiérrez", "Ibáñez", "Martínez", "Saldaña"),
                    List.of(), false,
                    List.of("Av. Insurgentes Sur", "Calle Niños Héroes", "Av. Revolución", "Paseo de la Reforma"),
                    false,
                    List.of(new Place("Ciudad de México", "CDMX", "06600"),
                            new Place("Guadalajara", "Jalisco", "44100"),
                            new Place("Monterrey", "Nuevo León", "64000"), new Place("Mérida", "Yucatán", "97000"),
                            new Place("Querétaro", "Querétaro", "76000")),
                    "+52 55 #### ####"),
            "DE", new BuyerLocale(
                    List.of("Jürgen", "Lukas", "Sören", "Mia", "Jörg", "Anna-Lena", "Özlem", "Käthe"),
                    List.of("Müller", "Schröder", "Groß", "Weiß", "Becker", "Böhm", "Yılmaz", "Schäfer"),
                    List.of("Ελένη Παπαδοπούλου", "Zoë Ødegård", "Đorđe Petrović"), false,
                    List.of("Königstraße", "Hauptstraße", "Schloßallee", "Mühlenweg", "Bahnhofstraße", "Gänsemarkt"),
                    false,
                    List.of(new Place("München", "Bayern", "80331"),
                            new Place("Köln", "Nordrhein-Westfalen", "50667"),
                            new Place("Düsseldorf", "Nordrhein-Westfalen", "40213"),
                            new Place("Berlin", "Berlin", "10115"), new Place("Nürnberg", "Bayern", "90402"),
                            new Place("Lübeck", "Schleswig-Holstein", "23552")),
                    "+49 ### #######"),
            "GB", new BuyerLocale(
                    List.of("Zoë", "Siobhán", "Oliver", "Amélie", "Niamh", "Rhys", "Seán", "Chloë"),
                    List.of("Ødegård", "O'Connor", "Smith", "Brontë", "Jones", "Davies", "Ó Ceallaigh"),
                    List.of("Ελένη Γεωργίου", "Zoë Ødegård"), false,
                    List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "King's Road"), true,
                    List.of(new Place("London", "Greater London", "SW1A 1AA"),
                            new Place("Manchester", "Greater Manchester", "M1 1AE"),
                            new Place("Edinburgh", "City of Edinburgh", "EH1 1YZ"),
                            new Place("Cardiff", "Cardiff", "CF10 1EP"),
                            new Place("Bristol", "Bristol", "BS1 4DJ")),
                    "+44 20 #### ####"),
            "FR", new BuyerLocale(
                    List.of("Zoë", "Hélène", "François", "Anaïs", "Jérôme", "Léa", "Gaël", "Cécile"),
                    List.of("Lefèvre", "Dubois", "Moreau", "Bérénger", "Garçon", "Lemaître", "Rousseau"),
                    List.of("Ελένη Παπαδοπούλου", "Zoë Ødegård"), false,
                    List.of("rue de la Paix", "place Saint-Étienne", "avenue des Châtaigniers", "boulevard Haussmann"),
                    true,
                    List.of(new Place("Paris", "Île-de-France", "75004"),
                            new Place("Lyon", "Auvergne-Rhône-Alpes", "69002"),
                            new Place("Orléans", "Centre-Val de Loire", "45000"),
                            new Place("Besançon", "Bourgogne-Franche-Comté", "25000"),
                            new Place("Nîmes", "Occitanie", "30000")),
                    "+33 # ## ## ## ##"),
            "IT", new BuyerLocale(
                    List.of("Niccolò", "Giulia", "Mattia", "Chiara", "Andrea", "Francesca", "Nicolò"),
                    List.of("Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "D'Angelo", "Fabbrì"),
                    List.of("Zoë Ødegård"), false,
                    List.of("Via Garibaldi", "Piazza San Marco", "Corso Università", "Via Niccolò Tommaseo"), false,
                    List.of(new Place("Roma", "RM", "00184"), new Place("Milano", "MI", "20121"),
                            new Place("Napoli", "NA", "80133"), new Place("Forlì", "FC", "47121"),
                            new Place("Cantù", "CO", "22063")),
                    "+39 ### #######"),
            "ES", new BuyerLocale(
                    List.of("José", "Begoña", "Íñigo", "María", "Sofía", "Nuria", "Ángel", "Maite"),
                    List.of("Núñez", "Peña", "Muñoz", "Ibáñez", "García", "López", "Castaño"),
                    List.of("Ελένη Παπαδοπούλου"), false,
                    List.of("Calle de Alcalá", "Avinguda Diagonal", "Plaza Mayor", "Calle Peñuelas", "Rúa do Villar"),
                    false,
                    List.of(new Place("Madrid", "Madrid", "28013"), new Place("Barcelona", "Barcelona", "08002"),
                            new Place("A Coruña", "A Coruña", "15001"), new Place("Málaga", "Málaga", "29015"),
                            new Place("Cádiz", "Cádiz", "11001")),
                    "+34 ### ### ###"),
            "JP", new BuyerLocale(
                    List.of("太郎", "花子", "健太", "美咲", "翔", "陽菜", "𠮷男"),
                    List.of("山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "髙橋"),
                    List.of(), true,
                    List.of(), false,
                    List.of(new Place("渋谷区", "東京都", "150-0041", "神南"), new Place("大阪市北区", "大阪府", "530-0001", "梅田"),
                            new Place("京都市中京区", "京都府", "604-8001", "寺町通二条上る"),
                            new Place("札幌市中央区", "北海道", "060-0001", "北一条西"),
                            new Place("名古屋市中村区", "愛知県", "450-0002", "名駅")),
                    "0#-####-####"));

    static BuyerLocale of(String countryCode) {
        BuyerLocale locale = BY_COUNTRY.get(countryCode);
        if (locale == null) {
            throw new IllegalArgumentException("No buyer locale for country " + countryCode);
        }
        return locale;
    }

    /** A buyer's name: sometimes a name from elsewhere, otherwise given and family name in local order. */
    String name(SeededRandom random) {
        if (!fullNames.isEmpty() && random.chance(0.12)) {
            return random.pick(fullNames);
        }
        String given = random.pick(givenNames);
        String family = random.pick(familyNames);
        return familyFirst ? family + " " + given : given + " " + family;
    }

    /**
     * A full address for {@code name} in country {@code countryCode}; its second line, {@code line2} or null, is
     * drawn apart (by {@link AddressLines}) so that it shifts none of this stream's draws.
     */
    Address address(SeededRandom random, String name, String countryCode, String line2) {
        Place place = random.pick(places);
        String line1;
        if (place.street() != null) {
            line1 = place.street() + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(30)) + "-"
                    + (1 + random.nextInt(20));
        } else {
            String street = random.pick(streets);
            int number = 1 + random.nextInt(numberFirst ? 4_999 : 120);
            line1 = numberFirst ? number + " " + street : street + " " + number;
        }
        return new Address(name, line1, line2, place.city(), place.region(), place.postalCode(), countryCode,
                random.digits(phone), false);
    }
}
