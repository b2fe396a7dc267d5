package fr.prestaflow.adjudication.golden;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.prestaflow.adjudication.coverage.PlanCatalog;
import fr.prestaflow.adjudication.rules.AmoWithheldYearToDate;
import fr.prestaflow.adjudication.rules.Beneficiary;
import fr.prestaflow.adjudication.rules.ClaimInput;
import fr.prestaflow.adjudication.rules.ContractDates;
import fr.prestaflow.adjudication.rules.Exemption;
import fr.prestaflow.adjudication.rules.ExemptionType;
import fr.prestaflow.adjudication.rules.HistoryLine;
import fr.prestaflow.adjudication.rules.Totals;
import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.care.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a golden case file, checks it against case.schema.json and turns it into an engine input. */
final class GoldenCaseReader {

    private static final String SCHEMA_RESOURCE = "golden-cases/case.schema.json";

    private final PlanCatalog plans;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final JsonSchema schema;

    GoldenCaseReader(PlanCatalog plans) {
        this.plans = plans;
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = GoldenCaseReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GoldenCase read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = mapper.readTree(json);
        Set<ValidationMessage> violations = schema.validate(json, InputFormat.JSON);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("does not match case.schema.json: "
                    + violations.stream().map(ValidationMessage::getMessage).sorted().toList());
        }
        JsonNode claim = root.get("claim");
        var input = new ClaimInput(
                plans.versionsOf(root.get("planId").stringValue()),
                contract(root.get("contract")),
                beneficiary(root.get("beneficiary")),
                list(root.get("history"), GoldenCaseReader::historyLine),
                Channel.valueOf(claim.get("channel").stringValue()),
                claim.has("visionChangeJustified") && claim.get("visionChangeJustified").booleanValue(),
                list(claim.get("lines"), GoldenCaseReader::careLine));
        JsonNode expected = root.get("expected");
        return new GoldenCase(root.get("id").stringValue(), root.get("title").stringValue(), input,
                list(expected.get("lines"), GoldenCaseReader::expectedLine), totals(expected.get("totals")));
    }

    private static ContractDates contract(JsonNode node) {
        return new ContractDates(date(node, "startDate"), optionalDate(node, "endDate"),
                optionalDate(node, "membershipStartDate"));
    }

    private static Beneficiary beneficiary(JsonNode node) {
        Optional<AmoWithheldYearToDate> withheld = Optional.ofNullable(node.get("amoWithheldYearToDate"))
                .map(w -> new AmoWithheldYearToDate(w.get("year").intValue(), w.get("participationCents").longValue(),
                        w.get("franchiseCents").longValue()));
        List<Exemption> exemptions = list(node.get("exemptions"), e -> new Exemption(
                ExemptionType.valueOf(e.get("type").stringValue()), optionalDate(e, "from"), optionalDate(e, "to")));
        return new Beneficiary(date(node, "birthDate"), exemptions, withheld);
    }

    private static HistoryLine historyLine(JsonNode node) {
        return new HistoryLine(CareCategory.valueOf(node.get("careCategory").stringValue()), date(node, "careDate"),
                node.get("complementaryPaidCents").longValue(), optionalEnum(node, "side", Side::valueOf),
                node.has("quantity") ? node.get("quantity").intValue() : 1,
                optionalEnum(node, "basket", Basket::valueOf));
    }

    private static CareLine careLine(JsonNode node) {
        return new CareLine(
                node.get("lineNumber").intValue(),
                date(node, "careDate"),
                CareCategory.valueOf(node.get("careCategory").stringValue()),
                node.get("actCode").stringValue(),
                node.has("practitionerId") ? node.get("practitionerId").stringValue() : null,
                node.has("practitionerOptam") ? node.get("practitionerOptam").booleanValue() : null,
                node.get("quantity").intValue(),
                node.get("billedCents").longValue(),
                node.get("baseCents").longValue(),
                node.get("amoRatePercent").intValue(),
                optionalLong(node, "amoPaidCents"),
                optionalLong(node, "participationCents"),
                optionalLong(node, "franchiseCents"),
                optionalEnum(node, "basket", Basket::valueOf),
                optionalEnum(node, "side", Side::valueOf));
    }

    private static GoldenCase.ExpectedLine expectedLine(JsonNode node) {
        JsonNode rejection = node.get("rejectionCode");
        return new GoldenCase.ExpectedLine(node.get("lineNumber").intValue(), node.get("amoPaidCents").longValue(),
                node.get("complementaryPaidCents").longValue(), node.get("patientShareCents").longValue(),
                list(node.get("reasons"), JsonNode::stringValue),
                rejection == null || rejection.isNull() ? null : rejection.stringValue());
    }

    private static Totals totals(JsonNode node) {
        return new Totals(node.get("billedCents").longValue(), node.get("amoPaidCents").longValue(),
                node.get("complementaryPaidCents").longValue(), node.get("patientShareCents").longValue());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapping) {
        return array == null ? List.of() : array.values().stream().map(mapping).toList();
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).stringValue());
    }

    private static Optional<LocalDate> optionalDate(JsonNode node, String field) {
        return node.has(field) ? Optional.of(date(node, field)) : Optional.empty();
    }

    private static Long optionalLong(JsonNode node, String field) {
        return node.has(field) ? node.get(field).longValue() : null;
    }

    private static <E> E optionalEnum(JsonNode node, String field, Function<String, E> valueOf) {
        return node.has(field) ? valueOf.apply(node.get(field).stringValue()) : null;
    }
}
