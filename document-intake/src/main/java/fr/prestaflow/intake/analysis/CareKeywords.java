package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What words (folded: lower case, no accents) and act codes say about the care, its side and its basket. */
final class CareKeywords {

    private static final Map<CareCategory, Pattern> CATEGORY_WORDS = new EnumMap<>(CareCategory.class);

    static {
        words(CareCategory.DENTAL_PROSTHESIS, "\\bcouronnes?\\b|\\bprotheses?\\b(?! auditive)|\\bbridges?\\b|\\binlay"
                + "|\\bonlay|\\bimplants?\\b|\\bdentier|\\bcouronne");
        words(CareCategory.ORTHODONTICS, "orthodont|\\bodf\\b|dento-?faciale");
        words(CareCategory.DENTAL_CARE, "detartrage|\\bcaries?\\b|obturation|\\bcomposite|devitalisation"
                + "|\\bextraction|consultation dentaire|soins? (conservateurs?|dentaires?)|endodont|pulpectomie"
                + "|radiographie dentaire|examen bucco|bilan bucco");
        words(CareCategory.OPTICS_FRAME, "\\bmontures?\\b");
        words(CareCategory.OPTICS_LENS, "\\bverres?\\b|\\bunifoca|\\bprogressifs?\\b|\\bmultifoca");
        words(CareCategory.CONTACT_LENSES, "\\blentilles?\\b");
        words(CareCategory.HEARING_AID, "audioprothe|aides? auditives?|appareils? auditifs?|prothese auditive");
        words(CareCategory.ALTERNATIVE_MEDICINE, "osteopath|chiropract|chiropraxi|etiopath|acupunct|naturopath"
                + "|sophrolog|reflexolog|microkinesi");
        words(CareCategory.GP_CONSULTATION, "medecin generaliste|medecine generale|\\bgeneraliste");
        words(CareCategory.SPECIALIST_CONSULTATION, "\\bspecialiste|cardiolog|dermatolog|gynecolog|ophtalmolog"
                + "|pediatr|psychiatr|rhumatolog|\\borl\\b|gastro-?enterolog|neurolog|endocrinolog|pneumolog|urolog");
        words(CareCategory.PARAMEDICAL, "kinesitherap|masseur|\\bkine\\b|infirmi|orthophon|orthoptist|pedicure"
                + "|podolog");
        words(CareCategory.LABORATORY, "laboratoire|biologie medicale|analyses? (medicales|de biologie)"
                + "|prise de sang");
        words(CareCategory.IMAGING, "radiolog|radiographie(?! dentaire)|echograph|\\birm\\b|\\bscanner\\b"
                + "|mammograph|imagerie");
        words(CareCategory.TRANSPORT, "ambulance|\\bvsl\\b|taxi conventionne|transport (sanitaire|medical)");
        words(CareCategory.HOSPITAL_PRIVATE_ROOM, "chambre (particuliere|individuelle)");
        words(CareCategory.HOSPITAL_DAILY_FEE, "forfait journalier");
        words(CareCategory.HOSPITAL_FEES, "frais de sejour|hospitalisation|sejour hospitalier");
    }

    /** NGAP letter keys that name a care category (CCAM codes do not, on their own, for our purposes). */
    private static final Map<String, CareCategory> NGAP_CATEGORIES = Map.ofEntries(
            Map.entry("G", CareCategory.GP_CONSULTATION), Map.entry("GS", CareCategory.GP_CONSULTATION),
            Map.entry("VG", CareCategory.GP_CONSULTATION), Map.entry("CS", CareCategory.SPECIALIST_CONSULTATION),
            Map.entry("APC", CareCategory.SPECIALIST_CONSULTATION),
            Map.entry("APY", CareCategory.SPECIALIST_CONSULTATION),
            Map.entry("CNPSY", CareCategory.SPECIALIST_CONSULTATION), Map.entry("AMK", CareCategory.PARAMEDICAL),
            Map.entry("AMI", CareCategory.PARAMEDICAL), Map.entry("AIS", CareCategory.PARAMEDICAL),
            Map.entry("AMS", CareCategory.PARAMEDICAL), Map.entry("AMY", CareCategory.PARAMEDICAL),
            Map.entry("B", CareCategory.LABORATORY));
    private static final Pattern CCAM = Pattern.compile("\\b([A-Z]{4}\\d{3})\\b");
    private static final Pattern NGAP_MULTI = Pattern.compile("\\b(GS|VG|CS|APC|APY|CNPSY|AMK|AMI|AIS|AMS|AMY|TO\\d{2,3})\\b");
    /** A one-letter key ("G", "C", "B") is only an act code right after a word that announces one. */
    private static final Pattern NGAP_SINGLE = Pattern.compile(
            "(?i:consultation|visite|acte|code(?: acte)?|analyses?)\\s*:?\\s*\\b([GCVBK])\\b");
    private static final Pattern LPP = Pattern.compile("(?i:lpp)\\s*:?\\s*(\\d{7})\\b");

    private static final Map<String, String> ALTERNATIVE_CODES = new LinkedHashMap<>();

    static {
        ALTERNATIVE_CODES.put("osteopath", "OSTEO");
        ALTERNATIVE_CODES.put("chiropra", "CHIRO");
        ALTERNATIVE_CODES.put("etiopath", "ETIO");
        ALTERNATIVE_CODES.put("acupunct", "ACUPUNCTURE");
        ALTERNATIVE_CODES.put("naturopath", "NATURO");
        ALTERNATIVE_CODES.put("sophrolog", "SOPHRO");
        ALTERNATIVE_CODES.put("reflexolog", "REFLEXO");
        ALTERNATIVE_CODES.put("microkinesi", "MICROKINE");
    }

