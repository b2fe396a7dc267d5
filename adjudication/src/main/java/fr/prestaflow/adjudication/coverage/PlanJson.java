package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Guarantee;
import fr.prestaflow.adjudication.rules.GuaranteeTerms;
import fr.prestaflow.adjudication.rules.GuaranteeType;
import fr.prestaflow.adjudication.rules.LensClass;
import fr.prestaflow.adjudication.rules.LoyaltyBonus;
import fr.prestaflow.adjudication.rules.PercentLevels;
import fr.prestaflow.adjudication.rules.Plan;
import fr.prestaflow.adjudication.rules.Renewal;
import fr.prestaflow.adjudication.rules.RenewalUnit;
import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** Maps a plan document already valid against plan.schema.json onto the rules' plan model. */
final class PlanJson {

    private PlanJson() {
    }

    static Plan toPlan(JsonNode root) {
        Map<CareCategory, Guarantee> coverage = new EnumMap<>(CareCategory.class);
        JsonNode coverageNode = root.get("coverage");
        for (CareCategory category : CareCategory.values()) {
            coverage.put(category, guarantee(coverageNode.get(category.name())));
        }
        return new Plan(root.get("id").stringValue(), root.get("name").stringValue(), root.get("version").intValue(),
                LocalDate.parse(root.get("validFrom").stringValue()), root.get("responsible").booleanValue(),
                coverage);
    }

    private static Guarantee guarantee(JsonNode node) {
        GuaranteeTerms terms = terms(node);
        return switch (GuaranteeType.valueOf(node.get("type").stringValue())) {
            case NONE -> new Guarantee.None(terms);
            case PERCENT_BR_INCL_AMO -> new Guarantee.PercentOfBase(levels(node), terms);
            case PERCENT_BR_PLUS_FORFAIT -> new Guarantee.PercentOfBasePlusForfait(node.get("percent").intValue(),
                    node.get("forfaitPerUnitCents").longValue(), terms);
            case FIXED_PER_YEAR -> new Guarantee.FixedPerYear(amount(node), terms);
            case FIXED_PER_UNIT -> new Guarantee.FixedPerUnit(amount(node), optionalInt(node, "maxUnitsPerYear"),
                    terms);
            case FIXED_PER_ITEM -> new Guarantee.FixedPerItem(amount(node), terms);
            case FIXED_PER_LENS_BY_CLASS -> new Guarantee.FixedPerLensByClass(lensAmounts(node.get("amountsCents")),
                    terms);
            case FIXED_PER_EAR_INCL_AMO -> new Guarantee.FixedPerEarInclAmo(amount(node), terms);
            case FRAIS_REELS -> new Guarantee.FraisReels(terms);
            case FIXED_PER_EVENT -> new Guarantee.FixedPerEvent(amount(node), terms);
        };
    }

    private static PercentLevels levels(JsonNode node) {
        if (node.has("percent")) {
            return new PercentLevels.Single(node.get("percent").intValue());
        }
        return new PercentLevels.ByOptam(node.get("percentOptam").intValue(), node.get("percentNonOptam").intValue());
    }

    private static long amount(JsonNode node) {
        return node.get("amountCents").longValue();
    }

    private static Map<LensClass, Long> lensAmounts(JsonNode node) {
        Map<LensClass, Long> amounts = new EnumMap<>(LensClass.class);
        for (LensClass lensClass : LensClass.values()) {
            amounts.put(lensClass, node.get(lensClass.name()).longValue());
        }
        return amounts;
    }

    private static GuaranteeTerms terms(JsonNode node) {
        OptionalLong ceiling = node.has("yearlyCeilingCents")
                ? OptionalLong.of(node.get("yearlyCeilingCents").longValue())
                : OptionalLong.empty();
        Optional<Renewal> renewal = Optional.ofNullable(node.get("renewal")).map(PlanJson::renewal);
        Optional<LoyaltyBonus> bonus = Optional.ofNullable(node.get("loyaltyBonus"))
                .map(bonusNode -> new LoyaltyBonus(bonusNode.get("afterYears").intValue()));
        return new GuaranteeTerms(ceiling, renewal, bonus);
    }

    private static Renewal renewal(JsonNode node) {
        return new Renewal(node.get("years").intValue(), optionalInt(node, "yearsUnder16"),
                optionalInt(node, "yearsOnVisionChange"), RenewalUnit.valueOf(node.get("per").stringValue()));
    }

    private static OptionalInt optionalInt(JsonNode node, String field) {
        return node.has(field) ? OptionalInt.of(node.get(field).intValue()) : OptionalInt.empty();
    }
}