    private static final Pattern RIGHT = Pattern.compile("\\bod\\b|oeil droit|\\bdroite?\\b");
    private static final Pattern LEFT = Pattern.compile("\\bog\\b|oeil gauche|\\bgauche\\b");
    private static final Pattern PAIR = Pattern.compile("\\bodg\\b|\\bpaire\\b|\\b(2|deux) verres\\b|\\bx ?2\\b|les deux yeux");
    private static final Pattern RAC0 = Pattern.compile(
            "100 ?% ?sante|\\bclasse a\\b|panier (a|rac ?0|100)\\b|\\brac ?0\\b|reste a charge (zero|0)|sans reste a charge");
    private static final Pattern MODERATE = Pattern.compile("tarifs? maitrises?|panier modere|reste a charge modere");
    private static final Pattern FREE = Pattern.compile("\\bclasse b\\b|tarifs? libres?|panier libre");

    private CareKeywords() {
    }

    private static void words(CareCategory category, String regex) {
        CATEGORY_WORDS.put(category, Pattern.compile(regex));
    }

    /** The categories the words of one folded line speak of, in enum order. */
    static Set<CareCategory> categories(String folded) {
        Set<CareCategory> found = new LinkedHashSet<>();
        CATEGORY_WORDS.forEach((category, pattern) -> {
            if (pattern.matcher(folded).find()) {
                found.add(category);
            }
        });
        if (found.contains(CareCategory.HEARING_AID)) {
            found.remove(CareCategory.DENTAL_PROSTHESIS);
        }
        return found;
    }

    /** Act codes printed on the original line: CCAM ("HBLD036"), NGAP ("APC", "G" after "Consultation"), LPP. */
    static Set<String> actCodes(String original) {
        Set<String> found = new LinkedHashSet<>();
        collect(CCAM, original, found);
        collect(NGAP_MULTI, original, found);
        collect(NGAP_SINGLE, original, found);
        collect(LPP, original, found);
        return found;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    static Optional<CareCategory> categoryOfActCode(String code) {
        if (code.matches("TO\\d{2,3}")) {
            return Optional.of(CareCategory.ORTHODONTICS);
        }
        return Optional.ofNullable(NGAP_CATEGORIES.get(code));
    }

    static boolean isLppCode(String code) {
        return code.matches("\\d{7}");
    }

    /** The code golden cases use for an alternative-medicine session, from the practitioner's discipline. */
    static Optional<String> alternativeMedicineCode(String folded) {
        return ALTERNATIVE_CODES.entrySet().stream().filter(entry -> folded.contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The lens class code adjudication reads (REIMBURSEMENT_RULES.md, 13. Optics grid), when the text states it. */
    static Optional<String> lensClass(String folded) {
        if (folded.contains("tres complexe")) {
            return Optional.of("LENS-VERY-COMPLEX");
        }
        if (folded.matches(".*\\bcomplexes?\\b.*")) {
            return Optional.of("LENS-COMPLEX");
        }
        if (folded.matches(".*(\\bunifoca|\\bsimples?\\b).*")) {
            return Optional.of("LENS-SIMPLE");
        }
        return Optional.empty();
    }

    static Optional<Side> side(String folded) {
        boolean right = RIGHT.matcher(folded).find();
        boolean left = LEFT.matcher(folded).find();
        if (PAIR.matcher(folded).find() || (right && left)) {
            return Optional.of(Side.BOTH);
        }
        return right ? Optional.of(Side.RIGHT) : left ? Optional.of(Side.LEFT) : Optional.empty();
    }

    static Optional<Basket> basket(String folded) {
        if (RAC0.matcher(folded).find()) {
            return Optional.of(Basket.RAC0);
        }
        if (MODERATE.matcher(folded).find()) {
            return Optional.of(Basket.MODERATE);
        }
        return FREE.matcher(folded).find() ? Optional.of(Basket.FREE) : Optional.empty();
    }

    /**
     * The usual compulsory-scheme rate of a category, assumed when a document shows a base but no rate (a rate of 0
     * would make adjudication read the care as not covered). Empty when it depends on the patient (orthodontics,
     * pharmacy) or when the scheme does not cover the category.
     */
    static Optional<Integer> usualAmoRate(CareCategory category) {
        return switch (category) {
            case GP_CONSULTATION, SPECIALIST_CONSULTATION, IMAGING -> Optional.of(70);
            case PARAMEDICAL, LABORATORY, DENTAL_CARE, DENTAL_PROSTHESIS, OPTICS_FRAME, OPTICS_LENS, CONTACT_LENSES,
                 HEARING_AID -> Optional.of(60);
            case TRANSPORT -> Optional.of(55);
            case HOSPITAL_FEES -> Optional.of(80);
            case PHARMACY_65 -> Optional.of(65);
            case PHARMACY_30 -> Optional.of(30);
            case PHARMACY_15 -> Optional.of(15);
            case ORTHODONTICS, ALTERNATIVE_MEDICINE, HOSPITAL_DAILY_FEE, HOSPITAL_PRIVATE_ROOM, BIRTH_ALLOWANCE ->
                    Optional.empty();
        };
    }
}
